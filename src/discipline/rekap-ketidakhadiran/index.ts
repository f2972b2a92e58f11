import { isWorkingDay, yearOf } from '../../core/calendar.js';
import { type Citation, decision, type Reason } from '../../core/decision.js';
import { MeritInputError } from '../../core/errors.js';
import { deepFreeze } from '../../core/freeze.js';
import { reasonsOf } from '../../core/messages.js';
import { defineRule, type RuleOptionsOf, type RuleOutputOf } from '../../core/rule.js';
import { formulaTable } from '../../core/tables.js';
import {
  CITATIONS_BERTURUT_TURUT,
  HARI_BERTURUT_TURUT_PDHTAPS,
  HARI_SETAHUN_MAKS,
  hukumanKetidakhadiranDari,
  PASAL_15_AYAT_1,
  PASAL_15_AYAT_2,
  TABEL_BERTURUT_TURUT_HALAMAN,
  TABEL_KUMULATIF_HALAMAN,
} from '../_bersama/ketidakhadiran.js';
import { assertInForce, VERSI_INFO_PP_94_2021 } from '../_bersama/versi.js';
import { hariDariMenit, penghentianGaji, rangkaianTerpanjang, runsOf, tanggalTidakMungkin } from './hitung.js';
import type { REKAP_KETIDAKHADIRAN_MESSAGES } from './messages.js';
import { type RekapKetidakhadiran, rekapKetidakhadiranInput, rekapKetidakhadiranOptions, rekapKetidakhadiranOutput } from './skema.js';

export const REKAP_KETIDAKHADIRAN_RULE_ID = 'discipline.rekapKetidakhadiran';
const alasan = reasonsOf<typeof REKAP_KETIDAKHADIRAN_MESSAGES>(REKAP_KETIDAKHADIRAN_RULE_ID);

const KONVERSI: Citation = deepFreeze({ regulation: 'KMK_5_2022', annex: 'Lampiran (jam kerja)' });
const GAJI_DIHENTIKAN: Citation[] = deepFreeze([PASAL_15_AYAT_2, { regulation: 'PERBKN_6_2022', article: 'Pasal 12 ayat (1)–(2)' }]);

export const rekapKetidakhadiranRule = defineRule({
  id: REKAP_KETIDAKHADIRAN_RULE_ID,
  domain: 'discipline',
  title: { id: 'Rekap hari tidak masuk kerja dalam setahun', en: 'Yearly count of days of unexcused absence' },
  description: {
    id: 'Menghitung hari kerja tidak masuk tanpa alasan yang sah dalam satu tahun kalender dari daftar tanggal (hari libur dan akhir pekan tidak dihitung), mengonversi keterlambatan dan pulang cepat menjadi hari, mencari rangkaian hari kerja berturut-turut terpanjang, lalu menetapkan hukumannya.',
    en: 'Counts the working days of unexcused absence in one calendar year from a list of dates (holidays and weekends are not counted), converts late arrival and early leave into days, finds the longest run of consecutive working days, then sets the penalty.',
  },
  citations: [PASAL_15_AYAT_1, PASAL_15_AYAT_2, KONVERSI],
  versions: VERSI_INFO_PP_94_2021,
  // The year's count is decided under the rules in force at its end (as evaluate checks).
  versionOn: (input) => `${input.tahun}-12-31`,
  tables: [
    formulaTable({ id: 'Langkah penghitungan', en: 'Counting steps' }, [
      ['hariTidakMasuk', 'tanggal tidakMasuk yang merupakan hari kerja dalam tahun (tanggal ganda dihitung sekali)', PASAL_15_AYAT_1],
      ['hariDariKeterlambatan', '⌊menitKeterlambatan ÷ menitPerHari⌋, +1 bila SETENGAH_KE_ATAS dan sisa ≥ ½ menitPerHari', KONVERSI],
      ['sisaMenit', 'menitKeterlambatan − hariDariKeterlambatan × menitPerHari', KONVERSI],
      ['hariKumulatif', `min(hariTidakMasuk + hariDariKeterlambatan, ${HARI_SETAHUN_MAKS})`, PASAL_15_AYAT_1],
      [
        'hariBerturutTurut',
        'rangkaian hari kerja tidak masuk berturut-turut terpanjang yang memuat hari dalam tahun',
        CITATIONS_BERTURUT_TURUT,
      ],
      ['gajiDihentikanMulai', `tanggal 1 bulan sesudah hari kerja ke-${HARI_BERTURUT_TURUT_PDHTAPS} berturut-turut`, GAJI_DIHENTIKAN],
      [
        'hukuman',
        `tabel kumulatif (hariKumulatif), atau PDHTAPS bila hariBerturutTurut ≥ ${HARI_BERTURUT_TURUT_PDHTAPS}`,
        [PASAL_15_AYAT_1, ...CITATIONS_BERTURUT_TURUT],
      ],
    ]),
    TABEL_KUMULATIF_HALAMAN,
    TABEL_BERTURUT_TURUT_HALAMAN,
  ],
  input: rekapKetidakhadiranInput,
  options: rekapKetidakhadiranOptions,
  output: rekapKetidakhadiranOutput,
  notes: [
    {
      id: 'Konversi 7,5 jam keterlambatan/pulang cepat = 1 hari berasal dari KMK 5/KMK.01/2022 (Kemenkeu); keberlakuannya secara nasional dan cara pembulatannya belum dikonfirmasi, sehingga menjadi pengaturan.',
      en: 'The 7.5-hour lateness/early-leave = 1 day conversion comes from KMK 5/KMK.01/2022 (Ministry of Finance); whether it applies nationally and how partial days are rounded are unconfirmed, so it is a setting.',
    },
    {
      id: 'Masukan yang ditolak: tanggal tidak masuk di luar tahun, kecuali bagian dari rangkaian hari kerja berturut-turut yang berlanjut ke tahun itu (pengaturan berturutTurutLintasTahun); keterlambatan di luar tahun; keterlambatan pada tanggal yang juga tercantum sebagai tidak masuk; keterlambatan satu tanggal yang jumlahnya lebih dari 1440 menit (sehari). Tanggal yang bukan hari kerja tetap diterima dan disebut dalam alasan, tetapi tidak dihitung.',
      en: 'Refused input: dates of absence outside the year, unless part of a run of consecutive working days that reaches into it (setting berturutTurutLintasTahun); late arrivals outside the year; a late arrival on a date also listed as absent; one date’s late minutes adding up to more than 1440 (a day). Non-working dates are accepted and named in the reasons, but not counted.',
    },
  ],
  examples: [
    {
      title: { id: 'Tidak masuk setiap hari kerja 1–14 Oktober 2022', en: 'Absent every working day 1–14 October 2022' },
      input: {
        tahun: 2022,
        tidakMasuk: [
          '2022-10-03',
          '2022-10-04',
          '2022-10-05',
          '2022-10-06',
          '2022-10-07',
          '2022-10-10',
          '2022-10-11',
          '2022-10-12',
          '2022-10-13',
          '2022-10-14',
        ],
      },
      expected: {
        tahun: 2022,
        hariTidakMasuk: 10,
        menitKeterlambatan: 0,
        hariDariKeterlambatan: 0,
        sisaMenit: 0,
        hariKumulatif: 10,
        hariBerturutTurut: 10,
        awalBerturutTurut: '2022-10-03',
        akhirBerturutTurut: '2022-10-14',
        gajiDihentikanMulai: '2022-11-01',
        hukuman: 'PDHTAPS',
      },
      source: 'PerBKN 6/2022 contoh 5d and 23 (TV-18)',
    },
  ],
  evaluate(input, options) {
    const id = REKAP_KETIDAKHADIRAN_RULE_ID;
    assertInForce(id, `${input.tahun}-12-31`); // the year's count is decided under the rules in force at its end
    const cal = options.kalender;
    const unique = [...new Set(input.tidakMasuk)].sort();
    const working = unique.filter((d) => isWorkingDay(d, cal));
    const inYear = working.filter((d) => yearOf(d) === input.tahun);
    // Consecutive working days: runs over all dates (or the year's only), kept when they touch the year.
    const runs = runsOf(options.berturutTurutLintasTahun ? working : inYear, cal).filter((r) =>
      r.days.some((d) => yearOf(d) === input.tahun),
    );
    const issues = tanggalTidakMungkin(input, runs, options.berturutTurutLintasTahun);
    if (issues.length > 0) throw new MeritInputError(issues, id);
    const reasons: Reason[] = [
      alasan('hariTidakMasuk', 'INFO', [PASAL_15_AYAT_1], {
        tahun: input.tahun,
        hariTidakMasuk: inYear.length,
        bukanHariKerja: unique.length - working.length,
        diluarTahun: working.length - inYear.length,
      }),
    ];

    // Late arrival / early leave → whole days (KMK 5/KMK.01/2022), within the year only.
    const konversi = options.konversiKeterlambatan;
    const menit = input.keterlambatan.reduce((s, k) => s + k.menit, 0);
    const { hariDariKeterlambatan, sisaMenit } = konversi.aktif
      ? hariDariMenit(menit, konversi)
      : { hariDariKeterlambatan: 0, sisaMenit: menit };
    reasons.push(
      konversi.aktif
        ? alasan('konversi', 'INFO', [KONVERSI], {
            menitKeterlambatan: menit,
            menitPerHari: konversi.menitPerHari,
            pembulatan: konversi.pembulatan,
            hariDariKeterlambatan,
            sisaMenit,
          })
        : alasan('tanpaKonversi', 'INFO', [KONVERSI], { menitKeterlambatan: menit }),
    );
    // A year's count never passes 366 (Pasal 15 ayat (1)); only days converted from lateness under a small menitPerHari could.
    const hariKumulatif = Math.min(inYear.length + hariDariKeterlambatan, HARI_SETAHUN_MAKS);

    const longest = rangkaianTerpanjang(runs);
    // The whole run, days of another year included (at most the 1,000 dates listed): never cut short.
    const hariBerturutTurut = longest?.days.length ?? 0;
    reasons.push(
      alasan('rangkaianTerpanjang', 'INFO', [PASAL_15_AYAT_1], {
        hariBerturutTurut,
        awal: longest?.start ?? null,
        akhir: longest?.end ?? null,
        lintasTahun: options.berturutTurutLintasTahun,
      }),
    );

    const { hukuman, reasons: hukumanReasons } = hukumanKetidakhadiranDari<typeof REKAP_KETIDAKHADIRAN_MESSAGES>(
      id,
      hariKumulatif,
      hariBerturutTurut,
    );
    reasons.push(...hukumanReasons);
    const gaji = penghentianGaji(runs);
    if (gaji) reasons.push(alasan('gajiDihentikan', 'APPLIES', GAJI_DIHENTIKAN, gaji));
    const value: RekapKetidakhadiran = {
      tahun: input.tahun,
      hariTidakMasuk: inYear.length,
      menitKeterlambatan: menit,
      hariDariKeterlambatan,
      sisaMenit,
      hariKumulatif,
      hariBerturutTurut,
      awalBerturutTurut: longest?.start ?? null,
      akhirBerturutTurut: longest?.end ?? null,
      gajiDihentikanMulai: gaji?.gajiDihentikanMulai ?? null,
      hukuman,
    };
    return decision(value, reasons);
  },
});

/**
 * Counts a year's unexcused absence from dated records: working days only (holiday calendar injectable),
 * reset each 1 January, late arrival / early leave converted to days (7.5 hours = 1 day preset), the
 * longest consecutive run, the salary-stop date, and the resulting hukuman.
 */
export const rekapKetidakhadiran = rekapKetidakhadiranRule.run;

/** Options of {@link rekapKetidakhadiran}. */
export type RekapKetidakhadiranOptions = RuleOptionsOf<typeof rekapKetidakhadiranRule>;
/** The value of {@link rekapKetidakhadiran}'s decision. */
export type RekapKetidakhadiranOutput = RuleOutputOf<typeof rekapKetidakhadiranRule>;

export {
  KETERLAMBATAN_MAKS,
  MENIT_PER_HARI_KMK_5_2022,
  MENIT_SEHARI,
  type RekapKetidakhadiran,
  rekapKetidakhadiranInput,
  type RekapKetidakhadiranInput,
  rekapKetidakhadiranOptions,
  rekapKetidakhadiranOutput,
  TANGGAL_TIDAK_MASUK_MAKS,
} from './skema.js';
