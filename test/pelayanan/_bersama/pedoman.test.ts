import { describe, expect, it } from 'vitest';
import { checkBandTable } from '../../../src/core/bands.js';
import { bandsIkm, INTERVAL_MUTU_2004, INTERVAL_MUTU_2017 } from '../../../src/pelayanan/_bersama/pedoman.js';

describe('the conversion tables of the pedoman', () => {
  it('the lower bounds make gapless band tables on 25–100, and NI = NIK ÷ 25 in the 2017 table', () => {
    expect(checkBandTable(bandsIkm(INTERVAL_MUTU_2017), { min: 25, max: 100 })).toEqual([]);
    expect(checkBandTable(bandsIkm(INTERVAL_MUTU_2004), { min: 25, max: 100 })).toEqual([]);
    for (const row of INTERVAL_MUTU_2017) for (const k of [0, 1]) expect(Number(row.nik[k]) / 25).toBeCloseTo(Number(row.ni[k]), 10);
  });
});
