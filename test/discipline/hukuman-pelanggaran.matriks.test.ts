import { describe, expect, it } from 'vitest';
import {
  DAMPAK,
  type Dampak,
  hukumanBeberapaPelanggaran,
  hukumanBeberapaPelanggaranRule,
  hukumanPelanggaran,
  hukumanPelanggaranRule,
  KETENTUAN_DISIPLIN,
  KODE_KETENTUAN,
  type KodeKetentuan,
  PASAL_5_N_POKOK,
  TABEL_KETENTUAN_DISIPLIN,
  type TingkatHukuman,
} from '../../src/discipline/index.js';
import { explain } from '../../src/explain.js';
import { jsonSchemaOf } from '../../src/schema.js';
import { thrownIssues } from '../input-issues.js';
import { reasonLines } from '../explain/lines.js';

/*
 * The PP 94/2021 violation matrix (Pasal 3–5 × dampak → tingkat, Pasal 9–14) restated from its sources
 * (docs/sources/violations.md; audit table "hukumanPelanggaran — PP 94/2021 Pasal 3–5 × dampak → tingkat"),
 * not from the code: a wrong cell in KETENTUAN_DISIPLIN fails here.
 */
const R = 'RINGAN';
const S = 'SEDANG';
const B = 'BERAT';
const _ = null;
type Sel = TingkatHukuman | null;

/** [UNIT_KERJA, INSTANSI, NEGARA]; null = the pasal lists no tingkat for that dampak ("—"). */
const SUMBER: Record<Exclude<KodeKetentuan, 'PASAL_4_E' | 'PASAL_5_N_1'>, readonly [Sel, Sel, Sel]> = {
  PASAL_3_A: [B, B, B], // "berdampak negatif pada Unit Kerja, instansi, dan/atau negara"
  PASAL_3_B: [S, S, B],
  PASAL_3_C: [R, S, B],
  PASAL_3_D: [R, S, B],
  PASAL_3_E: [R, S, B],
  PASAL_3_F: [R, S, B],
  PASAL_3_G: [R, S, B],
  PASAL_3_H: [R, S, B],
  PASAL_4_A: [S, S, S], // "tanpa alasan yang sah", whatever the dampak
  PASAL_4_B: [S, S, S],
  PASAL_4_C: [R, S, B],
  PASAL_4_D: [_, S, B],
  PASAL_4_G: [R, S, _],
  PASAL_4_H: [R, S, _],
  PASAL_4_I: [B, B, B],
  PASAL_5_A: [B, B, B],
  PASAL_5_B: [B, B, B],
  PASAL_5_C: [B, B, B],
  PASAL_5_D: [B, B, B],
  PASAL_5_E: [B, B, B],
  PASAL_5_F: [R, S, B],
  PASAL_5_G: [S, S, B],
  PASAL_5_H: [R, S, _],
  PASAL_5_I: [R, S, _],
  PASAL_5_J: [R, S, _],
  PASAL_5_K: [B, B, B],
  PASAL_5_L: [B, B, B],
  PASAL_5_M: [_, S, _],
  PASAL_5_N_2: [S, S, S],
  PASAL_5_N_3: [B, B, B],
  PASAL_5_N_4: [B, B, B],
  PASAL_5_N_5: [B, B, B],
  PASAL_5_N_6: [B, B, B],
  PASAL_5_N_7: [B, B, B],
};

/** Breaches whose tingkat the pasal sets without a dampak condition (dampak may be left out). */
const TANPA_DAMPAK: KodeKetentuan[] = [
  'PASAL_3_A',
  'PASAL_4_A',
  'PASAL_4_B',
  'PASAL_4_I',
  'PASAL_5_A',
  'PASAL_5_B',
  'PASAL_5_C',
  'PASAL_5_D',
  'PASAL_5_E',
  'PASAL_5_K',
  'PASAL_5_L',
  'PASAL_5_N_2',
  'PASAL_5_N_3',
  'PASAL_5_N_4',
  'PASAL_5_N_5',
  'PASAL_5_N_6',
  'PASAL_5_N_7',
];

/** The "—" cells under the preset dampakTidakTercantum TINGKAT_TERDEKAT: [tingkat, nearest listed dampak]. */
const TERDEKAT: [KodeKetentuan, Dampak, TingkatHukuman, Dampak][] = [
  ['PASAL_4_D', 'UNIT_KERJA', S, 'INSTANSI'],
  ['PASAL_4_G', 'NEGARA', S, 'INSTANSI'],
  ['PASAL_4_H', 'NEGARA', S, 'INSTANSI'],
  ['PASAL_5_H', 'NEGARA', S, 'INSTANSI'],
  ['PASAL_5_I', 'NEGARA', S, 'INSTANSI'],
  ['PASAL_5_J', 'NEGARA', S, 'INSTANSI'],
  ['PASAL_5_M', 'UNIT_KERJA', S, 'INSTANSI'],
  ['PASAL_5_M', 'NEGARA', S, 'INSTANSI'],
];

/**
 * The Pasal that sets each tingkat: kewajiban Pasal 9–11, larangan 12–14; the huruf where a source gives it.
 * Pasal 10 ayat (1) a–g (Pasal 3 b–h) and ayat (2) a–b: gurune.net verbatim; ayat (2) e and Pasal 11 ayat (2) c
 * (LHKPN): Antara, Kompas.com, DDTC; ayat (2) c, d, g, h: the letters of Pasal 4, as a, b, e (and f, masuk
 * kerja) show; pungutan: Kompasiana.
 */
function pasalSanksi(kode: KodeKetentuan, tingkat: TingkatHukuman): string {
  const pasal10 = (ayat: 1 | 2, h: string) => ({ SEDANG: `Pasal 10 ayat (${ayat}) huruf ${h}` });
  const huruf: Partial<Record<KodeKetentuan, Partial<Record<TingkatHukuman, string>>>> = {
    PASAL_3_B: pasal10(1, 'a'),
    PASAL_3_C: pasal10(1, 'b'),
    PASAL_3_D: pasal10(1, 'c'),
    PASAL_3_E: pasal10(1, 'd'),
    PASAL_3_F: pasal10(1, 'e'),
    PASAL_3_G: pasal10(1, 'f'),
    PASAL_3_H: pasal10(1, 'g'),
    PASAL_4_A: pasal10(2, 'a'),
    PASAL_4_B: pasal10(2, 'b'),
    PASAL_4_C: pasal10(2, 'c'),
    PASAL_4_D: pasal10(2, 'd'),
    PASAL_4_E: { SEDANG: 'Pasal 10 ayat (2) huruf e', BERAT: 'Pasal 11 ayat (2) huruf c' },
    PASAL_4_G: pasal10(2, 'g'),
    PASAL_4_H: pasal10(2, 'h'),
    PASAL_5_G: { SEDANG: 'Pasal 13 huruf b', BERAT: 'Pasal 14 huruf b' },
  };
  const larangan = kode.startsWith('PASAL_5_');
  const n = { RINGAN: 9, SEDANG: 10, BERAT: 11 }[tingkat] + (larangan ? 3 : 0);
  return huruf[kode]?.[tingkat] ?? `Pasal ${n}`;
}

const pasalKetentuan = (kode: KodeKetentuan) =>
  kode.replace(
    /^PASAL_(\d)_([A-N])(?:_(\d))?$/,
    (_m, p: string, h: string, a?: string) => `Pasal ${p} huruf ${h.toLowerCase()}${a ? ` angka ${a}` : ''}`,
  );

const CELLS = (Object.keys(SUMBER) as (keyof typeof SUMBER)[]).flatMap((kode) =>
  DAMPAK.map((dampak, i) => [kode, dampak, SUMBER[kode][i] ?? null] as const),
);

describe('the violation matrix covers PP 94/2021 Pasal 3–5 (Pasal 4 huruf f excluded)', () => {
  it('has exactly the codes of the source table, in the order of the regulation', () => {
    const expected = [...Object.keys(SUMBER), 'PASAL_4_E', 'PASAL_5_N_1'].sort();
    expect([...KODE_KETENTUAN].sort()).toEqual(expected);
    expect(KODE_KETENTUAN.map(pasalKetentuan)).toEqual(KODE_KETENTUAN.map((kd) => KETENTUAN_DISIPLIN[kd].pasal));
    expect(KODE_KETENTUAN.indexOf('PASAL_5_E')).toBe(KODE_KETENTUAN.indexOf('PASAL_5_D') + 1);
  });
});

describe('each cell: ketentuan × dampak → tingkat and the Pasal that sets it', () => {
  it.each(CELLS.filter(([, , t]) => t !== null))('%s, dampak %s → %s', (ketentuan, dampak, tingkat) => {
    const d = hukumanPelanggaran({ ketentuan, dampak });
    expect(d.value.tingkat).toBe(tingkat);
    expect(d.reasons[0]!.code).toBe(`discipline.hukumanPelanggaran.${TANPA_DAMPAK.includes(ketentuan) ? 'tetap' : 'dampak'}`);
    expect(d.reasons[0]!.citations).toEqual([
      { regulation: 'PP_94_2021', article: pasalKetentuan(ketentuan) },
      { regulation: 'PP_94_2021', article: pasalSanksi(ketentuan, tingkat!) },
    ]);
    // the refusal setting leaves a listed cell alone; several breaches decide by the same matrix
    expect(hukumanPelanggaran({ ketentuan, dampak }, { dampakTidakTercantum: 'TOLAK' }).value.tingkat).toBe(tingkat);
    expect(hukumanBeberapaPelanggaran({ pelanggaran: [{ ketentuan, dampak }] }).value.tingkat).toBe(tingkat);
  });

  it('the "—" cells are exactly those with a preset (dampakTidakTercantum)', () => {
    expect(CELLS.filter(([, , t]) => t === null).map(([kd, d]) => `${kd} ${d}`)).toEqual(TERDEKAT.map(([kd, d]) => `${kd} ${d}`));
  });

  it.each(TERDEKAT)(
    '%s, dampak %s (not listed) → %s of the nearest listed dampak %s; TOLAK refuses',
    (ketentuan, dampak, tingkat, terdekat) => {
      const d = hukumanPelanggaran({ ketentuan, dampak });
      expect(d.value.tingkat).toBe(tingkat);
      expect(d.reasons[0]).toMatchObject({
        code: 'discipline.hukumanPelanggaran.dampakTidakTercantum',
        facts: { dampak: `DAMPAK_${dampak}`, dampakTerdekat: `DAMPAK_${terdekat}`, tingkat },
      });
      expect(thrownIssues(() => hukumanPelanggaran({ ketentuan, dampak }, { dampakTidakTercantum: 'TOLAK' })).map((i) => i.path)).toEqual([
        ['dampak'],
      ]);
    },
  );

  it.each(KODE_KETENTUAN.filter((kd) => kd !== 'PASAL_4_E' && kd !== 'PASAL_5_N_1'))(
    '%s without dampak: decided only where the pasal sets no dampak condition',
    (ketentuan) => {
      if (TANPA_DAMPAK.includes(ketentuan)) {
        expect(hukumanPelanggaran({ ketentuan }).value.tingkat).toBe(SUMBER[ketentuan as keyof typeof SUMBER][0]);
      } else {
        expect(thrownIssues(() => hukumanPelanggaran({ ketentuan })).map((i) => i.path)).toEqual([['dampak']]);
      }
    },
  );

  it.each([
    ['ADMINISTRATOR', S],
    ['FUNGSIONAL', S],
    ['JPT', B],
    ['PEJABAT_LAINNYA', B],
  ] as const)('Pasal 4 huruf e (LHKPN) by %s → %s, citing Pasal 10 ayat (2) huruf e / 11 ayat (2) huruf c', (jabatan, tingkat) => {
    for (const dampak of [undefined, ...DAMPAK]) {
      const d = hukumanPelanggaran({ ketentuan: 'PASAL_4_E', jabatan, ...(dampak ? { dampak } : {}) });
      expect(d.value.tingkat).toBe(tingkat);
      expect(d.reasons[0]!.citations[1]).toEqual({ regulation: 'PP_94_2021', article: pasalSanksi('PASAL_4_E', tingkat) });
    }
  });
});

describe('Pasal 5 huruf e and the wording of c and d (PP 94/2021 Pasal 5, Pasal 14)', () => {
  it('words c, d and e as the regulation does', () => {
    expect(KETENTUAN_DISIPLIN.PASAL_5_C.uraian).toBe('menjadi pegawai atau bekerja untuk negara lain');
    expect(KETENTUAN_DISIPLIN.PASAL_5_D.uraian).toBe(
      'bekerja pada lembaga atau organisasi internasional tanpa izin atau tanpa ditugaskan oleh Pejabat Pembina Kepegawaian',
    );
    expect(KETENTUAN_DISIPLIN.PASAL_5_E.uraian).toBe(
      'bekerja pada perusahaan asing, konsultan asing, atau lembaga swadaya masyarakat asing kecuali ditugaskan oleh Pejabat Pembina Kepegawaian',
    );
    expect(KETENTUAN_DISIPLIN.PASAL_5_N_1.uraian).toBe('ikut kampanye');
    expect(PASAL_5_N_POKOK).toMatch(/^memberikan dukungan kepada calon Presiden\/Wakil Presiden, .* dengan cara$/);
  });

  it('PASAL_5_E is accepted and always berat, citing Pasal 5 huruf e and Pasal 14', () => {
    const d = hukumanPelanggaran({ ketentuan: 'PASAL_5_E' });
    expect(d.value).toEqual({ tingkat: 'BERAT', jenisPilihan: ['PENURUNAN_JABATAN', 'PEMBEBASAN_DARI_JABATAN', 'PDHTAPS'] });
    expect(d.reasons[0]).toMatchObject({
      code: 'discipline.hukumanPelanggaran.tetap',
      citations: [
        { regulation: 'PP_94_2021', article: 'Pasal 5 huruf e' },
        { regulation: 'PP_94_2021', article: 'Pasal 14' },
      ],
    });
    expect(reasonLines(d, 'id')[0]).toContain(
      'Pasal 5 huruf e (bekerja pada perusahaan asing, konsultan asing, atau lembaga swadaya masyarakat asing',
    );
    expect(reasonLines(d, 'en')[0]).toMatch(
      /^Applies: Breach of Article 5\(e\) \(working for a foreign company, foreign consultant or foreign NGO unless assigned by the PPK\): always a severe penalty/,
    );
    expect(
      hukumanBeberapaPelanggaran({ pelanggaran: [{ ketentuan: 'PASAL_5_M', dampak: 'INSTANSI' }, { ketentuan: 'PASAL_5_E' }] }).value
        .tingkat,
    ).toBe('BERAT');
  });
});

describe('"ikut kampanye" (Pasal 5 huruf n angka 1): setting tingkatIkutKampanye [U]', () => {
  it('preset SEDANG, graded U with its evidence in the option, the rule notes and the reason', () => {
    const d = hukumanPelanggaran({ ketentuan: 'PASAL_5_N_1' });
    expect(d.value.tingkat).toBe('SEDANG');
    expect(d.reasons[0]).toMatchObject({
      code: 'discipline.hukumanPelanggaran.pengaturan',
      citations: [
        { regulation: 'PP_94_2021', article: 'Pasal 5 huruf n angka 1' },
        // No transcription of Pasal 12–14 lists it: the tingkat is the setting's, and no Pasal is claimed for it.
        { regulation: 'PP_94_2021', unlocated: expect.stringMatching(/no transcription.*tingkatIkutKampanye/i) },
      ],
    });
    expect(reasonLines(d, 'en')[0]).toContain('list no level for it; moderate penalty per the setting tingkatIkutKampanye (unconfirmed');
    const { properties } = jsonSchemaOf(hukumanPelanggaranRule, 'options') as { properties: Record<string, Record<string, unknown>> };
    const option = properties.tingkatIkutKampanye!;
    expect(option.default).toBe('SEDANG');
    expect(option.enum).toEqual(['RINGAN', 'SEDANG', 'BERAT', 'TOLAK']);
    expect(option.description).toMatch(/Setting \[U\].*no transcription of Pasal 12–14.*Kompas TV paraphrase/);
    const note = hukumanPelanggaranRule.notes!.find((n) => n.en.startsWith('Article 5(n)(1)'))!;
    expect(note.en).toMatch(/\[U\].*no transcription.*Kompas TV.*dampakTidakTercantum: TOLAK does not refuse it/);
  });

  it.each(['RINGAN', 'SEDANG', 'BERAT'] as const)(
    'tingkatIkutKampanye %s decides, whatever the dampak, citing no Pasal 12–14 for it',
    (tingkat) => {
      for (const dampak of [undefined, ...DAMPAK]) {
        const d = hukumanPelanggaran({ ketentuan: 'PASAL_5_N_1', ...(dampak ? { dampak } : {}) }, { tingkatIkutKampanye: tingkat });
        expect(d.value.tingkat).toBe(tingkat);
        expect(d.reasons[0]!.citations[1]!.article).toBeUndefined();
        expect(d.reasons[0]!.citations[1]!.unlocated).toMatch(/tingkatIkutKampanye/);
      }
    },
  );

  it('TOLAK refuses it at the ketentuan, in both languages (one breach or several)', () => {
    const issue = (path: (string | number)[]) => ({
      path,
      code: 'contradiction',
      message:
        'PP 94/2021 Pasal 12–14, as transcribed, list no tingkat for PASAL_5_N_1 (ikut kampanye) (setting tingkatIkutKampanye: TOLAK)',
      text: {
        en: 'PP 94/2021 Pasal 12–14, as transcribed, list no tingkat for PASAL_5_N_1 (ikut kampanye) (setting tingkatIkutKampanye: TOLAK)',
        id: 'PP 94/2021 Pasal 12–14, menurut transkripsinya, tidak mencantumkan tingkat untuk PASAL_5_N_1 (ikut kampanye) (pengaturan tingkatIkutKampanye: TOLAK)',
      },
    });
    const tolak = { tingkatIkutKampanye: 'TOLAK' } as const;
    expect(thrownIssues(() => hukumanPelanggaran({ ketentuan: 'PASAL_5_N_1' }, tolak))).toEqual([issue(['ketentuan'])]);
    expect(
      thrownIssues(() =>
        hukumanBeberapaPelanggaran({ pelanggaran: [{ ketentuan: 'PASAL_5_A' }, { ketentuan: 'PASAL_5_N_1', dampak: 'NEGARA' }] }, tolak),
      ),
    ).toEqual([issue(['pelanggaran', 1, 'ketentuan'])]);
    // every other breach is decided as before under TOLAK
    expect(hukumanPelanggaran({ ketentuan: 'PASAL_5_N_2' }, tolak).value.tingkat).toBe('SEDANG');
  });

  it('dampakTidakTercantum TOLAK does not refuse it (a missing row is its own setting)', () => {
    const d = hukumanPelanggaran(
      { ketentuan: 'PASAL_5_N_1', dampak: 'NEGARA' },
      { dampakTidakTercantum: 'TOLAK', tingkatIkutKampanye: 'BERAT' },
    );
    expect(d.value.tingkat).toBe('BERAT');
  });
});

describe('the matrix on the rule pages (descriptor tables)', () => {
  const row = (kode: KodeKetentuan) => TABEL_KETENTUAN_DISIPLIN.rows.find((r) => r[0] === kode)!;

  it('both rules show the same table, one row per code', () => {
    expect(hukumanPelanggaranRule.tables).toEqual([TABEL_KETENTUAN_DISIPLIN]);
    expect(hukumanBeberapaPelanggaranRule.tables).toEqual([TABEL_KETENTUAN_DISIPLIN]);
    expect(TABEL_KETENTUAN_DISIPLIN.columns).toEqual([
      'ketentuan',
      'Pasal',
      'uraian (PP 94/2021)',
      'dampak UNIT_KERJA',
      'dampak INSTANSI',
      'dampak NEGARA',
      'syarat / condition',
    ]);
    expect(TABEL_KETENTUAN_DISIPLIN.rows.map((r) => r[0])).toEqual(KODE_KETENTUAN);
    for (const r of TABEL_KETENTUAN_DISIPLIN.rows) expect(r).toHaveLength(TABEL_KETENTUAN_DISIPLIN.columns.length);
  });

  it.each(Object.keys(SUMBER) as (keyof typeof SUMBER)[])('%s: its words, and each dampak cell as the source has it', (kode) => {
    const r = row(kode);
    expect(r.slice(1, 3)).toEqual([pasalKetentuan(kode), KETENTUAN_DISIPLIN[kode].uraian]);
    DAMPAK.forEach((dampak, i) => {
      const listed = SUMBER[kode][i];
      const preset = TERDEKAT.find(([kd, d]) => kd === kode && d === dampak)?.[2];
      const t = listed ?? preset!;
      expect(r[3 + i], `${kode} ${dampak}`).toBe(`${t}${listed ? '' : '*'} (${pasalSanksi(kode, t)})`);
    });
  });

  it('Pasal 4 huruf e shows the tingkat by jabatan; Pasal 5 huruf n angka 1 shows its setting', () => {
    expect(row('PASAL_4_E')[3]).toBe(
      'ADMINISTRATOR, FUNGSIONAL: SEDANG (Pasal 10 ayat (2) huruf e); JPT, PEJABAT_LAINNYA: BERAT (Pasal 11 ayat (2) huruf c)',
    );
    expect(row('PASAL_5_N_1').slice(3)).toEqual([
      'SEDANG† (pasal belum ditemukan)',
      'SEDANG† (pasal belum ditemukan)',
      'SEDANG† (pasal belum ditemukan)',
      'pengaturan tingkatIkutKampanye [U]',
    ]);
    expect(row('PASAL_4_A')[6]).toBe('apabila pelanggaran dilakukan tanpa alasan yang sah');
    expect(Object.isFrozen(TABEL_KETENTUAN_DISIPLIN.rows[0])).toBe(true);
  });
});
