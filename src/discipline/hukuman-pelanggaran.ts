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

export const HUKUMAN_PELANGGARAN_RULE_ID = 'discipline.hukumanPelanggaran';
export const HUKUMAN_BEBERAPA_PELANGGARAN_RULE_ID = 'discipline.hukumanBeberapaPelanggaran';

/** Jabatan of the PNS, where the tingkat depends on it (kewajiban LHKPN, Pasal 4 huruf e). */
export const JABATAN_PELAKU = deepFreeze(['JPT', 'ADMINISTRATOR', 'FUNGSIONAL', 'PEJABAT_LAINNYA'] as const);
export type JabatanPelaku = (typeof JABATAN_PELAKU)[number];

/**
 * How a breach maps to a tingkat: by dampak (a dampak missing from the map has no tingkat in the sources:
 * setting `dampakTidakTercantum`), fixed (with the regulation's condition, if it states one other than a
 * dampak), by jabatan, or by a setting (no tingkat in the sources for any dampak).
 */
export type AturanTingkat =
  | { jenis: 'DAMPAK'; tingkat: Partial<Record<Dampak, TingkatHukuman>> }
  | { jenis: 'TETAP'; tingkat: TingkatHukuman; syarat?: string }
  | { jenis: 'JABATAN'; tingkat: Record<JabatanPelaku, TingkatHukuman> }
  | { jenis: 'PENGATURAN'; setting: 'tingkatIkutKampanye' };

export interface Ketentuan {
  /** Pasal 3–4: kewajiban (sanctions in Pasal 9–11); Pasal 5: larangan (Pasal 12–14). */
  sifat: 'KEWAJIBAN' | 'LARANGAN';
  pasal: string;
  /**
   * The words of the kewajiban or larangan as PP 94/2021 Pasal 3–5 words them (from transcriptions of the
   * promulgated text; sources in docs/sources/violations.md). Pasal 5 huruf n angka 1–7 carry the angka
   * only; the chapeau is {@link PASAL_5_N_POKOK}.
   */
  uraian: string;
  aturan: AturanTingkat;
}

const RSB = { UNIT_KERJA: 'RINGAN', INSTANSI: 'SEDANG', NEGARA: 'BERAT' } as const;
const RS = { UNIT_KERJA: 'RINGAN', INSTANSI: 'SEDANG' } as const;
const dampak = (tingkat: Partial<Record<Dampak, TingkatHukuman>>): AturanTingkat => ({ jenis: 'DAMPAK', tingkat });
const tetap = (tingkat: TingkatHukuman, syarat?: string): AturanTingkat =>
  syarat === undefined ? { jenis: 'TETAP', tingkat } : { jenis: 'TETAP', tingkat, syarat };
const k = (pasal: string, uraian: string, aturan: AturanTingkat): Ketentuan => ({ sifat: 'KEWAJIBAN', pasal, uraian, aturan });
const l = (pasal: string, uraian: string, aturan: AturanTingkat): Ketentuan => ({ sifat: 'LARANGAN', pasal, uraian, aturan });
const PPK = 'Pejabat Pembina Kepegawaian';

/** The chapeau of PP 94/2021 Pasal 5 huruf n; angka 1–7 complete it ("dengan cara: …"). */
export const PASAL_5_N_POKOK =
  'memberikan dukungan kepada calon Presiden/Wakil Presiden, calon Kepala Daerah/Wakil Kepala Daerah, calon anggota Dewan Perwakilan Rakyat, calon anggota Dewan Perwakilan Daerah, atau calon anggota Dewan Perwakilan Rakyat Daerah dengan cara';

/**
 * Kewajiban (Pasal 3–4) and larangan (Pasal 5) of PP 94/2021, in the regulation's words, and the tingkat for
 * each dampak (Pasal 9–14), from transcriptions of the promulgated text [S/I; no cell is P: the salinan of
 * Pasal 9–14 was not read]. Pasal 4 huruf f (masuk kerja) is decided by {@link hukumanKetidakhadiran}.
 * Pasal 5 huruf e (foreign company, consultant or NGO) is always berat (Pasal 14 lists it with no dampak).
 * Sources and grades of every row and cell: docs/sources/violations.md.
 */
export const KETENTUAN_DISIPLIN = deepFreeze({
  PASAL_3_A: k(
    'Pasal 3 huruf a',
    'setia dan taat sepenuhnya kepada Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, Negara Kesatuan Republik Indonesia, dan Pemerintah',
    tetap('BERAT', 'apabila pelanggaran berdampak negatif pada Unit Kerja, instansi, dan/atau negara'),
  ),
  PASAL_3_B: k(
    'Pasal 3 huruf b',
    'menjaga persatuan dan kesatuan bangsa',
    dampak({ UNIT_KERJA: 'SEDANG', INSTANSI: 'SEDANG', NEGARA: 'BERAT' }),
  ),
  PASAL_3_C: k('Pasal 3 huruf c', 'melaksanakan kebijakan yang ditetapkan oleh pejabat pemerintah yang berwenang', dampak(RSB)),
  PASAL_3_D: k('Pasal 3 huruf d', 'menaati ketentuan peraturan perundang-undangan', dampak(RSB)),
  PASAL_3_E: k(
    'Pasal 3 huruf e',
    'melaksanakan tugas kedinasan dengan penuh pengabdian, kejujuran, kesadaran, dan tanggung jawab',
    dampak(RSB),
  ),
  PASAL_3_F: k(
    'Pasal 3 huruf f',
    'menunjukkan integritas dan keteladanan dalam sikap, perilaku, ucapan, dan tindakan kepada setiap orang, baik di dalam maupun di luar kedinasan',
    dampak(RSB),
  ),
  PASAL_3_G: k(
    'Pasal 3 huruf g',
    'menyimpan rahasia jabatan dan hanya dapat mengemukakan rahasia jabatan sesuai dengan ketentuan peraturan perundang-undangan',
    dampak(RSB),
  ),
  PASAL_3_H: k('Pasal 3 huruf h', 'bersedia ditempatkan di seluruh wilayah Negara Kesatuan Republik Indonesia', dampak(RSB)),
  PASAL_4_A: k(
    'Pasal 4 huruf a',
    'menghadiri dan mengucapkan sumpah/janji PNS',
    tetap('SEDANG', 'apabila pelanggaran dilakukan tanpa alasan yang sah'),
  ),
  PASAL_4_B: k(
    'Pasal 4 huruf b',
    'menghadiri dan mengucapkan sumpah/janji jabatan',
    tetap('SEDANG', 'apabila pelanggaran dilakukan tanpa alasan yang sah'),
  ),
  PASAL_4_C: k(
    'Pasal 4 huruf c',
    'mengutamakan kepentingan negara daripada kepentingan pribadi, seseorang, dan/atau golongan',
    dampak(RSB),
  ),
  PASAL_4_D: k(
    'Pasal 4 huruf d',
    'melaporkan dengan segera kepada atasannya apabila mengetahui ada hal yang dapat membahayakan keamanan negara atau merugikan keuangan negara',
    dampak({ INSTANSI: 'SEDANG', NEGARA: 'BERAT' }),
  ),
  PASAL_4_E: k(
    'Pasal 4 huruf e',
    'melaporkan harta kekayaan kepada pejabat yang berwenang sesuai dengan ketentuan peraturan perundang-undangan',
    { jenis: 'JABATAN', tingkat: { ADMINISTRATOR: 'SEDANG', FUNGSIONAL: 'SEDANG', JPT: 'BERAT', PEJABAT_LAINNYA: 'BERAT' } },
  ),
  PASAL_4_G: k('Pasal 4 huruf g', 'menggunakan dan memelihara barang milik negara dengan sebaik-baiknya', dampak(RS)),
  PASAL_4_H: k('Pasal 4 huruf h', 'memberikan kesempatan kepada bawahan untuk mengembangkan kompetensi', dampak(RS)),
  PASAL_4_I: k(
    'Pasal 4 huruf i',
    'menolak segala bentuk pemberian yang berkaitan dengan tugas dan fungsi kecuali penghasilan sesuai dengan ketentuan peraturan perundang-undangan',
    tetap('BERAT'),
  ),
  PASAL_5_A: l('Pasal 5 huruf a', 'menyalahgunakan wewenang', tetap('BERAT')),
  PASAL_5_B: l(
    'Pasal 5 huruf b',
    'menjadi perantara untuk mendapatkan keuntungan pribadi dan/atau orang lain dengan menggunakan kewenangan orang lain yang diduga terjadi konflik kepentingan dengan jabatan',
    tetap('BERAT'),
  ),
  PASAL_5_C: l('Pasal 5 huruf c', 'menjadi pegawai atau bekerja untuk negara lain', tetap('BERAT')),
  PASAL_5_D: l(
    'Pasal 5 huruf d',
    `bekerja pada lembaga atau organisasi internasional tanpa izin atau tanpa ditugaskan oleh ${PPK}`,
    tetap('BERAT'),
  ),
  PASAL_5_E: l(
    'Pasal 5 huruf e',
    `bekerja pada perusahaan asing, konsultan asing, atau lembaga swadaya masyarakat asing kecuali ditugaskan oleh ${PPK}`,
    tetap('BERAT'),
  ),
  PASAL_5_F: l(
    'Pasal 5 huruf f',
    'memiliki, menjual, membeli, menggadaikan, menyewakan, atau meminjamkan barang baik bergerak atau tidak bergerak, dokumen, atau surat berharga milik negara secara tidak sah',
    dampak(RSB),
  ),
  PASAL_5_G: l(
    'Pasal 5 huruf g',
    'melakukan pungutan di luar ketentuan',
    dampak({ UNIT_KERJA: 'SEDANG', INSTANSI: 'SEDANG', NEGARA: 'BERAT' }),
  ),
  PASAL_5_H: l('Pasal 5 huruf h', 'melakukan kegiatan yang merugikan negara', dampak(RS)),
  PASAL_5_I: l('Pasal 5 huruf i', 'bertindak sewenang-wenang terhadap bawahan', dampak(RS)),
  PASAL_5_J: l('Pasal 5 huruf j', 'menghalangi berjalannya tugas kedinasan', dampak(RS)),
  PASAL_5_K: l('Pasal 5 huruf k', 'menerima hadiah yang berhubungan dengan jabatan dan/atau pekerjaan', tetap('BERAT')),
  PASAL_5_L: l('Pasal 5 huruf l', 'meminta sesuatu yang berhubungan dengan jabatan', tetap('BERAT')),
  PASAL_5_M: l(
    'Pasal 5 huruf m',
    'melakukan tindakan atau tidak melakukan tindakan yang dapat mengakibatkan kerugian bagi yang dilayani',
    dampak({ INSTANSI: 'SEDANG' }),
  ),
  PASAL_5_N_1: l('Pasal 5 huruf n angka 1', 'ikut kampanye', { jenis: 'PENGATURAN', setting: 'tingkatIkutKampanye' }),
  PASAL_5_N_2: l('Pasal 5 huruf n angka 2', 'menjadi peserta kampanye dengan menggunakan atribut partai atau atribut PNS', tetap('SEDANG')),
  PASAL_5_N_3: l('Pasal 5 huruf n angka 3', 'sebagai peserta kampanye dengan mengerahkan PNS lain', tetap('BERAT')),
  PASAL_5_N_4: l('Pasal 5 huruf n angka 4', 'sebagai peserta kampanye dengan menggunakan fasilitas negara', tetap('BERAT')),
  PASAL_5_N_5: l(
    'Pasal 5 huruf n angka 5',
    'membuat keputusan dan/atau tindakan yang menguntungkan atau merugikan salah satu pasangan calon sebelum, selama, dan sesudah masa kampanye',
    tetap('BERAT'),
  ),
  PASAL_5_N_6: l(
    'Pasal 5 huruf n angka 6',
    'mengadakan kegiatan yang mengarah kepada keberpihakan terhadap pasangan calon yang menjadi peserta pemilu sebelum, selama, dan sesudah masa kampanye meliputi pertemuan, ajakan, himbauan, seruan, atau pemberian barang kepada PNS dalam lingkungan unit kerjanya, anggota keluarga, dan masyarakat',
    tetap('BERAT'),
  ),
  PASAL_5_N_7: l(
    'Pasal 5 huruf n angka 7',
    'memberikan surat dukungan disertai fotokopi Kartu Tanda Penduduk atau Surat Keterangan Tanda Penduduk',
    tetap('BERAT'),
  ),
} as const satisfies Record<string, Ketentuan>);

export type KodeKetentuan = keyof typeof KETENTUAN_DISIPLIN;
export const KODE_KETENTUAN: readonly KodeKetentuan[] = deepFreeze(Object.keys(KETENTUAN_DISIPLIN) as KodeKetentuan[]);
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
