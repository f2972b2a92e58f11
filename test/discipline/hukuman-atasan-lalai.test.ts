import { describe, expect, it } from 'vitest';
import { hukumanAtasanLalai, hukumanAtasanLalaiRule, JENIS_HUKUMAN, TABEL_HUKUMAN_ATASAN_LALAI } from '../../src/discipline/index.js';
import { explain } from '../../src/explain.js';

describe('hukumanAtasanLalai (Pasal 28, contoh 7)', () => {
  it('TV-25: one step heavier', () => {
    expect(hukumanAtasanLalai({ hukumanSeharusnya: 'TEGURAN_TERTULIS' }).value).toBe('PERNYATAAN_TIDAK_PUAS_TERTULIS');
    expect(hukumanAtasanLalai({ hukumanSeharusnya: 'PERNYATAAN_TIDAK_PUAS_TERTULIS' }).value).toBe('POTONGAN_TUKIN_6_BULAN');
    expect(hukumanAtasanLalai({ hukumanSeharusnya: 'PDHTAPS' }).value).toBe('PDHTAPS');
  });
});

/** Pasal 28 for the atasan langsung; the PyBM case's Pasal is not located (issue 16). */
const DASAR = [
  { regulation: 'PP_94_2021', article: 'Pasal 28' },
  {
    regulation: 'PP_94_2021',
    unlocated: expect.stringMatching(/^A PyBM who does not impose the due hukuman .*Pasal 28 is the atasan langsung case/),
  },
];

describe('hukumanAtasanLalai: every jenis, its reason and its table (PP 94/2021 Pasal 28)', () => {
  /** Each hukuman seharusnya → the atasan's, one jenis heavier (Pasal 8 order); PDHTAPS stays PDHTAPS. */
  const SATU_LEBIH_BERAT = [
    ['TEGURAN_LISAN', 'TEGURAN_TERTULIS', 'RINGAN'],
    ['TEGURAN_TERTULIS', 'PERNYATAAN_TIDAK_PUAS_TERTULIS', 'RINGAN'],
    ['PERNYATAAN_TIDAK_PUAS_TERTULIS', 'POTONGAN_TUKIN_6_BULAN', 'SEDANG'],
    ['POTONGAN_TUKIN_6_BULAN', 'POTONGAN_TUKIN_9_BULAN', 'SEDANG'],
    ['POTONGAN_TUKIN_9_BULAN', 'POTONGAN_TUKIN_12_BULAN', 'SEDANG'],
    ['POTONGAN_TUKIN_12_BULAN', 'PENURUNAN_JABATAN', 'BERAT'],
    ['PENURUNAN_JABATAN', 'PEMBEBASAN_DARI_JABATAN', 'BERAT'],
    ['PEMBEBASAN_DARI_JABATAN', 'PDHTAPS', 'BERAT'],
    ['PDHTAPS', 'PDHTAPS', 'BERAT'],
  ] as const;

  it('covers every jenis hukuman', () => expect(SATU_LEBIH_BERAT.map(([j]) => j)).toEqual([...JENIS_HUKUMAN]));

  it.each(SATU_LEBIH_BERAT)('%s → %s (%s), citing Pasal 28 and the PyBM case (not located)', (hukumanSeharusnya, hukuman, tingkat) => {
    const d = hukumanAtasanLalai({ hukumanSeharusnya });
    expect(d.value).toBe(hukuman);
    expect(d.reasons).toEqual([
      {
        rule: 'discipline.hukumanAtasanLalai',
        code: 'discipline.hukumanAtasanLalai.lebihBerat',
        outcome: 'APPLIES',
        citations: DASAR,
        facts: { hukumanSeharusnya, hukuman, tingkat },
      },
    ]);
  });

  it('the rule page shows the same table, with Pasal 28 and the PyBM case on each row', () => {
    expect(hukumanAtasanLalaiRule.tables).toEqual([TABEL_HUKUMAN_ATASAN_LALAI]);
    expect(TABEL_HUKUMAN_ATASAN_LALAI.rows).toEqual(SATU_LEBIH_BERAT.map((r) => [...r]));
    expect(TABEL_HUKUMAN_ATASAN_LALAI.dasar).toEqual(SATU_LEBIH_BERAT.map(() => DASAR));
  });

  it('explains in both languages', () => {
    const d = hukumanAtasanLalai({ hukumanSeharusnya: 'TEGURAN_TERTULIS' });
    expect(explain(d, 'en')).toMatchInlineSnapshot(`
      [
        "Applies: A superior who did not impose written reprimand receives a heavier penalty: written statement of dissatisfaction (light penalty) [1, 2]",
        "Legal basis:",
        "[1] PP 94/2021 Pasal 28",
        "[2] PP 94/2021 (article not located)",
      ]
    `);
  });
});
