import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { ISSUE_CODES, type InputIssue, MeritInputError } from '../../src/core/errors.js';
import { ISSUE_TEMPLATES } from '../../src/core/issue-catalogue.js';
import { compareDecimal } from '../../src/core/issue-from-zod.js';
import { Decimal } from '../../src/core/decimal.js';
import { IJAZAH } from '../../src/core/ijazah.js';
import { parseInput } from '../../src/core/rule.js';
import {
  jobPersonMatch,
  kenaikanPangkatReguler,
  kurvaDistribusi,
  nilaiKinerjaPp30,
  penyesuaianGajiKetidakhadiran,
  predikatKinerja,
  predikatOrganisasiIkm,
  satyalancanaKaryaSatya,
} from '../../src/index.js';
import { PREDIKAT } from '../../src/performance/types.js';
import { GOLONGAN_PNS } from '../../src/promotion/types.js';
import { issuesOf } from '../input-issues.js';

type Example = { run: () => unknown; path: (string | number)[]; id: string; en: string; suggestion?: string };

const pola = (batas: unknown[]) => kurvaDistribusi({ predikatOrganisasi: 'BAIK', jumlah: { BAIK: 1 } }, { pola: { BAIK: batas } as never });
const batas = { predikat: ['BAIK'], jenis: 'MAKSIMUM', persen: 10 };
const KP = { golongan: 'III/c', tmtPangkat: '2020-04-01', ijazah: 'S1', riwayatPenilaian: [] };
const PREDIKAT_KINERJA = '"DI_ATAS_EKSPEKTASI", "SESUAI_EKSPEKTASI" atau "DI_BAWAH_EKSPEKTASI"';

/** One real input per kind of issue, with the exact text a person reads in each language (docs/errors.md quotes them). */
const EXAMPLES: Record<(typeof ISSUE_CODES)[number], Example> = {
  required: {
    run: () => predikatKinerja({ perilakuKerja: 'DI_ATAS_EKSPEKTASI' } as never),
    path: ['hasilKerja'],
    id: `wajib diisi; isi dengan salah satu dari ${PREDIKAT_KINERJA}`,
    en: `is required; give one of ${PREDIKAT_KINERJA.replace(' atau ', ' or ')}`,
  },
  wrong_type: {
    run: () => nilaiKinerjaPp30({ nilaiSkp: true, nilaiPerilaku: 90, bobot: '70_30' } as never),
    path: ['nilaiSkp'],
    id: 'harus angka antara 0 dan 120, mis. 60, bukan true',
    en: 'must be a number from 0 to 120, e.g. 60, not true',
  },
  not_an_option: {
    run: () => kenaikanPangkatReguler({ ...KP, ijazah: 'D3' } as never, { asOf: '2024-01-01' }),
    path: ['ijazah'],
    id: `"D3" bukan pilihan yang dikenal (mungkin maksudnya "D_III"); tulis salah satu dari ${IJAZAH.slice(0, -1)
      .map((i) => `"${i}"`)
      .join(', ')} atau "S3"`,
    en: `"D3" is not one of the options (did you mean "D_III"?); write one of ${IJAZAH.slice(0, -1)
      .map((i) => `"${i}"`)
      .join(', ')} or "S3"`,
    suggestion: 'D_III',
  },
  date_format: {
    run: () => satyalancanaKaryaSatya({ tmtCpns: '01/02/2024' }, { asOf: '2024-06-01' }),
    path: ['tmtCpns'],
    id: '"01/02/2024" bukan tanggal berbentuk YYYY-MM-DD; tulis sebagai YYYY-MM-DD, mis. 2024-02-01',
    en: '"01/02/2024" is not a date in the form YYYY-MM-DD; write it as YYYY-MM-DD, e.g. 2024-02-01',
    suggestion: '2024-02-01',
  },
  not_a_calendar_date: {
    run: () => satyalancanaKaryaSatya({ tmtCpns: '2023-02-29' }, { asOf: '2024-06-01' }),
    path: ['tmtCpns'],
    id: '"2023-02-29" bukan tanggal yang ada di kalender (Februari 2023 hanya 28 hari); tulis tanggal yang ada, mis. 2023-02-28',
    en: '"2023-02-29" is not a day of the calendar (February 2023 has 28 days); write a real date, e.g. 2023-02-28',
  },
  number_format: {
    run: () => nilaiKinerjaPp30({ nilaiSkp: '89,5', nilaiPerilaku: 90, bobot: '70_30' }),
    path: ['nilaiSkp'],
    id: '"89,5" bukan angka yang dapat dibaca; tulis angka dengan titik desimal, tanpa pemisah ribuan, mis. 89.5',
    en: '"89,5" is not a number that can be read; write digits with a decimal point and no thousands separator, e.g. 89.5',
    suggestion: '89.5',
  },
  text_format: {
    run: () => jobPersonMatch({ standar: { INTEGRITAS: 3 }, aktual: { INTEGRITAS: 3, 'A B': 3 } }),
    path: ['aktual', 'A B'],
    id: 'nama kunci: "A B" tidak sesuai bentuk yang diminta; tulis kode dari huruf, angka, "_", "." atau "-" (tanpa spasi), mis. TEKNIS.PENGADAAN',
    en: 'key name: "A B" is not in the required form; write a code of letters, digits, "_", "." or "-" (no spaces), e.g. TEKNIS.PENGADAAN',
  },
  out_of_range: {
    run: () => nilaiKinerjaPp30({ nilaiSkp: 130, nilaiPerilaku: 90, bobot: '70_30' }),
    path: ['nilaiSkp'],
    id: '130 di luar rentang; harus antara 0 dan 120',
    en: '130 is out of range; must be from 0 to 120',
  },
  too_many_items: {
    run: () => pola(Array.from({ length: 21 }, () => batas)),
    path: ['options', 'pola', 'BAIK'],
    id: 'berisi 21 butir; paling banyak 20 yang diterima',
    en: 'has 21 items; at most 20 are accepted',
  },
  too_few_items: {
    run: () => pola([{ ...batas, predikat: [] }]),
    path: ['options', 'pola', 'BAIK', 0, 'predikat'],
    id: 'berisi 0 butir; diperlukan paling sedikit 1',
    en: 'has 0 items; needs at least 1',
  },
  unknown_key: {
    run: () => predikatKinerja({ hasilkerja: 'BAIK', hasilKerja: 'DI_ATAS_EKSPEKTASI', perilakuKerja: 'DI_ATAS_EKSPEKTASI' } as never),
    path: ['hasilkerja'],
    id: 'bukan kolom masukan ini; mungkin maksudnya "hasilKerja"?',
    en: 'is not a field of this input; did you mean "hasilKerja"?',
  },
  contradiction: {
    run: () => penyesuaianGajiKetidakhadiran({ hariKumulatifTerbukti: 3, hariBerturutTurutTerbukti: 5, gajiTelahDihentikan: false }),
    path: ['hariBerturutTurutTerbukti'],
    id: 'hariBerturutTurutTerbukti tidak boleh melebihi hariKumulatifTerbukti: hari berturut-turut yang terbukti termasuk hari yang terbukti',
    en: 'hariBerturutTurutTerbukti cannot exceed hariKumulatifTerbukti: the consecutive days proven are among the days proven',
  },
  not_covered: {
    run: () => predikatOrganisasiIkm({ mutu: 'B' }),
    path: ['options', 'pemetaan'],
    id: 'tidak ada peraturan yang dibaca yang memetakan mutu SKM ke predikat organisasi: nyatakan pemetaan instansi (pemetaan INSTANSI dengan pemetaanInstansi { A, B, C, D }) atau pilih ilustrasi pustaka PERINGKAT_SEJAJAR',
    en: "no regulation read maps the SKM mutu to the organisation predikat: state the agency's mapping (pemetaan INSTANSI with pemetaanInstansi { A, B, C, D }) or choose the library's illustrative PERINGKAT_SEJAJAR",
  },
  unreadable: {
    run: () =>
      predikatKinerja({
        get hasilKerja(): never {
          throw new Error('boom');
        },
        perilakuKerja: 'DI_ATAS_EKSPEKTASI',
      }),
    path: [],
    id: 'tidak dapat dibaca (boom)',
    en: 'could not be read (boom)',
  },
  invalid: {
    // A zod error made elsewhere (no input reported): the library still gives a code and both languages.
    run: () => {
      throw MeritInputError.fromZod({ issues: [{ path: ['x'], message: 'Invalid input' }] });
    },
    path: ['x'],
    id: 'tidak diterima; tulis nilai yang sah',
    en: 'is not accepted; write a valid value',
  },
};

describe('the issue catalogue: every kind of input issue, in both languages', () => {
  it('is a closed set with a template in both languages for each code', () => {
    expect(Object.keys(ISSUE_TEMPLATES).sort()).toEqual([...ISSUE_CODES].sort());
    expect(Object.keys(EXAMPLES).sort()).toEqual([...ISSUE_CODES].sort());
    for (const t of Object.values(ISSUE_TEMPLATES)) expect(t.id && t.en && t.id !== t.en).toBeTruthy();
  });

  for (const code of ISSUE_CODES) {
    it(`${code}: the field, what is wrong and what to type, in Bahasa Indonesia and English`, () => {
      const ex = EXAMPLES[code];
      const issue = issuesOf(ex.run).find((i) => i.code === code) as InputIssue;
      expect(issue, code).toBeDefined();
      expect(issue.path).toEqual(ex.path);
      expect(issue.text.id).toBe(ex.id);
      expect(issue.text.en).toBe(ex.en);
      expect(issue.message).toBe(ex.en);
      expect(issue.suggestion).toBe(ex.suggestion);
    });
  }

  it('docs/errors.md documents every code: its templates and its example, in both languages', () => {
    const doc = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');
    for (const code of ISSUE_CODES) {
      expect(doc, code).toContain(`### \`${code}\``);
      expect(doc, code).toContain(`| id | ${ISSUE_TEMPLATES[code].id} |`);
      expect(doc, code).toContain(`| en | ${ISSUE_TEMPLATES[code].en} |`);
      expect(doc, code).toContain(EXAMPLES[code].id);
      expect(doc, code).toContain(EXAMPLES[code].en);
    }
  });

  it('III/B suggests III/b; a value near no option gets no suggestion; never one language inside the other', () => {
    const [g] = issuesOf(() => kenaikanPangkatReguler({ ...KP, golongan: 'III/B' } as never, { asOf: '2024-01-01' }));
    expect([g!.code, g!.suggestion]).toEqual(['not_an_option', 'III/b']);
    const [p] = issuesOf(() => predikatKinerja({ hasilKerja: 'sangat baik', perilakuKerja: 'DI_ATAS_EKSPEKTASI' } as never));
    expect(p!.suggestion).toBeUndefined(); // not an option of hasilKerja: no false lead
    for (const ex of Object.values(EXAMPLES)) {
      for (const issue of issuesOf(ex.run)) {
        expect(issue.text.id).not.toMatch(/\b(must|is required|is not|write|give|did you mean|expected|Invalid)\b/);
        expect(issue.text.en).not.toMatch(/\b(harus|wajib|bukan|tulis|isi dengan|mungkin maksudnya)\b/);
      }
    }
  });
});

/** A valid value typed carelessly: case changed and separators dropped, added or swapped. */
const careless = (options: readonly string[]) =>
  fc
    .tuple(
      fc.constantFrom(...options),
      fc.array(fc.boolean(), { minLength: 24, maxLength: 24 }),
      fc.constantFrom('', ' ', '-', '_', '/', '.'),
    )
    .map(([value, flips, sep]) => ({
      value,
      typed: [...value.replace(/[_/]/g, sep)].map((c, i) => (flips[i % 24] ? c.toUpperCase() : c.toLowerCase())).join(''),
    }));

describe('suggestions (property): always a valid value, never accepted in place of the input', () => {
  for (const [name, options] of [
    ['golongan', GOLONGAN_PNS],
    ['ijazah', IJAZAH],
    ['predikat', PREDIKAT],
  ] as const) {
    it(`${name}: a carelessly typed option is refused, and its suggestion is the option meant`, () => {
      const schema = z.object({ v: z.enum(options as unknown as [string, ...string[]]) });
      fc.assert(
        fc.property(careless(options), ({ value, typed }) => {
          if ((options as readonly string[]).includes(typed)) {
            expect(parseInput(schema, { v: typed })).toEqual({ v: typed });
            return;
          }
          let issue: InputIssue | undefined;
          try {
            parseInput(schema, { v: typed });
          } catch (e) {
            issue = (e as MeritInputError).issues[0];
          }
          expect(issue?.code).toBe('not_an_option');
          expect(issue?.suggestion).toBe(value);
          expect(parseInput(schema, { v: issue!.suggestion })).toEqual({ v: value });
        }),
      );
    });
  }

  it('any string: a suggestion, when given, is one of the options and differs from the input', () => {
    const schema = z.object({ v: z.enum(IJAZAH) });
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (typed) => {
        const issues = issuesOf(() => parseInput(schema, { v: typed }));
        if ((IJAZAH as readonly string[]).includes(typed)) return expect(issues).toEqual([]);
        const s = issues[0]!.suggestion;
        if (s !== undefined) {
          expect(IJAZAH).toContain(s);
          expect(s).not.toBe(typed);
        }
      }),
    );
  });

  it('dates: a suggested date is a calendar date, given only for another form of one', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2999-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const [y, m, day] = d.toISOString().slice(0, 10).split('-');
        const typed = `${day}/${m}/${y}`;
        const [issue] = issuesOf(() => satyalancanaKaryaSatya({ tmtCpns: typed }, { asOf: '2024-06-01' }));
        expect(issue!.code).toBe('date_format');
        expect(issue!.suggestion).toBe(`${y}-${m}-${day}`);
      }),
    );
  });
});

describe('compareDecimal (the range check of number suggestions, without decimal.js)', () => {
  it('orders plain decimal strings as Decimal does (property)', () => {
    const dec = fc
      .tuple(fc.boolean(), fc.stringMatching(/^\d{1,6}$/), fc.option(fc.stringMatching(/^\d{1,5}$/)))
      .map(([negative, whole, fraction]) => `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`);
    fc.assert(
      fc.property(dec, dec, (a, b) => {
        expect(Math.sign(compareDecimal(a, b))).toBe(new Decimal(a).comparedTo(b));
      }),
    );
  });
});
