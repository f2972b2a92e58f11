import { describe, expect, it } from 'vitest';
import {
  JENJANG_JABATAN,
  KAMUS_KOMPETENSI,
  KOMPETENSI_MANAJERIAL,
  KOMPETENSI_MANSOSKUL,
  KOMPETENSI_SOSIAL_KULTURAL,
  LEVEL_STANDAR_PRESET,
  SEBUTAN_LEVEL,
  standarKompetensiPreset,
} from '../../../src/competency/index.js';
import { KAMUS_CITATION, kelompokKompetensi } from '../../../src/competency/_bersama/kamus-kompetensi.js';
import { compareKode, namaKompetensi, sortedKode } from '../../../src/competency/_bersama/profil.js';

/**
 * PermenPANRB 38/2017 Lampiran II: the 8 manajerial competencies (M.1–M.8) and Perekat Bangsa (SK.1),
 * with the "Deskripsi" of each level 1–5, row by row as in the research notes §1.2–1.3.
 */
const LAMPIRAN_II: [string, string, string, string, [string, string, string, string, string]][] = [
  [
    'INTEGRITAS',
    'M.1',
    'Integritas',
    'MANAJERIAL',
    [
      'Bertindak sesuai nilai, norma, etika organisasi dalam kapasitas pribadi',
      'Mengingatkan, mengajak rekan kerja untuk bertindak sesuai nilai, norma, dan etika organisasi',
      'Memastikan, menanamkan keyakinan bersama agar anggota yang dipimpin bertindak sesuai nilai, norma, dan etika organisasi, dalam lingkup formal',
      'Menciptakan situasi kerja yang mendorong kepatuhan pada nilai, norma, dan etika organisasi',
      'Menjadi role model dalam penerapan standar keadilan dan etika di tingkat nasional',
    ],
  ],
  [
    'KERJASAMA',
    'M.2',
    'Kerjasama',
    'MANAJERIAL',
    [
      'Berpartisipasi dalam kelompok kerja',
      'Menumbuhkan tim kerja yang partisipatif dan efektif',
      'Efektif membangun tim kerja untuk peningkatan kinerja organisasi',
      'Membangun komitmen tim, sinergi',
      'Menciptakan situasi kerja sama secara konsisten, baik di dalam maupun di luar instansi',
    ],
  ],
  [
    'KOMUNIKASI',
    'M.3',
    'Komunikasi',
    'MANAJERIAL',
    [
      'Menyampaikan informasi dengan jelas, lengkap, pemahaman yang sama',
      'Aktif menjalankan komunikasi secara formal dan informal; bersedia mendengarkan orang lain, menginterpretasikan pesan dengan respon yang sesuai, mampu menyusun materi presentasi, pidato, naskah, laporan',
      'Berkomunikasi secara asertif, terampil berkomunikasi lisan/tertulis untuk menyampaikan informasi yang sensitif/rumit/kompleks',
      'Mampu mengemukakan pemikiran multidimensi secara lisan dan tertulis untuk mendorong kesepakatan dengan tujuan meningkatkan kinerja secara keseluruhan',
      'Menggagas sistem komunikasi yang terbuka secara strategis untuk mencari solusi dengan tujuan meningkatkan kinerja',
    ],
  ],
  [
    'ORIENTASI_PADA_HASIL',
    'M.4',
    'Orientasi pada Hasil',
    'MANAJERIAL',
    [
      'Bertanggung jawab untuk memenuhi standar kerja',
      'Berupaya meningkatkan hasil kerja pribadi yang lebih tinggi dari standar yang ditetapkan, mencari, mencoba metode alternatif untuk peningkatan kinerja',
      'Menetapkan target kerja yang menantang bagi unit kerja, memberi apresiasi dan teguran untuk mendorong kinerja',
      'Mendorong unit kerja mencapai target yang ditetapkan atau melebihi hasil kerja sebelumnya',
      'Meningkatkan mutu pencapaian kerja organisasi',
    ],
  ],
  [
    'PELAYANAN_PUBLIK',
    'M.5',
    'Pelayanan Publik',
    'MANAJERIAL',
    [
      'Menjalankan tugas mengikuti standar pelayanan',
      'Mampu mensupervisi/mengawasi/menyelia dan menjelaskan proses pelaksanaan tugas tugas pemerintahan/pelayanan publik secara transparan',
      'Mampu memanfaatkan kekuatan kelompok serta memperbaiki standar pelayanan publik di lingkup unit kerja',
      'Mampu memonitor, mengevaluasi, memperhitungkan dan mengantisipasi dampak dari isu-isu jangka panjang, kesempatan, atau kekuatan politik dalam hal pelayanan kebutuhan pemangku kepentingan yang transparan, objektif, dan profesional',
      'Mampu memastikan kebijakan-kebijakan pelayanan publik yang menjamin terselenggaranya pelayanan publik yang objektif, netral, tidak memihak, tidak diskriminatif, serta tidak terpengaruh kepentingan pribadi/kelompok/partai politik',
    ],
  ],
  [
    'PENGEMBANGAN_DIRI_DAN_ORANG_LAIN',
    'M.6',
    'Pengembangan Diri dan Orang Lain',
    'MANAJERIAL',
    [
      'Pengembangan diri',
      'Meningkatkan kemampuan bawahan dengan memberikan contoh dan penjelasan cara melaksanakan suatu pekerjaan',
      'Memberikan umpan balik, membimbing',
      'Menyusun program pengembangan jangka panjang dalam rangka mendorong manajemen pembelajaran',
      'Menciptakan situasi yang mendorong organisasi untuk mengembangkan kemampuan belajar secara berkelanjutan dalam rangka mendukung pencapaian hasil',
    ],
  ],
  [
    'MENGELOLA_PERUBAHAN',
    'M.7',
    'Mengelola Perubahan',
    'MANAJERIAL',
    [
      'Mengikuti perubahan dengan arahan',
      'Proaktif beradaptasi mengikuti perubahan',
      'Membantu orang lain mengikuti perubahan, mengantisipasi perubahan secara tepat',
      'Memimpin perubahan pada unit kerja',
      'Memimpin, menggalang dan menggerakkan dukungan pemangku kepentingan untuk menjalankan perubahan secara berkelanjutan pada tingkat instansi/nasional',
    ],
  ],
  [
    'PENGAMBILAN_KEPUTUSAN',
    'M.8',
    'Pengambilan Keputusan',
    'MANAJERIAL',
    [
      'Mengumpulkan informasi untuk bertindak sesuai kewenangan',
      'Menganalisis masalah secara mendalam',
      'Membandingkan berbagai alternatif, menyeimbangkan risiko keberhasilan dalam implementasi',
      'Menyelesaikan masalah yang mengandung risiko tinggi, mengantisipasi dampak keputusan, membuat tindakan pengamanan, mitigasi risiko',
      'Menghasilkan solusi dan mengambil keputusan untuk mengatasi permasalahan jangka panjang/strategis, berdampak nasional',
    ],
  ],
  [
    'PEREKAT_BANGSA',
    'SK.1',
    'Perekat Bangsa',
    'SOSIAL_KULTURAL',
    [
      'Peka memahami dan menerima kemajemukan',
      'Aktif mengembangkan sikap saling menghargai, menekankan persamaan dan persatuan',
      'Mempromosikan, mengembangkan sikap toleransi dan persatuan',
      'Mendayagunakan perbedaan secara konstruktif dan kreatif untuk meningkatkan efektivitas organisasi',
      'Wakil pemerintah untuk membangun hubungan sosial psikologis',
    ],
  ],
];

describe('kamus kompetensi (PermenPANRB 38/2017 Lampiran II)', () => {
  it('lists the eight manajerial competencies M.1–M.8 and the one sosial kultural SK.1, in kamus order', () => {
    expect(KOMPETENSI_MANAJERIAL).toEqual(LAMPIRAN_II.slice(0, 8).map((r) => r[0]));
    expect(KOMPETENSI_SOSIAL_KULTURAL).toEqual(['PEREKAT_BANGSA']);
    expect(KOMPETENSI_MANSOSKUL).toEqual(LAMPIRAN_II.map((r) => r[0]));
    expect(Object.keys(KAMUS_KOMPETENSI)).toEqual(LAMPIRAN_II.map((r) => r[0]));
    expect(KAMUS_CITATION).toEqual({ regulation: 'PERMENPANRB_38_2017', annex: 'Lampiran II' });
    // Moved from refusals.test.ts ('every exported table and constant of the domain is deep-frozen'): the citation is internal now.
    expect(Object.isFrozen(KAMUS_CITATION)).toBe(true);
  });

  it.each(LAMPIRAN_II)('%s: code %s, name %s, group %s, level descriptions 1–5', (key, kode, nama, kelompok, levels) => {
    const entry = KAMUS_KOMPETENSI[key as keyof typeof KAMUS_KOMPETENSI];
    expect(entry).toEqual({ kode, nama, kelompok, level: { 1: levels[0], 2: levels[1], 3: levels[2], 4: levels[3], 5: levels[4] } });
    expect(kelompokKompetensi(key)).toBe(kelompok);
    expect(namaKompetensi(key)).toBe(nama);
  });

  it('any other code is teknis and is named by its code', () => {
    expect(kelompokKompetensi('TEKNIS.PENGADAAN')).toBe('TEKNIS');
    expect(namaKompetensi('TEKNIS.PENGADAAN')).toBe('TEKNIS.PENGADAAN');
    expect(kelompokKompetensi('integritas')).toBe('TEKNIS');
  });

  it('generic level names 1–5 (sosialisasi deck, research notes §1.3)', () => {
    expect(SEBUTAN_LEVEL).toEqual({
      1: { id: 'Paham/dalam pengembangan', en: 'Aware/developing' },
      2: { id: 'Dasar', en: 'Basic' },
      3: { id: 'Menengah', en: 'Intermediate' },
      4: { id: 'Mumpuni', en: 'Advanced' },
      5: { id: 'Ahli', en: 'Expert' },
    });
  });
});

describe('standard level presets per jenjang (research notes §1.4: JPT Madya 5 … Pelaksana 1)', () => {
  const EXPECTED = { JPT_MADYA: 5, JPT_PRATAMA: 4, ADMINISTRATOR: 3, PENGAWAS: 2, PELAKSANA: 1 } as const;
  it('the table row by row', () => {
    expect(JENJANG_JABATAN).toEqual(['JPT_MADYA', 'JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS', 'PELAKSANA']);
    expect(LEVEL_STANDAR_PRESET).toEqual(EXPECTED);
  });
  it.each(Object.entries(EXPECTED))('%s: all nine national competencies at level %i, in kamus order', (jenjang, level) => {
    const s = standarKompetensiPreset(jenjang as keyof typeof EXPECTED);
    expect(Object.entries(s)).toEqual(KOMPETENSI_MANSOSKUL.map((k) => [k, level]));
  });
});

describe('canonical order of competency codes', () => {
  it('national codes in kamus order first, then teknis codes by code point', () => {
    const codes = ['TEKNIS.B', 'PEREKAT_BANGSA', 'A-1', 'KERJASAMA', 'TEKNIS.A', 'INTEGRITAS', 'PENGAMBILAN_KEPUTUSAN', 'Z'];
    expect(sortedKode(Object.fromEntries(codes.map((c) => [c, 1])))).toEqual([
      'INTEGRITAS',
      'KERJASAMA',
      'PENGAMBILAN_KEPUTUSAN',
      'PEREKAT_BANGSA',
      'A-1',
      'TEKNIS.A',
      'TEKNIS.B',
      'Z',
    ]);
  });
  it('compareKode signs', () => {
    expect(compareKode('INTEGRITAS', 'KERJASAMA')).toBeLessThan(0);
    expect(compareKode('KERJASAMA', 'INTEGRITAS')).toBeGreaterThan(0);
    expect(compareKode('PEREKAT_BANGSA', 'INTEGRITAS')).toBe(8);
    expect(compareKode('KOMUNIKASI', 'KOMUNIKASI')).toBe(0);
    expect(compareKode('INTEGRITAS', 'A')).toBe(-1);
    expect(compareKode('A', 'PEREKAT_BANGSA')).toBe(1);
    expect(compareKode('A', 'B')).toBe(-1);
    expect(compareKode('B', 'A')).toBe(1);
    expect(compareKode('T.1', 'T.1')).toBe(0);
  });
});
