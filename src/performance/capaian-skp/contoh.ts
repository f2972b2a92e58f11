/** The worked examples and the notes of capaianSkp. */
import type { Bilingual } from '../../core/explain.js';
import type { RuleExample } from '../../core/rule.js';

export const CAPAIAN_SKP_NOTES: Bilingual[] = [
  {
    id: 'Rumus efisiensi > 24%, 76 − ((1,76 × T − R) / T × 100 − 100), ditulis sama oleh sedikitnya tujuh implementasi publik (tingkat I); rumus ≤ 24% dan contoh hitungnya dari sumber sekunder (S). Nilai tugas tambahan (1/2/3) dan kreativitas (3/6/12) adalah praktik umum yang tidak dinyatakan oleh sumber mana pun yang ditemukan (U): pengaturan nilaiTugasTambahan dan nilaiKreativitas.',
    en: 'The > 24% efficiency formula, 76 − ((1.76 × T − R) / T × 100 − 100), is written identically by at least seven public implementations (grade I); the ≤ 24% formula and its worked examples come from secondary sources (S). The additional-task (1/2/3) and creativity (3/6/12) values are common practice stated by no source found (U): the settings nilaiTugasTambahan and nilaiKreativitas.',
  },
  {
    id: 'Pengaturan kegiatanTidakTerlaksanaNol (preset true): kegiatan yang outputnya tidak terlaksana (realisasi kuantitas 0) bernilai 0 pada setiap aspek, termasuk waktu dan biaya, sehingga nilai capaiannya 0. Sumber: sebuah implementasi publik menolkan semua aspek (tingkat I); sebuah blog 2014 tentang rumus SKP aspek waktu menyebut "Dalam hal kegiatan atau target tidak terlaksana, maka digunakan rumus" tersendiri (tingkat S), tetapi rumusnya hanya berupa gambar dan teks Lampiran Perka BKN 1/2013 belum dibaca (U). Dengan false, aspek waktu dan biaya tetap dinilai dengan rumusnya seperti pada versi 0.1.0.',
    en: 'Setting kegiatanTidakTerlaksanaNol (preset true): a kegiatan whose output was not carried out (realisasi kuantitas 0) scores 0 on every aspect, waktu and biaya included, so its nilai capaian is 0. Source: a public implementation zeroes every aspect (grade I); a 2014 blog on the SKP waktu formulas says "Dalam hal kegiatan atau target tidak terlaksana, maka digunakan rumus" of its own (grade S), but shows the formula only as an image, and the Perka BKN 1/2013 Lampiran text was not read (U). With false, waktu and biaya keep their formula scores as in version 0.1.0.',
  },
  {
    id: 'Perhitungan dilakukan eksak; nilai ditampilkan dengan 2 desimal (pembulatan setengah ke atas) dan sebutan ditetapkan dari nilai yang ditampilkan.',
    en: 'Computation is exact; values are shown with 2 decimals (half up) and the sebutan is set from the value shown.',
  },
  {
    id: 'Nilai aspek waktu dan biaya tidak pernah di bawah 0: faktor 1,76 pada Lampiran Perka BKN 1/2013 menempatkan titik nol skala pada realisasi = 176% target (100 pada 76%, 76 pada 100%), dan nilai capaian menjumlahkan nilai aspek yang diukur dari 0. Realisasi di atas 176% target dihitung 0 (bukan negatif) dan dicatat sebagai alasan tersendiri; realisasi seperti itu nyata (kegiatan terlambat atau melampaui anggaran), sehingga tidak ditolak.',
    en: 'The waktu and biaya aspect scores never go below 0: the factor 1.76 of the Perka BKN 1/2013 Lampiran puts the zero of the scale at a realisation of 176% of the target (100 at 76%, 76 at 100%), and the nilai capaian adds up aspect scores measured from 0. A realisation above 176% of the target counts 0 (not a negative score) and is reported as its own reason; such a realisation is real (a late or over-budget activity), so it is not refused.',
  },
  {
    id: 'Ditolak sebagai masukan yang mustahil: target 0 atau negatif, realisasi negatif, realisasi kualitas di atas 100, realisasi waktu 0 padahal ada output yang terealisasi, SKP tanpa kegiatan atau dengan lebih dari 1.000 kegiatan, dan nilai tugas tambahan yang mengulang jumlah minimal yang sama.',
    en: 'Refused as impossible input: a target of 0 or below, a negative realisation, a quality realisation above 100, a time realisation of 0 while output was realised, an SKP with no kegiatan or more than 1,000, and tugas tambahan values that repeat the same minimum.',
  },
];

export const CAPAIAN_SKP_EXAMPLES: RuleExample[] = [
  {
    title: { id: 'Tiga aspek: 100 + 90 + 76 = 266 / 3', en: 'Three aspects: 100 + 90 + 76 = 266 / 3' },
    input: { kegiatan: [{ kuantitas: { target: 1, realisasi: 1 }, kualitas: { realisasi: 90 }, waktu: { target: 12, realisasi: 12 } }] },
    expected: {
      kegiatan: [
        {
          nama: null,
          kuantitas: '100.00',
          kualitas: '90.00',
          waktu: '76.00',
          biaya: null,
          penghitungan: '266.00',
          jumlahAspek: 3,
          nilaiCapaian: '88.67',
        },
      ],
      rataRata: '88.67',
      nilaiTugasTambahan: '0',
      nilaiKreativitas: '0',
      nilaiSkp: '88.67',
      sebutan: 'BAIK',
    },
    source: 'Published SKP example (docs/sources/performance.md T3)',
  },
  {
    title: { id: 'Empat aspek: 342 / 4 = 85,50', en: 'Four aspects: 342 / 4 = 85.50' },
    input: {
      kegiatan: [
        {
          kuantitas: { target: 1, realisasi: 1 },
          kualitas: { realisasi: 90 },
          waktu: { target: 12, realisasi: 12 },
          biaya: { target: 170395000, realisasi: 170395000 },
        },
      ],
    },
    expected: {
      kegiatan: [
        {
          nama: null,
          kuantitas: '100.00',
          kualitas: '90.00',
          waktu: '76.00',
          biaya: '76.00',
          penghitungan: '342.00',
          jumlahAspek: 4,
          nilaiCapaian: '85.50',
        },
      ],
      rataRata: '85.50',
      nilaiTugasTambahan: '0',
      nilaiKreativitas: '0',
      nilaiSkp: '85.50',
      sebutan: 'BAIK',
    },
    source: 'Rumus SKP worksheet (docs/sources/performance.md T4)',
  },
  {
    title: {
      id: 'Biaya 10× anggaran: aspek biaya 0 (bukan −824), (100 + 90 + 76 + 0) / 4 = 66,50',
      en: 'Ten times the budget spent: cost aspect 0 (not −824), (100 + 90 + 76 + 0) / 4 = 66.50',
    },
    input: {
      kegiatan: [
        {
          kuantitas: { target: 1, realisasi: 1 },
          kualitas: { realisasi: 90 },
          waktu: { target: 12, realisasi: 12 },
          biaya: { target: 1000000, realisasi: 10000000 },
        },
      ],
    },
    expected: {
      kegiatan: [
        {
          nama: null,
          kuantitas: '100.00',
          kualitas: '90.00',
          waktu: '76.00',
          biaya: '0.00',
          penghitungan: '266.00',
          jumlahAspek: 4,
          nilaiCapaian: '66.50',
        },
      ],
      rataRata: '66.50',
      nilaiTugasTambahan: '0',
      nilaiKreativitas: '0',
      nilaiSkp: '66.50',
      sebutan: 'CUKUP',
    },
    source: 'derived (the unclamped formula gave −139.50)',
  },
  {
    title: {
      id: 'Kegiatan tidak terlaksana (realisasi kuantitas 0): setiap aspek 0, termasuk waktu',
      en: 'An activity not carried out (output realised 0): every aspect 0, time included',
    },
    input: {
      kegiatan: [
        { nama: 'Rakor', kuantitas: { target: 1, realisasi: 0 }, kualitas: { realisasi: 0 }, waktu: { target: 12, realisasi: 12 } },
        { nama: 'Laporan', kuantitas: { target: 1, realisasi: 1 }, kualitas: { realisasi: 90 }, waktu: { target: 12, realisasi: 12 } },
      ],
    },
    expected: {
      kegiatan: [
        {
          nama: 'Rakor',
          kuantitas: '0.00',
          kualitas: '0.00',
          waktu: '0.00',
          biaya: null,
          penghitungan: '0.00',
          jumlahAspek: 3,
          nilaiCapaian: '0.00',
        },
        {
          nama: 'Laporan',
          kuantitas: '100.00',
          kualitas: '90.00',
          waktu: '76.00',
          biaya: null,
          penghitungan: '266.00',
          jumlahAspek: 3,
          nilaiCapaian: '88.67',
        },
      ],
      rataRata: '44.33',
      nilaiTugasTambahan: '0',
      nilaiKreativitas: '0',
      nilaiSkp: '44.33',
      sebutan: 'BURUK',
    },
    source: 'setting kegiatanTidakTerlaksanaNol (preset true); with false the first kegiatan scores (0 + 0 + 76) / 3 = 25.33',
  },
];
