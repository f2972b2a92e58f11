import { describe, expect, it } from 'vitest';
import { hukumanBeberapaPelanggaran, hukumanPelanggaran, KODE_KETENTUAN, type KodeKetentuan } from '../../src/discipline/index.js';
import { explain } from '../../src/explain.js';
import { thrownIssues } from '../input-issues.js';
import { reasonLines } from '../explain/lines.js';

describe('hukumanPelanggaran cites the Pasal that sets the tingkat (PP 94/2021 Pasal 9–14)', () => {
  it.each([
    // kewajiban (Pasal 3–4) → Pasal 9 / 10 / 11
    ['PASAL_3_C', 'UNIT_KERJA', 'RINGAN', 'Pasal 3 huruf c', 'Pasal 9'],
    // Pasal 10: ayat (1) a–g = Pasal 3 b–h and ayat (2) a–b verbatim (gurune.net); ayat (2) follows Pasal 4's letters
    ['PASAL_3_C', 'INSTANSI', 'SEDANG', 'Pasal 3 huruf c', 'Pasal 10 ayat (1) huruf b'],
    ['PASAL_4_A', 'UNIT_KERJA', 'SEDANG', 'Pasal 4 huruf a', 'Pasal 10 ayat (2) huruf a'],
    ['PASAL_4_G', 'INSTANSI', 'SEDANG', 'Pasal 4 huruf g', 'Pasal 10 ayat (2) huruf g'],
    ['PASAL_3_C', 'NEGARA', 'BERAT', 'Pasal 3 huruf c', 'Pasal 11'],
    // larangan (Pasal 5) → Pasal 12 / 13 / 14
    ['PASAL_5_H', 'UNIT_KERJA', 'RINGAN', 'Pasal 5 huruf h', 'Pasal 12'],
    ['PASAL_5_F', 'UNIT_KERJA', 'RINGAN', 'Pasal 5 huruf f', 'Pasal 12'],
    ['PASAL_5_F', 'INSTANSI', 'SEDANG', 'Pasal 5 huruf f', 'Pasal 13'],
    ['PASAL_5_F', 'NEGARA', 'BERAT', 'Pasal 5 huruf f', 'Pasal 14'],
    // pungutan liar: the huruf is known
    ['PASAL_5_G', 'UNIT_KERJA', 'SEDANG', 'Pasal 5 huruf g', 'Pasal 13 huruf b'],
    ['PASAL_5_G', 'NEGARA', 'BERAT', 'Pasal 5 huruf g', 'Pasal 14 huruf b'],
  ] as const)('%s with impact on %s → %s, citing %s and %s', (ketentuan, dampak, tingkat, pasal, sanksi) => {
    const d = hukumanPelanggaran({ ketentuan, dampak });
    expect(d.value.tingkat).toBe(tingkat);
    expect(d.reasons[0]!.citations).toEqual([
      { regulation: 'PP_94_2021', article: pasal },
      { regulation: 'PP_94_2021', article: sanksi },
    ]);
  });
});

/** An issue of the library's own, as thrown: the English message and both texts. */
const own = (path: (string | number)[], en: string, id: string) => ({ path, message: en, text: { en, id }, code: 'contradiction' });
const NEEDS_DAMPAK = (kode: string): [string, string] => [
  `${kode} needs dampak (UNIT_KERJA, INSTANSI, NEGARA): its tingkat depends on it`,
  `${kode} memerlukan dampak (UNIT_KERJA, INSTANSI, NEGARA): tingkat hukumannya bergantung padanya`,
];
const NEEDS_JABATAN = (kode: string): [string, string] => [
  `${kode} needs jabatan (JPT, ADMINISTRATOR, FUNGSIONAL, PEJABAT_LAINNYA): its tingkat depends on it`,
  `${kode} memerlukan jabatan (JPT, ADMINISTRATOR, FUNGSIONAL, PEJABAT_LAINNYA): tingkat hukumannya bergantung padanya`,
];
const NOT_LISTED = (kode: string, dampak: string): [string, string] => [
  `PP 94/2021 lists no tingkat for ${kode} with dampak ${dampak} (setting dampakTidakTercantum: TOLAK)`,
  `PP 94/2021 tidak mencantumkan tingkat untuk ${kode} dengan dampak ${dampak} (pengaturan dampakTidakTercantum: TOLAK)`,
];

describe('hukumanPelanggaran input checks', () => {
  it('a breach whose tingkat depends on the dampak needs one, and the message lists the dampak', () => {
    expect(thrownIssues(() => hukumanPelanggaran({ ketentuan: 'PASAL_3_C' }))).toEqual([own(['dampak'], ...NEEDS_DAMPAK('PASAL_3_C'))]);
  });

  it('Pasal 4 huruf e (LHKPN) needs the jabatan, and the message lists them', () => {
    expect(thrownIssues(() => hukumanPelanggaran({ ketentuan: 'PASAL_4_E' }))).toEqual([own(['jabatan'], ...NEEDS_JABATAN('PASAL_4_E'))]);
    expect(hukumanPelanggaran({ ketentuan: 'PASAL_4_E', jabatan: 'PEJABAT_LAINNYA' }).reasons[0]).toMatchObject({
      code: 'discipline.hukumanPelanggaran.jabatan',
      facts: { jabatan: 'PEJABAT_LAINNYA', tingkat: 'BERAT' },
    });
  });

  it('several breaches: the issues name the breach by its index', () => {
    expect(
      thrownIssues(() =>
        hukumanBeberapaPelanggaran({ pelanggaran: [{ ketentuan: 'PASAL_4_E' }, { ketentuan: 'PASAL_5_A' }, { ketentuan: 'PASAL_5_H' }] }),
      ),
    ).toEqual([
      own(['pelanggaran', 0, 'jabatan'], ...NEEDS_JABATAN('PASAL_4_E')),
      own(['pelanggaran', 2, 'dampak'], ...NEEDS_DAMPAK('PASAL_5_H')),
    ]);
  });

  it('TOLAK: a dampak with no tingkat in Pasal 9–14 is refused at the dampak of that breach', () => {
    const tolak = { dampakTidakTercantum: 'TOLAK' } as const;
    expect(thrownIssues(() => hukumanPelanggaran({ ketentuan: 'PASAL_4_G', dampak: 'NEGARA' }, tolak))).toEqual([
      own(['dampak'], ...NOT_LISTED('PASAL_4_G', 'NEGARA')),
    ]);
    expect(
      thrownIssues(() =>
        hukumanBeberapaPelanggaran({ pelanggaran: [{ ketentuan: 'PASAL_5_A' }, { ketentuan: 'PASAL_5_M', dampak: 'UNIT_KERJA' }] }, tolak),
      ),
    ).toEqual([own(['pelanggaran', 1, 'dampak'], ...NOT_LISTED('PASAL_5_M', 'UNIT_KERJA'))]);
    // a listed dampak is not affected by TOLAK
    expect(hukumanPelanggaran({ ketentuan: 'PASAL_4_G', dampak: 'INSTANSI' }, tolak).value.tingkat).toBe('SEDANG');
  });
});

describe('hukumanPelanggaran texts', () => {
  it('an unlisted dampak names the nearest listed dampak used (setting dampakTidakTercantum)', () => {
    const d = hukumanPelanggaran({ ketentuan: 'PASAL_4_G', dampak: 'NEGARA' });
    expect(d.reasons[0]!.facts).toMatchObject({ dampak: 'DAMPAK_NEGARA', dampakTerdekat: 'DAMPAK_INSTANSI', tingkat: 'SEDANG' });
    expect(explain(d, 'en')).toMatchInlineSnapshot(`
      [
        "Applies: Breach of Article 4(g) (using and maintaining state property): no level is listed for impact on the state and/or government; the level for the nearest impact the agency applies: moderate penalty (setting) [1, 2]",
        "Legal basis:",
        "[1] PP 94/2021 Pasal 4 huruf g",
        "[2] PP 94/2021 Pasal 10 ayat (2) huruf g",
      ]
    `);
    const m = hukumanPelanggaran({ ketentuan: 'PASAL_5_M', dampak: 'UNIT_KERJA' });
    expect(reasonLines(m, 'id')[0]).toContain('dipakai tingkat untuk dampak terdekat instansi: hukuman disiplin sedang');
  });

  it('pengulangan rising a tingkat names the last and the new hukuman (PerBKN 6/2022 contoh 18c)', () => {
    const d = hukumanPelanggaran({ ketentuan: 'PASAL_3_E', dampak: 'UNIT_KERJA', hukumanTerakhir: 'PERNYATAAN_TIDAK_PUAS_TERTULIS' });
    expect(d.reasons[1]).toEqual({
      rule: 'discipline.hukumanPelanggaran',
      code: 'discipline.hukumanPelanggaran.pengulanganNaikTingkat',
      outcome: 'APPLIES',
      citations: [{ regulation: 'PERBKN_6_2022', annex: 'Lampiran, contoh kasus 18c' }],
      facts: { hukumanTerakhir: 'PERNYATAAN_TIDAK_PUAS_TERTULIS', hukuman: 'POTONGAN_TUKIN_6_BULAN', tingkat: 'SEDANG' },
    });
    expect(reasonLines(d, 'en')[1]).toMatchInlineSnapshot(
      `"Applies: Repeated breach: the last penalty written statement of dissatisfaction is not lighter than this level, so 25% performance-allowance cut for 6 months is imposed (moderate penalty) [3]"`,
    );
  });

  it('no pengulangan after PDHTAPS: a dismissal is permanent, so hukumanTerakhir PDHTAPS is refused (one or several breaches)', () => {
    const permanent = own(
      ['hukumanTerakhir'],
      'PDHTAPS ends the employment (PP 94/2021 Pasal 8 ayat (4) huruf c): a PNS dismissed for this breach cannot repeat it as a PNS',
      'PDHTAPS mengakhiri status PNS (PP 94/2021 Pasal 8 ayat (4) huruf c): PNS yang telah diberhentikan karena pelanggaran ini tidak dapat mengulanginya sebagai PNS',
    );
    expect(thrownIssues(() => hukumanPelanggaran({ ketentuan: 'PASAL_5_A', hukumanTerakhir: 'PDHTAPS' }))).toEqual([permanent]);
    expect(
      thrownIssues(() => hukumanBeberapaPelanggaran({ pelanggaran: [{ ketentuan: 'PASAL_5_A' }], hukumanTerakhir: 'PDHTAPS' })),
    ).toEqual([permanent]);
    // the heaviest hukuman short of a dismissal still escalates, to PDHTAPS
    const d = hukumanPelanggaran({ ketentuan: 'PASAL_5_A', hukumanTerakhir: 'PEMBEBASAN_DARI_JABATAN' });
    expect(d.value).toEqual({ tingkat: 'BERAT', jenisPilihan: ['PDHTAPS'] });
  });
});

/** PP 94/2021 Pasal 3–5 with the English summary the explanation uses (messages.ts). */
const KETENTUAN: [KodeKetentuan, string, string, string][] = [
  ['PASAL_3_A', 'Pasal 3 huruf a', 'Article 3(a)', 'loyalty to Pancasila, the 1945 Constitution, the Republic and the Government'],
  ['PASAL_3_B', 'Pasal 3 huruf b', 'Article 3(b)', 'keeping the unity of the nation'],
  ['PASAL_3_C', 'Pasal 3 huruf c', 'Article 3(c)', 'carrying out the policies of competent officials'],
  ['PASAL_3_D', 'Pasal 3 huruf d', 'Article 3(d)', 'obeying laws and regulations'],
  ['PASAL_3_E', 'Pasal 3 huruf e', 'Article 3(e)', 'carrying out official duties with dedication, honesty, awareness and responsibility'],
  ['PASAL_3_F', 'Pasal 3 huruf f', 'Article 3(f)', 'showing integrity and setting an example'],
  ['PASAL_3_G', 'Pasal 3 huruf g', 'Article 3(g)', 'keeping official secrets'],
  ['PASAL_3_H', 'Pasal 3 huruf h', 'Article 3(h)', 'accepting placement anywhere in Indonesia'],
  ['PASAL_4_A', 'Pasal 4 huruf a', 'Article 4(a)', 'attending and taking the civil-service oath (without a valid reason)'],
  ['PASAL_4_B', 'Pasal 4 huruf b', 'Article 4(b)', 'attending and taking the oath of office (without a valid reason)'],
  ['PASAL_4_C', 'Pasal 4 huruf c', 'Article 4(c)', 'putting the interest of the state first'],
  ['PASAL_4_D', 'Pasal 4 huruf d', 'Article 4(d)', 'reporting matters that endanger state security or harm state finances'],
  ['PASAL_4_E', 'Pasal 4 huruf e', 'Article 4(e)', 'filing the wealth report'],
  ['PASAL_4_G', 'Pasal 4 huruf g', 'Article 4(g)', 'using and maintaining state property'],
  ['PASAL_4_H', 'Pasal 4 huruf h', 'Article 4(h)', 'giving subordinates the opportunity to develop competencies'],
  ['PASAL_4_I', 'Pasal 4 huruf i', 'Article 4(i)', 'refusing any gift related to one’s duties'],
  ['PASAL_5_A', 'Pasal 5 huruf a', 'Article 5(a)', 'abuse of authority'],
  ['PASAL_5_B', 'Pasal 5 huruf b', 'Article 5(b)', 'acting as an intermediary for gain through another’s authority'],
  ['PASAL_5_C', 'Pasal 5 huruf c', 'Article 5(c)', 'being an employee of, or working for, another state'],
  [
    'PASAL_5_D',
    'Pasal 5 huruf d',
    'Article 5(d)',
    'working for an international body or organisation without permission or assignment by the PPK',
  ],
  [
    'PASAL_5_E',
    'Pasal 5 huruf e',
    'Article 5(e)',
    'working for a foreign company, foreign consultant or foreign NGO unless assigned by the PPK',
  ],
  ['PASAL_5_F', 'Pasal 5 huruf f', 'Article 5(f)', 'unlawfully owning, selling, buying, pawning, renting or lending state property'],
  ['PASAL_5_G', 'Pasal 5 huruf g', 'Article 5(g)', 'levies outside the rules'],
  ['PASAL_5_H', 'Pasal 5 huruf h', 'Article 5(h)', 'activities that harm the state'],
  ['PASAL_5_I', 'Pasal 5 huruf i', 'Article 5(i)', 'arbitrary conduct towards subordinates'],
  ['PASAL_5_J', 'Pasal 5 huruf j', 'Article 5(j)', 'obstructing official duties'],
  ['PASAL_5_K', 'Pasal 5 huruf k', 'Article 5(k)', 'accepting gifts related to one’s position'],
  ['PASAL_5_L', 'Pasal 5 huruf l', 'Article 5(l)', 'asking for something related to one’s position'],
  ['PASAL_5_M', 'Pasal 5 huruf m', 'Article 5(m)', 'acts that may harm the people served'],
  ['PASAL_5_N_1', 'Pasal 5 huruf n angka 1', 'Article 5(n)(1)', 'taking part in an election campaign'],
  ['PASAL_5_N_2', 'Pasal 5 huruf n angka 2', 'Article 5(n)(2)', 'campaigning with party or civil-service attributes'],
  ['PASAL_5_N_3', 'Pasal 5 huruf n angka 3', 'Article 5(n)(3)', 'campaigning by mobilising other civil servants'],
  ['PASAL_5_N_4', 'Pasal 5 huruf n angka 4', 'Article 5(n)(4)', 'campaigning with state facilities'],
  ['PASAL_5_N_5', 'Pasal 5 huruf n angka 5', 'Article 5(n)(5)', 'decisions or acts favouring or harming a candidate'],
  ['PASAL_5_N_6', 'Pasal 5 huruf n angka 6', 'Article 5(n)(6)', 'activities showing partisanship for a candidate'],
  ['PASAL_5_N_7', 'Pasal 5 huruf n angka 7', 'Article 5(n)(7)', 'giving a letter of support with an identity-card copy'],
];

describe('the breached ketentuan in the explanation (PP 94/2021 Pasal 3–5)', () => {
  it('covers every ketentuan code', () => {
    expect(KETENTUAN.map(([kode]) => kode)).toEqual(KODE_KETENTUAN);
  });

  it.each(KETENTUAN)('%s renders as "%s (…)" in Indonesian and "%s (…)" in English', (ketentuan, pasal, article, summary) => {
    const d = hukumanPelanggaran({ ketentuan, dampak: 'INSTANSI', jabatan: 'JPT' });
    const en = reasonLines(d, 'en')[0]!;
    expect(en).toMatch(new RegExp(`^Applies: Breach of ${article.replace(/[()]/g, '\\$&')} \\(`));
    expect(en).toContain(`${article} (${summary})`);
    expect(reasonLines(d, 'id')[0]).toMatch(new RegExp(`^Berlaku: Pelanggaran ${pasal} \\(`));
  });
});
