import * as z from 'zod/mini';
import { deepFreeze } from '../core/freeze.js';
import type * as z4 from 'zod/v4/core';
import { type Citation, decision, type Reason, reason } from '../core/decision.js';
import { MeritInputError, ownIssue } from '../core/errors.js';
import { defineRule, type RuleInputOf, type RuleOptionsOf, type RuleOutputOf, type RuleTable } from '../core/rule.js';
import { contradiction, superRefineParsed } from '../core/refine.js';
import {
  DAMPAK,
  type Dampak,
  dampakSchema,
  HUKUMAN,
  hukumanLebihBeratBerikutnya,
  type JenisHukuman,
  jenisHukumanSchema,
  jenisPadaTingkat,
  lebihBerat,
  TINGKAT_HUKUMAN,
  tingkatHukuman,
  type TingkatHukuman,
  tingkatHukumanSchema,
} from './types.js';
import { asOfSchema, pastikanBerlaku, VERSI_INFO_PP_94_2021 } from './versi.js';
import {
  type AturanTingkat,
  JABATAN_PELAKU,
  type Ketentuan,
  KETENTUAN_DISIPLIN,
  KODE_KETENTUAN,
  type KodeKetentuan,
  PASAL_5_N_POKOK,
} from './ketentuan-disiplin.js';

export {
  type AturanTingkat,
  JABATAN_PELAKU,
  type JabatanPelaku,
  type Ketentuan,
  KETENTUAN_DISIPLIN,
  KODE_KETENTUAN,
  type KodeKetentuan,
  PASAL_5_N_POKOK,
} from './ketentuan-disiplin.js';

export const HUKUMAN_PELANGGARAN_RULE_ID = 'discipline.hukumanPelanggaran';
export const HUKUMAN_BEBERAPA_PELANGGARAN_RULE_ID = 'discipline.hukumanBeberapaPelanggaran';

export const kodeKetentuanSchema = z.enum(KODE_KETENTUAN as [KodeKetentuan, ...KodeKetentuan[]], {
  error:
    'must be a kewajiban/larangan code such as PASAL_3_C or PASAL_5_N_2 (Pasal 4 huruf f, masuk kerja, is decided by hukumanKetidakhadiran)',
});

/** Pasal of PP 94/2021 that sets each tingkat for kewajiban and for larangan. */
const PASAL_SANKSI: Record<Ketentuan['sifat'], Record<TingkatHukuman, string>> = deepFreeze({
  KEWAJIBAN: { RINGAN: 'Pasal 9', SEDANG: 'Pasal 10', BERAT: 'Pasal 11' },
  LARANGAN: { RINGAN: 'Pasal 12', SEDANG: 'Pasal 13', BERAT: 'Pasal 14' },
});
/**
 * Huruf known from the sources: pungutan liar, Pasal 13 huruf b and 14 huruf b (Kompasiana quoting the
 * pasal [S]); LHKPN, Pasal 10 ayat (2) huruf e and 11 ayat (2) huruf c (Antara, Kompas.com and DDTC quoting
 * the salinan [S]). Every other cell cites the bare Pasal 9–14: the huruf order was not read.
 */
const HURUF_DIKETAHUI: Partial<Record<KodeKetentuan, Partial<Record<TingkatHukuman, string>>>> = deepFreeze({
  PASAL_4_E: { SEDANG: 'Pasal 10 ayat (2) huruf e', BERAT: 'Pasal 11 ayat (2) huruf c' },
  PASAL_5_G: { SEDANG: 'Pasal 13 huruf b', BERAT: 'Pasal 14 huruf b' },
});

/** The Pasal of PP 94/2021 that sets `tingkat` for a breach of `kode`. */
function pasalSanksi(kode: KodeKetentuan, tingkat: TingkatHukuman): string {
  return HURUF_DIKETAHUI[kode]?.[tingkat] ?? PASAL_SANKSI[KETENTUAN_DISIPLIN[kode].sifat][tingkat];
}

/**
 * Preset of `tingkatIkutKampanye` [U]: no transcription of Pasal 12–14 gives a tingkat for Pasal 5 huruf n
 * angka 1; a Kompas TV paraphrase ("mengikuti kampanye dan dengan menggunakan atribut partai atau PNS" →
 * sedang) suggests sedang, though it reads as angka 2.
 */
export const PRESET_TINGKAT_IKUT_KAMPANYE: TingkatHukuman = 'SEDANG';

export const hukumanPelanggaranOptions = z.object({
  asOf: asOfSchema,
  dampakTidakTercantum: z
    ._default(z.enum(['TINGKAT_TERDEKAT', 'TOLAK']), 'TINGKAT_TERDEKAT')
    .check(
      z.describe(
        'Setting [U]: a dampak with no tingkat in the transcriptions of Pasal 9–14 (negara for Pasal 4 huruf g, h and Pasal 5 huruf h, i, j, m; unit kerja for Pasal 4 huruf d and 5 huruf m). Preset: the tingkat of the nearest listed dampak, the lighter on a tie; TOLAK raises MeritInputError. It does not govern Pasal 5 huruf n angka 1, which has no tingkat for any dampak: see tingkatIkutKampanye.',
      ),
    ),
  tingkatIkutKampanye: z
    ._default(z.enum([...TINGKAT_HUKUMAN, 'TOLAK']), PRESET_TINGKAT_IKUT_KAMPANYE)
    .check(
      z.describe(
        'Setting [U]: tingkat for Pasal 5 huruf n angka 1 "ikut kampanye", which no transcription of Pasal 12–14 lists (the sedang list names only angka 2, the berat list angka 3–7). Preset SEDANG: a Kompas TV paraphrase ("mengikuti kampanye dan dengan menggunakan atribut partai atau PNS" → sedang), which may describe angka 2. TOLAK raises MeritInputError.',
      ),
    ),
});
type Options = z.output<typeof hukumanPelanggaranOptions>;

const pelanggaranSchema = z.object({
  ketentuan: kodeKetentuanSchema.check(z.describe('The kewajiban or larangan breached (Pasal 3–5)')),
  dampak: z.optional(dampakSchema).check(z.describe('Dampak negatif: on the unit kerja, the instansi, or the negara/pemerintah')),
  jabatan: z.optional(z.enum(JABATAN_PELAKU)).check(z.describe('Jabatan of the PNS; needed for Pasal 4 huruf e (LHKPN)')),
});
type Pelanggaran = z.output<typeof pelanggaranSchema>;

function checkPelanggaran(p: Pelanggaran, ctx: z4.$RefinementCtx, path: (string | number)[]) {
  const aturan = KETENTUAN_DISIPLIN[p.ketentuan].aturan;
  if (aturan.jenis === 'DAMPAK' && p.dampak === undefined)
    ctx.addIssue(
      contradiction(
        {
          en: `${p.ketentuan} needs dampak (${DAMPAK.join(', ')}): its tingkat depends on it`,
          id: `${p.ketentuan} memerlukan dampak (${DAMPAK.join(', ')}): tingkat hukumannya bergantung padanya`,
        },
        [...path, 'dampak'],
      ),
    );
  if (aturan.jenis === 'JABATAN' && p.jabatan === undefined)
    ctx.addIssue(
      contradiction(
        {
          en: `${p.ketentuan} needs jabatan (${JABATAN_PELAKU.join(', ')}): its tingkat depends on it`,
          id: `${p.ketentuan} memerlukan jabatan (${JABATAN_PELAKU.join(', ')}): tingkat hukumannya bergantung padanya`,
        },
        [...path, 'jabatan'],
      ),
    );
}

/** A dismissal is permanent (PP 94/2021 Pasal 8 ayat (4) huruf c): no PNS can repeat a breach after PDHTAPS for it. */
function checkHukumanTerakhir(hukumanTerakhir: JenisHukuman | undefined, ctx: z4.$RefinementCtx) {
  if (hukumanTerakhir !== undefined && HUKUMAN[hukumanTerakhir].permanen)
    ctx.addIssue(
      contradiction(
        {
          en: `${hukumanTerakhir} ends the employment (PP 94/2021 Pasal 8 ayat (4) huruf c): a PNS dismissed for this breach cannot repeat it as a PNS`,
          id: `${hukumanTerakhir} mengakhiri status PNS (PP 94/2021 Pasal 8 ayat (4) huruf c): PNS yang telah diberhentikan karena pelanggaran ini tidak dapat mengulanginya sebagai PNS`,
        },
        ['hukumanTerakhir'],
      ),
    );
}

const hukumanTerakhirSchema = z
  .optional(jenisHukumanSchema)
  .check(
    z.describe('Pengulangan: the last hukuman imposed for the same breach; the new one must be heavier (PDHTAPS, permanent, is refused)'),
  );

export const hukumanPelanggaranInput = z.extend(pelanggaranSchema, { hukumanTerakhir: hukumanTerakhirSchema }).check(
  superRefineParsed((v, ctx) => {
    checkPelanggaran(v, ctx, []);
    checkHukumanTerakhir(v.hukumanTerakhir, ctx);
  }),
);

export interface HukumanPelanggaran {
  tingkat: TingkatHukuman;
  /** The jenis the PyBM may choose from, lightest first (PerBKN 6/2022 contoh 18a: motives weigh the choice). */
  jenisPilihan: JenisHukuman[];
}

/** {@link HukumanPelanggaran} as JSON. */
export const hukumanPelanggaranOutput = z.object({
  tingkat: tingkatHukumanSchema,
  jenisPilihan: z
    .array(jenisHukumanSchema)
    .check(
      z.describe('The jenis hukuman the PyBM may choose from, lightest first; after pengulangan only those heavier than hukumanTerakhir'),
    ),
});
/** Value of {@link hukumanBeberapaPelanggaran} as JSON: the same shape as {@link hukumanPelanggaranOutput}. */
export const hukumanBeberapaPelanggaranOutput = hukumanPelanggaranOutput;

function citeTingkat(kode: KodeKetentuan, tingkat: TingkatHukuman): Citation[] {
  return [
    { regulation: 'PP_94_2021', article: KETENTUAN_DISIPLIN[kode].pasal },
    { regulation: 'PP_94_2021', article: pasalSanksi(kode, tingkat) },
  ];
}

/**
 * The tingkat a dampak map gives for `d`: the listed one, or (setting `dampakTidakTercantum` TINGKAT_TERDEKAT)
 * the one of the nearest listed dampak, the lighter on a tie; `terdekat` names that dampak.
 */
function tingkatMenurutDampak(
  tingkat: Partial<Record<Dampak, TingkatHukuman>>,
  d: Dampak,
): { tingkat: TingkatHukuman; terdekat: Dampak | null } {
  const listed = tingkat[d];
  if (listed) return { tingkat: listed, terdekat: null };
  const i = DAMPAK.indexOf(d);
  const order = [...DAMPAK].sort(
    (a, b) => Math.abs(DAMPAK.indexOf(a) - i) - Math.abs(DAMPAK.indexOf(b) - i) || DAMPAK.indexOf(a) - DAMPAK.indexOf(b),
  );
  const nearest = order.find((x) => tingkat[x] !== undefined)!;
  return { tingkat: tingkat[nearest]!, terdekat: nearest };
}

/** One cell of the matrix: the tingkat and the Pasal that sets it. */
const sel = (kode: KodeKetentuan, tingkat: TingkatHukuman, tanda = '') => `${tingkat}${tanda} (${pasalSanksi(kode, tingkat)})`;

function barisTabel(kode: KodeKetentuan): string[] {
  const kt = KETENTUAN_DISIPLIN[kode];
  const a: AturanTingkat = kt.aturan;
  const kepala = [kode, kt.pasal, kt.uraian];
  switch (a.jenis) {
    case 'DAMPAK':
      return [
        ...kepala,
        ...DAMPAK.map((d) => {
          const t = tingkatMenurutDampak(a.tingkat, d);
          return sel(kode, t.tingkat, t.terdekat === null ? '' : '*');
        }),
        'menurut dampak / by impact',
      ];
    case 'TETAP':
      return [...kepala, ...DAMPAK.map(() => sel(kode, a.tingkat)), a.syarat ?? 'tanpa syarat dampak / no impact condition'];
    case 'JABATAN': {
      const menurutJabatan = TINGKAT_HUKUMAN.flatMap((t) => {
        const jabatan = JABATAN_PELAKU.filter((j) => a.tingkat[j] === t);
        return jabatan.length === 0 ? [] : [`${jabatan.join(', ')}: ${sel(kode, t)}`];
      }).join('; ');
      return [...kepala, ...DAMPAK.map(() => menurutJabatan), 'jabatan / position'];
    }
    case 'PENGATURAN':
      return [...kepala, ...DAMPAK.map(() => sel(kode, PRESET_TINGKAT_IKUT_KAMPANYE, '†')), `pengaturan ${a.setting} [U]`];
  }
}

/**
 * The violation matrix as the rule pages show it: every ketentuan with its words, the tingkat per dampak and
 * the Pasal that sets it, built from {@link KETENTUAN_DISIPLIN} by the functions the rules decide with.
 */
export const TABEL_KETENTUAN_DISIPLIN: RuleTable = deepFreeze({
  title: {
    id: 'Matriks pelanggaran PP 94/2021: ketentuan yang dilanggar (Pasal 3–5, dengan bunyinya) × dampak → tingkat hukuman (Pasal 9–14 yang menetapkannya). * dampak tidak tercantum: tingkat dampak tercantum terdekat (pengaturan dampakTidakTercantum; TOLAK menolak). † tidak tercantum untuk dampak mana pun: preset pengaturan tingkatIkutKampanye [U] (TOLAK menolak).',
    en: 'PP 94/2021 violation matrix: the duty or prohibition breached (Articles 3–5, in its words) × impact → penalty level (the Article 9–14 that sets it). * impact not listed: the level of the nearest listed impact (setting dampakTidakTercantum; TOLAK refuses). † listed for no impact: preset of the setting tingkatIkutKampanye [U] (TOLAK refuses).',
  },
  columns: ['ketentuan', 'Pasal', 'uraian (PP 94/2021)', ...DAMPAK.map((d) => `dampak ${d}`), 'syarat / condition'],
  rows: KODE_KETENTUAN.map(barisTabel),
});

/** Tingkat of one breach, with its reason. */
function tingkatPelanggaran(
  ruleId: string,
  p: Pelanggaran,
  options: Options,
  index: number | null,
): { tingkat: TingkatHukuman; reason: Reason } {
  const kt = KETENTUAN_DISIPLIN[p.ketentuan];
  const aturan: AturanTingkat = kt.aturan;
  // Dampak facts are prefixed (DAMPAK_…) so they render with this domain's labels.
  const base = { ketentuan: p.ketentuan, pasal: kt.pasal, dampak: p.dampak ? `DAMPAK_${p.dampak}` : null };
  const done = (tingkat: TingkatHukuman, code: string, extra: Record<string, string | null> = {}) => ({
    tingkat,
    reason: reason(ruleId, `${HUKUMAN_PELANGGARAN_RULE_ID}.${code}`, 'FAIL', citeTingkat(p.ketentuan, tingkat), {
      ...base,
      ...extra,
      tingkat,
    }),
  });
  switch (aturan.jenis) {
    case 'TETAP':
      return done(aturan.tingkat, 'tetap');
    case 'PENGATURAN': {
      const t = options.tingkatIkutKampanye;
      if (t === 'TOLAK')
        throw new MeritInputError(
          [
            ownIssue(index === null ? ['ketentuan'] : ['pelanggaran', index, 'ketentuan'], {
              en: `PP 94/2021 Pasal 12–14, as transcribed, list no tingkat for ${p.ketentuan} (ikut kampanye) (setting tingkatIkutKampanye: TOLAK)`,
              id: `PP 94/2021 Pasal 12–14, menurut transkripsinya, tidak mencantumkan tingkat untuk ${p.ketentuan} (ikut kampanye) (pengaturan tingkatIkutKampanye: TOLAK)`,
            }),
          ],
          ruleId,
        );
      return done(t, 'pengaturan');
    }
    case 'JABATAN':
      return done(aturan.tingkat[p.jabatan!], 'jabatan', { jabatan: p.jabatan! });
    case 'DAMPAK': {
      const d = p.dampak!;
      const t = tingkatMenurutDampak(aturan.tingkat, d);
      if (t.terdekat === null) return done(t.tingkat, 'dampak');
      if (options.dampakTidakTercantum === 'TOLAK') {
        const path = index === null ? ['dampak'] : ['pelanggaran', index, 'dampak'];
        throw new MeritInputError(
          [
            ownIssue(path, {
              en: `PP 94/2021 lists no tingkat for ${p.ketentuan} with dampak ${d} (setting dampakTidakTercantum: TOLAK)`,
              id: `PP 94/2021 tidak mencantumkan tingkat untuk ${p.ketentuan} dengan dampak ${d} (pengaturan dampakTidakTercantum: TOLAK)`,
            }),
          ],
          ruleId,
        );
      }
      return done(t.tingkat, 'dampakTidakTercantum', { dampakTerdekat: `DAMPAK_${t.terdekat}` });
    }
  }
}

/** Applies pengulangan: only jenis heavier than the last hukuman for the same breach. */
function terapkanPengulangan(
  ruleId: string,
  tingkat: TingkatHukuman,
  hukumanTerakhir: JenisHukuman | undefined,
  reasons: Reason[],
): HukumanPelanggaran {
  const pilihan = jenisPadaTingkat(tingkat);
  if (hukumanTerakhir === undefined) return { tingkat, jenisPilihan: pilihan };
  const cite: Citation[] = [{ regulation: 'PERBKN_6_2022', annex: 'Lampiran, contoh kasus 18c' }];
  const heavier = pilihan.filter((j) => lebihBerat(j, hukumanTerakhir));
  if (heavier.length > 0) {
    reasons.push(reason(ruleId, `${HUKUMAN_PELANGGARAN_RULE_ID}.pengulangan`, 'FAIL', cite, { hukumanTerakhir, tingkat }));
    return { tingkat, jenisPilihan: heavier };
  }
  const next = hukumanLebihBeratBerikutnya(hukumanTerakhir)!; // PDHTAPS, the heaviest, is refused as hukumanTerakhir
  reasons.push(
    reason(ruleId, `${HUKUMAN_PELANGGARAN_RULE_ID}.pengulanganNaikTingkat`, 'FAIL', cite, {
      hukumanTerakhir,
      hukuman: next,
      tingkat: tingkatHukuman(next),
    }),
  );
  return { tingkat: tingkatHukuman(next), jenisPilihan: [next] };
}

export const hukumanPelanggaranRule = defineRule({
  id: HUKUMAN_PELANGGARAN_RULE_ID,
  domain: 'discipline',
  title: {
    id: 'Tingkat hukuman disiplin atas pelanggaran kewajiban atau larangan',
    en: 'Penalty level for breaching a duty or prohibition',
  },
  description: {
    id: 'Menetapkan tingkat hukuman disiplin (ringan, sedang, berat) dan jenis yang dapat dipilih dari kewajiban atau larangan yang dilanggar (Pasal 3–5) dan dampaknya pada unit kerja, instansi atau negara (Pasal 9–14); pengulangan pelanggaran yang sama menghasilkan hukuman yang lebih berat dari hukuman terakhir.',
    en: 'Sets the penalty level (ringan, sedang, berat) and the types that may be chosen from the duty or prohibition breached (Articles 3–5) and its impact on the work unit, the agency or the state (Articles 9–14); repeating the same breach gives a penalty heavier than the last one.',
  },
  citations: [{ regulation: 'PP_94_2021', article: 'Pasal 3–5, Pasal 7, Pasal 9–14' }],
  versions: VERSI_INFO_PP_94_2021,
  input: hukumanPelanggaranInput,
  options: hukumanPelanggaranOptions,
  output: hukumanPelanggaranOutput,
  tables: [TABEL_KETENTUAN_DISIPLIN],
  notes: [
    {
      id: 'Tabel berasal dari transkripsi Pasal 9–14 (bukan salinan resmi) [S/I]; sel yang kosong diatur oleh pengaturan dampakTidakTercantum. Uraian setiap ketentuan adalah bunyi Pasal 3–5 menurut transkripsi; sumber dan tingkat kepastian setiap baris dan sel: docs/sources/violations.md.',
      en: 'The table comes from transcriptions of Articles 9–14 (not the official text) [S/I]; empty cells follow the dampakTidakTercantum setting. Each uraian is the wording of Articles 3–5 as transcribed; sources and grades of every row and cell: docs/sources/violations.md.',
    },
    {
      id: `Pasal 5 huruf n: "${PASAL_5_N_POKOK}:" diikuti angka 1–7 pada tabel.`,
      en: `Article 5(n): "${PASAL_5_N_POKOK}:" (giving support to a candidate for President/Vice-President, regional head/deputy, or member of the DPR, DPD or DPRD by:) followed by items 1–7 of the table.`,
    },
    {
      id: 'Pasal 5 huruf e (bekerja pada perusahaan asing, konsultan asing, atau LSM asing kecuali ditugaskan PPK) selalu berat: daftar hukuman berat (Pasal 14) memuatnya tanpa syarat dampak [S, B, I].',
      en: 'Article 5(e) (working for a foreign company, foreign consultant or foreign NGO unless assigned by the PPK) is always berat: the berat list (Article 14) names it with no impact condition [S, B, I].',
    },
    {
      id: 'Pasal 5 huruf n angka 1 (ikut kampanye) [U]: tidak ada transkripsi Pasal 12–14 yang mencantumkan tingkatnya (daftar sedang hanya memuat angka 2, daftar berat angka 3–7). Tingkatnya pengaturan tingkatIkutKampanye, preset SEDANG dari parafrase Kompas TV ("mengikuti kampanye dan dengan menggunakan atribut partai atau PNS" → sedang) yang dapat juga dibaca sebagai angka 2; TOLAK menolak. dampakTidakTercantum: TOLAK tidak menolaknya: pengaturan itu mengisi sel dampak yang kosong pada ketentuan yang bertingkat untuk dampak lain, sedangkan angka 1 tidak bertingkat untuk dampak mana pun; dengan dua pengaturan, tingkat yang dipilih secara eksplisit tidak pernah ditimpa oleh pengaturan lain.',
      en: 'Article 5(n)(1) (ikut kampanye) [U]: no transcription of Articles 12–14 lists its level (the sedang list names only item 2, the berat list items 3–7). Its level is the setting tingkatIkutKampanye, preset SEDANG from a Kompas TV paraphrase ("mengikuti kampanye dan dengan menggunakan atribut partai atau PNS" → sedang) that may as well describe item 2; TOLAK refuses. dampakTidakTercantum: TOLAK does not refuse it: that setting fills a missing impact cell of a breach whose level is listed for other impacts, while item 1 has a level for no impact; with two settings, a level chosen explicitly is never overridden by the other.',
    },
    {
      id: 'Masukan yang ditolak: ketentuan yang tingkatnya bergantung pada dampak atau jabatan tanpa isian itu; hukumanTerakhir PDHTAPS (pemberhentian bersifat tetap, Pasal 8 ayat (4) huruf c: tidak ada pengulangan sebagai PNS); dampak tanpa tingkat dengan dampakTidakTercantum TOLAK; Pasal 5 huruf n angka 1 dengan tingkatIkutKampanye TOLAK.',
      en: 'Refused input: a breach whose tingkat depends on dampak or jabatan without that field; hukumanTerakhir PDHTAPS (a dismissal is permanent, Pasal 8 ayat (4) huruf c: there is no repeat as a PNS); a dampak with no tingkat under dampakTidakTercantum TOLAK; Article 5(n)(1) under tingkatIkutKampanye TOLAK.',
    },
  ],
  examples: [
    {
      title: { id: 'Pungutan liar berdampak pada instansi', en: 'Illegal levy with impact on the agency' },
      input: { ketentuan: 'PASAL_5_G', dampak: 'INSTANSI' },
      expected: { tingkat: 'SEDANG', jenisPilihan: ['POTONGAN_TUKIN_6_BULAN', 'POTONGAN_TUKIN_9_BULAN', 'POTONGAN_TUKIN_12_BULAN'] },
      source: 'Pasal 13 huruf b (TV-26)',
    },
    {
      title: { id: 'LHKPN tidak dilaporkan oleh JPT', en: 'Wealth report not filed by a senior executive' },
      input: { ketentuan: 'PASAL_4_E', jabatan: 'JPT' },
      expected: { tingkat: 'BERAT', jenisPilihan: ['PENURUNAN_JABATAN', 'PEMBEBASAN_DARI_JABATAN', 'PDHTAPS'] },
      source: 'TV-26',
    },
    {
      title: {
        id: 'Bekerja pada konsultan asing tanpa penugasan PPK',
        en: 'Working for a foreign consultant without the PPK’s assignment',
      },
      input: { ketentuan: 'PASAL_5_E' },
      expected: { tingkat: 'BERAT', jenisPilihan: ['PENURUNAN_JABATAN', 'PEMBEBASAN_DARI_JABATAN', 'PDHTAPS'] },
      source: 'PP 94/2021 Pasal 5 huruf e, Pasal 14 (Kompas.com 2022; BKPSDM Bangka Barat 2025)',
    },
    {
      title: {
        id: 'Ikut kampanye tanpa atribut: tingkat menurut pengaturan',
        en: 'Attending a campaign without attributes: level per setting',
      },
      input: { ketentuan: 'PASAL_5_N_1' },
      expected: { tingkat: 'SEDANG', jenisPilihan: ['POTONGAN_TUKIN_6_BULAN', 'POTONGAN_TUKIN_9_BULAN', 'POTONGAN_TUKIN_12_BULAN'] },
      source: 'setting tingkatIkutKampanye, preset [U]',
    },
    {
      title: {
        id: 'Pengulangan: teguran tertulis 2021, pelanggaran yang sama 2022',
        en: 'Repeat: written reprimand in 2021, same breach in 2022',
      },
      input: { ketentuan: 'PASAL_3_E', dampak: 'UNIT_KERJA', hukumanTerakhir: 'TEGURAN_TERTULIS' },
      expected: { tingkat: 'RINGAN', jenisPilihan: ['PERNYATAAN_TIDAK_PUAS_TERTULIS'] },
      source: 'PerBKN 6/2022 contoh 18c (TV-22)',
    },
  ],
  evaluate(input, options) {
    pastikanBerlaku(HUKUMAN_PELANGGARAN_RULE_ID, options.asOf);
    const reasons: Reason[] = [];
    const t = tingkatPelanggaran(HUKUMAN_PELANGGARAN_RULE_ID, input, options, null);
    reasons.push(t.reason);
    return decision(terapkanPengulangan(HUKUMAN_PELANGGARAN_RULE_ID, t.tingkat, input.hukumanTerakhir, reasons), reasons);
  },
});

/**
 * Tingkat hukuman for a breach of Pasal 3–5 by its dampak (Pasal 9–14), with the jenis the PyBM may choose.
 *
 * @example hukumanPelanggaran({ ketentuan: 'PASAL_5_G', dampak: 'NEGARA' }).value.tingkat // 'BERAT'
 */
export const hukumanPelanggaran = hukumanPelanggaranRule.run;

/** Input of {@link hukumanPelanggaran}, as callers write it (a deeply readonly value is accepted too). */
export type HukumanPelanggaranInput = RuleInputOf<typeof hukumanPelanggaranRule>;
/** Options of {@link hukumanPelanggaran}. */
export type HukumanPelanggaranOptions = RuleOptionsOf<typeof hukumanPelanggaranRule>;
/** The value of {@link hukumanPelanggaran}'s decision. */
export type HukumanPelanggaranOutput = RuleOutputOf<typeof hukumanPelanggaranRule>;

/**
 * Most breaches one examination lists: PP 94/2021 Pasal 3–5 hold about 35 kewajiban and larangan, so 50
 * leaves room for one breached twice in different ways.
 */
export const PELANGGARAN_SATU_PEMERIKSAAN_MAKS = 50;

export const hukumanBeberapaPelanggaranInput = z
  .object({
    pelanggaran: z
      .array(pelanggaranSchema)
      .check(
        z.minLength(1),
        z.maxLength(PELANGGARAN_SATU_PEMERIKSAAN_MAKS),
        z.describe('Every breach found in one examination (at most 50: PP 94/2021 lists about 35 kewajiban and larangan)'),
      ),
    hukumanTerakhir: hukumanTerakhirSchema,
  })
  .check(
    superRefineParsed((v, ctx) => {
      v.pelanggaran.forEach((p, i) => checkPelanggaran(p, ctx, ['pelanggaran', i]));
      checkHukumanTerakhir(v.hukumanTerakhir, ctx);
    }),
  );

export const hukumanBeberapaPelanggaranRule = defineRule({
  id: HUKUMAN_BEBERAPA_PELANGGARAN_RULE_ID,
  domain: 'discipline',
  title: { id: 'Beberapa pelanggaran dalam satu pemeriksaan', en: 'Several breaches found in one examination' },
  description: {
    id: 'Bila dalam satu pemeriksaan ditemukan beberapa pelanggaran, hanya dijatuhkan satu hukuman disiplin, yaitu yang terberat.',
    en: 'When one examination finds several breaches, only one disciplinary penalty is imposed: the heaviest.',
  },
  citations: [{ regulation: 'PERBKN_6_2022', annex: 'Lampiran, contoh kasus 18b' }],
  versions: VERSI_INFO_PP_94_2021,
  input: hukumanBeberapaPelanggaranInput,
  options: hukumanPelanggaranOptions,
  output: hukumanBeberapaPelanggaranOutput,
  tables: [TABEL_KETENTUAN_DISIPLIN],
  notes: [
    {
      id: 'Tingkat setiap pelanggaran menurut matriks hukumanPelanggaran (tabel di bawah), dengan pengaturan yang sama (dampakTidakTercantum, tingkatIkutKampanye); lalu satu hukuman pada tingkat terberat.',
      en: 'Each breach is graded by the hukumanPelanggaran matrix (table below), under the same settings (dampakTidakTercantum, tingkatIkutKampanye); then one penalty at the heaviest level.',
    },
    {
      id: 'Masukan yang ditolak: daftar pelanggaran kosong atau lebih dari 50 (satu pemeriksaan; PP 94/2021 memuat sekitar 35 kewajiban dan larangan); pelanggaran yang tingkatnya bergantung pada dampak atau jabatan tanpa isian itu (disebut menurut nomor urutnya); hukumanTerakhir PDHTAPS (pemberhentian bersifat tetap); pelanggaran yang ditolak oleh nilai TOLAK salah satu pengaturan (disebut menurut nomor urutnya).',
      en: 'Refused input: an empty list of breaches or more than 50 (one examination; PP 94/2021 holds about 35 kewajiban and larangan); a breach whose tingkat depends on dampak or jabatan without that field (named by its index); hukumanTerakhir PDHTAPS (a dismissal is permanent); a breach refused by the TOLAK value of either setting (named by its index).',
    },
  ],
  examples: [
    {
      title: { id: 'Penyalahgunaan wewenang dan menerima hadiah', en: 'Abuse of authority and accepting a gift' },
      input: { pelanggaran: [{ ketentuan: 'PASAL_5_A' }, { ketentuan: 'PASAL_5_K' }, { ketentuan: 'PASAL_3_D', dampak: 'UNIT_KERJA' }] },
      expected: { tingkat: 'BERAT', jenisPilihan: ['PENURUNAN_JABATAN', 'PEMBEBASAN_DARI_JABATAN', 'PDHTAPS'] },
      source: 'PerBKN 6/2022 contoh 18b (TV-21)',
    },
  ],
  evaluate(input, options) {
    const id = HUKUMAN_BEBERAPA_PELANGGARAN_RULE_ID;
    pastikanBerlaku(id, options.asOf);
    const reasons: Reason[] = [];
    let tingkat: TingkatHukuman = 'RINGAN';
    input.pelanggaran.forEach((p, i) => {
      const t = tingkatPelanggaran(id, p, options, i);
      reasons.push(t.reason);
      if (TINGKAT_HUKUMAN.indexOf(t.tingkat) > TINGKAT_HUKUMAN.indexOf(tingkat)) tingkat = t.tingkat;
    });
    reasons.push(
      reason(id, `${id}.terberat`, 'INFO', [{ regulation: 'PERBKN_6_2022', annex: 'Lampiran, contoh kasus 18b' }], {
        jumlahPelanggaran: input.pelanggaran.length,
        tingkat,
      }),
    );
    return decision(terapkanPengulangan(id, tingkat, input.hukumanTerakhir, reasons), reasons);
  },
});

/** Several breaches in one examination → one hukuman at the heaviest tingkat (PerBKN 6/2022 contoh 18b). */
export const hukumanBeberapaPelanggaran = hukumanBeberapaPelanggaranRule.run;

/** Input of {@link hukumanBeberapaPelanggaran}, as callers write it (a deeply readonly value is accepted too). */
export type HukumanBeberapaPelanggaranInput = RuleInputOf<typeof hukumanBeberapaPelanggaranRule>;
/** Options of {@link hukumanBeberapaPelanggaran}. */
export type HukumanBeberapaPelanggaranOptions = RuleOptionsOf<typeof hukumanBeberapaPelanggaranRule>;
/** The value of {@link hukumanBeberapaPelanggaran}'s decision. */
export type HukumanBeberapaPelanggaranOutput = RuleOutputOf<typeof hukumanBeberapaPelanggaranRule>;
