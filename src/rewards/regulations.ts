import { deepFreeze } from '../core/freeze.js';
import { defineRegulations } from '../core/regulations.js';

/**
 * Regulations cited by the rewards domain. Sources and confidence: docs/sources/rewards.md (Satyalancana Karya
 * Satya, consequences of a missed target); the tukin schedules: docs/sources/tukin.md.
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
      catatan:
        'Named as the legal basis of the Satyalancana Karya Satya by agency pages (BKD Papua Barat, Kesbangpol Riau) [B]; the article that lists it was not found.',
    },
    PP_25_1994: {
      id: 'PP_25_1994',
      jenis: 'PP',
      nomor: '25',
      tahun: 1994,
      judul: 'Tanda Kehormatan Satyalancana Karya Satya',
      titleEn: 'The Satyalancana Karya Satya Long-Service Medal',
      mencabut: [],
      catatan:
        'Pasal 2 (three classes: perunggu, perak, emas) and Pasal 4 ayat (1)–(2) (10/20/30 years "bekerja secara terus menerus") read in the transcription at https://text-id.123dok.com/document/7qvm98jgq-persyaratan-penganugerahan-pemakai-dan.html [P-transcr.]; Pasal 4 ayat (3) is cut off there. Superseded for new awards by PP 35/2010.',
    },
    PP_35_2010: {
      id: 'PP_35_2010',
      jenis: 'PP',
      nomor: '35',
      tahun: 2010,
      judul: 'Pelaksanaan Undang-Undang Nomor 20 Tahun 2009 tentang Gelar, Tanda Jasa, dan Tanda Kehormatan',
      titleEn: 'Implementation of Law 20/2009 on Titles, Service Decorations and Honours',
      mencabut: [],
      catatan:
        'Pasal 22: Satyalancana Karya Satya conditions (never a hukuman disiplin sedang or berat; no CLTN), known from news quoting it (radarlebong) and agency pages [S]; the text itself and the exact wording on CLTN not read.',
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
      nomor: '68/Permentan/OT.140/11',
      tahun: 2012,
      judul: 'Pedoman Pelaksanaan Pemberian Tunjangan Kinerja bagi Pegawai di Lingkungan Kementerian Pertanian',
      titleEn: 'Guidelines for Granting Performance Allowances to Employees at the Ministry of Agriculture',
      mencabut: [],
      catatan:
        'HISTORICAL (PP 53/2010 era): re-issued as Permentan 45/Permentan/OT.140/4/2014 [S: gajibaru.com 2015]. Number and title as on ' +
        'pasal.id (Pasal 8, https://www.pasal.id/peraturan/permen/permentan-no-68-permentan-ot-140-11-2012-tahun-2012/koreksi/10737128: ' +
        'allowance per kelas jabatan "sebagaimana tercantum dalam Lampiran 3") and the 123dok copy. Deduction table reproduced by Balai ' +
        'Litbang Pertanian Banten, "Pengurangan Tunjangan Kinerja Setiap Bulan (%)", "Sumber: Permentan 68 tahun 2012" [B]; the article or ' +
        'Lampiran of the table not found. Sources: docs/sources/tukin.md.',
    },
    PERMENTAN_45_2014: {
      id: 'PERMENTAN_45_2014',
      jenis: 'PERMEN',
      nomor: '45/Permentan/OT.140/4',
      tahun: 2014,
      judul: 'Pedoman Pemberian Tunjangan Kinerja di Lingkungan Kementerian Pertanian',
      titleEn: 'Guidelines on Performance Allowances at the Ministry of Agriculture',
      mencabut: [],
      catatan:
        'Successor of Permentan 68/2012 as Kementan’s tukin guideline [S: gajibaru.com 2015, "Pemberian dan pengurangan tunjangan kinerja ' +
        'Kementerian Pertanian"]; text not read, title paraphrased, revocation of 68/2012 not confirmed from its text (so not recorded as mencabut). ' +
        'Not encoded as a preset.',
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
        'Pasal 19 read on pasal.id [P] (2,5% per day; 10 working days or more in a row in the month → 100%). Not read: the predikat-based cut (Pasal 12), lateness/early leave, cuti (Pasal 28–29). Sources: docs/sources/tukin.md.',
      url: 'https://pasal.id/peraturan/permen/permendikdasmen-no-14-tahun-2025/koreksi/9436571',
    },
    PERBAN_BGN_4_2025: {
      id: 'PERBAN_BGN_4_2025',
      jenis: 'PERATURAN_LAIN',
      nomor: '4',
      tahun: 2025,
      judul: 'Tata Cara Pemberian Tunjangan Kinerja Pegawai di Lingkungan Badan Gizi Nasional',
      titleEn: 'Procedure for Granting Performance Allowances at the National Nutrition Agency',
      mencabut: [],
      catatan:
        'Peraturan Badan Gizi Nasional; Pasal 15 (lateness) read on pasal.id [P]. Not read: Pasal 13 (the grounds Pasal 15 refers to), 14, 16 onward. Sources: docs/sources/tukin.md.',
      url: 'https://pasal.id/en/peraturan/perban/perbagi-4-2025/koreksi/4030514',
    },
    PERBAN_BAKAMLA_1_2023: {
      id: 'PERBAN_BAKAMLA_1_2023',
      jenis: 'PERATURAN_LAIN',
      nomor: '1',
      tahun: 2023,
      judul: 'Tunjangan Kinerja Pegawai di Lingkungan Badan Keamanan Laut',
      titleEn: 'Performance Allowances at the Maritime Security Agency',
      mencabut: [],
      catatan:
        'Peraturan Badan Keamanan Laut; Pasal 11 (predikat) read on pasal.id [P]; title paraphrased. Jam-kerja and hukuman pasal not read. Sources: docs/sources/tukin.md.',
      url: 'https://pasal.id/en/peraturan/perban/peraturan-bakamla-no-1-tahun-2023/koreksi/8010446',
    },
  }),
);
