import { deepFreeze } from '../core/freeze.js';
import { defineRegulations } from '../core/regulations.js';

/** Regulations cited by the promotion domain. Sources and confidence: docs/sources/promotion.md. */
export const PROMOTION_REGULATIONS = deepFreeze(
  defineRegulations({
    PP_7_1977: {
      id: 'PP_7_1977',
      jenis: 'PP',
      nomor: '7',
      tahun: 1977,
      judul: 'Peraturan Gaji Pegawai Negeri Sipil',
      titleEn: 'Civil Servant Salary Regulation',
      mencabut: [],
      url: 'https://id.wikisource.org/wiki/Peraturan_Pemerintah_Republik_Indonesia_Nomor_7_Tahun_1977',
      catatan:
        'LN 1977 No. 11, TLN 3098; amended many times. Pasal 11 huruf a–b: KGB when the masa kerja golongan is reached and the appraisal is at least "cukup"; Pasal 12 ayat (2): notice 2 months before; Pasal 13: postponed up to 1 year at a time (text quoted by asnri.com).',
    },
    PP_99_2000: {
      id: 'PP_99_2000',
      jenis: 'PP',
      nomor: '99',
      tahun: 2000,
      judul: 'Kenaikan Pangkat Pegawai Negeri Sipil',
      titleEn: 'Promotion of Civil Servants',
      mencabut: [],
      diubahOleh: ['PP_12_2002'],
      url: 'https://www.pasal.id/peraturan/pp/pp-no-99-tahun-2000',
      catatan:
        "Still the base text for kenaikan pangkat (BKN KMS). Read on pasal.id: Pasal 6 (KP reguler; ayat (2) the atasan-langsung limit, numbered by the next article's reference to it), Pasal 13 (JF) and the unnumbered text of the other articles; Pasal 12 (struktural, BOSDM LIPI) and Pasal 18 (penyesuaian ijazah, BKPSDM Serang) as secondary sources locate them. The original text sets periods on 1 January, April, July and October.",
    },
    PP_100_2000: {
      id: 'PP_100_2000',
      jenis: 'PP',
      nomor: '100',
      tahun: 2000,
      judul: 'Pengangkatan Pegawai Negeri Sipil dalam Jabatan Struktural',
      titleEn: 'Appointment of Civil Servants to Structural Positions',
      mencabut: [],
      diubahOleh: ['PP_13_2002'],
      catatan: 'Pasal 5 (appointment conditions) read; Lampiran: jenjang pangkat per eselon.',
    },
    PP_12_2002: {
      id: 'PP_12_2002',
      jenis: 'PP',
      nomor: '12',
      tahun: 2002,
      judul: 'Perubahan atas Peraturan Pemerintah Nomor 99 Tahun 2000 tentang Kenaikan Pangkat Pegawai Negeri Sipil',
      titleEn: 'Amendment to Government Regulation 99/2000 on Promotion of Civil Servants',
      mencabut: [],
      catatan:
        'Sets the KP periods to 1 April and 1 October (BKN KMS, BKN Kanreg I slides); the amended article numbers were not read (transcriptions on slideshare and 123dok).',
    },
    PP_13_2002: {
      id: 'PP_13_2002',
      jenis: 'PP',
      nomor: '13',
      tahun: 2002,
      judul: 'Perubahan atas Peraturan Pemerintah Nomor 100 Tahun 2000 tentang Pengangkatan Pegawai Negeri Sipil dalam Jabatan Struktural',
      titleEn: 'Amendment to Government Regulation 100/2000 on Appointment of Civil Servants to Structural Positions',
      mencabut: [],
      catatan:
        'Lampiran: eselon → lowest and highest pangkat. Whether it still binds after PP 11/2017 is unconfirmed; agencies still use it.',
    },
    KEPKA_BKN_12_2002: {
      id: 'KEPKA_BKN_12_2002',
      jenis: 'KEPKA_BKN',
      nomor: '12',
      tahun: 2002,
      judul:
        'Ketentuan Pelaksanaan Peraturan Pemerintah Nomor 99 Tahun 2000 tentang Kenaikan Pangkat Pegawai Negeri Sipil sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 12 Tahun 2002',
      titleEn:
        'Implementing Provisions of Government Regulation 99/2000 on Promotion of Civil Servants, as amended by Government Regulation 12/2002',
      mencabut: [],
      catatan:
        'Juklak of kenaikan pangkat with contoh. Its provisions on the KP periods were revoked by Peraturan BKN 4/2023 (ainamulyana, Kompas TV) and its atasan-langsung limit by Peraturan BKN 2/2025 (Pemkab Jeneponto).',
    },
    KEPKA_BKN_13_2002: {
      id: 'KEPKA_BKN_13_2002',
      jenis: 'KEPKA_BKN',
      nomor: '13',
      tahun: 2002,
      judul:
        'Ketentuan Pelaksanaan Peraturan Pemerintah Nomor 100 Tahun 2000 tentang Pengangkatan Pegawai Negeri Sipil dalam Jabatan Struktural sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 13 Tahun 2002',
      titleEn:
        'Implementing Provisions of Government Regulation 100/2000 on Appointment to Structural Positions, as amended by Government Regulation 13/2002',
      mencabut: [],
      catatan: 'Cited (secondary source) for the eselon ceiling of kenaikan pangkat pilihan struktural.',
    },
    PERKA_BKN_21_2010: {
      id: 'PERKA_BKN_21_2010',
      jenis: 'PERKA_BKN',
      nomor: '21',
      tahun: 2010,
      judul: 'Ketentuan Pelaksanaan Peraturan Pemerintah Nomor 53 Tahun 2010 tentang Disiplin Pegawai Negeri Sipil',
      titleEn: 'Implementing Provisions of Government Regulation 53/2010 on Civil Servant Discipline',
      mencabut: [],
      catatan:
        'Implementing rule of the PP 53/2010 regime (superseded with PP 53/2010 by PP 94/2021 and Peraturan BKN 6/2022). Kemenkes Ropeg helpdesk: no KP or KGB while a hukuman is served, no KP while under examination; articles not read.',
    },
    UU_14_2005: {
      id: 'UU_14_2005',
      jenis: 'UU',
      nomor: '14',
      tahun: 2005,
      judul: 'Guru dan Dosen',
      titleEn: 'Teachers and Lecturers',
      mencabut: [],
      catatan:
        'Pasal 30 ayat (4): guru retire at 60; Pasal 67 ayat (4): dosen at 65 (secondary sources). The BUP of a JF set by an Undang-Undang (PP 11/2017 Pasal 240; UU 20/2023 Pasal 55 huruf b angka 1).',
    },
    PERMENPANRB_1_2023: {
      id: 'PERMENPANRB_1_2023',
      jenis: 'PERMENPANRB',
      nomor: '1',
      tahun: 2023,
      judul: 'Jabatan Fungsional',
      titleEn: 'Functional Positions',
      diundangkan: '2023-01-12',
      mencabut: [],
      url: 'https://jdih.maritim.go.id/permen-pan-rb-12023-jabatan-fungsional',
      catatan:
        'Angka kredit by conversion of predikat kinerja from January 2023. Pasal 37 ayat (1): 150/100/75/50/25 % of the koefisien tahunan; ayat (2)–(3): +25 % of the KP AKK for a higher ijazah (predikat at least baik); ayat (4): part-year periods counted proportionally (naikpangkat.com transcription; BKN news "pasal 37 ayat 1"). Pasal 57: conventional AKK → integrasi (BKN slides). Lampiran: AKK per jenjang.',
    },
    PERBKN_3_2023: {
      id: 'PERBKN_3_2023',
      jenis: 'PERBKN',
      nomor: '3',
      tahun: 2023,
      judul: 'Angka Kredit, Kenaikan Pangkat, dan Kenaikan Jenjang Jabatan Fungsional',
      titleEn: 'Credit Points, Promotion and Grade Advancement in Functional Positions',
      mencabut: [],
      url: 'https://pasal.id/peraturan/perban/peraturan-bkn-no-3-tahun-2023',
      catatan:
        'Implements PermenPANRB 1/2023 Pasal 22 ayat (3), 25, 30 ayat (3), 37 ayat (7), 39 ayat (5), 56 ayat (4) and 57 ayat (2); issued around July 2023 (exact date unconfirmed). Pasal 12 ayat (3), (7): predikat converted into AK, accumulated for KP and KJ; Pasal 13 ayat (1): annual, or periodic counted proportionally (pasal.id). Lampiran I: worked examples; Lampiran II: AK dasar (angka 2) and formats (konversi angka 10, akumulasi angka 11, PAK angka 12).',
    },
    PERBKN_4_2023: {
      id: 'PERBKN_4_2023',
      jenis: 'PERBKN',
      nomor: '4',
      tahun: 2023,
      judul: 'Periodisasi Kenaikan Pangkat Pegawai Negeri Sipil',
      titleEn: 'Periods of Civil Servant Promotion',
      ditetapkan: '2023-07-14',
      diundangkan: '2023-07-24',
      berlaku: '2024-01-01',
      mencabut: [],
      catatan:
        'Pasal 2 (quoted verbatim by jabarnews): periods 1 Feb, 1 Apr, 1 Jun, 1 Aug, 1 Oct, 1 Dec (except anumerta and pengabdian); applied from January 2024; revokes the KP-period provisions of Keputusan Kepala BKN 12/2002 (secondary sources). Title as jabarnews and ainamulyana give it.',
    },
    PERBKN_2_2025: {
      id: 'PERBKN_2_2025',
      jenis: 'PERBKN',
      nomor: '2',
      tahun: 2025,
      judul: 'Kenaikan Pangkat Reguler Pegawai Negeri Sipil',
      titleEn: 'Regular Promotion of Civil Servants',
      ditetapkan: '2025-05-20',
      mencabut: [],
      catatan:
        'KP reguler may exceed the atasan langsung (Pasal 2 ayat (2)); ceilings by ijazah kept. Number (2 vs 1), title and effective day unconfirmed (secondary sources).',
    },
    PERBKN_4_2025: {
      id: 'PERBKN_4_2025',
      jenis: 'PERBKN',
      nomor: '4',
      tahun: 2025,
      judul: 'Periodisasi Kenaikan Pangkat Pegawai Negeri Sipil',
      titleEn: 'Periods of Civil Servant Promotion',
      ditetapkan: '2025-09-01',
      berlaku: '2025-10-01',
      mencabut: ['PERBKN_4_2023'],
      catatan:
        'KP periods on the 1st of every month; BKN press release 027/RILIS/BKN/IX/2025 (secondary sources); the article was not quoted. Title as kangmartho and Pemkab Jeneponto give it.',
    },
  }),
);
