import { describe, expect, it } from 'vitest';
import { RuleNotInForceError } from '../../../src/core/errors.js';
import { checkVersionTable } from '../../../src/core/versions.js';
import { assertInForce, VERSI_PP_94_2021 } from '../../../src/discipline/_bersama/versi.js';
import {
  hukumanBeberapaPelanggaran,
  hukumanKetidakhadiran,
  hukumanPelanggaran,
  peningkatanHukumanKetidakhadiran,
  rekapKetidakhadiran,
} from '../../../src/discipline/index.js';

describe('PP 94/2021 is in force from 31 August 2021', () => {
  it('has a sound version table', () => expect(checkVersionTable(VERSI_PP_94_2021)).toEqual([]));

  it('refuses dates under PP 53/2010 (not encoded)', () => {
    expect(() => hukumanKetidakhadiran({ hariKumulatif: 3 }, { asOf: '2021-08-30' })).toThrow(RuleNotInForceError);
    expect(hukumanKetidakhadiran({ hariKumulatif: 3 }, { asOf: '2021-08-31' }).value).toBe('TEGURAN_LISAN');
    expect(() => hukumanPelanggaran({ ketentuan: 'PASAL_5_A' }, { asOf: '2020-01-01' })).toThrow(RuleNotInForceError);
    expect(() => rekapKetidakhadiran({ tahun: 2020 })).toThrow(RuleNotInForceError);
    expect(rekapKetidakhadiran({ tahun: 2021 }).value.hukuman).toBeNull();
  });

  it('assertInForce: the first day of the version table is in force, the day before is not, no date is today', () => {
    const from = VERSI_PP_94_2021[0]!.from;
    expect(() => assertInForce('discipline.hukumanPelanggaran', from)).not.toThrow();
    expect(() => assertInForce('discipline.hukumanPelanggaran', '2021-08-30')).toThrow(RuleNotInForceError);
    expect(() => assertInForce('discipline.hukumanPelanggaran', undefined)).not.toThrow();
  });
});

describe('the decision names the version by asOf (versionOn), or by the year for rekapKetidakhadiran', () => {
  it('with asOf on or after 31 August 2021: PP_94_2021; without asOf: no version (no date to pick one by)', () => {
    const on = { asOf: '2021-08-31' } as const;
    expect(hukumanKetidakhadiran({ hariKumulatif: 3 }, on).trace.version).toBe('PP_94_2021');
    expect(peningkatanHukumanKetidakhadiran({ hariSebelumnya: 3, hariBaru: 1 }, on).trace.version).toBe('PP_94_2021');
    expect(hukumanPelanggaran({ ketentuan: 'PASAL_5_A' }, on).trace.version).toBe('PP_94_2021');
    expect(hukumanBeberapaPelanggaran({ pelanggaran: [{ ketentuan: 'PASAL_5_A' }] }, on).trace.version).toBe('PP_94_2021');
    expect(hukumanKetidakhadiran({ hariKumulatif: 3 }).trace.version).toBeNull();
    expect(hukumanPelanggaran({ ketentuan: 'PASAL_5_A' }).trace.version).toBeNull();
  });

  it('rekapKetidakhadiran: the rules in force at the end of tahun (2021 is under PP 94/2021; 2020 is refused)', () => {
    expect(rekapKetidakhadiran({ tahun: 2021 }).trace.version).toBe('PP_94_2021');
  });

  it('the version row cites PP 94/2021 with the reason its closing article is not located', () => {
    expect(VERSI_PP_94_2021[0]!.citations).toEqual([
      { regulation: 'PP_94_2021', unlocated: expect.stringMatching(/^In force on promulgation, 31 August 2021.*closing Pasal .* not read/) },
    ]);
  });
});
