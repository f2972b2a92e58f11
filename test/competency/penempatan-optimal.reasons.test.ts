import { describe, expect, it } from 'vitest';
import {
  jobPersonMatch,
  KECOCOKAN_MAKS,
  PENEMPATAN_MAKS,
  penempatanOptimal,
  penempatanOptimalOptions,
  PRIORITAS_PENEMPATAN,
} from '../../src/competency/index.js';
import { explain } from '../../src/explain.js';
import { thrownIssueLines } from '../input-issues.js';
import { reasonLines } from '../explain/lines.js';

const RID = 'competency.penempatanOptimal';
const KESESUAIAN = [
  {
    regulation: 'UU_20_2023',
    unlocated:
      'UU 20/2023 is the ASN law now in force; no source read gives the Pasal on placing a PNS by the fit of competency and job requirements (the "Pasal 27" cited before had none), so PP 11/2017 Pasal 190 ayat (4) carries the rule.',
  },
  { regulation: 'PP_11_2017', article: 'Pasal 190 ayat (4)' },
];
const CT = '(UU 20/2023 (pasal belum ditemukan); PP 11/2017 Pasal 190 ayat (4))';
const CT_EN = '(UU 20/2023 (article not located); PP 11/2017 Pasal 190 ayat (4))';
const STANDAR = [
  { regulation: 'PERMENPANRB_38_2017', article: 'Pasal 1 angka 1' },
  {
    regulation: 'PERBKN_26_2019',
    unlocated:
      'JPM = Σ achieved ÷ Σ standard levels × 100 % was read in Lampiran D angka 1 of a JF regulation "Nomor 35 Tahun 2020" (issuer not identified) and in the BKN report template reproduced by assessment applications; Peraturan BKN 26/2019 was read only to Pasal 3.',
  },
];
const ids = (p: string, n: number) => Array.from({ length: n }, (_, i) => ({ id: `${p}${i + 1}` }));

describe('penempatanOptimal reasons (PP 11/2017 Pasal 190 ayat (4): competency matching the post; UU 20/2023 article not located)', () => {
  const d = () =>
    penempatanOptimal(
      {
        kandidat: ids('K', 3),
        formasi: ids('F', 3),
        kecocokan: [
          [90, 70, null],
          [85, null, null],
          [50, 60, 40],
        ],
        terlarang: [{ kandidat: 'K3', formasi: 'F3', alasan: 'konflik kepentingan' }],
      },
      { minimumKecocokan: '55.5' },
    );

  it('goal, placements, a candidate beaten by the optimum, an empty post and the total', () => {
    expect(d().value).toEqual({
      penempatan: [
        { kandidat: 'K2', formasi: 'F1', kecocokan: '85.00' },
        { kandidat: 'K1', formasi: 'F2', kecocokan: '70.00' },
      ],
      tidakDitempatkan: [{ kandidat: 'K3', alasan: 'KALAH_OPTIMAL' }],
      formasiKosong: [{ formasi: 'F3', alasan: 'TIDAK_ADA_KANDIDAT_MEMENUHI' }],
      totalKecocokan: '155.00',
    });
    const r = (code: string, outcome: string, facts: Record<string, unknown>) => ({
      rule: RID,
      code: `${RID}.${code}`,
      outcome,
      citations: KESESUAIAN,
      facts,
    });
    expect(d().reasons).toEqual([
      r('tujuan', 'INFO', { jumlahKandidat: 3, jumlahFormasi: 3, prioritas: 'TOTAL_KECOCOKAN', minimumKecocokan: '55.50' }),
      r('terlarang', 'INFO', { kandidat: 'K3', formasi: 'F3', alasan: 'konflik kepentingan' }),
      r('ditempatkan', 'PASS', { kandidat: 'K2', formasi: 'F1', kecocokan: '85.00', kecocokanTerbaik: '85.00' }),
      r('ditempatkan', 'PASS', { kandidat: 'K1', formasi: 'F2', kecocokan: '70.00', kecocokanTerbaik: '90.00' }),
      r('kalah', 'FAIL', { kandidat: 'K3', formasi: 'F2', kecocokan: '60.00', pemegang: 'K1' }),
      r('kosongTanpaKandidat', 'INFO', { formasi: 'F3' }),
      r('total', 'INFO', { totalKecocokan: '155.00', jumlahDitempatkan: 2 }),
    ]);
    expect(explain(d(), 'id')).toMatchInlineSnapshot(`
      [
        "Catatan: Penempatan 3 kandidat pada 3 formasi dengan prioritas total kecocokan terbesar, kecocokan minimum 55,50; pasangan terlarang tidak ditempatkan [1, 2]",
        "Catatan: K3 tidak boleh ditempatkan pada F3 (pasangan terlarang; alasan: konflik kepentingan) [1, 2]",
        "Terpenuhi: K2 ditempatkan pada F1 dengan kecocokan 85,00 (kecocokan terbaiknya 85,00) [1, 2]",
        "Terpenuhi: K1 ditempatkan pada F2 dengan kecocokan 70,00 (kecocokan terbaiknya 90,00) [1, 2]",
        "Tidak terpenuhi: K3 tidak ditempatkan: formasi terbaiknya F2 (kecocokan 60,00) diberikan kepada K1 karena total kecocokan lebih besar [1, 2]",
        "Catatan: Formasi F3 kosong: tidak ada kandidat yang memenuhi [1, 2]",
        "Catatan: Total kecocokan maksimum 155,00 dengan 2 penempatan [1, 2]",
        "Dasar hukum:",
        "[1] UU 20/2023 (pasal belum ditemukan)",
        "[2] PP 11/2017 Pasal 190 ayat (4)",
      ]
    `);
    expect(explain(d(), 'en')).toMatchInlineSnapshot(`
      [
        "Note: Placing 3 candidates in 3 posts with priority largest total fit, minimum fit 55.50; forbidden pairs are not placed [1, 2]",
        "Note: K3 may not be placed in F3 (forbidden pair; reason: konflik kepentingan) [1, 2]",
        "Met: K2 is placed in F1 with fit 85.00 (their best fit 85.00) [1, 2]",
        "Met: K1 is placed in F2 with fit 70.00 (their best fit 90.00) [1, 2]",
        "Not met: K3 is not placed: their best post F2 (fit 60.00) goes to K1 because the total fit is larger [1, 2]",
        "Note: Post F3 stays empty: no eligible candidate [1, 2]",
        "Note: Maximum total fit 155.00 with 2 placements [1, 2]",
        "Legal basis:",
        "[1] UU 20/2023 (article not located)",
        "[2] PP 11/2017 Pasal 190 ayat (4)",
      ]
    `);
  });

  it('each forbidden pair is reported once, in id order, the last alasan given winning; without alasan it reads "—"', () => {
    const v = penempatanOptimal({
      kandidat: ids('K', 2),
      formasi: ids('F', 2),
      kecocokan: [
        [80, 90],
        [70, 60],
      ],
      terlarang: [
        { kandidat: 'K2', formasi: 'F1' },
        { kandidat: 'K1', formasi: 'F2', alasan: 'hubungan keluarga' },
        { kandidat: 'K1', formasi: 'F2', alasan: 'konflik kepentingan' },
      ],
    });
    expect(v.value.penempatan).toEqual([
      { kandidat: 'K1', formasi: 'F1', kecocokan: '80.00' },
      { kandidat: 'K2', formasi: 'F2', kecocokan: '60.00' },
    ]);
    expect(v.reasons.filter((x) => x.code === `${RID}.terlarang`).map((x) => x.facts)).toEqual([
      { kandidat: 'K1', formasi: 'F2', alasan: 'konflik kepentingan' },
      { kandidat: 'K2', formasi: 'F1', alasan: null },
    ]);
    expect(explain(v, 'id').filter((l) => l.includes('terlarang;'))).toMatchInlineSnapshot(`
      [
        "Catatan: K1 tidak boleh ditempatkan pada F2 (pasangan terlarang; alasan: konflik kepentingan) [1, 2]",
        "Catatan: K2 tidak boleh ditempatkan pada F1 (pasangan terlarang; alasan: —) [1, 2]",
      ]
    `);
  });

  it('a candidate with no allowed post, and a post whose candidates are placed elsewhere', () => {
    const v = penempatanOptimal(
      {
        kandidat: ids('K', 2),
        formasi: ids('F', 2),
        kecocokan: [
          [80, 90],
          [null, null],
        ],
      },
      { minimumKecocokan: 0 },
    );
    expect(v.value).toEqual({
      penempatan: [{ kandidat: 'K1', formasi: 'F2', kecocokan: '90.00' }],
      tidakDitempatkan: [{ kandidat: 'K2', alasan: 'TIDAK_ADA_FORMASI_MEMENUHI' }],
      formasiKosong: [{ formasi: 'F1', alasan: 'KANDIDAT_LEBIH_COCOK_DI_TEMPAT_LAIN' }],
      totalKecocokan: '90.00',
    });
    expect(v.reasons.slice(2, 4)).toEqual([
      {
        rule: RID,
        code: `${RID}.tanpaFormasi`,
        outcome: 'FAIL',
        citations: KESESUAIAN,
        facts: { kandidat: 'K2', minimumKecocokan: '0.00' },
      },
      {
        rule: RID,
        code: 'competency.penempatanOptimal.kosongDipilihLain',
        outcome: 'INFO',
        citations: KESESUAIAN,
        facts: { formasi: 'F1' },
      },
    ]);
    expect(explain(v, 'id').slice(2, 4)).toMatchInlineSnapshot(`
      [
        "Tidak terpenuhi: K2 tidak ditempatkan: tidak ada formasi yang boleh diisinya dengan kecocokan minimum 0,00 [1, 2]",
        "Catatan: Formasi F1 kosong: kandidat yang memenuhi lebih optimal ditempatkan di formasi lain [1, 2]",
      ]
    `);
    expect(explain(v, 'en').slice(2, 4)).toMatchInlineSnapshot(`
      [
        "Not met: K2 is not placed: no post they may fill with the minimum fit 0.00 [1, 2]",
        "Note: Post F1 stays empty: its eligible candidates are better placed elsewhere [1, 2]",
      ]
    `);
  });

  it('fits computed from profiles cite PermenPANRB 38/2017 Pasal 1 angka 1 and the JPM formula (not located); the JUMLAH_TERISI label', () => {
    const d = penempatanOptimal(
      { kandidat: [{ id: 'A', profil: { INTEGRITAS: 3 } }], formasi: [{ id: 'F', standar: { INTEGRITAS: 4 } }] },
      { prioritas: 'JUMLAH_TERISI' },
    );
    expect(d.value.penempatan).toEqual([{ kandidat: 'A', formasi: 'F', kecocokan: '75.00' }]);
    expect(d.reasons[1]).toEqual({
      rule: RID,
      code: `${RID}.ditempatkan`,
      outcome: 'PASS',
      citations: STANDAR,
      facts: { kandidat: 'A', formasi: 'F', kecocokan: '75.00', kecocokanTerbaik: '75.00' },
    });
    expect(reasonLines(d, 'id')[0]).toContain('dengan prioritas formasi terisi terbanyak, kecocokan minimum 0,00;');
    expect(reasonLines(d, 'en')[0]).toContain('with priority most posts filled, minimum fit 0.00;');
    expect(reasonLines(d, 'id')[1]).toMatchInlineSnapshot(
      `"Terpenuhi: A ditempatkan pada F dengan kecocokan 75,00 (kecocokan terbaiknya 75,00) [3, 4]"`,
    );
  });
});

describe('penempatanOptimal objective', () => {
  it('TOTAL_KECOCOKAN: among equal totals, more placements win', () => {
    // K1 fits both posts equally; K2 only F1 with fit 0: both placed (total 100, 2 posts) rather than K1 alone in F1.
    const v = penempatanOptimal({
      kandidat: ids('K', 2),
      formasi: ids('F', 2),
      kecocokan: [
        [100, 100],
        [0, null],
      ],
    }).value;
    expect(v.penempatan).toEqual([
      { kandidat: 'K2', formasi: 'F1', kecocokan: '0.00' },
      { kandidat: 'K1', formasi: 'F2', kecocokan: '100.00' },
    ]);
    expect(v.totalKecocokan).toBe('100.00');
  });

  it('TOTAL_KECOCOKAN: a larger total beats more placements; JUMLAH_TERISI the reverse', () => {
    // K1→F1 alone: total 100, one post; K1→F2 + K2→F1: total 51, two posts.
    const k2 = [
      [100, 1],
      [50, null],
    ];
    expect(penempatanOptimal({ kandidat: ids('K', 2), formasi: ids('F', 2), kecocokan: k2 }).value).toMatchObject({
      totalKecocokan: '100.00',
    });
    expect(
      penempatanOptimal({ kandidat: ids('K', 2), formasi: ids('F', 2), kecocokan: k2 }, { prioritas: 'JUMLAH_TERISI' }).value,
    ).toMatchObject({
      totalKecocokan: '51.00',
    });
    expect(PRIORITAS_PENEMPATAN).toEqual(['TOTAL_KECOCOKAN', 'JUMLAH_TERISI']);
  });

  it('minimumKecocokan is inclusive and compared at 0.01 resolution, rounding the minimum up', () => {
    const at = (fit: string, min: string) =>
      penempatanOptimal({ kandidat: ids('K', 1), formasi: ids('F', 1), kecocokan: [[fit]] }, { minimumKecocokan: min }).value.penempatan
        .length;
    expect(at('68', '68')).toBe(1);
    expect(at('67.99', '68')).toBe(0);
    expect(at('55.55', '55.551')).toBe(0);
    expect(at('55.56', '55.551')).toBe(1);
    const d = penempatanOptimal({ kandidat: ids('K', 1), formasi: ids('F', 1), kecocokan: [['1']] }, { minimumKecocokan: '55.551' });
    expect(d.reasons[0]!.facts.minimumKecocokan).toBe('55.56');
  });

  it('a forbidden pair is never placed, even when it is the only fit', () => {
    const v = penempatanOptimal({
      kandidat: ids('K', 2),
      formasi: ids('F', 1),
      kecocokan: [[90], [10]],
      terlarang: [{ kandidat: 'K1', formasi: 'F1' }],
    }).value;
    expect(v.penempatan).toEqual([{ kandidat: 'K2', formasi: 'F1', kecocokan: '10.00' }]);
    expect(v.tidakDitempatkan).toEqual([{ kandidat: 'K1', alasan: 'TIDAK_ADA_FORMASI_MEMENUHI' }]);
    // forbidding K1 for another post leaves this one open
    const w = penempatanOptimal({
      kandidat: ids('K', 1),
      formasi: ids('F', 2),
      kecocokan: [[90, 80]],
      terlarang: [{ kandidat: 'K1', formasi: 'F2' }],
    }).value;
    expect(w.penempatan).toEqual([{ kandidat: 'K1', formasi: 'F1', kecocokan: '90.00' }]);
  });

  it('TOTAL_KECOCOKAN: a total larger by 0.01 beats one more placement', () => {
    // K1→F1 alone: 1.01; K1→F2 + K2→F1: 1.00 with two posts filled.
    const kecocokan = [
      ['1.01', '0.5'],
      ['0.5', null],
    ];
    expect(penempatanOptimal({ kandidat: ids('K', 2), formasi: ids('F', 2), kecocokan }).value.penempatan).toEqual([
      { kandidat: 'K1', formasi: 'F1', kecocokan: '1.01' },
    ]);
    expect(
      penempatanOptimal({ kandidat: ids('K', 2), formasi: ids('F', 2), kecocokan }, { prioritas: 'JUMLAH_TERISI' }).value.penempatan,
    ).toHaveLength(2);
  });

  it('one candidate, two posts: the better post, under either priority', () => {
    for (const prioritas of PRIORITAS_PENEMPATAN) {
      expect(
        penempatanOptimal({ kandidat: ids('K', 1), formasi: ids('F', 2), kecocokan: [[10, 90]] }, { prioritas }).value.penempatan,
      ).toEqual([{ kandidat: 'K1', formasi: 'F2', kecocokan: '90.00' }]);
    }
  });

  it('a fit of 0 is a placement under JUMLAH_TERISI too, and a forbidden 0 is not', () => {
    const zero = { kandidat: ids('K', 1), formasi: ids('F', 2), kecocokan: [[0, null]] };
    expect(penempatanOptimal(zero, { prioritas: 'JUMLAH_TERISI' }).value.penempatan).toEqual([
      { kandidat: 'K1', formasi: 'F1', kecocokan: '0.00' },
    ]);
    expect(penempatanOptimal(zero).value.penempatan).toEqual([{ kandidat: 'K1', formasi: 'F1', kecocokan: '0.00' }]);
    expect(penempatanOptimal(zero).reasons[1]!.facts).toEqual({
      kandidat: 'K1',
      formasi: 'F1',
      kecocokan: '0.00',
      kecocokanTerbaik: '0.00',
    });
    const v = penempatanOptimal({ ...zero, terlarang: [{ kandidat: 'K1', formasi: 'F1' }] }).value;
    expect(v.penempatan).toEqual([]);
    expect(v.tidakDitempatkan).toEqual([{ kandidat: 'K1', alasan: 'TIDAK_ADA_FORMASI_MEMENUHI' }]);
  });

  it('a candidate whose best fit is 0 and a post whose only candidate (fit 0) is placed elsewhere', () => {
    const lost = penempatanOptimal({ kandidat: ids('K', 2), formasi: ids('F', 1), kecocokan: [[90], [0]] });
    expect(lost.value.tidakDitempatkan).toEqual([{ kandidat: 'K2', alasan: 'KALAH_OPTIMAL' }]);
    expect(lost.reasons.find((r) => r.code === `${RID}.kalah`)!.facts).toEqual({
      kandidat: 'K2',
      formasi: 'F1',
      kecocokan: '0.00',
      pemegang: 'K1',
    });
    const empty = penempatanOptimal({ kandidat: ids('K', 1), formasi: ids('F', 2), kecocokan: [[0, 50]] }).value;
    expect(empty.formasiKosong).toEqual([{ formasi: 'F1', alasan: 'KANDIDAT_LEBIH_COCOK_DI_TEMPAT_LAIN' }]);
  });

  it('an empty post is reported as taken elsewhere when any allowed candidate (not only the first) went elsewhere', () => {
    const v = penempatanOptimal({
      kandidat: ids('K', 2),
      formasi: ids('F', 2),
      kecocokan: [
        [null, null],
        [10, 90],
      ],
    }).value;
    expect(v.penempatan).toEqual([{ kandidat: 'K2', formasi: 'F2', kecocokan: '90.00' }]);
    expect(v.formasiKosong).toEqual([{ formasi: 'F1', alasan: 'KANDIDAT_LEBIH_COCOK_DI_TEMPAT_LAIN' }]);
  });

  it('a beaten candidate is reported against the first of its equally best posts', () => {
    const d = penempatanOptimal({
      kandidat: ids('K', 3),
      formasi: ids('F', 2),
      kecocokan: [
        [90, null],
        [null, 90],
        [60, 60],
      ],
    });
    expect(d.reasons.find((r) => r.code === `${RID}.kalah`)!.facts).toEqual({
      kandidat: 'K3',
      formasi: 'F1',
      kecocokan: '60.00',
      pemegang: 'K1',
    });
  });

  it('JUMLAH_TERISI fills one more post even when that costs almost the whole total', () => {
    // K1→F1 alone: 100.00; K1→F2 + K2→F1: 0.02 with two posts filled.
    const kecocokan = [
      [100, '0.01'],
      ['0.01', null],
    ];
    expect(
      penempatanOptimal({ kandidat: ids('K', 2), formasi: ids('F', 2), kecocokan }, { prioritas: 'JUMLAH_TERISI' }).value,
    ).toMatchObject({
      penempatan: [
        { kandidat: 'K2', formasi: 'F1', kecocokan: '0.01' },
        { kandidat: 'K1', formasi: 'F2', kecocokan: '0.01' },
      ],
      totalKecocokan: '0.02',
    });
  });

  it('results are listed in id order whatever the input order', () => {
    const d = penempatanOptimal({
      kandidat: [{ id: 'K3' }, { id: 'K1' }, { id: 'K2' }, { id: 'K0' }],
      formasi: [{ id: 'F3' }, { id: 'F1' }, { id: 'F2' }, { id: 'F4' }],
      kecocokan: [
        [null, null, null, null],
        [null, 80, null, null],
        [null, null, null, null],
        [70, null, null, null],
      ],
    });
    expect(d.value).toEqual({
      penempatan: [
        { kandidat: 'K1', formasi: 'F1', kecocokan: '80.00' },
        { kandidat: 'K0', formasi: 'F3', kecocokan: '70.00' },
      ],
      tidakDitempatkan: [
        { kandidat: 'K2', alasan: 'TIDAK_ADA_FORMASI_MEMENUHI' },
        { kandidat: 'K3', alasan: 'TIDAK_ADA_FORMASI_MEMENUHI' },
      ],
      formasiKosong: [
        { formasi: 'F2', alasan: 'TIDAK_ADA_KANDIDAT_MEMENUHI' },
        { formasi: 'F4', alasan: 'TIDAK_ADA_KANDIDAT_MEMENUHI' },
      ],
      totalKecocokan: '150.00',
    });
  });

  it('more candidates than posts and more posts than candidates', () => {
    const wide = penempatanOptimal({ kandidat: ids('K', 1), formasi: ids('F', 3), kecocokan: [[10, 30, 20]] }).value;
    expect(wide.penempatan).toEqual([{ kandidat: 'K1', formasi: 'F2', kecocokan: '30.00' }]);
    expect(wide.formasiKosong).toEqual([
      { formasi: 'F1', alasan: 'KANDIDAT_LEBIH_COCOK_DI_TEMPAT_LAIN' },
      { formasi: 'F3', alasan: 'KANDIDAT_LEBIH_COCOK_DI_TEMPAT_LAIN' },
    ]);
    const tall = penempatanOptimal({ kandidat: ids('K', 3), formasi: ids('F', 1), kecocokan: [[10], [30], [20]] }).value;
    expect(tall.penempatan).toEqual([{ kandidat: 'K2', formasi: 'F1', kecocokan: '30.00' }]);
    expect(tall.tidakDitempatkan).toEqual([
      { kandidat: 'K1', alasan: 'KALAH_OPTIMAL' },
      { kandidat: 'K3', alasan: 'KALAH_OPTIMAL' },
    ]);
  });
});

describe('penempatanOptimal input schema', () => {
  it('kecocokan: 0–1000 with at most 2 decimals; one row per kandidat, one cell per formasi', () => {
    expect(KECOCOKAN_MAKS).toBe(1000);
    expect(PENEMPATAN_MAKS).toBe(5000);
    expect(penempatanOptimal({ kandidat: ids('K', 1), formasi: ids('F', 1), kecocokan: [[1000]] }).value.totalKecocokan).toBe('1000.00');
    expect(thrownIssueLines(() => penempatanOptimal({ kandidat: ids('K', 1), formasi: ids('F', 1), kecocokan: [['1000.01']] }))).toEqual([
      'kecocokan.0.0: "1000.01" is out of range; must be from 0 to 1000',
    ]);
    expect(thrownIssueLines(() => penempatanOptimal({ kandidat: ids('K', 2), formasi: ids('F', 2), kecocokan: [[1, 2]] }))).toEqual([
      'kecocokan: must have one row per kandidat (2)',
    ]);
    expect(thrownIssueLines(() => penempatanOptimal({ kandidat: ids('K', 2), formasi: ids('F', 2), kecocokan: [[1, 2], [3]] }))).toEqual([
      'kecocokan.1: must have one cell per formasi (2)',
    ]);
  });

  it('without kecocokan, every kandidat needs a profil and every formasi a standar', () => {
    expect(
      thrownIssueLines(() =>
        penempatanOptimal({ kandidat: [{ id: 'A' }, { id: 'B', profil: { INTEGRITAS: 1 } }], formasi: [{ id: 'F' }] }),
      ),
    ).toEqual(['kandidat.0.profil: required when kecocokan is not given', 'formasi.0.standar: required when kecocokan is not given']);
  });

  it('ids unique per side; terlarang names known ids; alasan at most 500 characters', () => {
    expect(
      thrownIssueLines(() => penempatanOptimal({ kandidat: ids('K', 1), formasi: [{ id: 'F' }, { id: 'F' }], kecocokan: [[1, 1]] })),
    ).toEqual(['formasi.1.id: duplicate id "F"']);
    expect(
      thrownIssueLines(() =>
        penempatanOptimal({
          kandidat: ids('K', 1),
          formasi: ids('F', 1),
          kecocokan: [[1]],
          terlarang: [
            { kandidat: 'K1', formasi: 'F9' },
            { kandidat: 'K9', formasi: 'F1' },
          ],
        }),
      ),
    ).toEqual(['terlarang.0.formasi: unknown formasi "F9"', 'terlarang.1.kandidat: unknown kandidat "K9"']);
    const ok = { kandidat: ids('K', 1), formasi: ids('F', 1), kecocokan: [[1]] };
    expect(penempatanOptimal({ ...ok, terlarang: [{ kandidat: 'K1', formasi: 'F1', alasan: 'x'.repeat(500) }] }).value.penempatan).toEqual(
      [],
    );
    expect(
      thrownIssueLines(() => penempatanOptimal({ ...ok, terlarang: [{ kandidat: 'K1', formasi: 'F1', alasan: 'x'.repeat(501) }] })),
    ).toEqual([
      'terlarang.0.alasan: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx… is not in the required form; write text of at most 500 characters',
    ]);
    expect(thrownIssueLines(() => penempatanOptimal({ ...ok, kandidat: [{ id: 'k'.repeat(201) }] }))).toEqual([
      'kandidat.0.id: "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk… is not in the required form; write text of at most 200 characters',
    ]);
    expect(thrownIssueLines(() => penempatanOptimal({ ...ok, formasi: [{ id: '' }] }))).toEqual([
      'formasi.0.id: "" is not in the required form; write text of at least 1 characters',
    ]);
  });

  it('at most 5000 candidates and 5000 posts', () => {
    const many = Array.from({ length: 5001 }, (_, i) => ({ id: `X${i}` }));
    expect(thrownIssueLines(() => penempatanOptimal({ kandidat: many, formasi: [], kecocokan: many.map(() => []) }))).toEqual([
      'kandidat: has 5001 items; at most 5000 are accepted',
    ]);
    expect(thrownIssueLines(() => penempatanOptimal({ kandidat: [], formasi: many, kecocokan: [] }))).toEqual([
      'formasi: has 5001 items; at most 5000 are accepted',
    ]);
    expect(penempatanOptimal({ kandidat: [], formasi: many.slice(0, 5000), kecocokan: [] }).value.formasiKosong).toHaveLength(5000);
  });

  it('options: minimumKecocokan 0–1000 (default 0), prioritas default TOTAL_KECOCOKAN', () => {
    expect(penempatanOptimalOptions.parse({})).toMatchObject({
      prioritas: 'TOTAL_KECOCOKAN',
      batasiCapaianPadaStandar: false,
      batasiJpmPada100: false,
    });
    const ok = { kandidat: ids('K', 1), formasi: ids('F', 1), kecocokan: [[1000]] };
    expect(penempatanOptimal(ok, { minimumKecocokan: 1000 }).value.penempatan).toHaveLength(1);
    expect(thrownIssueLines(() => penempatanOptimal(ok, { minimumKecocokan: '1000.01' }))).toEqual([
      'options.minimumKecocokan: "1000.01" is out of range; must be from 0 to 1000',
    ]);
    expect(thrownIssueLines(() => penempatanOptimal(ok, { minimumKecocokan: -1 }))).toEqual([
      'options.minimumKecocokan: -1 is out of range; must be from 0 to 1000',
    ]);
  });
});
