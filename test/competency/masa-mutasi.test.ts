import { describe, expect, it } from 'vitest';
import { masaMutasi, MeritInputError } from '../../src/index.js';

describe('masaMutasi (PP 11/2017 Pasal 190 ayat (3)) — TV-PLC-1', () => {
  const tmt = '2019-01-01';
  it.each([
    ['2020-12-31', 'BELUM_MEMENUHI', 23],
    ['2021-01-01', 'MEMENUHI', 24],
    ['2024-01-01', 'MEMENUHI', 60],
    ['2024-01-02', 'MELEWATI_BATAS', 60],
    ['2024-02-01', 'MELEWATI_BATAS', 61],
  ] as const)('on %s → %s (%i whole months)', (asOf, status, bulan) => {
    expect(masaMutasi({ tmtJabatan: tmt }, { asOf }).value).toMatchObject({ status, bulanDalamJabatan: bulan });
  });
  it('uses calendar years with the month-end rule', () => {
    expect(masaMutasi({ tmtJabatan: '2020-02-29' }, { asOf: '2022-02-28' }).value.status).toBe('MEMENUHI');
  });
  it('requires asOf', () => {
    expect(() => masaMutasi({ tmtJabatan: tmt })).toThrow(MeritInputError);
  });
});
