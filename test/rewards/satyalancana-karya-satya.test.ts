import { describe, expect, it } from 'vitest';
import { MeritInputError } from '../../src/core/errors.js';
import { satyalancanaKaryaSatya } from '../../src/rewards/index.js';

const asOf = (d: string) => ({ asOf: d });

describe('satyalancanaKaryaSatya (PP 35/2010 Pasal 22)', () => {
  it.each([
    ['2024-02-29', 9, null, 'SLKS_X', '2024-03-01'],
    ['2024-03-01', 10, 'SLKS_X', 'SLKS_XX', '2034-03-01'],
    ['2034-02-28', 19, 'SLKS_X', 'SLKS_XX', '2034-03-01'],
    ['2034-03-01', 20, 'SLKS_XX', 'SLKS_XXX', '2044-03-01'],
    ['2044-03-01', 30, 'SLKS_XXX', null, null],
  ] as const)('on %s (%i years) → %s, next %s on %s', (date, years, kelas, next, tanggal) => {
    const d = satyalancanaKaryaSatya({ tmtCpns: '2014-03-01' }, asOf(date));
    expect(d.value).toEqual({ memenuhiSyarat: kelas !== null, kelas, masaKerjaTahun: years, kelasBerikutnya: next, tanggalKelasBerikutnya: tanggal });
  });

  it('TV-33: a ringan hukuman does not disqualify', () => {
    const d = satyalancanaKaryaSatya({ tmtCpns: '2014-03-01', riwayatHukuman: [{ jenis: 'PERNYATAAN_TIDAK_PUAS_TERTULIS', tmt: '2017-06-01' }] }, asOf('2024-03-01'));
    expect(d.value.kelas).toBe('SLKS_X');
  });

  it.each(['POTONGAN_TUKIN_6_BULAN', 'PENURUNAN_JABATAN', 'PDHTAPS'] as const)('TV-33b: %s in the counted period disqualifies', (jenis) => {
    const d = satyalancanaKaryaSatya({ tmtCpns: '2014-03-01', riwayatHukuman: [{ jenis, tmt: '2017-06-01' }] }, asOf('2024-03-01'));
    expect(d.value).toMatchObject({ memenuhiSyarat: false, kelas: null, kelasBerikutnya: null });
    expect(d.reasons.some((r) => r.code === 'rewards.satyalancanaKaryaSatya.hukuman' && r.outcome === 'FAIL')).toBe(true);
  });

  it('a hukuman after asOf is not counted yet', () => {
    const d = satyalancanaKaryaSatya({ tmtCpns: '2014-03-01', riwayatHukuman: [{ jenis: 'PENURUNAN_JABATAN', tmt: '2024-03-02' }] }, asOf('2024-03-01'));
    expect(d.value.kelas).toBe('SLKS_X');
  });

  it('TV-33c: 20 years with a CLTN is not eligible; the setting can ignore CLTN', () => {
    const input = { tmtCpns: '2004-01-01', cltn: [{ mulai: '2010-01-01', selesai: '2011-01-01' }] };
    expect(satyalancanaKaryaSatya(input, asOf('2024-01-01')).value.memenuhiSyarat).toBe(false);
    expect(satyalancanaKaryaSatya(input, { asOf: '2024-01-01', cltnMenggugurkan: false }).value.kelas).toBe('SLKS_XX');
  });

  it('classes already held are not proposed again; the previous-class setting proposes the lowest missing', () => {
    expect(satyalancanaKaryaSatya({ tmtCpns: '2004-01-01', kelasDimiliki: ['SLKS_X', 'SLKS_XX'] }, asOf('2024-06-01')).value).toMatchObject({
      kelas: null,
      kelasBerikutnya: 'SLKS_XXX',
      tanggalKelasBerikutnya: '2034-01-01',
    });
    expect(satyalancanaKaryaSatya({ tmtCpns: '2004-01-01' }, asOf('2024-06-01')).value.kelas).toBe('SLKS_XX');
    expect(satyalancanaKaryaSatya({ tmtCpns: '2004-01-01' }, { asOf: '2024-06-01', kelasSebelumnyaWajib: true }).value.kelas).toBe('SLKS_X');
  });

  it('leap day TMT: 10 years from 29 Feb 2012 is reached on 28 Feb 2022', () => {
    expect(satyalancanaKaryaSatya({ tmtCpns: '2012-02-29' }, asOf('2022-02-28')).value.kelas).toBe('SLKS_X');
    expect(satyalancanaKaryaSatya({ tmtCpns: '2012-02-29' }, asOf('2022-02-27')).value.kelas).toBeNull();
  });

  it('needs asOf and valid dates', () => {
    expect(() => satyalancanaKaryaSatya({ tmtCpns: '2014-03-01' })).toThrow(MeritInputError);
    expect(() => satyalancanaKaryaSatya({ tmtCpns: '2014-02-30' }, asOf('2024-03-01'))).toThrow(MeritInputError);
    expect(() => satyalancanaKaryaSatya({ tmtCpns: '2014-03-01', cltn: [{ mulai: '2015-01-01', selesai: '2014-01-01' }] }, asOf('2024-03-01'))).toThrow(
      MeritInputError,
    );
  });
});
