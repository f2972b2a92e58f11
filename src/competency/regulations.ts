import { defineRegulations } from '../core/regulations.js';

/**
 * Regulations cited by the competency domain (PP 11/2017, UU 5/2014 and UU 20/2023 are in core;
 * PermenPANRB 6/2022 in performance). Sources and confidence: docs/sources/competency.md.
 */
export const COMPETENCY_REGULATIONS = defineRegulations({
  PERMENPANRB_38_2017: {
    id: 'PERMENPANRB_38_2017',
    jenis: 'PERMENPANRB',
    nomor: '38',
    tahun: 2017,
    judul: 'Standar Kompetensi Jabatan Aparatur Sipil Negara',
    titleEn: 'Competency Standards for State Civil Apparatus Positions',
    mencabut: [],
    catatan:
      'Berita Negara 2017 No. 1907 (as cited in the mengingat of Peraturan Kepala LAN 6/2020). Implements PP 11/2017 Pasal 55(5), 109(4)–(5), 166(2) (menimbang, read in scribd/anyflip copies). Pasal 1 angka 1: definition of standar kompetensi jabatan; Lampiran II: kamus kompetensi manajerial and sosial kultural (header and first pages read). No official link was found.',
  },
  PERBKN_26_2019: {
    id: 'PERBKN_26_2019',
    jenis: 'PERBKN',
    nomor: '26',
    tahun: 2019,
    judul: 'Pembinaan Penyelenggara Penilaian Kompetensi Pegawai Negeri Sipil',
    titleEn: 'Supervision of Civil Servant Competency Assessment Providers',
    mencabut: [],
    catatan:
      'Read only to Pasal 3 (scribd copies); its Lampiran was not reached. The JPM formula and the MS/MMS/KMS 80/68 bands are read only in a JF regulation and assessment applications, the 90/78 bands only in Peraturan BRIN 3/2023 Pasal 33: no source places any of them in this regulation, so its citations are unlocated. No official link was found.',
  },
  PERBRIN_3_2023: {
    id: 'PERBRIN_3_2023',
    jenis: 'PERATURAN_LAIN',
    nomor: '3',
    tahun: 2023,
    judul: 'Penyelenggaraan Penilaian Kompetensi Aparatur Sipil Negara di Lingkungan Badan Riset dan Inovasi Nasional',
    titleEn: 'Competency Assessment of Civil Servants at the National Research and Innovation Agency (BRIN)',
    mencabut: [],
    url: 'https://pasal.id/en/peraturan/perban/peraturan-brin-no-3-tahun-2023',
    catatan:
      'Peraturan Badan of BRIN: an agency regulation for competency assessments within BRIN, not a national one. Pasal 33 ayat (1)–(3) (read on pasal.id, koreksi/8011633) state the Optimal ≥ 90 / Cukup Optimal 78–< 90 / Kurang Optimal < 78 bands.',
  },
  PERMENPANRB_3_2020: {
    id: 'PERMENPANRB_3_2020',
    jenis: 'PERMENPANRB',
    nomor: '3',
    tahun: 2020,
    judul: 'Manajemen Talenta Aparatur Sipil Negara',
    titleEn: 'Talent Management of State Civil Apparatus',
    mencabut: [],
    diubahOleh: ['PERMENPANRB_20_2025'],
    catatan:
      'Berita Negara 2020 No. 28 (as cited in the mengingat of Peraturan Kepala LAN 6/2020). Implements UU 5/2014 Pasal 51 and PP 11/2017 Pasal 134(2) huruf d (menimbang, pdf4pro copy). Pasal 17 is read in the wording PermenPANRB 20/2025 gives it; the Lampiran (nine-box) was not read. No official link was found.',
  },
  PERMENPANRB_20_2025: {
    id: 'PERMENPANRB_20_2025',
    jenis: 'PERMENPANRB',
    nomor: '20',
    tahun: 2025,
    judul:
      'Perubahan atas Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 3 Tahun 2020 tentang Manajemen Talenta Aparatur Sipil Negara',
    titleEn: 'Amendment to PermenPANRB 3/2020 on Talent Management of State Civil Apparatus',
    mencabut: [],
    url: 'https://pasal.id/en/peraturan/permen/permenpanrb-no-20-tahun-2025/koreksi/9419400',
    catatan:
      'Gives Pasal 17 of PermenPANRB 3/2020 a new wording (kinerja ranking × potensial level), read on pasal.id as its Pasal 17 ayat (1)–(2); the number of the amending item (Pasal I angka …) was not read. Dates not confirmed.',
  },
  PERMENPANRB_15_2019: {
    id: 'PERMENPANRB_15_2019',
    jenis: 'PERMENPANRB',
    nomor: '15',
    tahun: 2019,
    judul: 'Pengisian Jabatan Pimpinan Tinggi secara Terbuka dan Kompetitif di Lingkungan Instansi Pemerintah',
    titleEn: 'Open and Competitive Filling of High Leadership Positions in Government Agencies',
    mencabut: [],
    catatan:
      'Not read: the selection weight ranges are known only from a news summary (elangmuria-news.com, grade S-weak) that names no Pasal or Lampiran section; they are settings. No official link was found.',
  },
  PERBKN_5_2019: {
    id: 'PERBKN_5_2019',
    jenis: 'PERBKN',
    nomor: '5',
    tahun: 2019,
    judul: 'Tata Cara Pelaksanaan Mutasi',
    titleEn: 'Procedure for Transfers (Mutasi)',
    mencabut: [],
    catatan: 'Implements PP 11/2017 Pasal 197 (menimbang, 123dok copy); only the opening pages were read and no rule cites it yet.',
  },
});
