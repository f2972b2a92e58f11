import { describe, expect, it } from 'vitest';
import { safeParse } from 'zod/v4/core';
import { jobPersonMatchOutput } from '../../src/competency/index.js';
import { explain, jobPersonMatch, masaMutasi, MeritInputError, nilaiSeleksiJpt } from '../../src/index.js';

describe('competency regressions', () => {
  it('masaMutasi refuses a TMT jabatan after asOf instead of a negative number of months', () => {
    expect(() => masaMutasi({ tmtJabatan: '2024-06-15' }, { asOf: '2024-01-01' })).toThrow(MeritInputError);
    expect(() => masaMutasi({ tmtJabatan: '2024-06-15' }, { asOf: '2024-01-01' })).toThrow(/tmtJabatan: must not be after asOf/);
    expect(masaMutasi({ tmtJabatan: '2024-06-15' }, { asOf: '2024-06-15' }).value.bulanDalamJabatan).toBe(0);
  });

  it('nilaiSeleksiJpt takes other weights when the instansi sets the ranges', () => {
    const nilai = { makalah: 80, assessmentCenter: 85, wawancara: 90, rekamJejak: 75 };
    const bobot = { makalah: 10, assessmentCenter: 25, wawancara: 35, rekamJejak: 30 };
    expect(() => nilaiSeleksiJpt(nilai, { bobot })).toThrow(/options\.bobot\.makalah: must be within 15–20 %/);
    const rentangBobot = { makalah: { min: 10, max: 20 }, rekamJejak: { min: 15, max: 30 } };
    // 80×10 % + 85×25 % + 90×35 % + 75×30 % = 8 + 21.25 + 31.5 + 22.5
    expect(nilaiSeleksiJpt(nilai, { bobot, rentangBobot }).value).toBe('83.25');
    expect(() => nilaiSeleksiJpt(nilai, { bobot: { makalah: 'x' }, rentangBobot })).toThrow(MeritInputError);
  });

  it('a teknis competency may be named like an Object property (constructor, toString): it is teknis, not a crash', () => {
    const d = jobPersonMatch({ standar: { constructor: 3, toString: 2 }, aktual: { constructor: 1, toString: 2 } });
    expect(d.value.gap.map((g) => [g.kompetensi, g.kelompok])).toEqual([
      ['constructor', 'TEKNIS'],
      ['toString', 'TEKNIS'],
    ]);
    expect(d.value.rekomendasiPengembangan).toEqual([expect.objectContaining({ kompetensi: 'constructor', targetPerilaku: null })]);
    expect(safeParse(jobPersonMatchOutput, JSON.parse(JSON.stringify(d.value))).success).toBe(true);
    expect(explain(d, 'en').join('\n')).not.toMatch(/undefined/);
  });
});
