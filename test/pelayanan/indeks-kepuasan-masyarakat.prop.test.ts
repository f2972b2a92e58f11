import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  indeksKepuasanMasyarakat,
  indeksKepuasanMasyarakatResponden,
  MeritInputError,
  MUTU_PELAYANAN,
  rekapJawaban,
  UNSUR_IKM_2004,
  UNSUR_SKM_2017,
} from '../../src/index.js';

const SETTINGS = fc.record({
  bobotUnsur: fc.constantFrom('EKSAK', 'TERCETAK', '0.11'),
  desimalNrr: fc.constantFrom(null, 2, 3),
  tafsirCelah: fc.constantFrom('BULATKAN_DULU', 'AMBANG_BAWAH'),
});
const PERIODS = [
  { asOf: '2024-12-31', unsur: UNSUR_SKM_2017 },
  { asOf: '2010-12-31', unsur: UNSUR_IKM_2004 },
] as const;

/** A survey: its period and 1–25 respondents answering every unsur 1–4. */
const survey = fc.constantFrom(...PERIODS).chain((p) =>
  fc
    .array(fc.array(fc.integer({ min: 1, max: 4 }), { minLength: p.unsur.length, maxLength: p.unsur.length }), {
      minLength: 1,
      maxLength: 25,
    })
    .map((answers) => ({ asOf: p.asOf, rows: answers.map((a) => Object.fromEntries(p.unsur.map((u, i) => [u, a[i]!]))) })),
);

const run = (rows: Record<string, number>[], asOf: string, settings: object) =>
  indeksKepuasanMasyarakatResponden({ responden: rows }, { asOf, ...settings }).value;

describe('indeksKepuasanMasyarakat properties', () => {
  it('raising one answer never lowers the index, nor the mutu', () => {
    fc.assert(
      fc.property(survey, SETTINGS, fc.nat(), fc.nat(), ({ asOf, rows }, settings, r, u) => {
        const row = rows[r % rows.length]!;
        const key = Object.keys(row)[u % Object.keys(row).length]!;
        if (row[key]! === 4) return;
        const raised = rows.map((x) => (x === row ? { ...x, [key]: x[key]! + 1 } : x));
        const before = run(rows, asOf, settings);
        const after = run(raised, asOf, settings);
        expect(Number(after.nilaiIndeks)).toBeGreaterThanOrEqual(Number(before.nilaiIndeks));
        expect(Number(after.ikm)).toBeGreaterThanOrEqual(Number(before.ikm));
        expect(MUTU_PELAYANAN.indexOf(after.mutu)).toBeLessThanOrEqual(MUTU_PELAYANAN.indexOf(before.mutu));
      }),
      { numRuns: 150 },
    );
  });

  it('permuting respondents changes nothing', () => {
    fc.assert(
      fc.property(
        survey.chain((s) =>
          fc.shuffledSubarray(s.rows, { minLength: s.rows.length, maxLength: s.rows.length }).map((p) => ({ ...s, permuted: p })),
        ),
        SETTINGS,
        ({ asOf, rows, permuted }, settings) => {
          expect(run(permuted, asOf, settings)).toEqual(run(rows, asOf, settings));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('summaries computed from the responses (distribution, or sum and count) give the same result as the responses', () => {
    fc.assert(
      fc.property(survey, SETTINGS, fc.option(fc.integer({ min: 1, max: 2000 }), { nil: undefined }), ({ asOf, rows }, settings, extra) => {
        const populasi = extra === undefined ? undefined : rows.length + extra;
        const fromRows = indeksKepuasanMasyarakatResponden(
          { responden: rows, ...(populasi ? { populasi } : {}) },
          { asOf, ...settings },
        ).value;
        const rekap = rekapJawaban();
        rows.forEach((row, i) => rekap.tambah(row, i));
        const summary = rekap.hasil();
        expect(indeksKepuasanMasyarakat({ ...summary, ...(populasi ? { populasi } : {}) }, { asOf, ...settings }).value).toEqual(fromRows);
        const sums = {
          unsur: Object.fromEntries(
            Object.keys(rows[0]!).map((u) => [u, { jumlahNilai: rows.reduce((s, r) => s + r[u]!, 0), jumlahJawaban: rows.length }]),
          ),
          ...(populasi ? { populasi } : {}),
        };
        expect(indeksKepuasanMasyarakat(sums, { asOf, ...settings }).value).toEqual(fromRows);
      }),
      { numRuns: 100 },
    );
  });

  it('refuses generated contradictions: counts that do not add up, sums outside answers × 1…4, answers outside 1–4', () => {
    const base = Object.fromEntries(UNSUR_SKM_2017.map((u) => [u, { sebaran: { '3': 5 } }]));
    const refused = (f: () => unknown) => expect(f).toThrow(MeritInputError);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 1, max: 100 }).filter((n) => n !== 0),
        fc.integer({ min: 1, max: 1000 }),
        fc.oneof(fc.integer({ min: -5, max: 0 }), fc.integer({ min: 5, max: 99 })),
        (a, b, off, j, bad) => {
          const sebaran = { '1': a, '4': b };
          if (a + b > 0)
            refused(() =>
              indeksKepuasanMasyarakat(
                { unsur: { ...base, PERSYARATAN: { sebaran, jumlahJawaban: a + b + off } } },
                { asOf: '2024-12-31' },
              ),
            );
          refused(() =>
            indeksKepuasanMasyarakat(
              { unsur: { ...base, PERSYARATAN: { jumlahNilai: 4 * j + off, jumlahJawaban: j } } },
              { asOf: '2024-12-31' },
            ),
          );
          refused(() =>
            indeksKepuasanMasyarakat({ unsur: { ...base, PERSYARATAN: { jumlahNilai: j - 1, jumlahJawaban: j } } }, { asOf: '2024-12-31' }),
          );
          const row = Object.fromEntries(UNSUR_SKM_2017.map((u) => [u, 3]));
          refused(() => indeksKepuasanMasyarakatResponden({ responden: [{ ...row, BIAYA_TARIF: bad }] }, { asOf: '2024-12-31' }));
          refused(() => rekapJawaban().tambah({ ...row, BIAYA_TARIF: bad }));
        },
      ),
      { numRuns: 100 },
    );
  });
});
