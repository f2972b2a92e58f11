import type { Citation } from '../../core/decision.js';
import { deepFreeze } from '../../core/freeze.js';
import type { Bilingual } from '../../core/explain.js';
import {
  type JenjangJabatan,
  KOMPETENSI_MANSOSKUL,
  type KelompokKompetensi,
  type KompetensiMansoskul,
  type LevelKompetensi,
} from '../types.js';

/** One entry of the national kamus kompetensi (PermenPANRB 38/2017 Lampiran II). */
export interface EntriKamus {
  kode: string;
  nama: string;
  kelompok: Exclude<KelompokKompetensi, 'TEKNIS'>;
  /** One-line description of each level 1–5 (the kamus "Deskripsi" column, abridged). */
  level: Readonly<Record<LevelKompetensi, string>>;
}

export const KAMUS_CITATION: Citation = deepFreeze({ regulation: 'PERMENPANRB_38_2017', annex: 'Lampiran II' });

/**
 * Kamus kompetensi manajerial and sosial kultural (PermenPANRB 38/2017 Lampiran II), level descriptions
 * abridged. Each level also has three indikator perilaku in the regulation, not reproduced here.
 * Source and cross-checks: docs/sources/competency.md §1.3.
 */
export const KAMUS_KOMPETENSI: Readonly<Record<KompetensiMansoskul, EntriKamus>> = deepFreeze({
  INTEGRITAS: {
    kode: 'M.1',
    nama: 'Integritas',
    kelompok: 'MANAJERIAL',
    level: {
      1: 'Bertindak sesuai nilai, norma, etika organisasi dalam kapasitas pribadi',
      2: 'Mengingatkan, mengajak rekan kerja untuk bertindak sesuai nilai, norma, dan etika organisasi',
      3: 'Memastikan, menanamkan keyakinan bersama agar anggota yang dipimpin bertindak sesuai nilai, norma, dan etika organisasi, dalam lingkup formal',
      4: 'Menciptakan situasi kerja yang mendorong kepatuhan pada nilai, norma, dan etika organisasi',
      5: 'Menjadi role model dalam penerapan standar keadilan dan etika di tingkat nasional',
    },
  },
  KERJASAMA: {
    kode: 'M.2',
    nama: 'Kerjasama',
    kelompok: 'MANAJERIAL',
    level: {
      1: 'Berpartisipasi dalam kelompok kerja',
      2: 'Menumbuhkan tim kerja yang partisipatif dan efektif',
      3: 'Efektif membangun tim kerja untuk peningkatan kinerja organisasi',
      4: 'Membangun komitmen tim, sinergi',
      5: 'Menciptakan situasi kerja sama secara konsisten, baik di dalam maupun di luar instansi',
    },
  },
  KOMUNIKASI: {
    kode: 'M.3',
    nama: 'Komunikasi',
    kelompok: 'MANAJERIAL',
    level: {
      1: 'Menyampaikan informasi dengan jelas, lengkap, pemahaman yang sama',
      2: 'Aktif menjalankan komunikasi secara formal dan informal; bersedia mendengarkan orang lain, menginterpretasikan pesan dengan respon yang sesuai, mampu menyusun materi presentasi, pidato, naskah, laporan',
      3: 'Berkomunikasi secara asertif, terampil berkomunikasi lisan/tertulis untuk menyampaikan informasi yang sensitif/rumit/kompleks',
      4: 'Mampu mengemukakan pemikiran multidimensi secara lisan dan tertulis untuk mendorong kesepakatan dengan tujuan meningkatkan kinerja secara keseluruhan',
      5: 'Menggagas sistem komunikasi yang terbuka secara strategis untuk mencari solusi dengan tujuan meningkatkan kinerja',
    },
  },
  ORIENTASI_PADA_HASIL: {
    kode: 'M.4',
    nama: 'Orientasi pada Hasil',
    kelompok: 'MANAJERIAL',
    level: {
      1: 'Bertanggung jawab untuk memenuhi standar kerja',
      2: 'Berupaya meningkatkan hasil kerja pribadi yang lebih tinggi dari standar yang ditetapkan, mencari, mencoba metode alternatif untuk peningkatan kinerja',
      3: 'Menetapkan target kerja yang menantang bagi unit kerja, memberi apresiasi dan teguran untuk mendorong kinerja',
      4: 'Mendorong unit kerja mencapai target yang ditetapkan atau melebihi hasil kerja sebelumnya',
      5: 'Meningkatkan mutu pencapaian kerja organisasi',
    },
  },
  PELAYANAN_PUBLIK: {
    kode: 'M.5',
    nama: 'Pelayanan Publik',
    kelompok: 'MANAJERIAL',
    level: {
      1: 'Menjalankan tugas mengikuti standar pelayanan',
      2: 'Mampu mensupervisi/mengawasi/menyelia dan menjelaskan proses pelaksanaan tugas tugas pemerintahan/pelayanan publik secara transparan',
      3: 'Mampu memanfaatkan kekuatan kelompok serta memperbaiki standar pelayanan publik di lingkup unit kerja',
      4: 'Mampu memonitor, mengevaluasi, memperhitungkan dan mengantisipasi dampak dari isu-isu jangka panjang, kesempatan, atau kekuatan politik dalam hal pelayanan kebutuhan pemangku kepentingan yang transparan, objektif, dan profesional',
      5: 'Mampu memastikan kebijakan-kebijakan pelayanan publik yang menjamin terselenggaranya pelayanan publik yang objektif, netral, tidak memihak, tidak diskriminatif, serta tidak terpengaruh kepentingan pribadi/kelompok/partai politik',
    },
  },
  PENGEMBANGAN_DIRI_DAN_ORANG_LAIN: {
    kode: 'M.6',
    nama: 'Pengembangan Diri dan Orang Lain',
    kelompok: 'MANAJERIAL',
    level: {
      1: 'Pengembangan diri',
      2: 'Meningkatkan kemampuan bawahan dengan memberikan contoh dan penjelasan cara melaksanakan suatu pekerjaan',
      3: 'Memberikan umpan balik, membimbing',
      4: 'Menyusun program pengembangan jangka panjang dalam rangka mendorong manajemen pembelajaran',
      5: 'Menciptakan situasi yang mendorong organisasi untuk mengembangkan kemampuan belajar secara berkelanjutan dalam rangka mendukung pencapaian hasil',
    },
  },
  MENGELOLA_PERUBAHAN: {
    kode: 'M.7',
    nama: 'Mengelola Perubahan',
    kelompok: 'MANAJERIAL',
    level: {
      1: 'Mengikuti perubahan dengan arahan',
      2: 'Proaktif beradaptasi mengikuti perubahan',
      3: 'Membantu orang lain mengikuti perubahan, mengantisipasi perubahan secara tepat',
      4: 'Memimpin perubahan pada unit kerja',
      5: 'Memimpin, menggalang dan menggerakkan dukungan pemangku kepentingan untuk menjalankan perubahan secara berkelanjutan pada tingkat instansi/nasional',
    },
  },
  PENGAMBILAN_KEPUTUSAN: {
    kode: 'M.8',
    nama: 'Pengambilan Keputusan',
    kelompok: 'MANAJERIAL',
    level: {
      1: 'Mengumpulkan informasi untuk bertindak sesuai kewenangan',
      2: 'Menganalisis masalah secara mendalam',
      3: 'Membandingkan berbagai alternatif, menyeimbangkan risiko keberhasilan dalam implementasi',
      4: 'Menyelesaikan masalah yang mengandung risiko tinggi, mengantisipasi dampak keputusan, membuat tindakan pengamanan, mitigasi risiko',
      5: 'Menghasilkan solusi dan mengambil keputusan untuk mengatasi permasalahan jangka panjang/strategis, berdampak nasional',
    },
  },
  PEREKAT_BANGSA: {
    kode: 'SK.1',
    nama: 'Perekat Bangsa',
    kelompok: 'SOSIAL_KULTURAL',
    level: {
      1: 'Peka memahami dan menerima kemajemukan',
      2: 'Aktif mengembangkan sikap saling menghargai, menekankan persamaan dan persatuan',
      3: 'Mempromosikan, mengembangkan sikap toleransi dan persatuan',
      4: 'Mendayagunakan perbedaan secara konstruktif dan kreatif untuk meningkatkan efektivitas organisasi',
      5: 'Wakil pemerintah untuk membangun hubungan sosial psikologis',
    },
  },
});

/**
 * Generic names of levels 1–5 as used in PermenPANRB 38/2017 socialisation material (grade S: an agency
 * deck, docs/sources/competency.md §1.3).
 */
export const SEBUTAN_LEVEL: Readonly<Record<LevelKompetensi, Bilingual>> = deepFreeze({
  1: { id: 'Paham/dalam pengembangan', en: 'Aware/developing' },
  2: { id: 'Dasar', en: 'Basic' },
  3: { id: 'Menengah', en: 'Intermediate' },
  4: { id: 'Mumpuni', en: 'Advanced' },
  5: { id: 'Ahli', en: 'Expert' },
});

/** The group of a competency code: national codes by the kamus, any other code is teknis. */
export function kelompokKompetensi(kode: string): KelompokKompetensi {
  const entry = entriKamus(kode);
  return entry ? entry.kelompok : 'TEKNIS';
}

/** The kamus entry of a code, if it is a national competency (own keys only: a teknis code may be any name, even `constructor`). */
export function entriKamus(kode: string): EntriKamus | undefined {
  return Object.hasOwn(KAMUS_KOMPETENSI, kode) ? KAMUS_KOMPETENSI[kode as KompetensiMansoskul] : undefined;
}

/**
 * Preset standard level per jenjang jabatan for every manajerial competency and Perekat Bangsa.
 * Grade S+I (agency socialisation deck and an application, both citing PermenPANRB 38/2017); an agency's
 * Standar Kompetensi Jabatan overrides it. JPT Utama and jabatan fungsional have no preset (unconfirmed).
 * For JPT Madya only the manajerial level (5) was read; Perekat Bangsa 5 follows the same pattern.
 */
export const LEVEL_STANDAR_PRESET: Readonly<Record<JenjangJabatan, LevelKompetensi>> = deepFreeze({
  JPT_MADYA: 5,
  JPT_PRATAMA: 4,
  ADMINISTRATOR: 3,
  PENGAWAS: 2,
  PELAKSANA: 1,
});

/** A standard or achieved profile: competency code → level. */
export type ProfilKompetensi = Record<string, number>;

/**
 * The preset Standar Kompetensi Jabatan (manajerial + sosial kultural) of a jenjang, e.g. all nine at 3
 * for Administrator (Σ 27). Add the agency's teknis competencies, or override levels, by spreading:
 * `{ ...standarKompetensiPreset('ADMINISTRATOR'), 'TEKNIS.PENGADAAN': 3 }`.
 */
export function standarKompetensiPreset(jenjang: JenjangJabatan): ProfilKompetensi {
  const level = LEVEL_STANDAR_PRESET[jenjang];
  return Object.fromEntries(KOMPETENSI_MANSOSKUL.map((k) => [k, level]));
}
