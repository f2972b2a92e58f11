import { formatBand } from '../../core/bands.js';
import { Decimal, formatFixed, toPlainString } from '../../core/decimal.js';
import { type Citation, decision, type Reason } from '../../core/decision.js';
import { deepFreeze } from '../../core/freeze.js';
import { reasonsOf } from '../../core/messages.js';
import { defineRule, type RuleOutputOf } from '../../core/rule.js';
import { formulaTable, scaleTable } from '../../core/tables.js';
import { entriKamus, KAMUS_CITATION } from '../_bersama/kamus-kompetensi.js';
import { type GapKompetensi, hitungJpm } from '../_bersama/jpm.js';
import { namaKompetensi } from '../_bersama/profil.js';
import type { LevelKompetensi } from '../types.js';
import { CONTOH_JOB_PERSON_MATCH } from './contoh.js';
import type { JOB_PERSON_MATCH_MESSAGES } from './messages.js';
import { CITE_RUMUS_JPM } from '../_bersama/kutipan.js';
import {
  AMBANG_KATEGORI_JPM_PRESET,
  BAND_PEMETAAN,
  BAND_PENGISIAN,
  bandJpm,
  CITE_BAND_PENGISIAN,
  CITE_KATEGORI,
  type JobPersonMatch,
  jobPersonMatchInput,
  jobPersonMatchOptions,
  jobPersonMatchOutput,
  type RekomendasiPengembangan,
} from './skema.js';

export const JOB_PERSON_MATCH_RULE_ID = 'competency.jobPersonMatch';
const alasan = reasonsOf<typeof JOB_PERSON_MATCH_MESSAGES>(JOB_PERSON_MATCH_RULE_ID);

// Shared by every decision's reasons: frozen, so no caller can change what the next decision cites.
const CITE_RUMUS = CITE_RUMUS_JPM;
const CITE_STANDAR: Citation[] = deepFreeze([{ regulation: 'PERMENPANRB_38_2017', article: 'Pasal 1 angka 1' }]);
const CITE_KAMUS: Citation[] = deepFreeze([KAMUS_CITATION]);

function rekomendasi(gap: readonly GapKompetensi[]): RekomendasiPengembangan[] {
  return gap
    .filter((g) => g.selisih < 0)
    .map((g) => {
      const entry = entriKamus(g.kompetensi);
      return {
        kompetensi: g.kompetensi,
        kelompok: g.kelompok,
        dariLevel: g.aktual,
        keLevel: g.standar,
        targetPerilaku: entry ? entry.level[g.standar as LevelKompetensi] : null,
      };
    });
}

const kategoriColumns = { range: 'JPM (%)', values: ['kategori'] };

export const jobPersonMatchRule = defineRule({
  id: JOB_PERSON_MATCH_RULE_ID,
  domain: 'competency',
  title: { id: 'Job Person Match (JPM) dan kesenjangan kompetensi', en: 'Job Person Match (JPM) and competency gaps' },
  description: {
    id: 'Membandingkan level kompetensi yang dicapai dengan Standar Kompetensi Jabatan: JPM = Σ nilai capaian ÷ Σ level standar × 100 %, kategori menurut tujuan penilaian (pemetaan: Optimal/Cukup Optimal/Kurang Optimal; pengisian jabatan: MS/MMS/KMS), daftar kesenjangan per kompetensi dan saran pengembangan.',
    en: 'Compares achieved competency levels with the job competency standard: JPM = Σ achieved ÷ Σ standard levels × 100 %, a category by assessment purpose (mapping: Optimal/Cukup Optimal/Kurang Optimal; filling a post: MS/MMS/KMS), a per-competency gap list and development recommendations.',
  },
  citations: [...CITE_STANDAR, ...CITE_RUMUS, ...CITE_KATEGORI.PEMETAAN, ...CITE_BAND_PENGISIAN],
  tables: [
    formulaTable({ id: 'Rumus JPM', en: 'JPM formula' }, [
      ['JPM', 'Σ nilai capaian ÷ Σ level standar × 100 %', CITE_RUMUS],
      ['batasiCapaianPadaStandar', 'nilai capaian per kompetensi = min(aktual, standar) (setting, bawaan tidak)', CITE_RUMUS],
      ['batasiJpmPada100', 'JPM = min(JPM, 100 %) (setting, bawaan tidak)', CITE_RUMUS],
      [
        'kategori',
        'rentang JPM eksak pada tabel skema (batas bawah inklusif; ambang: setting ambangPemetaan / ambangPengisian)',
        [...CITE_KATEGORI.PEMETAAN, ...CITE_KATEGORI.PENGISIAN_JABATAN],
      ],
    ]),
    scaleTable(
      {
        id: 'Kategori JPM untuk pemetaan kompetensi (bawaan setting ambangPemetaan)',
        en: 'JPM categories for competency mapping (preset of setting ambangPemetaan)',
      },
      BAND_PEMETAAN,
      kategoriColumns,
    ),
    scaleTable(
      {
        id: 'Kategori JPM untuk pengisian jabatan (bawaan setting ambangPengisian)',
        en: 'JPM categories for filling a post (preset of setting ambangPengisian)',
      },
      BAND_PENGISIAN,
      kategoriColumns,
    ),
  ],
  input: jobPersonMatchInput,
  options: jobPersonMatchOptions,
  output: jobPersonMatchOutput,
  notes: [
    {
      id: `Setting ambangPemetaan (bawaan ${AMBANG_KATEGORI_JPM_PRESET.PEMETAAN.optimal}/${AMBANG_KATEGORI_JPM_PRESET.PEMETAAN.cukupOptimal}, batas bawah inklusif): ambang Optimal / Cukup Optimal / Kurang Optimal hanya ditemukan pada Peraturan BRIN 3/2023 Pasal 33 ayat (1)–(3), peraturan instansi (BRIN) untuk penilaian kompetensi di lingkungannya sendiri, bukan peraturan nasional; teksnya dibaca (tingkat P untuk BRIN). Tidak ada sumber yang menempatkannya pada Peraturan BKN 26/2019 (hanya dibaca sampai Pasal 3), sehingga ambang ini setting, bukan ketentuan nasional.`,
      en: `Setting ambangPemetaan (preset ${AMBANG_KATEGORI_JPM_PRESET.PEMETAAN.optimal}/${AMBANG_KATEGORI_JPM_PRESET.PEMETAAN.cukupOptimal}, lower bounds inclusive): the Optimal / Cukup Optimal / Kurang Optimal thresholds are located only in Peraturan BRIN 3/2023 Pasal 33 ayat (1)–(3), an agency regulation (BRIN, for its own assessments), not a national one; its text was read (grade P for BRIN). No source places them in Peraturan BKN 26/2019 (read only to Pasal 3), so they are a setting, not national law.`,
    },
    {
      id: `Setting ambangPengisian (bawaan ${AMBANG_KATEGORI_JPM_PRESET.PENGISIAN_JABATAN.memenuhiSyarat}/${AMBANG_KATEGORI_JPM_PRESET.PENGISIAN_JABATAN.masihMemenuhiSyarat}, batas bawah inklusif): ambang MS / MMS / KMS dibaca pada Lampiran D angka 1 sebuah peraturan JF "Nomor 35 Tahun 2020" (penerbit tidak teridentifikasi) dan pada aplikasi asesmen (tingkat S/I); pasalnya dalam peraturan nasional belum ditemukan.`,
      en: `Setting ambangPengisian (preset ${AMBANG_KATEGORI_JPM_PRESET.PENGISIAN_JABATAN.memenuhiSyarat}/${AMBANG_KATEGORI_JPM_PRESET.PENGISIAN_JABATAN.masihMemenuhiSyarat}, lower bounds inclusive): the MS / MMS / KMS thresholds were read in Lampiran D angka 1 of a JF regulation "Nomor 35 Tahun 2020" (issuer not identified) and in assessment applications (grade S/I); no article of a national regulation is located for them.`,
    },
    {
      id: 'Rumus JPM (Σ nilai capaian ÷ Σ level standar × 100 %) dibaca pada peraturan JF yang sama dan templat laporan BKN yang direproduksi aplikasi asesmen; pasal atau lampiran Peraturan BKN 26/2019 yang memuatnya belum ditemukan. Dengan ambang lain, setiap kategori tetap menyebut dasar barisnya dan alasan kategori menunjukkan rentang yang dipakai.',
      en: 'The JPM formula (Σ achieved ÷ Σ standard levels × 100 %) was read in the same JF regulation and in the BKN report template reproduced by assessment applications; the article or Lampiran of Peraturan BKN 26/2019 holding it is not located. With other thresholds each category keeps the basis of its row, and the kategori reason shows the range used.',
    },
    {
      id: 'Kategori ditetapkan dari nilai JPM eksak (jumlahAktual ÷ jumlahStandar × 100, persenTanpaBatas). JPM ditampilkan paling tinggi 100 % (persen); bagian di atasnya, dari level capaian di atas standar, adalah surplusPersen (persen + surplusPersen = persenTanpaBatas). Setiap nilai eksak punya teks 2 desimal (…Display, pembulatan setengah ke atas).',
      en: 'The category is decided on the exact JPM (jumlahAktual ÷ jumlahStandar × 100, persenTanpaBatas). JPM is shown as at most 100 % (persen); the part above it, from achieved levels above the standard, is surplusPersen (persen + surplusPersen = persenTanpaBatas). Each exact value has a 2-decimal text (…Display, rounded half up).',
    },
    {
      id: 'batasiCapaianPadaStandar (bawaan false) dan batasiJpmPada100 (bawaan false): tidak ada teks peraturan yang menyatakan apakah kelebihan level dihitung atau JPM dibatasi 100 %.',
      en: 'batasiCapaianPadaStandar (preset false) and batasiJpmPada100 (preset false): no regulation text read says whether a surplus counts or JPM is capped at 100 %.',
    },
    {
      id: 'Ditolak sebagai masukan yang mustahil: standar tanpa kompetensi (JPM tidak terdefinisi); kompetensi standar tanpa level capaian (tidak dinilai; level yang tidak ditunjukkan diisi 0); level standar di luar 1–5 atau capaian di luar 0–5, atau pecahan (kamus PermenPANRB 38/2017 tidak mengenal level lain). Karena itu JPM selalu 0–500 %. Pengaturan yang ditolak: ambang yang tidak berurutan (optimal harus lebih besar daripada cukupOptimal, memenuhiSyarat daripada masihMemenuhiSyarat), batas bawah tengah 0, atau ambang di luar 0–500 %, karena satu kategori akan kosong atau tidak tercapai.',
      en: 'Refused as impossible input: a standard without any competency (JPM undefined); a competency of the standard without an achieved level (not assessed; a level not shown is given as 0); a standard level outside 1–5 or an achieved level outside 0–5, or a fraction (the PermenPANRB 38/2017 kamus has no other levels). Hence JPM is always 0–500 %. Refused settings: thresholds out of order (optimal must be greater than cukupOptimal, memenuhiSyarat than masihMemenuhiSyarat), a middle lower bound of 0, or a threshold outside 0–500 %, since a category would be empty or unreachable.',
    },
  ],
  examples: CONTOH_JOB_PERSON_MATCH,
  evaluate(input, options) {
    const { skema } = options;
    const core = hitungJpm(input.standar, input.aktual, options);
    const band = bandJpm(core.persenEksak, skema, options);
    const persen = formatFixed(core.persenEksak, 2);
    const reasons: Reason[] = [];

    for (const g of core.gap) {
      reasons.push(
        alasan('kompetensi', g.selisih < 0 ? 'FAIL' : 'PASS', g.kelompok === 'TEKNIS' ? CITE_STANDAR : CITE_KAMUS, {
          kompetensi: namaKompetensi(g.kompetensi),
          kelompok: g.kelompok,
          standar: g.standar,
          aktual: g.aktual,
          selisih: g.selisih,
        }),
      );
    }
    const ignored = Object.keys(input.aktual)
      .filter((k) => !Object.hasOwn(input.standar, k))
      .sort();
    if (ignored.length > 0) reasons.push(alasan('diabaikan', 'INFO', CITE_STANDAR, { kompetensi: ignored.join(', ') }));
    reasons.push(
      alasan('rumus', 'INFO', CITE_RUMUS, {
        jumlahAktual: core.jumlahAktual,
        jumlahStandar: core.jumlahStandar,
        // The formula's own result; under batasiJpmPada100 the next reason caps it (30 ÷ 27 reads 111.11, not 100.00).
        persen: formatFixed(core.persenTercapai, 2),
        batasiCapaianPadaStandar: options.batasiCapaianPadaStandar,
      }),
    );
    // Shown as at most 100 %: the surplus (levels above the standard) is its own value.
    const persenTampil = Decimal.min(core.persenTercapai, 100);
    const surplus = Decimal.max(core.persenTercapai.minus(100), 0);
    if (options.batasiJpmPada100 && core.persenTercapai.greaterThan(100)) {
      reasons.push(alasan('batasAkhir', 'INFO', CITE_RUMUS, { persenMentah: formatFixed(core.persenTercapai, 2) }));
    } else if (surplus.greaterThan(0)) {
      const kompetensi = core.gap.filter((g) => g.selisih > 0).map((g) => namaKompetensi(g.kompetensi));
      reasons.push(
        alasan('surplus', 'INFO', CITE_RUMUS, {
          persenTanpaBatas: formatFixed(core.persenTercapai, 2),
          surplusPersen: formatFixed(surplus, 2),
          kompetensi: kompetensi.join(', '),
        }),
      );
    }
    reasons.push(alasan('kategori', 'APPLIES', band.dasar, { persen, rentang: formatBand(band), skema, kategori: band.value }));

    const kekurangan = core.gap
      .filter((g) => g.selisih < 0)
      .sort((a, b) => a.selisih - b.selisih)
      .map((g) => g.kompetensi);
    const kelebihan = core.gap.filter((g) => g.selisih > 0).map((g) => g.kompetensi);
    return decision<JobPersonMatch>(
      {
        persen: toPlainString(persenTampil),
        persenDisplay: formatFixed(persenTampil, 2),
        surplusPersen: toPlainString(surplus),
        surplusPersenDisplay: formatFixed(surplus, 2),
        persenTanpaBatas: toPlainString(core.persenTercapai),
        persenTanpaBatasDisplay: formatFixed(core.persenTercapai, 2),
        kategori: band.value,
        skema,
        jumlahAktual: core.jumlahAktual,
        jumlahStandar: core.jumlahStandar,
        gap: core.gap,
        kekurangan,
        kelebihan,
        rekomendasiPengembangan: rekomendasi(core.gap),
      },
      reasons,
    );
  },
});

/**
 * Job Person Match: JPM = Σ achieved levels ÷ Σ standard levels × 100, its category under the chosen
 * scheme, the gap per competency and development recommendations.
 *
 * @example
 * jobPersonMatch({ standar: standarKompetensiPreset('ADMINISTRATOR'), aktual }, { skema: 'PENGISIAN_JABATAN' }).value.kategori
 * @throws MeritInputError when a level is outside 1–5 (standard) / 0–5 (achieved) or an achieved level is missing.
 */
export const jobPersonMatch = jobPersonMatchRule.run;

/** The value of {@link jobPersonMatch}'s decision. */
export type JobPersonMatchOutput = RuleOutputOf<typeof jobPersonMatchRule>;

export {
  AMBANG_KATEGORI_JPM_PRESET,
  type AmbangKategoriJpm,
  BAND_JPM,
  BAND_PEMETAAN,
  BAND_PENGISIAN,
  bandJpm,
  bandsJpm,
  CITE_KATEGORI,
  type JobPersonMatch,
  jobPersonMatchInput,
  type JobPersonMatchInput,
  jobPersonMatchOptions,
  type JobPersonMatchOptions,
  jobPersonMatchOutput,
  JPM_MAKSIMUM,
  kategoriJpm,
  PENGATURAN_KATEGORI_JPM,
  type RekomendasiPengembangan,
} from './skema.js';
export type { GapKompetensi } from '../_bersama/jpm.js';
