import { RANGE_UNITS } from '../../core/words.js';
/**
 * Texts of the conditions several kenaikan pangkat rules share (the reasons built in this folder:
 * `periodeKp`, `reasonMasa`, `reasonsPenilaian`, `reasonUjianDinas`, `cekHukumanBerjalan`). Each rule spreads
 * the groups it uses into its own `defineMessages`, so every text stands under that rule's own prefix
 * (`promotion.kenaikanPangkatReguler.penilaian`, `promotion.kenaikanPangkatFungsional.penilaian`, …).
 * Text only: a messages file imports this without bundling a rule.
 */
import type { RuleMessageTexts } from '../../core/messages.js';
import { TEKS_HUKUMAN_DIBATALKAN } from '../../discipline/_bersama/riwayat-hukuman.messages.js';

/** `<rule>.periode` (periodeKp). */
export const TEKS_PERIODE = {
  periode: {
    id: 'Periode kenaikan pangkat yang dinilai: {periode} (periode pertama pada atau setelah {asOf})',
    en: 'Promotion period assessed: {periode} (the first period on or after {asOf})',
  },
} as const satisfies RuleMessageTexts;

/** `<rule>.tmtPalingCepat`, `<rule>.tmtPalingCepatTidakAda` (palingCepatOlehWaktu): by when, or why no date. */
export const TEKS_TMT_PALING_CEPAT = {
  tmtPalingCepat: {
    id: 'Syarat yang belum terpenuhi tercapai dengan berlalunya waktu: kenaikan pangkat paling cepat pada TMT {tmt}, bila syarat lain tetap terpenuhi',
    en: 'What is missing is met by time alone: the earliest promotion is TMT {tmt}, provided the other conditions still hold',
  },
  tmtPalingCepatTidakAda: {
    id: 'Tidak ada TMT paling cepat: syarat yang tidak terpenuhi di atas tidak tercapai hanya dengan berlalunya waktu',
    en: 'No earliest TMT: a condition not met above is not met by time alone',
  },
} as const satisfies RuleMessageTexts;

/** `<rule>.penilaian`, `<rule>.penilaianTidakAda` (reasonsPenilaian). */
export const TEKS_PENILAIAN = {
  penilaian: {
    id: 'Penilaian kinerja tahun {tahun}: {predikat} (minimal {minimum})',
    en: 'Performance appraisal {tahun}: {predikat} (minimum {minimum})',
  },
  penilaianTidakAda: {
    id: 'Penilaian kinerja tahun {tahun} tidak tersedia (minimal {minimum})',
    en: 'No performance appraisal for {tahun} (minimum {minimum})',
  },
} as const satisfies RuleMessageTexts;

/** `<rule>.ujianDinas…` (reasonUjianDinas). */
export const TEKS_UJIAN_DINAS = {
  ujianDinasTidakDiperlukan: {
    id: 'Kenaikan dari {dari} ke {ke} tidak memerlukan ujian dinas',
    en: 'Moving from {dari} to {ke} needs no civil-service exam',
  },
  ujianDinasLulus: { id: 'Telah lulus ujian dinas {ujian}', en: 'Passed the civil-service exam {ujian}' },
  ujianDinasDibebaskan: {
    id: 'Dibebaskan dari ujian dinas {ujian} karena {dasar} (ijazah {ijazah})',
    en: 'Exempt from the civil-service exam {ujian} by {dasar} (diploma {ijazah})',
  },
  ujianDinasBelumLulus: {
    id: 'Kenaikan dari {dari} ke {ke} memerlukan ujian dinas {ujian}, yang belum lulus dan tidak dibebaskan',
    en: 'Moving from {dari} to {ke} needs the civil-service exam {ujian}, not passed and not exempt',
  },
} as const satisfies RuleMessageTexts;

/** `<rule>.masaDalamPangkat` (reasonMasa). */
export const TEKS_MASA_DALAM_PANGKAT = {
  masaDalamPangkat: {
    id: 'Masa dalam pangkat sejak {mulai}: {tahun} pada {periode} (minimal {minimum}, tercapai pada {tanggalPalingCepat})',
    en: 'Time in rank since {mulai}: {tahun} on {periode} (minimum {minimum}, reached on {tanggalPalingCepat})',
    units: { tahun: RANGE_UNITS.tahun, minimum: RANGE_UNITS.tahun },
  },
} as const satisfies RuleMessageTexts;

/** `<rule>.masaDalamJabatan` (reasonMasa). */
export const TEKS_MASA_DALAM_JABATAN = {
  masaDalamJabatan: {
    id: 'Masa dalam jabatan sejak {mulai}: {tahun} pada {periode} (minimal {minimum}, tercapai pada {tanggalPalingCepat})',
    en: 'Time in post since {mulai}: {tahun} on {periode} (minimum {minimum}, reached on {tanggalPalingCepat})',
    units: { tahun: RANGE_UNITS.tahun, minimum: RANGE_UNITS.tahun },
  },
} as const satisfies RuleMessageTexts;

/** `<rule>.pangkatPuncak`: IV/e has no pangkat above it. */
export const TEKS_PANGKAT_PUNCAK = {
  pangkatPuncak: {
    id: 'Golongan {golongan} adalah pangkat tertinggi PNS',
    en: 'Golongan {golongan} is the highest civil-service rank',
  },
} as const satisfies RuleMessageTexts;

/** `<rule>.hukuman…`, `<rule>.diberhentikan` (cekHukumanBerjalan). */
export const TEKS_HUKUMAN = {
  hukumanDibatalkan: TEKS_HUKUMAN_DIBATALKAN,
  hukumanTidakDiperiksa: {
    id: 'Hukuman disiplin yang sedang dijalani tidak diperiksa (pengaturan)',
    en: 'Running disciplinary penalties not checked (setting)',
  },
  hukumanTidakAda: {
    id: 'Tidak sedang menjalani hukuman disiplin yang menghalangi pada {tanggal}',
    en: 'No blocking disciplinary penalty running on {tanggal}',
  },
  diberhentikan: {
    id: 'Diberhentikan dengan hormat tidak atas permintaan sendiri sebagai PNS (PDHTAPS) sejak {tmtHukuman}: tidak ada kenaikan pangkat',
    en: 'Dismissed from the civil service (PDHTAPS) from {tmtHukuman}: no promotion',
  },
  hukumanBerjalan: {
    id: 'Sedang menjalani hukuman disiplin {jenis} (TMT {tmtHukuman}, selesai {selesai})',
    en: 'Serving disciplinary penalty {jenis} (from {tmtHukuman}, ends {selesai})',
  },
} as const satisfies RuleMessageTexts;

/** `<rule>.pemeriksaanDisiplin…`, `<rule>.upayaAdministratifBerjalan` (cekPemeriksaanDisiplin). */
export const TEKS_PEMERIKSAAN_DISIPLIN = {
  pemeriksaanDisiplinTidakDiperiksa: {
    id: 'Proses disiplin pada {asOf}: dalam pemeriksaan {dalamPemeriksaan}, upaya administratif berjalan {upayaAdministratif}; tidak menghalangi kenaikan pangkat (pengaturan pemeriksaanDisiplinMenghalangi tidak aktif)',
    en: 'Disciplinary proceedings on {asOf}: under examination {dalamPemeriksaan}, upaya administratif pending {upayaAdministratif}; they do not block the promotion (setting pemeriksaanDisiplinMenghalangi off)',
  },
  pemeriksaanDisiplinBerjalan: {
    id: 'Pada {asOf} sedang dalam proses pemeriksaan karena diduga melakukan pelanggaran disiplin tingkat sedang/berat: kenaikan pangkat tidak dapat dipertimbangkan',
    en: 'On {asOf} under examination for a suspected moderate/severe disciplinary violation: the promotion cannot be considered',
  },
  upayaAdministratifBerjalan: {
    id: 'Pada {asOf} upaya administratif (keberatan/banding administratif) atas hukuman disiplin belum diputus: kenaikan pangkat tidak diberikan sampai keputusannya berkekuatan hukum tetap',
    en: 'On {asOf} an upaya administratif (objection/administrative appeal) against a disciplinary penalty is pending: no promotion until its decision is final',
  },
  pemeriksaanDisiplinTidakAda: {
    id: 'Pada {asOf} tidak sedang dalam pemeriksaan disiplin dan tidak ada upaya administratif yang belum diputus',
    en: 'On {asOf} no disciplinary examination and no pending upaya administratif',
  },
} as const satisfies RuleMessageTexts;
