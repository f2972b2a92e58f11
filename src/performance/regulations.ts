import { deepFreeze } from '../core/freeze.js';
import { defineRegulations } from '../core/regulations.js';

/** Regulations of penilaian kinerja. Sources and confidence: docs/sources/performance.md. */
export const PERFORMANCE_REGULATIONS = deepFreeze(
  defineRegulations({
    PP_10_1979: {
      id: 'PP_10_1979',
      jenis: 'PP',
      nomor: '10',
      tahun: 1979,
      judul: 'Penilaian Pelaksanaan Pekerjaan Pegawai Negeri Sipil',
      titleEn: 'Work Implementation Appraisal of Civil Servants (DP-3)',
      mencabut: [],
      catatan: 'DP-3 appraisals until 2013; not encoded in this library.',
    },
    PP_46_2011: {
      id: 'PP_46_2011',
      jenis: 'PP',
      nomor: '46',
      tahun: 2011,
      judul: 'Penilaian Prestasi Kerja Pegawai Negeri Sipil',
      titleEn: 'Work Performance Appraisal of Civil Servants',
      mencabut: ['PP_10_1979'],
      catatan: 'LN 2011 No. 121, TLN 5258. Appraisals under it from 1 January 2014 (SE MenPANRB 02/2013); revoked by PP 30/2019.',
    },
    PERKA_BKN_1_2013: {
      id: 'PERKA_BKN_1_2013',
      jenis: 'PERKA_BKN',
      nomor: '1',
      tahun: 2013,
      judul: 'Ketentuan Pelaksanaan Peraturan Pemerintah Nomor 46 Tahun 2011 tentang Penilaian Prestasi Kerja Pegawai Negeri Sipil',
      titleEn: 'Implementing Provisions of Government Regulation 46/2011 on Work Performance Appraisal of Civil Servants',
      mencabut: [],
      catatan: 'Lampiran holds the SKP formulas (kuantitas, kualitas, waktu, biaya) and the forms.',
    },
    PP_30_2019: {
      id: 'PP_30_2019',
      jenis: 'PP',
      nomor: '30',
      tahun: 2019,
      judul: 'Penilaian Kinerja Pegawai Negeri Sipil',
      titleEn: 'Performance Appraisal of Civil Servants',
      mencabut: ['PP_46_2011'],
      url: 'https://www.pasal.id/peraturan/pp/pp-no-30-tahun-2019/koreksi/9019721',
      catatan:
        'LN 2019 No. 77. In force on promulgation (April 2019; exact day unconfirmed); applied to appraisals from semester II 2021 through PermenPANRB 8/2021. The url opens the text of Pasal 41 (pasal.id, with its source PDF); no JDIH copy was read.',
    },
    PERMENPANRB_8_2021: {
      id: 'PERMENPANRB_8_2021',
      jenis: 'PERMENPANRB',
      nomor: '8',
      tahun: 2021,
      judul: 'Sistem Manajemen Kinerja Pegawai Negeri Sipil',
      titleEn: 'Civil Servant Performance Management System',
      mencabut: [],
      catatan: 'Implements PP 30/2019 Pasal 61 ayat (1); used for the appraisal of semester II 2021; replaced by PermenPANRB 6/2022.',
    },
    PERMENPANRB_6_2022: {
      id: 'PERMENPANRB_6_2022',
      jenis: 'PERMENPANRB',
      nomor: '6',
      tahun: 2022,
      judul: 'Pengelolaan Kinerja Pegawai Aparatur Sipil Negara',
      titleEn: 'Performance Management of State Civil Apparatus Employees',
      ditetapkan: '2022-02-03',
      mencabut: ['PERMENPANRB_8_2021'],
      url: 'https://jdih.maritim.go.id/index.php/en/pengelolaan-kinerja-pegawai-aparatur-sipil-negara',
      catatan:
        'Applies to PNS and PPPK; used for appraisals from 2022. Ditetapkan date from JDIH Kemenko Marves (the url); diundangkan date unconfirmed.',
    },
    SE_MENPANRB_3_2023: {
      id: 'SE_MENPANRB_3_2023',
      jenis: 'SE_MENPANRB',
      nomor: '3',
      tahun: 2023,
      judul: 'Tata Cara Penetapan Predikat Kinerja Pegawai Aparatur Sipil Negara',
      titleEn: 'Procedure for Setting the Performance Rating of State Civil Apparatus Employees',
      ditetapkan: '2023-01-31',
      berlaku: '2023-01-31',
      mencabut: [],
      catatan:
        'Sets the distribution pattern of employee predikat by the organisation predikat (PermenPANRB 6/2022 Pasal 24–25), "digunakan sebagai pertimbangan bagi pimpinan". Known only from secondary copies (naikpangkat.com, postingnews.id, ainamulyana.com); no official url found.',
    },
  }),
);
