import { deepFreeze } from '../core/freeze.js';
import { defineRegulations } from '../core/regulations.js';

/**
 * Regulations of the agency merit assessment and of competency development. Sources and grades:
 * docs/sources/merit.md. Only the opening of most copies was read: dates not read are left unset.
 */
export const MERIT_REGULATIONS = deepFreeze(
  defineRegulations({
    PERMENPANRB_40_2018: {
      id: 'PERMENPANRB_40_2018',
      jenis: 'PERMENPANRB',
      nomor: '40',
      tahun: 2018,
      judul: 'Pedoman Sistem Merit dalam Manajemen Aparatur Sipil Negara',
      titleEn: 'Guidelines on the Merit System in Civil-Service Management',
      mencabut: [],
      catatan:
        'Berita Negara 2018 No. 1252 (cited in recital b of the Peraturan KASN 2018 on penilaian mandiri, https://id.scribd.com/document/624972791/2018peraturankasn003). Its Lampiran (indicators, answer levels, weights) was not read; the score bands 100–174 / 175–249 / 250–324 / 325–400 are as the KASN chair stated them (18 Feb 2024). Replaced by PermenPANRB 19/2025 (its recital b); the revoking article was not read.',
    },
    PERMENPANRB_19_2025: {
      id: 'PERMENPANRB_19_2025',
      jenis: 'PERMENPANRB',
      nomor: '19',
      tahun: 2025,
      judul: 'Penyelenggaraan Sistem Merit dalam Manajemen Aparatur Sipil Negara',
      titleEn: 'Implementation of the Merit System in Civil-Service Management',
      ditetapkan: '2025-12-31',
      mencabut: [],
      url: 'https://jdih.kemenkoinfra.go.id/permenpanrb-192025-penyelenggaraan-sistem-merit-dalam-manajemen-aparatur-sipil-negara',
      catatan:
        'Ditetapkan 31 December 2025 per JDIH Kemenko Infrastruktur (S); diundangkan date, Berita Negara number, Lampiran (weights, formula, categories) and the transitional rule for results under PermenPANRB 40/2018 not read. Recital b: PermenPANRB 40/2018 "sudah tidak sesuai … sehingga perlu diganti".',
    },
    PERBAN_KASN_9_2019: {
      id: 'PERBAN_KASN_9_2019',
      jenis: 'PERATURAN_LAIN',
      nomor: '9',
      tahun: 2019,
      judul: 'Tata Cara Penilaian Mandiri Penerapan Sistem Merit',
      titleEn: 'Procedure for the Self-Assessment of Merit-System Implementation',
      mencabut: [],
      catatan:
        'Peraturan Komisi Aparatur Sipil Negara, used for the 2019 round (KASN Laporan Kajian Sistem Merit 2019, https://id.scribd.com/document/521680372/Laporan-Kajian-Sistem-Merit-TA-2019); its body was not read. KASN stopped work in 2024 (UU 20/2023).',
    },
    PERBAN_LAN_5_2018: {
      id: 'PERBAN_LAN_5_2018',
      jenis: 'PERATURAN_LAIN',
      nomor: '5',
      tahun: 2018,
      judul: 'Pengembangan Kompetensi Pegawai Aparatur Sipil Negara',
      titleEn: 'Competency Development of Civil-Service Employees',
      mencabut: [],
      catatan:
        'Peraturan Lembaga Administrasi Negara. As LAN explains it (https://lan.go.id/?p=9939, B): at least 20 JP a year for every ASN, 1 JP = 45 minutes of learning. Body not read.',
    },
    PERBAN_LAN_10_2018: {
      id: 'PERBAN_LAN_10_2018',
      jenis: 'PERATURAN_LAIN',
      nomor: '10',
      tahun: 2018,
      judul: 'Pengembangan Kompetensi Pegawai Negeri Sipil',
      titleEn: 'Competency Development of Civil Servants',
      mencabut: [],
      catatan:
        'Peraturan Lembaga Administrasi Negara implementing PP 11/2017 Pasal 225 (recitals read, https://pdfcoffee.com/download/perka-lan-nomor-10-tahun-2018-pengembangan-kompetensi-pns-pdf-free.html). The forms of development are known from the SE Kepala BKN 3/2022 deck (S); body not read.',
    },
    PERBAN_LAN_15_2020: {
      id: 'PERBAN_LAN_15_2020',
      jenis: 'PERATURAN_LAIN',
      nomor: '15',
      tahun: 2020,
      judul: 'Pengembangan Kompetensi Pegawai Pemerintah dengan Perjanjian Kerja',
      titleEn: 'Competency Development of Government Employees with a Work Agreement (PPPK)',
      mencabut: [],
      catatan:
        'Peraturan Lembaga Administrasi Negara under PP 49/2018 Pasal 40 ayat (3) (recitals read, https://id.scribd.com/document/664285015/Peraturan-LAN-No-15-Tahun-2020-Tentang-Pengembangan-Kompetensi-P3K); its content was not read.',
    },
  }),
);
