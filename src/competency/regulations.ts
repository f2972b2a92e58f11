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
    catatan: 'Implements PP 11/2017 Pasal 55(5), 109(4)–(5), 166(2). Lampiran II: kamus kompetensi manajerial and sosial kultural.',
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
      'Only opening pages read; the JPM formula and bands are known through instansi regulations restating it (e.g. Peraturan BRIN 3/2023).',
  },
  PERBRIN_3_2023: {
    id: 'PERBRIN_3_2023',
    jenis: 'PERATURAN_LAIN',
    nomor: '3',
    tahun: 2023,
    judul: 'Penyelenggaraan Penilaian Kompetensi Aparatur Sipil Negara di Lingkungan Badan Riset dan Inovasi Nasional',
    titleEn: 'Competency Assessment of Civil Servants at the National Research and Innovation Agency (BRIN)',
    mencabut: [],
    catatan: 'Peraturan BRIN; Pasal 33 states the Optimal / Cukup Optimal / Kurang Optimal bands (90 / 78).',
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
    catatan: 'Implements UU 5/2014 Pasal 51 and PP 11/2017 Pasal 134(2) huruf d. Lampiran (nine-box) not read.',
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
    catatan: 'Amends Pasal 17 (kinerja ranking × potensial level). Dates not confirmed.',
  },
  PERMENPANRB_15_2019: {
    id: 'PERMENPANRB_15_2019',
    jenis: 'PERMENPANRB',
    nomor: '15',
    tahun: 2019,
    judul: 'Pengisian Jabatan Pimpinan Tinggi secara Terbuka dan Kompetitif di Lingkungan Instansi Pemerintah',
    titleEn: 'Open and Competitive Filling of High Leadership Positions in Government Agencies',
    mencabut: [],
    catatan: 'Selection weights known only from a news summary (grade S-weak); treated as settings.',
  },
  PERBKN_5_2019: {
    id: 'PERBKN_5_2019',
    jenis: 'PERBKN',
    nomor: '5',
    tahun: 2019,
    judul: 'Tata Cara Pelaksanaan Mutasi',
    titleEn: 'Procedure for Transfers (Mutasi)',
    mencabut: [],
    catatan: 'Implements PP 11/2017 Pasal 197; opening pages only read.',
  },
});
