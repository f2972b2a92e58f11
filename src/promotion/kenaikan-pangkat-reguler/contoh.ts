import type { Bilingual } from '../../core/explain.js';
import type { RuleExample } from '../../core/rule.js';
import { TANGGAL_TERAKHIR } from '../_bersama/invariants.js';
import { catatanInvarianKp } from '../_bersama/kp-bersama.js';
import { CATATAN_PEMERIKSAAN_DISIPLIN } from '../_bersama/pemeriksaan-disiplin.js';
import { TANGGAL_BATAS_ATASAN_DICABUT } from './data.js';

/** Worked examples of kenaikanPangkatReguler (promotion digest §2.2, §9 vectors 12–14). */
export const CONTOH_KENAIKAN_PANGKAT_REGULER: RuleExample[] = [
  {
    title: {
      id: 'Pelaksana S1 III/b, tepat 4 tahun, Baik 2021–2022: naik ke III/c pada 1 April 2023',
      en: 'S1 staff III/b, exactly 4 years, Good 2021–2022: promoted to III/c on 1 April 2023',
    },
    input: {
      golongan: 'III/b',
      tmtPangkat: '2019-04-01',
      ijazah: 'S1',
      riwayatPenilaian: [
        { tahun: 2021, predikat: 'BAIK' },
        { tahun: 2022, predikat: 'BAIK' },
      ],
    },
    options: { asOf: '2023-01-15' },
    expected: {
      memenuhiSyarat: true,
      golonganBaru: 'III/c',
      tmt: '2023-04-01',
      periode: '2023-04-01',
      golonganTujuan: 'III/c',
      tmtPalingCepat: '2023-04-01',
      syaratTidakTerpenuhi: [],
    },
    source: 'promotion digest §2.2, §9 vector 12 (ATR/BPN: SKP 2021 and 2022 for the 1 April 2023 period)',
  },
  {
    title: { id: 'Pelaksana S1 di III/d selama 10 tahun: plafon ijazah', en: 'S1 staff at III/d for 10 years: diploma ceiling' },
    input: {
      golongan: 'III/d',
      tmtPangkat: '2014-04-01',
      ijazah: 'S1',
      riwayatPenilaian: [
        { tahun: 2022, predikat: 'BAIK' },
        { tahun: 2023, predikat: 'BAIK' },
      ],
    },
    options: { asOf: '2024-04-01' },
    expected: {
      memenuhiSyarat: false,
      golonganBaru: null,
      tmt: null,
      periode: '2024-04-01',
      golonganTujuan: 'IV/a',
      tmtPalingCepat: null,
      syaratTidakTerpenuhi: [
        { code: 'promotion.kenaikanPangkatReguler.plafonIjazah', olehWaktuSaja: false },
        { code: 'promotion.kenaikanPangkatReguler.ujianDinasBelumLulus', olehWaktuSaja: false },
      ],
    },
    source: 'promotion digest §9 vector 13',
  },
  {
    title: {
      id: 'Atasan III/c: KP ke III/d pada 1 April 2025 terhalang',
      en: 'Superior at III/c: promotion to III/d on 1 April 2025 blocked',
    },
    input: {
      golongan: 'III/c',
      tmtPangkat: '2021-04-01',
      ijazah: 'S1',
      golonganAtasan: 'III/c',
      riwayatPenilaian: [
        { tahun: 2023, predikat: 'BAIK' },
        { tahun: 2024, predikat: 'BAIK' },
      ],
    },
    options: { asOf: '2025-04-01' },
    expected: {
      memenuhiSyarat: false,
      golonganBaru: null,
      tmt: null,
      periode: '2025-04-01',
      golonganTujuan: 'III/d',
      tmtPalingCepat: '2025-06-01',
      syaratTidakTerpenuhi: [{ code: 'promotion.kenaikanPangkatReguler.atasan', olehWaktuSaja: true }],
    },
    source: 'promotion digest §9 vector 14 (derived)',
  },
  {
    title: {
      id: 'Atasan III/c: KP ke III/d pada 1 Juni 2025 diperbolehkan',
      en: 'Superior at III/c: promotion to III/d on 1 June 2025 allowed',
    },
    input: {
      golongan: 'III/c',
      tmtPangkat: '2021-04-01',
      ijazah: 'S1',
      golonganAtasan: 'III/c',
      riwayatPenilaian: [
        { tahun: 2023, predikat: 'BAIK' },
        { tahun: 2024, predikat: 'BAIK' },
      ],
    },
    options: { asOf: '2025-04-02' },
    expected: {
      memenuhiSyarat: true,
      golonganBaru: 'III/d',
      tmt: '2025-06-01',
      periode: '2025-06-01',
      golonganTujuan: 'III/d',
      tmtPalingCepat: '2025-06-01',
      syaratTidakTerpenuhi: [],
    },
    source: 'promotion digest §9 vector 14 (derived; Peraturan BKN 2/2025)',
  },
  {
    title: {
      id: 'Sedang diperiksa karena dugaan pelanggaran disiplin sedang, pengaturan pemeriksaanDisiplinMenghalangi aktif: terhalang',
      en: 'Under examination for a suspected moderate violation, setting pemeriksaanDisiplinMenghalangi on: blocked',
    },
    input: {
      golongan: 'III/b',
      tmtPangkat: '2019-04-01',
      ijazah: 'S1',
      riwayatPenilaian: [
        { tahun: 2021, predikat: 'BAIK' },
        { tahun: 2022, predikat: 'BAIK' },
      ],
      pemeriksaanDisiplin: { dalamPemeriksaan: true },
    },
    options: { asOf: '2023-01-15', pemeriksaanDisiplinMenghalangi: true },
    expected: {
      memenuhiSyarat: false,
      golonganBaru: null,
      tmt: null,
      periode: '2023-04-01',
      golonganTujuan: 'III/c',
      tmtPalingCepat: null,
      syaratTidakTerpenuhi: [{ code: 'promotion.kenaikanPangkatReguler.pemeriksaanDisiplinBerjalan', olehWaktuSaja: false }],
    },
    source:
      'Perka BKN 21/2010 as the Kemenkes Ropeg helpdesk states it (helpdesk-ropeg.kemkes.go.id/disiplin-kesra.html) [B]; DJKN buku saku [S]; a setting, off by default',
  },
];

/** Interpretations, settings and refusals of kenaikanPangkatReguler, for auditors. */
export const CATATAN_KENAIKAN_PANGKAT_REGULER: Bilingual[] = [
  {
    id: 'Pengaturan minPredikat (preset BAIK): "setiap unsur penilaian bernilai baik" dibaca sebagai predikat Baik atau Sangat Baik; predikat lama "Cukup" disamakan dengan Butuh Perbaikan.',
    en: 'Setting minPredikat (preset BAIK): "every appraisal element rated good" is read as predikat Baik or Sangat Baik; the older "Cukup" ranks with Butuh Perbaikan.',
  },
  {
    id: `Pengaturan tanggalBatasAtasanDicabut (preset ${TANGGAL_BATAS_ATASAN_DICABUT}, Peraturan BKN 2/2025; tanggal berlaku tepat belum dikonfirmasi). Batas atasan dinilai terhadap TMT (periode) kenaikan pangkat.`,
    en: `Setting tanggalBatasAtasanDicabut (preset ${TANGGAL_BATAS_ATASAN_DICABUT}, BKN Regulation 2/2025; exact effective day unconfirmed). The atasan limit is judged against the TMT (period) of the promotion.`,
  },
  {
    id: 'Pengaturan tingkatHukumanMenghalangi (preset sedang dan berat): praktik instansi; pasal PP 94/2021 / Peraturan BKN 6/2022 yang melarangnya belum ditemukan. Diperiksa pada asOf dan pada TMT.',
    en: 'Setting tingkatHukumanMenghalangi (preset moderate and severe): agency practice; the PP 94/2021 / BKN Regulation 6/2022 article was not found. Checked on asOf and on the TMT.',
  },
  CATATAN_PEMERIKSAAN_DISIPLIN,
  {
    id: 'Penilaian yang disyaratkan adalah dua tahun kalender sebelum tahun periode (periode 1 April 2023: 2021 dan 2022). Pembebasan ujian dinas karena "jabatan tertentu" belum dikodekan.',
    en: 'The required appraisals are the two calendar years before the year of the period (1 April 2023: 2021 and 2022). Exemption from ujian dinas for "certain positions" is not encoded.',
  },
  {
    id: `tmtPalingCepat ditolak (MeritInputError yang menyebut kolom penyebabnya) bila periode itu jatuh setelah ${TANGGAL_TERAKHIR}.`,
    en: `tmtPalingCepat is refused (a MeritInputError naming the field that causes it) when that period falls after ${TANGGAL_TERAKHIR}.`,
  },
  catatanInvarianKp('tmtPangkat/tmtCpns'),
];
