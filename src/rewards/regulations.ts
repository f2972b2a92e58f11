import { deepFreeze } from '../core/freeze.js';
import { defineRegulations } from '../core/regulations.js';

/**
 * Regulations cited by the rewards domain. Sources and confidence:
 * docs/sources/discipline-and-rewards.md (digest: shared/regulations/discipline-and-rewards.md).
 */
export const REWARDS_REGULATIONS = deepFreeze(
  defineRegulations({
    UU_20_2009: {
      id: 'UU_20_2009',
      jenis: 'UU',
      nomor: '20',
      tahun: 2009,
      judul: 'Gelar, Tanda Jasa, dan Tanda Kehormatan',
      titleEn: 'Titles, Service Decorations and Honours',
      mencabut: [],
    },
    PP_25_1994: {
      id: 'PP_25_1994',
      jenis: 'PP',
      nomor: '25',
      tahun: 1994,
      judul: 'Tanda Kehormatan Satyalancana Karya Satya',
      titleEn: 'The Satyalancana Karya Satya Long-Service Medal',
      mencabut: [],
      catatan: 'Pasal 2–4 (classes X/XX/XXX) read via 123dok [P]. Superseded for new awards by PP 35/2010.',
    },
    PP_35_2010: {
      id: 'PP_35_2010',
      jenis: 'PP',
      nomor: '35',
      tahun: 2010,
      judul: 'Pelaksanaan Undang-Undang Nomor 20 Tahun 2009 tentang Gelar, Tanda Jasa, dan Tanda Kehormatan',
      titleEn: 'Implementation of Law 20/2009 on Titles, Service Decorations and Honours',
      mencabut: [],
      catatan: 'Pasal 22: Satyalancana Karya Satya conditions, known from news quotes [S]; exact wording on CLTN unconfirmed.',
    },
    PERBKN_3_2020: {
      id: 'PERBKN_3_2020',
      jenis: 'PERBKN',
      nomor: '3',
      tahun: 2020,
      judul: 'Petunjuk Teknis Pemberhentian Pegawai Negeri Sipil',
      titleEn: 'Technical Guidelines on the Dismissal of Civil Servants',
      mencabut: [],
      catatan: 'Pasal 32 ayat (1): a PNS who does not meet the performance target is dismissed with honour [S: Kontan].',
    },
    PERMENTAN_68_2012: {
      id: 'PERMENTAN_68_2012',
      jenis: 'PERMEN',
      nomor: '68',
      tahun: 2012,
      judul: 'Pedoman Pemberian Tunjangan Kinerja di Lingkungan Kementerian Pertanian',
      titleEn: 'Guidelines on Performance Allowances at the Ministry of Agriculture',
      mencabut: [],
      catatan:
        'Deduction table reproduced by Balai Litbang Pertanian Banten [S]; title paraphrased, not confirmed against the official text.',
    },
    PERMENDIKDASMEN_14_2025: {
      id: 'PERMENDIKDASMEN_14_2025',
      jenis: 'PERMEN',
      nomor: '14',
      tahun: 2025,
      judul: 'Pelaksanaan Pemberian Tunjangan Kinerja Pegawai di Lingkungan Kementerian Pendidikan Dasar dan Menengah',
      titleEn: 'Granting Performance Allowances at the Ministry of Primary and Secondary Education',
      mencabut: [],
      catatan:
        'Pasal 19 read on pasal.id [P] (2,5% per day; 10 working days or more in a row in the month → 100%). Predikat-based cut percentages (Pasal 12) not read.',
    },
    PERBAN_BGN_4_2025: {
      id: 'PERBAN_BGN_4_2025',
      jenis: 'PERATURAN_LAIN',
      nomor: '4',
      tahun: 2025,
      judul: 'Tata Cara Pemberian Tunjangan Kinerja Pegawai di Lingkungan Badan Gizi Nasional',
      titleEn: 'Procedure for Granting Performance Allowances at the National Nutrition Agency',
      mencabut: [],
      catatan: 'Peraturan Badan Gizi Nasional; Pasal 15 read on pasal.id [P].',
    },
    PERBAN_BAKAMLA_1_2023: {
      id: 'PERBAN_BAKAMLA_1_2023',
      jenis: 'PERATURAN_LAIN',
      nomor: '1',
      tahun: 2023,
      judul: 'Tunjangan Kinerja Pegawai di Lingkungan Badan Keamanan Laut',
      titleEn: 'Performance Allowances at the Maritime Security Agency',
      mencabut: [],
      catatan: 'Peraturan Badan Keamanan Laut; Pasal 11 read on pasal.id [P]; title paraphrased.',
    },
  }),
);
