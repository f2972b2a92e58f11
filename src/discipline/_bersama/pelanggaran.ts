import * as z from 'zod/mini';
import type * as z4 from 'zod/v4/core';
import { type Citation, type Reason } from '../../core/decision.js';
import { MeritInputError, ownIssue } from '../../core/errors.js';
import { deepFreeze } from '../../core/freeze.js';
import { reasonsOf, type RuleMessages } from '../../core/messages.js';
import { contradiction, superRefineParsed } from '../../core/refine.js';
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
} from '../types.js';
import {
  type AturanTingkat,
  JABATAN_PELAKU,
  type Ketentuan,
  KETENTUAN_DISIPLIN,
  KODE_KETENTUAN,
  type KodeKetentuan,
} from './ketentuan-disiplin.js';
import type { TEKS_TINGKAT_PELANGGARAN } from './teks-pelanggaran.js';
import { asOfSchema } from './versi.js';
import { issueHints } from '../../core/hints.js';

/*
 * What hukumanPelanggaran and hukumanBeberapaPelanggaran share: the input of one breach, the settings, the
 * tingkat of a breach by the matrix (Pasal 9–14) and pengulangan (PerBKN 6/2022 contoh 18c).
 */

/** The two rules that grade breaches by the matrix; each gives the shared reasons under its own id. */
// The two rules that read a violation (a shared part names them, and does not import them).
export type RuleIdPelanggaran = 'discipline.hukumanPelanggaran' | 'discipline.hukumanBeberapaPelanggaran';
const alasanPelanggaran = (ruleId: RuleIdPelanggaran) =>
  reasonsOf<RuleMessages<typeof TEKS_TINGKAT_PELANGGARAN, RuleIdPelanggaran>>(ruleId);

/** A kewajiban/larangan code such as PASAL_3_C; Pasal 4 huruf f (masuk kerja) is hukumanKetidakhadiran's. */
export const kodeKetentuanSchema = z.enum(KODE_KETENTUAN as [KodeKetentuan, ...KodeKetentuan[]]).register(issueHints, {
  note: {
    id: 'Pasal 4 huruf f (masuk kerja) diputuskan oleh hukumanKetidakhadiran',
    en: 'Pasal 4 huruf f (masuk kerja) is decided by hukumanKetidakhadiran',
  },
});

/** Pasal of PP 94/2021 that sets each tingkat for kewajiban and for larangan. */
const PASAL_SANKSI: Record<Ketentuan['sifat'], Record<TingkatHukuman, string>> = deepFreeze({
  KEWAJIBAN: { RINGAN: 'Pasal 9', SEDANG: 'Pasal 10', BERAT: 'Pasal 11' },
  LARANGAN: { RINGAN: 'Pasal 12', SEDANG: 'Pasal 13', BERAT: 'Pasal 14' },
});
/**
 * Huruf known from the sources. Pasal 10 (sedang for kewajiban): ayat (1) huruf a–g = Pasal 3 huruf b–h and
 * ayat (2) huruf a–b = Pasal 4 huruf a–b, verbatim on gurune.net [S]; ayat (2) huruf e = Pasal 4 huruf e
 * (LHKPN; Antara, Kompas.com and DDTC quoting the salinan [S]), so ayat (2) follows the letters of Pasal 4
 * and huruf c, d, g, h are Pasal 4 huruf c, d, g, h [S + inference]. Pasal 11 ayat (2) huruf c = LHKPN [S].
 * Pungutan liar: Pasal 13 huruf b and 14 huruf b (Kompasiana quoting the pasal [S]). Every other cell cites
 * the bare Pasal 9, 11, 12, 13 or 14: their huruf order was not read (one transcription's berat-larangan
 * list even puts pungutan at huruf f).
 */
const HURUF_DIKETAHUI: Partial<Record<KodeKetentuan, Partial<Record<TingkatHukuman, string>>>> = deepFreeze({
  PASAL_3_B: { SEDANG: 'Pasal 10 ayat (1) huruf a' },
  PASAL_3_C: { SEDANG: 'Pasal 10 ayat (1) huruf b' },
  PASAL_3_D: { SEDANG: 'Pasal 10 ayat (1) huruf c' },
  PASAL_3_E: { SEDANG: 'Pasal 10 ayat (1) huruf d' },
  PASAL_3_F: { SEDANG: 'Pasal 10 ayat (1) huruf e' },
  PASAL_3_G: { SEDANG: 'Pasal 10 ayat (1) huruf f' },
  PASAL_3_H: { SEDANG: 'Pasal 10 ayat (1) huruf g' },
  PASAL_4_A: { SEDANG: 'Pasal 10 ayat (2) huruf a' },
  PASAL_4_B: { SEDANG: 'Pasal 10 ayat (2) huruf b' },
  PASAL_4_C: { SEDANG: 'Pasal 10 ayat (2) huruf c' },
  PASAL_4_D: { SEDANG: 'Pasal 10 ayat (2) huruf d' },
  PASAL_4_E: { SEDANG: 'Pasal 10 ayat (2) huruf e', BERAT: 'Pasal 11 ayat (2) huruf c' },
  PASAL_4_G: { SEDANG: 'Pasal 10 ayat (2) huruf g' },
  PASAL_4_H: { SEDANG: 'Pasal 10 ayat (2) huruf h' },
  PASAL_5_G: { SEDANG: 'Pasal 13 huruf b', BERAT: 'Pasal 14 huruf b' },
});

/**
 * The Pasal of PP 94/2021 that sets `tingkat` for a breach of `kode`; `null` for a ketentuan whose tingkat no
 * transcription gives (ikut kampanye: the setting decides, so no Pasal is cited for it).
 */
export function pasalSanksi(kode: KodeKetentuan, tingkat: TingkatHukuman): string | null {
  if (KETENTUAN_DISIPLIN[kode].aturan.jenis === 'PENGATURAN') return null;
  return HURUF_DIKETAHUI[kode]?.[tingkat] ?? PASAL_SANKSI[KETENTUAN_DISIPLIN[kode].sifat][tingkat];
}

/** Why the tingkat of ikut kampanye cites no Pasal of PP 94/2021. */
const TINGKAT_IKUT_KAMPANYE_TIDAK_DITEMUKAN =
  'No transcription of PP 94/2021 Pasal 12–14 read gives a tingkat for Pasal 5 huruf n angka 1 (ikut kampanye); the tingkat is the setting tingkatIkutKampanye (preset sedang, from a Kompas TV paraphrase that may describe angka 2).';

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

export const pelanggaranSchema = z.object({
  ketentuan: kodeKetentuanSchema.check(z.describe('The kewajiban or larangan breached (Pasal 3–5)')),
  dampak: z.optional(dampakSchema).check(z.describe('Dampak negatif: on the unit kerja, the instansi, or the negara/pemerintah')),
  jabatan: z.optional(z.enum(JABATAN_PELAKU)).check(z.describe('Jabatan of the PNS; needed for Pasal 4 huruf e (LHKPN)')),
});
type Pelanggaran = z.output<typeof pelanggaranSchema>;

export function checkPelanggaran(p: Pelanggaran, ctx: z4.$RefinementCtx, path: (string | number)[]) {
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
export function checkHukumanTerakhir(hukumanTerakhir: JenisHukuman | undefined, ctx: z4.$RefinementCtx) {
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

export const hukumanTerakhirSchema = z
  .optional(jenisHukumanSchema)
  .check(
    z.describe('Pengulangan: the last hukuman imposed for the same breach; the new one must be heavier (PDHTAPS, permanent, is refused)'),
  );

/** The value of both violation rules as JSON: the tingkat and the jenis the PyBM may choose from. */
export const hukumanPelanggaranOutput = z.object({
  tingkat: tingkatHukumanSchema,
  jenisPilihan: z
    .array(jenisHukumanSchema)
    .check(
      z.describe('The jenis hukuman the PyBM may choose from, lightest first; after pengulangan only those heavier than hukumanTerakhir'),
    ),
});
/** The tingkat and the jenis the PyBM may choose from, lightest first (PerBKN 6/2022 contoh 18a: motives weigh the choice). */
export type HukumanPelanggaran = z.output<typeof hukumanPelanggaranOutput>;

function citeTingkat(kode: KodeKetentuan, tingkat: TingkatHukuman): Citation[] {
  const pasal = pasalSanksi(kode, tingkat);
  return [
    { regulation: 'PP_94_2021', article: KETENTUAN_DISIPLIN[kode].pasal },
    pasal === null
      ? { regulation: 'PP_94_2021', unlocated: TINGKAT_IKUT_KAMPANYE_TIDAK_DITEMUKAN }
      : { regulation: 'PP_94_2021', article: pasal },
  ];
}

/**
 * The tingkat a dampak map gives for `d`: the listed one, or (setting `dampakTidakTercantum` TINGKAT_TERDEKAT)
 * the one of the nearest listed dampak, the lighter on a tie; `terdekat` names that dampak.
 */
export function tingkatMenurutDampak(
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

/** Tingkat of one breach, with its reason under `ruleId`; `index` is the breach's place in a list, if any. */
export function tingkatPelanggaran(
  ruleId: RuleIdPelanggaran,
  p: Pelanggaran,
  options: Options,
  index: number | null,
): { tingkat: TingkatHukuman; reason: Reason } {
  const alasan = alasanPelanggaran(ruleId);
  const kt = KETENTUAN_DISIPLIN[p.ketentuan];
  const aturan: AturanTingkat = kt.aturan;
  // Dampak facts are prefixed (DAMPAK_…) so they render with this domain's labels.
  const base = { ketentuan: p.ketentuan, pasal: kt.pasal, dampak: p.dampak ? `DAMPAK_${p.dampak}` : null };
  const cite = (tingkat: TingkatHukuman) => citeTingkat(p.ketentuan, tingkat);
  switch (aturan.jenis) {
    case 'TETAP': {
      const tingkat = aturan.tingkat;
      return { tingkat, reason: alasan('tetap', 'APPLIES', cite(tingkat), { ...base, tingkat }) };
    }
    case 'PENGATURAN': {
      const tingkat = options.tingkatIkutKampanye;
      if (tingkat === 'TOLAK')
        throw new MeritInputError(
          [
            ownIssue(index === null ? ['ketentuan'] : ['pelanggaran', index, 'ketentuan'], {
              en: `PP 94/2021 Pasal 12–14, as transcribed, list no tingkat for ${p.ketentuan} (ikut kampanye) (setting tingkatIkutKampanye: TOLAK)`,
              id: `PP 94/2021 Pasal 12–14, menurut transkripsinya, tidak mencantumkan tingkat untuk ${p.ketentuan} (ikut kampanye) (pengaturan tingkatIkutKampanye: TOLAK)`,
            }),
          ],
          ruleId,
        );
      return { tingkat, reason: alasan('pengaturan', 'APPLIES', cite(tingkat), { ...base, tingkat }) };
    }
    case 'JABATAN': {
      const jabatan = p.jabatan!;
      const tingkat = aturan.tingkat[jabatan];
      return { tingkat, reason: alasan('jabatan', 'APPLIES', cite(tingkat), { ...base, jabatan, tingkat }) };
    }
    case 'DAMPAK': {
      const d = p.dampak!;
      const t = tingkatMenurutDampak(aturan.tingkat, d);
      if (t.terdekat === null)
        return { tingkat: t.tingkat, reason: alasan('dampak', 'APPLIES', cite(t.tingkat), { ...base, tingkat: t.tingkat }) };
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
      const facts = { ...base, dampakTerdekat: `DAMPAK_${t.terdekat}`, tingkat: t.tingkat };
      return { tingkat: t.tingkat, reason: alasan('dampakTidakTercantum', 'APPLIES', cite(t.tingkat), facts) };
    }
  }
}

const PENGULANGAN: Citation[] = deepFreeze([{ regulation: 'PERBKN_6_2022', annex: 'Lampiran, contoh kasus 18c' }]);

/** Applies pengulangan: only jenis heavier than the last hukuman for the same breach. */
export function terapkanPengulangan(
  ruleId: RuleIdPelanggaran,
  tingkat: TingkatHukuman,
  hukumanTerakhir: JenisHukuman | undefined,
  reasons: Reason[],
): HukumanPelanggaran {
  const alasan = alasanPelanggaran(ruleId);
  const pilihan = jenisPadaTingkat(tingkat);
  if (hukumanTerakhir === undefined) return { tingkat, jenisPilihan: pilihan };
  const heavier = pilihan.filter((j) => lebihBerat(j, hukumanTerakhir));
  if (heavier.length > 0) {
    reasons.push(alasan('pengulangan', 'APPLIES', PENGULANGAN, { hukumanTerakhir, tingkat }));
    return { tingkat, jenisPilihan: heavier };
  }
  const next = hukumanLebihBeratBerikutnya(hukumanTerakhir)!; // PDHTAPS, the heaviest, is refused as hukumanTerakhir
  reasons.push(alasan('pengulanganNaikTingkat', 'APPLIES', PENGULANGAN, { hukumanTerakhir, hukuman: next, tingkat: tingkatHukuman(next) }));
  return { tingkat: tingkatHukuman(next), jenisPilihan: [next] };
}
