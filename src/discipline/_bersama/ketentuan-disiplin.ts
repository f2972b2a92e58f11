import { deepFreeze } from '../../core/freeze.js';
import type { Dampak, TingkatHukuman } from '../types.js';

/*
 * The kewajiban and larangan of PP 94/2021 and the tingkat of each breach: data only, so an auditor can read
 * and check it alone and the explanations can name a ketentuan without bringing the rule along. The rules
 * that decide by it are hukuman-pelanggaran.ts and hukuman-beberapa-pelanggaran.ts (their shared steps:
 * _bersama/pelanggaran.ts).
 */

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
