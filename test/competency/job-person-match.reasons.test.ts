import { describe, expect, it } from 'vitest';
import {
  AMBANG_KATEGORI_JPM_PRESET,
  BAND_JPM,
  BAND_PEMETAAN,
  BAND_PENGISIAN,
  jobPersonMatch,
  jobPersonMatchOptions,
  KAMUS_KOMPETENSI,
  kategoriJpm,
  kodeKompetensiSchema,
  standarKompetensiPreset,
} from '../../src/competency/index.js';
import { Decimal, MeritInputError } from '../../src/core/index.js';
import { describeDecision, explain } from '../../src/explain.js';
import { thrownIssueLines } from '../input-issues.js';
import { reasonLines } from '../explain/lines.js';

const RID = 'competency.jobPersonMatch';
const KAMUS = { regulation: 'PERMENPANRB_38_2017', annex: 'Lampiran II' };
const STANDAR = { regulation: 'PERMENPANRB_38_2017', article: 'Pasal 1 angka 1' };
const RUMUS = {
  regulation: 'PERBKN_26_2019',
  unlocated:
    'JPM = Σ achieved ÷ Σ standard levels × 100 % was read in Lampiran D angka 1 of a JF regulation "Nomor 35 Tahun 2020" (issuer not identified) and in the BKN report template reproduced by assessment applications; Peraturan BKN 26/2019 was read only to Pasal 3.',
};
const PENGISIAN = {
  regulation: 'PERBKN_26_2019',
  unlocated:
    'The MS ≥ 80 / MMS ≥ 68 / KMS < 68 % bands (angka 1), the 68 % pass mark (angka 2) and the teknis weights 40/50/60 % (angka 3) were read only in Lampiran D of a JF regulation "Nomor 35 Tahun 2020" (issuer not identified), the bands also in assessment applications; Peraturan BKN 26/2019, their presumed national source, was read only to Pasal 3.',
};
const BRIN = (ayat: number) => ({ regulation: 'PERBRIN_3_2023', article: `Pasal 33 ayat (${ayat})` });

describe('jobPersonMatch reasons (PermenPANRB 38/2017 Lampiran II; Peraturan BRIN 3/2023 Pasal 33; JPM formula and MS/MMS/KMS not located)', () => {
  it('one reason per competency of the standard (FAIL below standard, PASS otherwise), ignored codes, formula and category', () => {
    const d = jobPersonMatch(
      {
        standar: { INTEGRITAS: 3, KERJASAMA: 3, 'TEKNIS.ANGGARAN': 4 },
        aktual: { INTEGRITAS: 4, KERJASAMA: 2, 'TEKNIS.ANGGARAN': 4, KOMUNIKASI: 2, 'T.B': 1 },
      },
      { skema: 'PENGISIAN_JABATAN' },
    );
    expect(d.reasons).toEqual([
      {
        rule: RID,
        code: `${RID}.kompetensi`,
        outcome: 'PASS',
        citations: [KAMUS],
        facts: { kompetensi: 'Integritas', kelompok: 'MANAJERIAL', standar: 3, aktual: 4, selisih: 1 },
      },
      {
        rule: RID,
        code: `${RID}.kompetensi`,
        outcome: 'FAIL',
        citations: [KAMUS],
        facts: { kompetensi: 'Kerjasama', kelompok: 'MANAJERIAL', standar: 3, aktual: 2, selisih: -1 },
      },
      {
        rule: RID,
        code: `${RID}.kompetensi`,
        outcome: 'PASS',
        citations: [STANDAR],
        facts: { kompetensi: 'TEKNIS.ANGGARAN', kelompok: 'TEKNIS', standar: 4, aktual: 4, selisih: 0 },
      },
      {
        rule: RID,
        code: 'competency.jobPersonMatch.diabaikan',
        outcome: 'INFO',
        citations: [STANDAR],
        facts: { kompetensi: 'KOMUNIKASI, T.B' },
      },
      {
        rule: RID,
        code: 'competency.jobPersonMatch.rumus',
        outcome: 'INFO',
        citations: [RUMUS],
        facts: { jumlahAktual: 10, jumlahStandar: 10, persen: '100.00', batasiCapaianPadaStandar: false },
      },
      {
        rule: RID,
        code: `${RID}.kategori`,
        outcome: 'APPLIES',
        citations: [PENGISIAN],
        facts: { persen: '100.00', rentang: '[80, +∞)', skema: 'PENGISIAN_JABATAN', kategori: 'MEMENUHI_SYARAT' },
      },
    ]);
    expect(explain(d, 'id')).toMatchInlineSnapshot(`
      [
        "Terpenuhi: Integritas (manajerial): level 4 terhadap standar 3, selisih 1 [1]",
        "Tidak terpenuhi: Kerjasama (manajerial): level 2 terhadap standar 3, selisih -1 [1]",
        "Terpenuhi: TEKNIS.ANGGARAN (teknis): level 4 terhadap standar 4, selisih 0 [2]",
        "Catatan: Kompetensi di luar standar jabatan tidak dihitung: KOMUNIKASI, T.B [2]",
        "Catatan: JPM = jumlah nilai capaian 10 ÷ jumlah level standar 10 × 100 % = 100,00 % (batas per kompetensi: tidak) [3]",
        "Berlaku: JPM 100,00 % berada pada rentang 80 % atau lebih untuk pengisian jabatan: Memenuhi Syarat (MS) [3]",
        "Dasar hukum:",
        "[1] PermenPANRB 38/2017 Lampiran II",
        "[2] PermenPANRB 38/2017 Pasal 1 angka 1",
        "[3] Peraturan BKN 26/2019 (pasal belum ditemukan)",
      ]
    `);
    expect(explain(d, 'en')).toMatchInlineSnapshot(`
      [
        "Met: Integritas (managerial): level 4 against standard 3, gap 1 [1]",
        "Not met: Kerjasama (managerial): level 2 against standard 3, gap -1 [1]",
        "Met: TEKNIS.ANGGARAN (technical): level 4 against standard 4, gap 0 [2]",
        "Note: Competencies outside the job standard are not counted: KOMUNIKASI, T.B [2]",
        "Note: JPM = achieved total 10 ÷ standard total 10 × 100 % = 100.00 % (per-competency cap: no) [3]",
        "Applies: JPM 100.00 % is in the range 80 % or more for filling a post: Qualified (MS) [3]",
        "Legal basis:",
        "[1] PermenPANRB 38/2017 Lampiran II",
        "[2] PermenPANRB 38/2017 Pasal 1 angka 1",
        "[3] Peraturan BKN 26/2019 (article not located)",
      ]
    `);
  });

  it('pemetaan cites the ayat of Peraturan BRIN 3/2023 Pasal 33 of its band; no diabaikan reason when nothing is outside the standard', () => {
    const d = jobPersonMatch({ standar: standarKompetensiPreset('ADMINISTRATOR'), aktual: standarKompetensiPreset('PENGAWAS') });
    expect(d.reasons.map((r) => r.code)).not.toContain(`${RID}.diabaikan`);
    expect(d.reasons.map((r) => r.code)).not.toContain(`${RID}.batasAkhir`);
    expect(d.reasons.at(-1)).toEqual({
      rule: RID,
      code: `${RID}.kategori`,
      outcome: 'APPLIES',
      citations: [BRIN(3)],
      facts: { persen: '66.67', rentang: '[0, 78)', skema: 'PEMETAAN', kategori: 'KURANG_OPTIMAL' },
    });
    expect(reasonLines(d, 'id').at(-1)).toMatchInlineSnapshot(
      `"Berlaku: JPM 66,67 % berada pada rentang 0 sampai kurang dari 78 % untuk pemetaan kompetensi: Kurang Optimal [3]"`,
    );
    expect(reasonLines(d, 'en').at(-1)).toMatchInlineSnapshot(
      `"Applies: JPM 66.67 % is in the range 0 to under 78 % for competency mapping: Less than Optimal [3]"`,
    );
    // The sosial kultural competency is reported as such (Lampiran II, SK.1).
    expect(reasonLines(d, 'id')[8]).toMatchInlineSnapshot(
      `"Tidak terpenuhi: Perekat Bangsa (sosial kultural): level 2 terhadap standar 3, selisih -1 [1]"`,
    );
    expect(reasonLines(d, 'en')[8]).toMatchInlineSnapshot(
      `"Not met: Perekat Bangsa (socio-cultural): level 2 against standard 3, gap -1 [1]"`,
    );
  });

  it('every category label and range of both schemes (TV-JPM-5)', () => {
    const std = { INTEGRITAS: 5, KERJASAMA: 5, KOMUNIKASI: 5, ORIENTASI_PADA_HASIL: 5 }; // Σ 20: 5 % per level
    const cases: [number[], string, string, string, string, string, [string, string]][] = [
      [[5, 5, 4, 4], 'PEMETAAN', '90.00', '[90, +∞)', 'Optimal', 'Optimal', ['90 % atau lebih', '90 % or more']],
      [
        [4, 4, 4, 4],
        'PEMETAAN',
        '80.00',
        '[78, 90)',
        'Cukup Optimal',
        'Fairly Optimal',
        ['78 sampai kurang dari 90 %', '78 to under 90 %'],
      ],
      [
        [4, 4, 4, 3],
        'PEMETAAN',
        '75.00',
        '[0, 78)',
        'Kurang Optimal',
        'Less than Optimal',
        ['0 sampai kurang dari 78 %', '0 to under 78 %'],
      ],
      [
        [4, 4, 4, 4],
        'PENGISIAN_JABATAN',
        '80.00',
        '[80, +∞)',
        'Memenuhi Syarat (MS)',
        'Qualified (MS)',
        ['80 % atau lebih', '80 % or more'],
      ],
      [
        [4, 4, 3, 3],
        'PENGISIAN_JABATAN',
        '70.00',
        '[68, 80)',
        'Masih Memenuhi Syarat (MMS)',
        'Still Qualified (MMS)',
        ['68 sampai kurang dari 80 %', '68 to under 80 %'],
      ],
      [
        [4, 3, 3, 3],
        'PENGISIAN_JABATAN',
        '65.00',
        '[0, 68)',
        'Kurang Memenuhi Syarat (KMS)',
        'Not Sufficiently Qualified (KMS)',
        ['0 sampai kurang dari 68 %', '0 to under 68 %'],
      ],
    ];
    for (const [levels, skema, persen, rentang, id, en, words] of cases) {
      const aktual = Object.fromEntries(Object.keys(std).map((k, i) => [k, levels[i]!]));
      const d = jobPersonMatch({ standar: std, aktual }, { skema: skema as 'PEMETAAN' });
      expect(d.reasons.at(-1)!.facts).toMatchObject({ persen, rentang });
      const skemaId = skema === 'PEMETAAN' ? 'pemetaan kompetensi' : 'pengisian jabatan';
      const ref = skema === 'PEMETAAN' ? 3 : 2; // Peraturan BRIN 3/2023, or the formula's own citation for pengisian
      const skemaEn = skema === 'PEMETAAN' ? 'competency mapping' : 'filling a post';
      expect(reasonLines(d, 'id').at(-1)).toBe(
        `Berlaku: JPM ${persen.replace('.', ',')} % berada pada rentang ${words[0]} untuk ${skemaId}: ${id} [${ref}]`,
      );
      expect(reasonLines(d, 'en').at(-1)).toBe(`Applies: JPM ${persen} % is in the range ${words[1]} for ${skemaEn}: ${en} [${ref}]`);
    }
  });

  it('batasiJpmPada100: batasAkhir reports the uncapped JPM only when it exceeds 100 % (TV-JPM-7)', () => {
    const standar = standarKompetensiPreset('ADMINISTRATOR'); // Σ 27
    const lebih = { ...standar, INTEGRITAS: 4, KERJASAMA: 4, KOMUNIKASI: 4 }; // Σ 30 → 111.11 %
    const d = jobPersonMatch({ standar, aktual: lebih }, { batasiJpmPada100: true });
    expect(d.value.persenDisplay).toBe('100.00');
    const batas = d.reasons.find((r) => r.code === 'competency.jobPersonMatch.batasAkhir');
    expect(batas).toEqual({
      rule: RID,
      code: 'competency.jobPersonMatch.batasAkhir',
      outcome: 'INFO',
      citations: [RUMUS],
      facts: { persenMentah: '111.11' },
    });
    // The formula reason shows the formula's own result; the cap follows it.
    expect(d.reasons.find((r) => r.code === `${RID}.rumus`)!.facts).toEqual({
      jumlahAktual: 30,
      jumlahStandar: 27,
      persen: '111.11',
      batasiCapaianPadaStandar: false,
    });
    const rumusDanBatas = explain(d, 'en').filter((l) => l.includes('JPM = ') || l.includes('capped'));
    expect(rumusDanBatas.map((l) => l.replace(/ \[\d+\]$/, ''))).toEqual([
      'Note: JPM = achieved total 30 ÷ standard total 27 × 100 % = 111.11 % (per-competency cap: no)',
      'Note: JPM 111.11 % is capped at 100 %',
    ]);
    const { lines, citations } = describeDecision(d, 'id');
    const batasLine = lines.find((l) => l.code === `${RID}.batasAkhir`)!;
    expect(batasLine).toMatchObject({ outcome: 'INFO', outcomeText: 'catatan', text: 'JPM 111,11 % dibatasi menjadi 100 %' });
    expect(batasLine.citations.map((ref) => citations[ref - 1]!.text)).toEqual(['Peraturan BKN 26/2019 (pasal belum ditemukan)']);
    // Exactly 100 % is not capped, and without batasiJpmPada100 nothing is reported.
    expect(jobPersonMatch({ standar, aktual: standar }, { batasiJpmPada100: true }).reasons.map((r) => r.code)).not.toContain(
      `${RID}.batasAkhir`,
    );
    expect(jobPersonMatch({ standar, aktual: lebih }).reasons.map((r) => r.code)).not.toContain(`${RID}.batasAkhir`);
    expect(jobPersonMatch({ standar, aktual: lebih }).value.persenTanpaBatasDisplay).toBe('111.11');
  });

  it('batasiCapaianPadaStandar: the formula reason says so and sums min(aktual, standar) (TV-JPM-6)', () => {
    const standar = standarKompetensiPreset('ADMINISTRATOR');
    const aktual = { ...standar, INTEGRITAS: 5, KERJASAMA: 5, KOMUNIKASI: 5, PELAYANAN_PUBLIK: 1 };
    const d = jobPersonMatch({ standar, aktual }, { batasiCapaianPadaStandar: true });
    expect(d.value).toMatchObject({ jumlahAktual: 25, jumlahStandar: 27, persenDisplay: '92.59' });
    expect(d.reasons.find((r) => r.code === `${RID}.rumus`)!.facts).toEqual({
      jumlahAktual: 25,
      jumlahStandar: 27,
      persen: '92.59',
      batasiCapaianPadaStandar: true,
    });
    expect(explain(d, 'id')).toContain(
      'Catatan: JPM = jumlah nilai capaian 25 ÷ jumlah level standar 27 × 100 % = 92,59 % (batas per kompetensi: ya) [2]',
    );
    expect(explain(d, 'id')).toContain('[2] Peraturan BKN 26/2019 (pasal belum ditemukan)');
    expect(jobPersonMatch({ standar, aktual }).value).toMatchObject({ jumlahAktual: 31, persenTanpaBatasDisplay: '114.81' });
  });

  it('competencies outside the standard are listed sorted by code, whatever the input order', () => {
    const d = jobPersonMatch({ standar: { INTEGRITAS: 3 }, aktual: { 'Z.TEKNIS': 1, INTEGRITAS: 3, 'A.TEKNIS': 2, KOMUNIKASI: 2 } });
    expect(d.reasons[1]).toEqual({
      rule: RID,
      code: `${RID}.diabaikan`,
      outcome: 'INFO',
      citations: [STANDAR],
      facts: { kompetensi: 'A.TEKNIS, KOMUNIKASI, Z.TEKNIS' },
    });
  });

  it('kekurangan is ordered by the largest deficit first; kelebihan and rekomendasi in kamus order', () => {
    const v = jobPersonMatch({
      standar: { INTEGRITAS: 5, KERJASAMA: 4, KOMUNIKASI: 2, PEREKAT_BANGSA: 3, 'TEKNIS.X': 2 },
      aktual: { INTEGRITAS: 4, KERJASAMA: 1, KOMUNIKASI: 4, PEREKAT_BANGSA: 1, 'TEKNIS.X': 3 },
    }).value;
    expect(v.kekurangan).toEqual(['KERJASAMA', 'PEREKAT_BANGSA', 'INTEGRITAS']);
    expect(v.kelebihan).toEqual(['KOMUNIKASI', 'TEKNIS.X']);
    expect(v.rekomendasiPengembangan).toEqual([
      { kompetensi: 'INTEGRITAS', kelompok: 'MANAJERIAL', dariLevel: 4, keLevel: 5, targetPerilaku: KAMUS_KOMPETENSI.INTEGRITAS.level[5] },
      { kompetensi: 'KERJASAMA', kelompok: 'MANAJERIAL', dariLevel: 1, keLevel: 4, targetPerilaku: KAMUS_KOMPETENSI.KERJASAMA.level[4] },
      {
        kompetensi: 'PEREKAT_BANGSA',
        kelompok: 'SOSIAL_KULTURAL',
        dariLevel: 1,
        keLevel: 3,
        targetPerilaku: 'Mempromosikan, mengembangkan sikap toleransi dan persatuan',
      },
    ]);
  });

  it('kategoriJpm at each lower bound (inclusive) and just below', () => {
    const at = (x: string, s: 'PEMETAAN' | 'PENGISIAN_JABATAN') => kategoriJpm(new Decimal(x), s);
    expect([at('90', 'PEMETAAN'), at('89.999', 'PEMETAAN'), at('78', 'PEMETAAN'), at('77.999', 'PEMETAAN'), at('0', 'PEMETAAN')]).toEqual([
      'OPTIMAL',
      'CUKUP_OPTIMAL',
      'CUKUP_OPTIMAL',
      'KURANG_OPTIMAL',
      'KURANG_OPTIMAL',
    ]);
    expect([
      at('80', 'PENGISIAN_JABATAN'),
      at('79.999', 'PENGISIAN_JABATAN'),
      at('68', 'PENGISIAN_JABATAN'),
      at('67.999', 'PENGISIAN_JABATAN'),
      at('0', 'PENGISIAN_JABATAN'),
    ]).toEqual(['MEMENUHI_SYARAT', 'MASIH_MEMENUHI_SYARAT', 'MASIH_MEMENUHI_SYARAT', 'KURANG_MEMENUHI_SYARAT', 'KURANG_MEMENUHI_SYARAT']);
    expect(Object.keys(BAND_JPM)).toEqual(['PEMETAAN', 'PENGISIAN_JABATAN']);
  });
});

describe('jobPersonMatch input and options schema', () => {
  it('levels: standard 1–5, achieved 0–5, whole numbers, with the issue path and message', () => {
    expect(jobPersonMatch({ standar: { INTEGRITAS: 1 }, aktual: { INTEGRITAS: 0 } }).value.persenDisplay).toBe('0.00');
    expect(jobPersonMatch({ standar: { INTEGRITAS: 5 }, aktual: { INTEGRITAS: 5 } }).value.persenDisplay).toBe('100.00');
    expect(thrownIssueLines(() => jobPersonMatch({ standar: { INTEGRITAS: 0 }, aktual: { INTEGRITAS: 0 } }))).toEqual([
      'standar.INTEGRITAS: 0 is out of range; must be from 1 to 5',
    ]);
    expect(thrownIssueLines(() => jobPersonMatch({ standar: { INTEGRITAS: 6 }, aktual: { INTEGRITAS: 0 } }))).toEqual([
      'standar.INTEGRITAS: 6 is out of range; must be from 1 to 5',
    ]);
    expect(thrownIssueLines(() => jobPersonMatch({ standar: { INTEGRITAS: 3 }, aktual: { INTEGRITAS: -1 } }))).toEqual([
      'aktual.INTEGRITAS: -1 is out of range; must be from 0 to 5',
    ]);
    expect(thrownIssueLines(() => jobPersonMatch({ standar: { INTEGRITAS: 3 }, aktual: { INTEGRITAS: 6 } }))).toEqual([
      'aktual.INTEGRITAS: 6 is out of range; must be from 0 to 5',
    ]);
  });

  it('a missing achieved level and an empty standard are refused with their messages', () => {
    expect(thrownIssueLines(() => jobPersonMatch({ standar: { INTEGRITAS: 3, 'TEKNIS.A': 2 }, aktual: {} }))).toEqual([
      'aktual.INTEGRITAS: missing: the standard requires this competency',
      'aktual.TEKNIS.A: missing: the standard requires this competency',
    ]);
    expect(thrownIssueLines(() => jobPersonMatch({ standar: {}, aktual: {} }))).toEqual(['standar: must list at least one competency']);
  });

  it('competency codes: letters, digits, "_", "." or "-", 1–100 characters', () => {
    const ok = 'A'.repeat(100);
    expect(jobPersonMatch({ standar: { [ok]: 2, 'T-1_a.b': 2 }, aktual: { [ok]: 2, 'T-1_a.b': 1 } }).value.persenDisplay).toBe('75.00');
    // A bad key is refused as a record key; the code schema itself (exported) says why.
    expect(thrownIssueLines(() => jobPersonMatch({ standar: { 'A B': 3 }, aktual: { 'A B': 3 } }))[0]).toBe(
      'standar.A B: key name: "A B" is not in the required form; write a code of letters, digits, "_", "." or "-" (no spaces), e.g. TEKNIS.PENGADAAN',
    );
    expect(thrownIssueLines(() => jobPersonMatch({ standar: { INTEGRITAS: 3 }, aktual: { INTEGRITAS: 3, 'X/Y': 1 } }))).toEqual([
      'aktual.X/Y: key name: "X/Y" is not in the required form; write a code of letters, digits, "_", "." or "-" (no spaces), e.g. TEKNIS.PENGADAAN',
    ]);
    const msg = (s: string) => kodeKompetensiSchema.safeParse(s).error?.issues.map((i) => i.message);
    expect(msg('A B')).toEqual(['must be a code of letters, digits, "_", "." or "-"']);
    expect(msg('TEKNIS.PENGADAAN')).toBeUndefined();
    expect(msg('T-1_a.b')).toBeUndefined();
    expect(msg(ok)).toBeUndefined();
    expect(msg('B'.repeat(101))).toHaveLength(1); // too long (zod's own message)
    expect(msg('')).toHaveLength(2); // too short, and not a code
    expect(msg('')![1]).toBe('must be a code of letters, digits, "_", "." or "-"');
    expect(msg('x\nA')).toEqual(['must be a code of letters, digits, "_", "." or "-"']);
    expect(msg('A\n')).toEqual(['must be a code of letters, digits, "_", "." or "-"']);
  });

  it('defaults: skema PEMETAAN, batasiCapaianPadaStandar and batasiJpmPada100 false, thresholds 90/78 and 80/68', () => {
    const opts = jobPersonMatchOptions.parse({});
    expect(opts).toEqual({
      skema: 'PEMETAAN',
      batasiCapaianPadaStandar: false,
      batasiJpmPada100: false,
      ambangPemetaan: { optimal: new Decimal(90), cukupOptimal: new Decimal(78) },
      ambangPengisian: { memenuhiSyarat: new Decimal(80), masihMemenuhiSyarat: new Decimal(68) },
    });
    expect(AMBANG_KATEGORI_JPM_PRESET).toEqual({
      PEMETAAN: { optimal: 90, cukupOptimal: 78 },
      PENGISIAN_JABATAN: { memenuhiSyarat: 80, masihMemenuhiSyarat: 68 },
    });
    const d = jobPersonMatch({ standar: { INTEGRITAS: 2 }, aktual: { INTEGRITAS: 3 } });
    expect(d.value).toMatchObject({ skema: 'PEMETAAN', persenTanpaBatasDisplay: '150.00', jumlahAktual: 3 });
  });
});

describe('jobPersonMatch category thresholds: where each band is located, and the settings ambangPemetaan / ambangPengisian', () => {
  const std = { INTEGRITAS: 5, KERJASAMA: 5, KOMUNIKASI: 5, ORIENTASI_PADA_HASIL: 5 }; // Σ 20: 5 % per level
  const profil = (levels: number[]) => Object.fromEntries(Object.keys(std).map((k, i) => [k, levels[i]!]));
  const kategori = (levels: number[], options: object) => jobPersonMatch({ standar: std, aktual: profil(levels) }, options).reasons.at(-1)!;

  it('each pemetaan band cites its ayat of Peraturan BRIN 3/2023 Pasal 33; the pengisian bands say why they are not located', () => {
    expect(BAND_PEMETAAN.map((b) => [b.value, b.dasar])).toEqual([
      ['KURANG_OPTIMAL', [BRIN(3)]],
      ['CUKUP_OPTIMAL', [BRIN(2)]],
      ['OPTIMAL', [BRIN(1)]],
    ]);
    expect(BAND_PENGISIAN.map((b) => [b.value, b.dasar])).toEqual([
      ['KURANG_MEMENUHI_SYARAT', [PENGISIAN]],
      ['MASIH_MEMENUHI_SYARAT', [PENGISIAN]],
      ['MEMENUHI_SYARAT', [PENGISIAN]],
    ]);
    // At each preset lower bound (inclusive) the reason cites the row it falls in.
    expect(kategori([5, 5, 4, 4], {}).citations).toEqual([BRIN(1)]); // 90.00
    expect(kategori([4, 4, 4, 4], {}).citations).toEqual([BRIN(2)]); // 80.00
    expect(kategori([4, 4, 4, 3], {}).citations).toEqual([BRIN(3)]); // 75.00
    const d = jobPersonMatch({ standar: std, aktual: profil([5, 5, 4, 4]) });
    expect(reasonLines(d, 'id').at(-1)).toMatchInlineSnapshot(
      `"Berlaku: JPM 90,00 % berada pada rentang 90 % atau lebih untuk pemetaan kompetensi: Optimal [3]"`,
    );
    expect(reasonLines(d, 'en').at(-1)).toMatchInlineSnapshot(
      `"Applies: JPM 90.00 % is in the range 90 % or more for competency mapping: Optimal [3]"`,
    );
    const e = jobPersonMatch({ standar: std, aktual: profil([4, 4, 3, 3]) }, { skema: 'PENGISIAN_JABATAN' });
    expect(e.reasons.at(-1)!.citations).toEqual([PENGISIAN]);
    expect(reasonLines(e, 'id').at(-1)).toMatchInlineSnapshot(
      `"Berlaku: JPM 70,00 % berada pada rentang 68 sampai kurang dari 80 % untuk pengisian jabatan: Masih Memenuhi Syarat (MMS) [2]"`,
    );
  });

  it('ambangPemetaan moves the pemetaan bounds (inclusive) and the range shown; the pengisian scheme ignores it', () => {
    const opsi = { ambangPemetaan: { optimal: 85, cukupOptimal: 70 } };
    const at = (levels: number[]) => kategori(levels, opsi).facts;
    expect(at([5, 5, 4, 3])).toMatchObject({ persen: '85.00', rentang: '[85, +∞)', kategori: 'OPTIMAL' });
    expect(at([5, 4, 4, 3])).toMatchObject({ persen: '80.00', rentang: '[70, 85)', kategori: 'CUKUP_OPTIMAL' });
    expect(at([4, 4, 3, 3])).toMatchObject({ persen: '70.00', rentang: '[70, 85)', kategori: 'CUKUP_OPTIMAL' });
    expect(at([4, 3, 3, 3])).toMatchObject({ persen: '65.00', rentang: '[0, 70)', kategori: 'KURANG_OPTIMAL' });
    expect(kategori([4, 4, 4, 3], { ...opsi, skema: 'PENGISIAN_JABATAN' }).facts).toMatchObject({
      rentang: '[68, 80)',
      kategori: 'MASIH_MEMENUHI_SYARAT',
    });
    // Just below a bound that is not whole.
    const teliti = { ambangPemetaan: { optimal: '80.01', cukupOptimal: '79.99' } };
    expect(kategoriJpm(new Decimal('80'), 'PEMETAAN', jobPersonMatchOptions.parse(teliti))).toBe('CUKUP_OPTIMAL');
    expect(kategoriJpm(new Decimal('80.01'), 'PEMETAAN', jobPersonMatchOptions.parse(teliti))).toBe('OPTIMAL');
    expect(kategoriJpm(new Decimal('79.98'), 'PEMETAAN', jobPersonMatchOptions.parse(teliti))).toBe('KURANG_OPTIMAL');
  });

  it('ambangPengisian moves the MS / MMS bounds (inclusive) and the range shown', () => {
    const opsi = { skema: 'PENGISIAN_JABATAN', ambangPengisian: { memenuhiSyarat: '82.5', masihMemenuhiSyarat: 70 } };
    expect(kategori([5, 4, 4, 4], opsi).facts).toMatchObject({ persen: '85.00', rentang: '[82.5, +∞)', kategori: 'MEMENUHI_SYARAT' });
    expect(kategori([4, 4, 4, 4], opsi).facts).toMatchObject({ persen: '80.00', rentang: '[70, 82.5)', kategori: 'MASIH_MEMENUHI_SYARAT' });
    expect(kategori([4, 4, 3, 3], opsi).facts).toMatchObject({ persen: '70.00', kategori: 'MASIH_MEMENUHI_SYARAT' });
    expect(kategori([4, 4, 4, 1], opsi).facts).toMatchObject({ persen: '65.00', rentang: '[0, 70)', kategori: 'KURANG_MEMENUHI_SYARAT' });
    expect(kategori([4, 4, 4, 1], opsi).citations).toEqual([PENGISIAN]);
  });

  it('thresholds must be ordered, above 0 and at most 500, with the issue path and message', () => {
    const msg = (pengaturan: unknown) => {
      try {
        jobPersonMatch({ standar: std, aktual: std }, pengaturan as never);
      } catch (e) {
        expect(e).toBeInstanceOf(MeritInputError);
        return (e as MeritInputError).issues.map((i) => `${i.path.join('.')}: ${i.message}`);
      }
      return [];
    };
    expect(msg({ ambangPemetaan: { optimal: 78 } })).toEqual(['options.ambangPemetaan: optimal must be greater than cukupOptimal']);
    expect(msg({ ambangPengisian: { masihMemenuhiSyarat: 80 } })).toEqual([
      'options.ambangPengisian: memenuhiSyarat must be greater than masihMemenuhiSyarat',
    ]);
    expect(msg({ ambangPemetaan: { cukupOptimal: 0 } })).toEqual([
      'options.ambangPemetaan.cukupOptimal: cukupOptimal must be greater than 0',
    ]);
    expect(msg({ ambangPengisian: { masihMemenuhiSyarat: 0 } })).toEqual([
      'options.ambangPengisian.masihMemenuhiSyarat: masihMemenuhiSyarat must be greater than 0',
    ]);
    expect(msg({ ambangPemetaan: { optimal: 501 } })).toEqual([
      'options.ambangPemetaan.optimal: 501 is out of range; must be from 0 to 500',
    ]);
    expect(msg({ ambangPengisian: { masihMemenuhiSyarat: -1 } })).toEqual([
      'options.ambangPengisian.masihMemenuhiSyarat: -1 is out of range; must be from 0 to 500',
    ]);
    expect(msg({ ambangPemetaan: { optimal: '78.01' }, ambangPengisian: { memenuhiSyarat: 500, masihMemenuhiSyarat: '0.01' } })).toEqual(
      [],
    );
  });
});
