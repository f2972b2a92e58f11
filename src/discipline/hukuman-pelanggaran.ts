import * as z from 'zod/mini';
import { deepFreeze } from '../core/freeze.js';
import type * as z4 from 'zod/v4/core';
import { type Citation, decision, type Reason, reason } from '../core/decision.js';
import { MeritInputError, ownIssue } from '../core/errors.js';
import { defineRule, type RuleInputOf, type RuleOptionsOf, type RuleOutputOf } from '../core/rule.js';
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

/** How a breach maps to a tingkat: by dampak (missing cells are not in the transcriptions), fixed, or by jabatan. */
export type AturanTingkat =
  | { jenis: 'DAMPAK'; tingkat: Partial<Record<Dampak, TingkatHukuman>> }
  | { jenis: 'TETAP'; tingkat: TingkatHukuman }
  | { jenis: 'JABATAN'; tingkat: Record<JabatanPelaku, TingkatHukuman> }
  | { jenis: 'PENGATURAN'; setting: 'tingkatIkutKampanye' };

export interface Ketentuan {
  /** Pasal 3–4: kewajiban (sanctions in Pasal 9–11); Pasal 5: larangan (Pasal 12–14). */
  sifat: 'KEWAJIBAN' | 'LARANGAN';
  pasal: string;
  uraian: string;
  aturan: AturanTingkat;
}

const RSB = { UNIT_KERJA: 'RINGAN', INSTANSI: 'SEDANG', NEGARA: 'BERAT' } as const;
const RS = { UNIT_KERJA: 'RINGAN', INSTANSI: 'SEDANG' } as const;
const dampak = (tingkat: Partial<Record<Dampak, TingkatHukuman>>): AturanTingkat => ({ jenis: 'DAMPAK', tingkat });
const tetap = (tingkat: TingkatHukuman): AturanTingkat => ({ jenis: 'TETAP', tingkat });
const k = (pasal: string, uraian: string, aturan: AturanTingkat): Ketentuan => ({ sifat: 'KEWAJIBAN', pasal, uraian, aturan });
const l = (pasal: string, uraian: string, aturan: AturanTingkat): Ketentuan => ({ sifat: 'LARANGAN', pasal, uraian, aturan });

/**
 * Kewajiban (Pasal 3–4) and larangan (Pasal 5) of PP 94/2021 and the tingkat for each dampak
 * (Pasal 9–14), from transcriptions [S]. Pasal 4 huruf f (masuk kerja) is decided by
 * {@link hukumanKetidakhadiran}. Pasal 5 huruf e is not in the sources read and is left out.
 */
export const KETENTUAN_DISIPLIN = deepFreeze({
  PASAL_3_A: k('Pasal 3 huruf a', 'setia dan taat pada Pancasila, UUD 1945, NKRI dan Pemerintah', tetap('BERAT')),
  PASAL_3_B: k(
    'Pasal 3 huruf b',
    'menjaga persatuan dan kesatuan bangsa',
    dampak({ UNIT_KERJA: 'SEDANG', INSTANSI: 'SEDANG', NEGARA: 'BERAT' }),
  ),
  PASAL_3_C: k('Pasal 3 huruf c', 'melaksanakan kebijakan yang ditetapkan pejabat pemerintah yang berwenang', dampak(RSB)),
  PASAL_3_D: k('Pasal 3 huruf d', 'menaati ketentuan peraturan perundang-undangan', dampak(RSB)),
  PASAL_3_E: k(
    'Pasal 3 huruf e',
    'melaksanakan tugas kedinasan dengan penuh pengabdian, kejujuran, kesadaran dan tanggung jawab',
    dampak(RSB),
  ),
  PASAL_3_F: k('Pasal 3 huruf f', 'menunjukkan integritas dan keteladanan', dampak(RSB)),
  PASAL_3_G: k('Pasal 3 huruf g', 'menyimpan rahasia jabatan', dampak(RSB)),
  PASAL_3_H: k('Pasal 3 huruf h', 'bersedia ditempatkan di seluruh wilayah NKRI', dampak(RSB)),
  PASAL_4_A: k('Pasal 4 huruf a', 'menghadiri dan mengucapkan sumpah/janji PNS (tanpa alasan yang sah)', tetap('SEDANG')),
  PASAL_4_B: k('Pasal 4 huruf b', 'menghadiri dan mengucapkan sumpah/janji jabatan (tanpa alasan yang sah)', tetap('SEDANG')),
  PASAL_4_C: k('Pasal 4 huruf c', 'mengutamakan kepentingan negara', dampak(RSB)),
  PASAL_4_D: k(
    'Pasal 4 huruf d',
    'melaporkan hal yang membahayakan keamanan negara atau merugikan keuangan negara',
    dampak({ INSTANSI: 'SEDANG', NEGARA: 'BERAT' }),
  ),
  PASAL_4_E: k('Pasal 4 huruf e', 'melaporkan harta kekayaan', {
    jenis: 'JABATAN',
    tingkat: { ADMINISTRATOR: 'SEDANG', FUNGSIONAL: 'SEDANG', JPT: 'BERAT', PEJABAT_LAINNYA: 'BERAT' },
  }),
  PASAL_4_G: k('Pasal 4 huruf g', 'menggunakan dan memelihara barang milik negara', dampak(RS)),
  PASAL_4_H: k('Pasal 4 huruf h', 'memberikan kesempatan kepada bawahan untuk mengembangkan kompetensi', dampak(RS)),
  PASAL_4_I: k('Pasal 4 huruf i', 'menolak segala bentuk pemberian yang berkaitan dengan tugas dan fungsi', tetap('BERAT')),
  PASAL_5_A: l('Pasal 5 huruf a', 'menyalahgunakan wewenang', tetap('BERAT')),
  PASAL_5_B: l('Pasal 5 huruf b', 'menjadi perantara untuk keuntungan melalui kewenangan orang lain', tetap('BERAT')),
  PASAL_5_C: l('Pasal 5 huruf c', 'menjadi pegawai atau bekerja untuk negara lain tanpa izin', tetap('BERAT')),
  PASAL_5_D: l('Pasal 5 huruf d', 'bekerja pada lembaga atau organisasi asing tanpa penugasan PPK', tetap('BERAT')),
  PASAL_5_F: l(
    'Pasal 5 huruf f',
    'memiliki, menjual, membeli, menggadaikan, menyewakan atau meminjamkan barang milik negara secara tidak sah',
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
  PASAL_5_K: l('Pasal 5 huruf k', 'menerima hadiah yang berhubungan dengan jabatan', tetap('BERAT')),
  PASAL_5_L: l('Pasal 5 huruf l', 'meminta sesuatu yang berhubungan dengan jabatan', tetap('BERAT')),
  PASAL_5_M: l('Pasal 5 huruf m', 'melakukan tindakan yang dapat merugikan yang dilayani', dampak({ INSTANSI: 'SEDANG' })),
  PASAL_5_N_1: l('Pasal 5 huruf n angka 1', 'ikut kampanye', { jenis: 'PENGATURAN', setting: 'tingkatIkutKampanye' }),
  PASAL_5_N_2: l('Pasal 5 huruf n angka 2', 'menjadi peserta kampanye dengan atribut partai atau atribut PNS', tetap('SEDANG')),
  PASAL_5_N_3: l('Pasal 5 huruf n angka 3', 'menjadi peserta kampanye dengan mengerahkan PNS lain', tetap('BERAT')),
  PASAL_5_N_4: l('Pasal 5 huruf n angka 4', 'menjadi peserta kampanye dengan menggunakan fasilitas negara', tetap('BERAT')),
  PASAL_5_N_5: l(
    'Pasal 5 huruf n angka 5',
    'membuat keputusan atau tindakan yang menguntungkan atau merugikan pasangan calon',
    tetap('BERAT'),
  ),
  PASAL_5_N_6: l('Pasal 5 huruf n angka 6', 'mengadakan kegiatan yang mengarah kepada keberpihakan kepada pasangan calon', tetap('BERAT')),
  PASAL_5_N_7: l('Pasal 5 huruf n angka 7', 'memberikan surat dukungan disertai fotokopi KTP', tetap('BERAT')),
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
/** Huruf known from the sources (pungutan liar: Pasal 13 huruf b and 14 huruf b). */
const HURUF_DIKETAHUI: Partial<Record<KodeKetentuan, Partial<Record<TingkatHukuman, string>>>> = deepFreeze({
  PASAL_5_G: { SEDANG: 'Pasal 13 huruf b', BERAT: 'Pasal 14 huruf b' },
});

export const hukumanPelanggaranOptions = z.object({
  asOf: asOfSchema,
  dampakTidakTercantum: z
    ._default(z.enum(['TINGKAT_TERDEKAT', 'TOLAK']), 'TINGKAT_TERDEKAT')
    .check(
      z.describe(
        'Setting [U]: a dampak with no tingkat in the transcriptions (e.g. berat for Pasal 4 huruf g, h; Pasal 5 huruf h, i, j, m). Preset: the tingkat of the nearest listed dampak; TOLAK raises MeritInputError.',
      ),
    ),
  tingkatIkutKampanye: z
    ._default(z.enum(TINGKAT_HUKUMAN), 'SEDANG')
    .check(z.describe('Setting [U]: tingkat for Pasal 5 huruf n angka 1 "ikut kampanye"; preset SEDANG (Kompas TV paraphrase).')),
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
  const kt = KETENTUAN_DISIPLIN[kode];
  return [
    { regulation: 'PP_94_2021', article: kt.pasal },
    { regulation: 'PP_94_2021', article: HURUF_DIKETAHUI[kode]?.[tingkat] ?? PASAL_SANKSI[kt.sifat][tingkat] },
  ];
}

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
    case 'PENGATURAN':
      return done(options.tingkatIkutKampanye, 'pengaturan');
    case 'JABATAN':
      return done(aturan.tingkat[p.jabatan!], 'jabatan', { jabatan: p.jabatan! });
    case 'DAMPAK': {
      const d = p.dampak!;
      const listed = aturan.tingkat[d];
      if (listed) return done(listed, 'dampak');
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
      const i = DAMPAK.indexOf(d);
      // Nearest listed dampak; on a tie the lighter one.
      const order = [...DAMPAK].sort(
        (a, b) => Math.abs(DAMPAK.indexOf(a) - i) - Math.abs(DAMPAK.indexOf(b) - i) || DAMPAK.indexOf(a) - DAMPAK.indexOf(b),
      );
      const nearest = order.find((x) => aturan.tingkat[x] !== undefined)!;
      return done(aturan.tingkat[nearest]!, 'dampakTidakTercantum', { dampakTerdekat: `DAMPAK_${nearest}` });
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
  notes: [
    {
      id: 'Tabel berasal dari transkripsi Pasal 9–14 (bukan salinan resmi); sel yang kosong diatur oleh pengaturan dampakTidakTercantum.',
      en: 'The table comes from transcriptions of Articles 9–14 (not the official text); empty cells follow the dampakTidakTercantum setting.',
    },
    {
      id: 'Masukan yang ditolak: ketentuan yang tingkatnya bergantung pada dampak atau jabatan tanpa isian itu; hukumanTerakhir PDHTAPS (pemberhentian bersifat tetap, Pasal 8 ayat (4) huruf c: tidak ada pengulangan sebagai PNS).',
      en: 'Refused input: a breach whose tingkat depends on dampak or jabatan without that field; hukumanTerakhir PDHTAPS (a dismissal is permanent, Pasal 8 ayat (4) huruf c: there is no repeat as a PNS).',
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
  notes: [
    {
      id: 'Masukan yang ditolak: daftar pelanggaran kosong atau lebih dari 50 (satu pemeriksaan; PP 94/2021 memuat sekitar 35 kewajiban dan larangan); pelanggaran yang tingkatnya bergantung pada dampak atau jabatan tanpa isian itu (disebut menurut nomor urutnya); hukumanTerakhir PDHTAPS (pemberhentian bersifat tetap).',
      en: 'Refused input: an empty list of breaches or more than 50 (one examination; PP 94/2021 holds about 35 kewajiban and larangan); a breach whose tingkat depends on dampak or jabatan without that field (named by its index); hukumanTerakhir PDHTAPS (a dismissal is permanent).',
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
