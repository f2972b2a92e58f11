import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addYears, dayNumber, fromDayNumber, wholeYearsBetween } from '../../src/core/calendar.js';
import type { InputIssue } from '../../src/core/errors.js';
import { BATAS_MASA_KERJA_PNS } from '../../src/core/masa-kerja-pns.js';
import {
  jobPersonMatch,
  JPM_MAKSIMUM,
  jpmTertimbang,
  kotakTalenta,
  masaMutasi,
  nilaiSeleksiJpt,
  penempatanOptimal,
  peringkatKandidat,
} from '../../src/competency/index.js';
import { issuesOf } from '../input-issues.js';

/**
 * Impossible inputs of the competency rules, generated: each property draws records on both sides of an
 * invariant and expects exactly the violations to be refused (path, code, both languages) and every
 * valid neighbour to be decided.
 */

const key = (path: readonly PropertyKey[]) => path.map(String).join('.');
const paths = (issues: readonly InputIssue[]) => issues.map((i) => key(i.path)).sort();

/** Every issue is one of ours: a contradiction with a message in both languages. */
function expectOwn(issues: readonly InputIssue[]) {
  for (const i of issues) {
    expect(i.code).toBe('contradiction');
    expect(i.text?.en).toBe(i.message);
    expect(i.text?.id).toMatch(/\S/);
    expect(i.text?.id).not.toBe(i.text?.en);
  }
}

const day = (from: string, to: string) => fc.integer({ min: dayNumber(from), max: dayNumber(to) }).map(fromDayNumber);
const kode = fc.constantFrom('INTEGRITAS', 'KERJASAMA', 'KOMUNIKASI', 'PEREKAT_BANGSA', 'TEKNIS.A', 'TEKNIS.B');
const standarArb = fc
  .uniqueArray(kode, { minLength: 1, maxLength: 6 })
  .chain((codes) => fc.tuple(...codes.map((c) => fc.integer({ min: 1, max: 5 }).map((l) => [c, l] as const))))
  .map((entries) => Object.fromEntries(entries) as Record<string, number>);
/** A profil holding every competency of `standar`, with levels 0–5. */
const profilFor = (standar: Record<string, number>) =>
  fc
    .tuple(...Object.keys(standar).map((c) => fc.integer({ min: 0, max: 5 }).map((l) => [c, l] as const)))
    .map((e) => Object.fromEntries(e));

describe('masaMutasi: tmtJabatan within the service before asOf', () => {
  it('refuses a TMT after asOf or more than 57 years before it, and decides every other', () => {
    const seen = { refused: 0, decided: 0 };
    const near = fc.integer({ min: -3, max: 3 });
    fc.assert(
      fc.property(
        // From 1923: 120 years and 400 days before asOf stays within the calendar (MIN_YEAR 1800), so every
        // refusal is the contradiction under test, not a date out of range.
        day('1923-03-01', '2900-12-31'),
        fc.oneof(
          near.map((d) => ({ years: 0, d })), // around asOf
          near.map((d) => ({ years: BATAS_MASA_KERJA_PNS.tahunMaksimum + 1, d })), // around the working-life bound
          fc.record({ years: fc.integer({ min: 0, max: 120 }), d: fc.integer({ min: -400, max: 400 }) }),
        ),
        (asOf, { years, d }) => {
          const tmtJabatan = addDays(addYears(asOf, -years), d);
          const impossible = tmtJabatan > asOf || addYears(tmtJabatan, BATAS_MASA_KERJA_PNS.tahunMaksimum) < asOf;
          const issues = issuesOf(() => masaMutasi({ tmtJabatan }, { asOf }));
          expect(paths(issues)).toEqual(impossible ? ['tmtJabatan'] : []);
          seen[impossible ? 'refused' : 'decided']++;
          expectOwn(issues);
          if (impossible) expect(issues[0]!.text!.id).toMatch(tmtJabatan > asOf ? /setelah asOf/ : /lebih dari 57 tahun sebelum asOf/);
        },
      ),
      { numRuns: 300 },
    );
    expect(Math.min(seen.refused, seen.decided)).toBeGreaterThan(50);
  });

  it('the bounds themselves are decided: TMT on asOf, and exactly 57 years before', () => {
    expect(masaMutasi({ tmtJabatan: '2024-06-15' }, { asOf: '2024-06-15' }).value.status).toBe('BELUM_MEMENUHI');
    expect(masaMutasi({ tmtJabatan: '1967-06-15' }, { asOf: '2024-06-15' }).value.bulanDalamJabatan).toBe(57 * 12);
    expect(paths(issuesOf(() => masaMutasi({ tmtJabatan: '1967-06-14' }, { asOf: '2024-06-15' })))).toEqual(['tmtJabatan']);
  });
});

describe('peringkatKandidat: a candidate record a serving PNS can have', () => {
  const asOfArb = day('1990-01-01', '2060-12-31');
  /** One candidate with a birth date, TMT jabatan and hukuman TMT placed around their bounds. */
  const kandidatArb = (asOf: string) =>
    fc
      .record({
        usia: fc.oneof(fc.integer({ min: 16, max: 19 }), fc.integer({ min: 73, max: 77 }), fc.integer({ min: -1, max: 80 })),
        dLahir: fc.integer({ min: -3, max: 3 }),
        jabatanSetelah18: fc.oneof(fc.integer({ min: -3, max: 3 }), fc.integer({ min: -2000, max: 25_000 })),
        hukumanSetelah18: fc.option(fc.integer({ min: -5, max: 5 }), { nil: undefined }),
        lamaHukuman: fc.option(fc.integer({ min: -3, max: 3 }), { nil: undefined }),
        withJabatan: fc.boolean(),
      })
      .map(({ usia, dLahir, jabatanSetelah18, hukumanSetelah18, lamaHukuman, withJabatan }) => {
        const tanggalLahir = addDays(addYears(asOf, -usia), dLahir);
        const awal = addYears(tanggalLahir, BATAS_MASA_KERJA_PNS.usiaPengangkatanMinimum);
        return {
          tanggalLahir,
          ...(withJabatan ? { tmtJabatan: addDays(awal, jabatanSetelah18) } : {}),
          riwayatHukuman:
            hukumanSetelah18 === undefined
              ? []
              : [
                  {
                    jenis: 'TEGURAN_LISAN' as const,
                    tmt: addDays(awal, hukumanSetelah18),
                    ...(lamaHukuman === undefined ? {} : { selesai: addDays(awal, hukumanSetelah18 + lamaHukuman) }),
                  },
                ],
        };
      });

  /** The oracle: record contradictions first (the schema), then the dates that need asOf. */
  function expectedPaths(
    list: { tanggalLahir: string; tmtJabatan?: string; riwayatHukuman: { tmt: string; selesai?: string }[] }[],
    asOf: string,
  ) {
    const malformed: string[] = []; // the riwayat hukuman schema's own check: nothing else is checked then
    const record: string[] = [];
    const dated: string[] = [];
    list.forEach((k, i) => {
      const awal = addYears(k.tanggalLahir, 18);
      if (k.tmtJabatan !== undefined && k.tmtJabatan < awal) record.push(`kandidat.${i}.tmtJabatan`);
      k.riwayatHukuman.forEach(
        (h, j) => h.selesai !== undefined && h.selesai < h.tmt && malformed.push(`kandidat.${i}.riwayatHukuman.${j}.selesai`),
      );
      k.riwayatHukuman.forEach((h, j) => h.tmt < awal && record.push(`kandidat.${i}.riwayatHukuman.${j}.tmt`));
      const usia = wholeYearsBetween(k.tanggalLahir, asOf);
      if (k.tanggalLahir > asOf || usia < 18 || usia > 75) dated.push(`kandidat.${i}.tanggalLahir`);
      if (k.tmtJabatan !== undefined && (k.tmtJabatan > asOf || addYears(k.tmtJabatan, 57) < asOf)) dated.push(`kandidat.${i}.tmtJabatan`);
    });
    return (malformed.length > 0 ? malformed : record.length > 0 ? record : dated).sort();
  }

  it('refuses ages outside 18–75, a jabatan or hukuman before 18, a hukuman ending before it starts, a TMT jabatan after asOf or beyond a working life', () => {
    const seen = new Map<string, number>();
    fc.assert(
      fc.property(
        asOfArb.chain((asOf) => fc.tuple(fc.constant(asOf), fc.array(kandidatArb(asOf), { minLength: 1, maxLength: 4 }))),
        ([asOf, list]) => {
          const kandidat = list.map((k, i) => ({
            id: `K${i}`,
            nilaiSeleksi: 70,
            predikatDuaTahunTerakhir: ['BAIK', 'BAIK'] as ['BAIK', 'BAIK'],
            ...k,
          }));
          const issues = issuesOf(() => peringkatKandidat({ formasi: {}, kandidat }, { asOf }));
          const expected = expectedPaths(list, asOf);
          expect(paths(issues)).toEqual(expected);
          expectOwn(issues);
          const kinds = expected.length === 0 ? ['decided'] : expected.map((p) => p.replace(/^kandidat\.\d+\.|\.\d+/g, ''));
          for (const k of kinds) seen.set(k, (seen.get(k) ?? 0) + 1);
        },
      ),
      { numRuns: 300 },
    );
    // Every kind of violation, and valid records, were drawn.
    for (const k of ['decided', 'tanggalLahir', 'tmtJabatan', 'riwayatHukuman.tmt', 'riwayatHukuman.selesai'])
      expect(seen.get(k) ?? 0).toBeGreaterThan(2);
  });

  it('refuses an empty profil or one missing a competency of the standard, and ranks complete ones', () => {
    fc.assert(
      fc.property(
        standarArb.chain((standar) =>
          fc.tuple(
            fc.constant(standar),
            fc.array(fc.tuple(profilFor(standar), fc.constantFrom('LENGKAP', 'KOSONG', 'KURANG'), fc.nat()), {
              minLength: 1,
              maxLength: 5,
            }),
          ),
        ),
        ([standar, drawn]) => {
          const expected: string[] = [];
          const kandidat = drawn.map(([profil, jenis, pick], i) => {
            const codes = Object.keys(standar);
            if (jenis === 'KOSONG') {
              expected.push(`kandidat.${i}.profil`);
              return { id: `K${i}`, profil: {} };
            }
            if (jenis === 'KURANG') {
              const gone = codes[pick % codes.length]!;
              expected.push(`kandidat.${i}.profil.${gone}`);
              const { [gone]: _, ...rest } = profil;
              return { id: `K${i}`, profil: { ...rest, 'TEKNIS.LAIN': 5 } };
            }
            return { id: `K${i}`, profil };
          });
          const run = () => peringkatKandidat({ formasi: { standar }, kandidat }, { asOf: '2025-01-01', periksaPredikat: false });
          const issues = issuesOf(run);
          expect(paths(issues)).toEqual(expected.sort());
          expectOwn(issues);
          for (const i of issues) expect(i.text!.id).toMatch(/^(kosong: tidak ada kompetensi yang dinilai|tidak ada: standar jabatan)/);
          if (expected.length === 0) expect(run().value.peringkat).toHaveLength(kandidat.length);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('penempatanOptimal: no placement from an unassessed profil', () => {
  it('refuses an empty profil when the fit is the JPM; one level is enough to be decided', () => {
    fc.assert(
      fc.property(standarArb, fc.array(fc.boolean(), { minLength: 1, maxLength: 6 }), (standar, empties) => {
        const kandidat = empties.map((empty, i) => ({ id: `K${i}`, profil: (empty ? {} : { INTEGRITAS: 0 }) as Record<string, number> }));
        const issues = issuesOf(() => penempatanOptimal({ kandidat, formasi: [{ id: 'F', standar }] }));
        expect(paths(issues)).toEqual(empties.flatMap((e, i) => (e ? [`kandidat.${i}.profil`] : [])).sort());
        expectOwn(issues);
      }),
      { numRuns: 100 },
    );
  });

  it('refuses a kecocokan matrix that is not candidates × posts, at the row or the matrix', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 5 }).chain((rows) => fc.array(fc.integer({ min: 0, max: 5 }), { minLength: rows, maxLength: rows })),
        (n, m, widths) => {
          const kecocokan = widths.map((w) => Array.from({ length: w }, () => 50));
          const ids = (p: string, k: number) => Array.from({ length: k }, (_, i) => ({ id: `${p}${i}` }));
          const issues = issuesOf(() => penempatanOptimal({ kandidat: ids('K', n), formasi: ids('F', m), kecocokan }));
          const expected = [
            ...(widths.length !== n ? ['kecocokan'] : []),
            ...widths.flatMap((w, i) => (w !== m ? [`kecocokan.${i}`] : [])),
          ];
          expect(paths(issues)).toEqual(expected.sort());
          expectOwn(issues);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('jobPersonMatch: every competency of the standard assessed', () => {
  it('refuses exactly the missing achieved levels, in both languages', () => {
    fc.assert(
      fc.property(
        standarArb.chain((s) => fc.tuple(fc.constant(s), profilFor(s), fc.subarray(Object.keys(s)))),
        ([standar, aktual, missing]) => {
          const partial = Object.fromEntries(Object.entries(aktual).filter(([k]) => !missing.includes(k)));
          const issues = issuesOf(() => jobPersonMatch({ standar, aktual: partial }));
          expect(paths(issues)).toEqual(missing.map((k) => `aktual.${k}`).sort());
          expectOwn(issues);
          for (const i of issues)
            expect(issueTexts(i)).toEqual([
              'missing: the standard requires this competency',
              'tidak ada: standar jabatan mensyaratkan kompetensi ini',
            ]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('an achieved total never exceeds 5 × the standard total: JPM stays within 0–JPM_MAKSIMUM', () => {
    fc.assert(
      fc.property(
        standarArb.chain((s) => fc.tuple(fc.constant(s), profilFor(s))),
        ([standar, aktual]) => {
          const persen = Number(jobPersonMatch({ standar, aktual }).value.persen);
          expect(persen).toBeGreaterThanOrEqual(0);
          expect(persen).toBeLessThanOrEqual(JPM_MAKSIMUM);
        },
      ),
      { numRuns: 100 },
    );
  });
});

const issueTexts = (i: InputIssue) => [i.text?.en, i.text?.id];

describe('jpmTertimbang: a JPM no assessment can give', () => {
  it('refuses a JPM above 500 % or below 0, decides 0–500', () => {
    const jpm = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.integer({ min: 497, max: 503 }), fc.integer({ min: -10, max: 1200 }));
    fc.assert(
      fc.property(jpm, jpm, fc.constantFrom('AHLI_MADYA', 'AHLI_MUDA', 'AHLI_PERTAMA' as const), (t, m, jenjang) => {
        const issues = issuesOf(() => jpmTertimbang({ jenjang, jpmTeknis: t, jpmMansoskul: m }));
        const bad = (v: number, f: string) => (v < 0 || v > JPM_MAKSIMUM ? [f] : []);
        expect(paths(issues)).toEqual([...bad(t, 'jpmTeknis'), ...bad(m, 'jpmMansoskul')].sort());
      }),
      { numRuns: 200 },
    );
  });
});

describe('kotakTalenta: thresholds in order', () => {
  it('refuses atas ≤ sesuai and tinggi ≤ menengah in both languages, decides ordered ones', () => {
    const pair = fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }));
    fc.assert(
      fc.property(pair, pair, ([atas, sesuai], [tinggi, menengah]) => {
        const issues = issuesOf(() =>
          kotakTalenta({ kinerja: 70, potensial: 70 }, { ambangKinerja: { atas, sesuai }, ambangPotensial: { tinggi, menengah } }),
        );
        const expected = [...(atas > sesuai ? [] : ['options.ambangKinerja']), ...(tinggi > menengah ? [] : ['options.ambangPotensial'])];
        expect(paths(issues)).toEqual(expected);
        expectOwn(issues);
        for (const i of issues) expect(i.text!.id).toMatch(/^(atas|tinggi) harus lebih besar daripada (sesuai|menengah)$/);
      }),
      { numRuns: 200 },
    );
  });
});

describe('nilaiSeleksiJpt: weights that can weigh a selection', () => {
  it('refuses weights outside their ranges or not adding up to 100, decides the rest', () => {
    const wide = { min: 0, max: 100 };
    const rentangBobot = { makalah: wide, assessmentCenter: wide, wawancara: wide, rekamJejak: { min: 10, max: 30 } };
    fc.assert(
      fc.property(
        fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 })),
        fc.integer({ min: 5, max: 35 }),
        ([makalah, assessmentCenter, wawancara], rekamJejak) => {
          const bobot = { makalah, assessmentCenter, wawancara, rekamJejak };
          const nilai = { makalah: 80, assessmentCenter: 85, wawancara: 90, rekamJejak: 75 };
          const issues = issuesOf(() => nilaiSeleksiJpt(nilai, { bobot, rentangBobot }));
          const sum = makalah + assessmentCenter + wawancara + rekamJejak;
          const expected = sum !== 100 ? ['options.bobot'] : rekamJejak < 10 || rekamJejak > 30 ? ['options.bobot.rekamJejak'] : [];
          expect(paths(issues)).toEqual(expected);
          expectOwn(issues);
          if (sum !== 100) expect(issues[0]!.text!.id).toBe(`jumlah bobot harus 100 %, bukan ${sum}`);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('JPM category thresholds in order (settings ambangPemetaan, ambangPengisian)', () => {
  it('refuses an upper bound not above the lower one, or a lower bound of 0, in both languages; decides ordered ones', () => {
    const pair = fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }));
    fc.assert(
      fc.property(pair, pair, ([optimal, cukupOptimal], [memenuhiSyarat, masihMemenuhiSyarat]) => {
        const issues = issuesOf(() =>
          jobPersonMatch(
            { standar: { INTEGRITAS: 3 }, aktual: { INTEGRITAS: 3 } },
            { ambangPemetaan: { optimal, cukupOptimal }, ambangPengisian: { memenuhiSyarat, masihMemenuhiSyarat } },
          ),
        );
        // The order is checked first; a lower bound of 0 is reported once the order holds.
        const pemetaan =
          optimal <= cukupOptimal ? ['options.ambangPemetaan'] : cukupOptimal <= 0 ? ['options.ambangPemetaan.cukupOptimal'] : [];
        const pengisian =
          memenuhiSyarat <= masihMemenuhiSyarat
            ? ['options.ambangPengisian']
            : masihMemenuhiSyarat <= 0
              ? ['options.ambangPengisian.masihMemenuhiSyarat']
              : [];
        const expected = [...pemetaan, ...pengisian].sort();
        expect(paths(issues)).toEqual(expected);
        expectOwn(issues);
      }),
      { numRuns: 200 },
    );
  });
});
