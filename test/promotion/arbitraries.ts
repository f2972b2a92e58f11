import fc from 'fast-check';
import { isoDate } from '../../src/core/calendar.js';
import { PREDIKAT } from '../../src/performance/index.js';
import { GOLONGAN_PNS, IJAZAH } from '../../src/promotion/index.js';

/** Calendar dates between two years (day ≤ 28 keeps every month valid; month ends are tested by examples). */
export const arbDate = (fromYear: number, toYear: number) =>
  fc.tuple(fc.integer({ min: fromYear, max: toYear }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
    .map(([y, m, d]) => isoDate(y, m, d));

export const arbGolongan = fc.constantFrom(...GOLONGAN_PNS);
export const arbIjazah = fc.constantFrom(...IJAZAH);
export const arbPredikat = fc.constantFrom(...PREDIKAT);

/** A pelaksana and a decision date for kenaikanPangkatReguler (the record read on asOf: TMT pangkat not after it). */
export const arbKpReguler = fc.record({
  golongan: arbGolongan,
  tmtPangkat: arbDate(2012, 2025),
  ijazah: arbIjazah,
  p1: arbPredikat,
  p2: arbPredikat,
  golonganAtasan: fc.option(arbGolongan, { nil: undefined }),
  ujianDinas: fc.subarray(['TINGKAT_I', 'TINGKAT_II'] as const),
  asOf: arbDate(2016, 2027),
}).filter((g) => g.tmtPangkat <= g.asOf);

/** Like {@link arbKpReguler}, biased toward eligible cases (good appraisals, exams passed, no atasan given). */
export const arbKpRegulerLayak = fc.record({
  golongan: fc.constantFrom('I/a', 'I/d', 'II/a', 'II/c', 'II/d', 'III/a', 'III/b', 'III/c', 'III/d', 'IV/a') as fc.Arbitrary<(typeof GOLONGAN_PNS)[number]>,
  tmtPangkat: arbDate(2012, 2022),
  ijazah: fc.constantFrom('S1', 'S2', 'S3', 'DOKTER') as fc.Arbitrary<(typeof IJAZAH)[number]>,
  p1: fc.constantFrom('SANGAT_BAIK', 'BAIK') as fc.Arbitrary<(typeof PREDIKAT)[number]>,
  p2: fc.constantFrom('SANGAT_BAIK', 'BAIK') as fc.Arbitrary<(typeof PREDIKAT)[number]>,
  golonganAtasan: fc.constant(undefined),
  ujianDinas: fc.constant(['TINGKAT_I', 'TINGKAT_II'] as ('TINGKAT_I' | 'TINGKAT_II')[]),
  asOf: arbDate(2022, 2027),
}).filter((g) => g.tmtPangkat <= g.asOf);
