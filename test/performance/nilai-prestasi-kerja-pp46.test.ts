import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkBandTable, Decimal } from '../../src/index.js';
import { BANDS_SEBUTAN_PP46, nilaiPrestasiKerjaPp46, rankOf, SEBUTAN_PP46, TAFSIR_BATAS_PP46 } from '../../src/performance/index.js';
import { issuesOf } from '../input-issues.js';

const perilaku5 = (n: number | string) => ({ orientasiPelayanan: n, integritas: n, komitmen: n, disiplin: n, kerjaSama: n });

describe('nilaiPrestasiKerjaPp46', () => {
  it('is 60% SKP + 40% perilaku', () => {
    const v = nilaiPrestasiKerjaPp46({ nilaiSkp: 90, perilaku: perilaku5(80) }).value;
    expect(v).toEqual({ nilaiSkp: '90.00', nilaiPerilaku: '80.00', sebutanPerilaku: 'BAIK', nilaiPrestasiKerja: '86.00', sebutan: 'BAIK' });
  });

  it('requires kepemimpinan exactly for jabatan struktural', () => {
    expect(() => nilaiPrestasiKerjaPp46({ nilaiSkp: 90, jabatanStruktural: true, perilaku: perilaku5(80) })).toThrow(
      /perilaku\.kepemimpinan: required/,
    );
    expect(() => nilaiPrestasiKerjaPp46({ nilaiSkp: 90, perilaku: { ...perilaku5(80), kepemimpinan: 80 } })).toThrow(
      /perilaku\.kepemimpinan/,
    );
    const v = nilaiPrestasiKerjaPp46({ nilaiSkp: 90, jabatanStruktural: true, perilaku: { ...perilaku5(80), kepemimpinan: 86 } }).value;
    expect(v.nilaiPerilaku).toBe('81.00');
  });

  // Sebutan boundaries under both readings of the whole-number ranges.
  it.each([
    ['BATAS_ATAS_INKLUSIF', '91', 'SANGAT_BAIK'],
    ['BATAS_ATAS_INKLUSIF', '90.01', 'SANGAT_BAIK'],
    ['BATAS_ATAS_INKLUSIF', '90', 'BAIK'],
    ['BATAS_ATAS_INKLUSIF', '75.01', 'BAIK'],
    ['BATAS_ATAS_INKLUSIF', '75', 'CUKUP'],
    ['BATAS_ATAS_INKLUSIF', '60', 'KURANG'],
    ['BATAS_ATAS_INKLUSIF', '50.01', 'KURANG'],
    ['BATAS_ATAS_INKLUSIF', '50', 'BURUK'],
    ['BATAS_BAWAH_BULAT', '91', 'SANGAT_BAIK'],
    ['BATAS_BAWAH_BULAT', '90.99', 'BAIK'],
    ['BATAS_BAWAH_BULAT', '76', 'BAIK'],
    ['BATAS_BAWAH_BULAT', '75.99', 'CUKUP'],
    ['BATAS_BAWAH_BULAT', '61', 'CUKUP'],
    ['BATAS_BAWAH_BULAT', '60.99', 'KURANG'],
    ['BATAS_BAWAH_BULAT', '51', 'KURANG'],
    ['BATAS_BAWAH_BULAT', '50.99', 'BURUK'],
  ] as const)('%s: nilai %s → %s', (tafsirBatas, n, expected) => {
    const v = nilaiPrestasiKerjaPp46({ nilaiSkp: n, perilaku: perilaku5(n) }, { tafsirBatas }).value;
    expect(v.nilaiPrestasiKerja).toBe(new Decimal(n).toFixed(2));
    expect(v.sebutan).toBe(expected);
  });

  it('sebutan band tables have no gaps or overlaps', () => {
    for (const t of TAFSIR_BATAS_PP46) expect(checkBandTable(BANDS_SEBUTAN_PP46[t]), t).toEqual([]);
  });

  it('property: better SKP or perilaku never gives a lower sebutan', () => {
    const score = fc.integer({ min: 0, max: 10000 }).map((n) => (n / 100).toFixed(2));
    fc.assert(
      fc.property(score, score, score, fc.constantFrom(...TAFSIR_BATAS_PP46), (a, b, p, tafsirBatas) => {
        const [lo, hi] = new Decimal(a).lessThan(b) ? [a, b] : [b, a];
        const vLo = nilaiPrestasiKerjaPp46({ nilaiSkp: lo, perilaku: perilaku5(p) }, { tafsirBatas }).value;
        const vHi = nilaiPrestasiKerjaPp46({ nilaiSkp: hi, perilaku: perilaku5(p) }, { tafsirBatas }).value;
        expect(rankOf(SEBUTAN_PP46, vHi.sebutan)).toBeLessThanOrEqual(rankOf(SEBUTAN_PP46, vLo.sebutan));
      }),
    );
  });
});

describe('nilaiPrestasiKerjaPp46: kepemimpinan is an aspect of perilaku kerja only for a jabatan struktural (PP 46/2011)', () => {
  it('names the field and the reason in both directions', () => {
    expect(issuesOf(() => nilaiPrestasiKerjaPp46({ nilaiSkp: 90, jabatanStruktural: true, perilaku: perilaku5(80) }))).toEqual([
      {
        path: ['perilaku', 'kepemimpinan'],
        message: 'required for a PNS in a jabatan struktural',
        text: { en: 'required for a PNS in a jabatan struktural', id: 'wajib dinilai bagi PNS yang menduduki jabatan struktural' },
        code: 'contradiction',
      },
    ]);
    expect(issuesOf(() => nilaiPrestasiKerjaPp46({ nilaiSkp: 90, perilaku: { ...perilaku5(80), kepemimpinan: 80 } }))).toEqual([
      {
        path: ['perilaku', 'kepemimpinan'],
        message: 'assessed only for a PNS in a jabatan struktural',
        text: { en: 'assessed only for a PNS in a jabatan struktural', id: 'hanya dinilai bagi PNS yang menduduki jabatan struktural' },
        code: 'contradiction',
      },
    ]);
    expect(issuesOf(() => nilaiPrestasiKerjaPp46({ nilaiSkp: 90, jabatanStruktural: false, perilaku: perilaku5(80) }))).toEqual([]);
  });
});
