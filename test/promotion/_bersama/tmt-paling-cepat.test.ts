import { describe, expect, it } from 'vitest';
import { cekHukumanBerjalan } from '../../../src/promotion/_bersama/hukuman.js';
import { tmtPalingCepatKp } from '../../../src/promotion/_bersama/tmt-paling-cepat.js';
import type { RiwayatHukuman } from '../../../src/discipline/index.js';
import { MeritInputError } from '../../../src/core/errors.js';

const tingkat = ['SEDANG', 'BERAT'] as const;
const hukuman = (riwayat: RiwayatHukuman[], asOf: string, periode: string) => ({
  cek: cekHukumanBerjalan('x.y', riwayat, [asOf, periode], tingkat),
  riwayat,
  tingkat,
});

describe('tmtPalingCepatKp (_bersama/tmt-paling-cepat)', () => {
  it('the first period on or after asOf and every condition date', () => {
    const h = hukuman([], '2025-03-10', '2025-04-01');
    expect(tmtPalingCepatKp('x.y', '2025-03-10', [], h)).toBe('2025-04-01');
    expect(tmtPalingCepatKp('x.y', '2025-03-10', [{ tanggal: '2025-04-02', path: ['a'] }, { tanggal: '2024-01-01', path: ['b'] }], h)).toBe(
      '2025-06-01',
    );
  });

  it('null when a condition time cannot cure fails, or a blocking hukuman never ends', () => {
    expect(tmtPalingCepatKp('x.y', '2025-03-10', null, hukuman([], '2025-03-10', '2025-04-01'))).toBeNull();
    const pdhtaps: RiwayatHukuman[] = [{ jenis: 'PDHTAPS', tmt: '2025-01-01' }];
    expect(tmtPalingCepatKp('x.y', '2025-03-10', [], hukuman(pdhtaps, '2025-03-10', '2025-04-01'))).toBeNull();
    // A dismissal that starts later, on the candidate, leaves none either.
    const nanti: RiwayatHukuman[] = [{ jenis: 'PDHTAPS', tmt: '2025-04-01' }];
    expect(tmtPalingCepatKp('x.y', '2025-03-10', [], hukuman(nanti, '2025-03-10', '2025-03-10'))).toBeNull();
  });

  it('walks past hukuman that start later, one after another (one step per hukuman of the record)', () => {
    // Each 6-month cut starts the day the previous ends: 2025-05-15 … 2025-11-15 … 2026-05-15 … 2026-11-15.
    const berantai: RiwayatHukuman[] = [
      { jenis: 'POTONGAN_TUKIN_6_BULAN', tmt: '2026-05-15' },
      { jenis: 'POTONGAN_TUKIN_6_BULAN', tmt: '2025-05-15' },
      { jenis: 'POTONGAN_TUKIN_6_BULAN', tmt: '2025-11-15' },
    ];
    const h = hukuman(berantai, '2025-03-10', '2025-04-01');
    expect(h.cek.berjalan).toEqual([]);
    expect(tmtPalingCepatKp('x.y', '2025-03-10', [{ tanggal: '2025-04-02', path: ['tmtPangkat'] }], h)).toBe('2026-12-01');
  });

  it('refuses a period after 2999-12-31, naming the latest condition, or riwayatHukuman when a hukuman pushed it there', () => {
    const h = hukuman([], '2999-11-15', '2999-12-01');
    const refused = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(MeritInputError);
        return (e as MeritInputError).issues.map((i) => i.path.join('.'));
      }
      return expect.unreachable();
    };
    expect(refused(() => tmtPalingCepatKp('x.y', '2999-11-15', [{ tanggal: '2999-12-02', path: ['tmtJabatan'] }], h))).toEqual(['tmtJabatan']);
    const lama: RiwayatHukuman[] = [{ jenis: 'PENURUNAN_JABATAN', tmt: '2999-11-01' }];
    expect(refused(() => tmtPalingCepatKp('x.y', '2999-11-15', [{ tanggal: '2999-11-20', path: ['tmtPangkat'] }], hukuman(lama, '2999-11-15', '2999-12-01')))).toEqual([
      'riwayatHukuman',
    ]);
  });
});
