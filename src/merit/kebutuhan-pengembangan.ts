import * as z from 'zod/mini';
import { namaKompetensi } from '../competency/_bersama/profil.js';
import { REKOMENDASI_TALENTA } from '../competency/kotak-talenta/tabel.js';
import { decision, type Reason } from '../core/decision.js';
import { deepFreeze } from '../core/freeze.js';
import { reasonsOf } from '../core/messages.js';
import { defineRule, type RuleOptionsOf, type RuleOutputOf } from '../core/rule.js';
import { recordTable } from '../core/tables.js';
import { PREDIKAT, predikatSchema } from '../performance/types.js';
import { CITE_PASAL_205_1, CITE_PASAL_206_2, CITE_PASAL_206_3, CITE_PASAL_207 } from './_bersama/kutipan.js';
import { CITE_KOTAK_PENGEMBANGAN, KEBUTUHAN_OUTPUT, REKOMENDASI_PENGEMBANGAN } from './_bersama/kebutuhan.js';
import { daftarGapSchema } from './_bersama/daftar-gap.js';
import type { KEBUTUHAN_PENGEMBANGAN_MESSAGES } from './kebutuhan-pengembangan.messages.js';

export const KEBUTUHAN_PENGEMBANGAN_RULE_ID = 'merit.kebutuhanPengembangan';
const alasan = reasonsOf<typeof KEBUTUHAN_PENGEMBANGAN_MESSAGES>(KEBUTUHAN_PENGEMBANGAN_RULE_ID);

/** PP 11/2017 Pasal 207: what the agency plan must state, and whether this rule fills it or the plan does. */
export const ISI_RENCANA_PASAL_207 = deepFreeze({
  JENIS_KOMPETENSI: 'huruf a: diisi aturan ini (kebutuhan.kompetensi)',
  TARGET_PNS: 'huruf b: PNS yang dinilai (pemanggil)',
  JENIS_DAN_JALUR: 'huruf c: rencana instansi',
  PENYELENGGARA: 'huruf d: rencana instansi',
  JADWAL: 'huruf e: rencana instansi',
  KESESUAIAN_KURIKULUM: 'huruf f: rencana instansi',
  ANGGARAN: 'huruf g: rencana instansi',
} as const);
/** The Pasal 207 items the agency plan still sets for each need. */
export const ISIAN_RENCANA_INSTANSI = deepFreeze([
  'JENIS_DAN_JALUR',
  'PENYELENGGARA',
  'JADWAL',
  'KESESUAIAN_KURIKULUM',
  'ANGGARAN',
] as const);

/** Preset: the performance ratings that are a performance gap (below Baik; no national threshold read). */
export const PREDIKAT_KESENJANGAN_KINERJA_PRESET = deepFreeze(['BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const);

export const kebutuhanPengembanganInput = z.object({
  tahunRencana: z.int().check(z.minimum(2017), z.maximum(2100), z.describe('Year of the plan (Pasal 205 ayat (3): a plan covers 1 year)')),
  jabatan: z
    .enum(['DIDUDUKI', 'AKAN_DIDUDUKI'])
    .check(z.describe('Whose standard the gap list was measured against: the post held or the post to be held (Pasal 206 ayat (2))')),
  gap: daftarGapSchema,
  predikatKinerja: z.optional(predikatSchema).check(z.describe('Latest performance rating, for the performance gap (Pasal 206 ayat (3))')),
  rekomendasiTalenta: z
    .optional(z.array(z.enum(REKOMENDASI_TALENTA)).check(z.maxLength(REKOMENDASI_TALENTA.length)))
    .check(z.describe('The recommendations of a competency.kotakTalenta result (its value.rekomendasi)')),
});
export type KebutuhanPengembanganInput = z.input<typeof kebutuhanPengembanganInput>;

export const kebutuhanPengembanganOptions = z.object({
  selisihMinimum: z
    ._default(z.int().check(z.minimum(1), z.maximum(5)), 1)
    .check(
      z.describe(
        'Setting: the smallest deficit (levels below standard) that is a development need. Preset 1, any deficit, as jobPersonMatch’s rekomendasiPengembangan; no national threshold read [U]',
      ),
    ),
  predikatKesenjanganKinerja: z
    ._default(z.array(predikatSchema).check(z.maxLength(PREDIKAT.length)), [...PREDIKAT_KESENJANGAN_KINERJA_PRESET])
    .check(
      z.describe(
        'Setting: the performance ratings that are a performance gap. Preset BUTUH_PERBAIKAN, KURANG, SANGAT_KURANG (below Baik); no national threshold read [U]',
      ),
    ),
});

export const kebutuhanPengembanganOutput = z.object({
  tahunRencana: z.int().check(z.describe('Year of the plan')),
  perluPengembangan: z.boolean().check(z.describe('Whether any development need was found')),
  kebutuhan: z
    .array(KEBUTUHAN_OUTPUT)
    .check(z.describe('The needs: per competency (largest deficit first), then performance, then the talent box')),
  kesenjanganKinerja: z.nullable(z.boolean()).check(z.describe('Whether the rating is a performance gap; null without a rating')),
  selarasKotakTalenta: z
    .nullable(z.boolean())
    .check(z.describe('Whether the talent box also asks for development when needs were found from gaps; null without its recommendation')),
  isianRencanaInstansi: z
    .array(z.enum(ISIAN_RENCANA_INSTANSI))
    .check(z.describe('Pasal 207 items the agency plan still sets for each need')),
});

/** A need that names no competency (a performance gap, or the talent box's recommendation), for the post held. */
const kebutuhanTanpaKompetensi = (dasar: 'KESENJANGAN_KINERJA' | 'REKOMENDASI_KOTAK_TALENTA') =>
  ({ dasar, jabatan: 'DIDUDUKI', kompetensi: null, kelompok: null, levelSaatIni: null, levelTarget: null, selisih: null }) as const;

export const kebutuhanPengembanganRule = defineRule({
  id: KEBUTUHAN_PENGEMBANGAN_RULE_ID,
  domain: 'merit',
  title: { id: 'Dari kesenjangan ke kebutuhan pengembangan kompetensi', en: 'From a gap to a competency-development need' },
  description: {
    id: 'Dari daftar kesenjangan Job Person Match (jabatan yang diduduki atau akan diduduki), predikat kinerja dan rekomendasi kotak talenta: kebutuhan pengembangan kompetensi per kompetensi dengan isian yang harus dimuat rencana instansi (PP 11/2017 Pasal 205–207).',
    en: 'From a Job Person Match gap list (post held or to be held), a performance rating and the talent-box recommendation: the competency-development needs per competency, with the items an agency plan must carry (PP 11/2017 Pasal 205–207).',
  },
  citations: [CITE_PASAL_205_1, CITE_PASAL_206_2, CITE_PASAL_206_3, CITE_PASAL_207],
  tables: [
    recordTable(
      { id: 'Isi rencana pengembangan kompetensi (Pasal 207)', en: 'Contents of the development plan (Pasal 207)' },
      ISI_RENCANA_PASAL_207,
      ['isian', 'siapa'],
      (v) => [v],
      () => CITE_PASAL_207,
    ),
    recordTable(
      { id: 'Pemicu kebutuhan', en: 'What triggers a need' },
      {
        KOMPETENSI: 'standar − aktual ≥ selisihMinimum (bawaan 1)',
        KINERJA: 'predikat dalam predikatKesenjanganKinerja (bawaan di bawah Baik)',
        KOTAK_TALENTA: `rekomendasi memuat ${REKOMENDASI_PENGEMBANGAN.join(' atau ')} tanpa kebutuhan lain`,
      },
      ['pemicu', 'syarat'],
      (v) => [v],
      (_, k) => (k === 'KOMPETENSI' ? CITE_PASAL_206_2 : k === 'KINERJA' ? CITE_PASAL_206_3 : CITE_KOTAK_PENGEMBANGAN),
    ),
  ],
  input: kebutuhanPengembanganInput,
  options: kebutuhanPengembanganOptions,
  output: kebutuhanPengembanganOutput,
  notes: deepFreeze([
    {
      id: 'PP 11/2017 Pasal 205–207 (tingkat P, reproduksi BKPSDM): kebutuhan = inventarisasi kompetensi yang perlu ditingkatkan; dasar = analisis kesenjangan kompetensi (profil terhadap standar jabatan yang diduduki dan yang akan diduduki) dan kesenjangan kinerja (hasil penilaian terhadap target); rencana memuat huruf a–g (huruf g terpotong pada salinan). Aturan ini mengisi huruf a; huruf c–g ditetapkan rencana instansi.',
      en: 'PP 11/2017 Pasal 205–207 (grade P, BKPSDM reproduction): needs = an inventory of competencies to raise; based on a competency gap (profile against the standard of the post held and to be held) and a performance gap (appraisal against target); the plan states items a–g (item g cut off in the copy). This rule fills item a; items c–g are set in the agency plan.',
    },
    {
      id: 'Setting selisihMinimum (U) dan predikatKesenjanganKinerja (U): tidak ada ambang nasional. Dengan bawaan, kebutuhan kompetensi sama dengan rekomendasiPengembangan jobPersonMatch (kompetensi, level). Kotak talenta: bila rekomendasinya meminta pengembangan kompetensi atau tugas belajar tanpa kesenjangan lain, kebutuhan dicatat dari kotak itu (dasar PermenPANRB 3/2020, lampiran tidak dibaca), sehingga keduanya tidak bertentangan. Ditolak: selisih yang bukan aktual − standar.',
      en: 'Settings selisihMinimum (U) and predikatKesenjanganKinerja (U): there is no national threshold. With the presets, the competency needs equal jobPersonMatch’s rekomendasiPengembangan (competency, levels). Talent box: when its recommendation asks for competency development or study leave and no other gap exists, a need is recorded from the box (basis PermenPANRB 3/2020, Lampiran not read), so the two never disagree. Refused: a selisih that is not aktual − standar.',
    },
  ]),
  examples: [
    {
      title: { id: 'Dua kompetensi di bawah standar, predikat Baik, kotak 5', en: 'Two competencies below standard, rating Baik, box 5' },
      input: {
        tahunRencana: 2026,
        jabatan: 'DIDUDUKI',
        gap: [
          { kompetensi: 'INTEGRITAS', kelompok: 'MANAJERIAL', standar: 3, aktual: 3, selisih: 0 },
          { kompetensi: 'KERJASAMA', kelompok: 'MANAJERIAL', standar: 3, aktual: 2, selisih: -1 },
          { kompetensi: 'PENGAMBILAN_KEPUTUSAN', kelompok: 'MANAJERIAL', standar: 3, aktual: 1, selisih: -2 },
        ],
        predikatKinerja: 'BAIK',
        rekomendasiTalenta: ['PENEMPATAN_YANG_SESUAI', 'BIMBINGAN_KINERJA', 'PENGEMBANGAN_KOMPETENSI'],
      },
      expected: {
        tahunRencana: 2026,
        perluPengembangan: true,
        kebutuhan: [
          {
            dasar: 'KESENJANGAN_KOMPETENSI',
            jabatan: 'DIDUDUKI',
            kompetensi: 'PENGAMBILAN_KEPUTUSAN',
            kelompok: 'MANAJERIAL',
            levelSaatIni: 1,
            levelTarget: 3,
            selisih: -2,
          },
          {
            dasar: 'KESENJANGAN_KOMPETENSI',
            jabatan: 'DIDUDUKI',
            kompetensi: 'KERJASAMA',
            kelompok: 'MANAJERIAL',
            levelSaatIni: 2,
            levelTarget: 3,
            selisih: -1,
          },
        ],
        kesenjanganKinerja: false,
        selarasKotakTalenta: true,
        isianRencanaInstansi: [...ISIAN_RENCANA_INSTANSI],
      },
      source: 'derived (PP 11/2017 Pasal 206 ayat (2))',
    },
  ],
  evaluate(input, options) {
    const reasons: Reason[] = [];
    const kebutuhan: z.output<typeof KEBUTUHAN_OUTPUT>[] = [];
    const kurang = input.gap.filter((g) => g.selisih < 0).sort((a, b) => a.selisih - b.selisih);
    for (const g of kurang) {
      // A competency by its kamus name, as jobPersonMatch reads it (a code outside the kamus as given).
      const { kelompok, standar, aktual, selisih } = g;
      const fakta = { kompetensi: namaKompetensi(g.kompetensi), kelompok, standar, aktual, selisih };
      if (-g.selisih < options.selisihMinimum) {
        reasons.push(
          alasan('dibawahAmbang', 'INFO', [CITE_PASAL_206_2], {
            kompetensi: fakta.kompetensi,
            selisih: g.selisih,
            selisihMinimum: options.selisihMinimum,
          }),
        );
        continue;
      }
      reasons.push(alasan('kompetensi', 'FAIL', [CITE_PASAL_206_2, CITE_PASAL_205_1], { ...fakta, jabatan: input.jabatan }));
      kebutuhan.push({
        dasar: 'KESENJANGAN_KOMPETENSI',
        jabatan: input.jabatan,
        kompetensi: g.kompetensi,
        kelompok: g.kelompok,
        levelSaatIni: g.aktual,
        levelTarget: g.standar,
        selisih: g.selisih,
      });
    }
    const dariKesenjangan = kebutuhan.length > 0;
    let kesenjanganKinerja: boolean | null = null;
    if (input.predikatKinerja) {
      kesenjanganKinerja = options.predikatKesenjanganKinerja.includes(input.predikatKinerja);
      reasons.push(
        alasan('kinerja', kesenjanganKinerja ? 'FAIL' : 'PASS', [CITE_PASAL_206_3], {
          predikat: input.predikatKinerja,
          ada: kesenjanganKinerja,
        }),
      );
      if (kesenjanganKinerja) kebutuhan.push(kebutuhanTanpaKompetensi('KESENJANGAN_KINERJA'));
    }
    let selarasKotakTalenta: boolean | null = null;
    if (input.rekomendasiTalenta) {
      const minta = input.rekomendasiTalenta.some((r) => (REKOMENDASI_PENGEMBANGAN as readonly string[]).includes(r));
      reasons.push(
        alasan('kotakTalenta', 'INFO', [CITE_KOTAK_PENGEMBANGAN], { rekomendasi: input.rekomendasiTalenta.join(', ') || '—', ada: minta }),
      );
      if (minta && kebutuhan.length === 0) kebutuhan.push(kebutuhanTanpaKompetensi('REKOMENDASI_KOTAK_TALENTA'));
      selarasKotakTalenta = !dariKesenjangan || minta;
    }
    reasons.push(alasan('rencana', 'INFO', [CITE_PASAL_207], { tahunRencana: input.tahunRencana, jumlah: kebutuhan.length }));
    return decision(
      {
        tahunRencana: input.tahunRencana,
        perluPengembangan: kebutuhan.length > 0,
        kebutuhan,
        kesenjanganKinerja,
        selarasKotakTalenta,
        isianRencanaInstansi: [...ISIAN_RENCANA_INSTANSI],
      },
      reasons,
    );
  },
});

/**
 * Development needs from a jobPersonMatch gap list, a performance rating and the talent-box recommendation (PP 11/2017 Pasal 205–207).
 *
 * @example
 * kebutuhanPengembangan({ tahunRencana: 2026, jabatan: 'DIDUDUKI', gap: jobPersonMatch(...).value.gap }).value.kebutuhan
 * @throws MeritInputError when a gap's selisih is not aktual − standar.
 */
export const kebutuhanPengembangan = kebutuhanPengembanganRule.run;

/** Options of {@link kebutuhanPengembangan}. */
export type KebutuhanPengembanganOptions = RuleOptionsOf<typeof kebutuhanPengembanganRule>;
/** The value of {@link kebutuhanPengembangan}'s decision. */
export type KebutuhanPengembanganOutput = RuleOutputOf<typeof kebutuhanPengembanganRule>;
