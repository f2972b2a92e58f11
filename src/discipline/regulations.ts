import { defineRegulations } from '../core/regulations.js';
import { deepFreeze } from '../core/freeze.js';

/**
 * Regulations cited by the discipline domain. Sources, quotes and grades: docs/sources/discipline.md and
 * docs/sources/violations.md.
 */
export const DISCIPLINE_REGULATIONS = deepFreeze(
  defineRegulations({
    PP_53_2010: {
      id: 'PP_53_2010',
      jenis: 'PP',
      nomor: '53',
      tahun: 2010,
      judul: 'Disiplin Pegawai Negeri Sipil',
      titleEn: 'Civil Servant Discipline',
      mencabut: [],
      url: 'https://pasal.id/en/peraturan/pp/pp-no-53-tahun-2010/koreksi/9135047',
      catatan:
        'Revoked by PP 94/2021. Historical only; its hukuman types still appear in older instansi tukin tables. The url opens its Pasal 41 (KP/KGB frozen during keberatan/banding) on pasal.id [P].',
    },
    PP_94_2021: {
      id: 'PP_94_2021',
      jenis: 'PP',
      nomor: '94',
      tahun: 2021,
      judul: 'Disiplin Pegawai Negeri Sipil',
      titleEn: 'Civil Servant Discipline',
      ditetapkan: '2021-08-31',
      diundangkan: '2021-08-31',
      berlaku: '2021-08-31',
      mencabut: ['PP_53_2010'],
      catatan:
        'Signed and promulgated 31 August 2021, in force on promulgation [S: Kompas TV, goriau/Kompas]. Applies mutatis mutandis to CPNS.',
    },
    PERBKN_6_2022: {
      id: 'PERBKN_6_2022',
      jenis: 'PERBKN',
      nomor: '6',
      tahun: 2022,
      judul: 'Peraturan Pelaksanaan Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil',
      titleEn: 'Implementing Regulation of Government Regulation 94/2021 on Civil Servant Discipline',
      mencabut: [],
      url: 'https://www.bkn.go.id/blog/memahami-peraturan-bkn-nomor-6-tahun-2022-tentang-peraturan-pelaksanaan-pp-94-2021-tentang-disiplin-pns',
      catatan:
        'Implements PP 94/2021 Pasal 44 (BKN blog [B]); its lampiran holds the contoh kasus used as test vectors. Set 6 April 2022 (JDIH Marves [B]), promulgated 7 April 2022 (a blog [S]); a seed file says in force 21 March 2022 [U], so the dates are left out. The url is BKN’s own explanation of it (the salinan was not read).',
    },
    PP_79_2021: {
      id: 'PP_79_2021',
      jenis: 'PP',
      nomor: '79',
      tahun: 2021,
      judul: 'Upaya Administratif dan Badan Pertimbangan Aparatur Sipil Negara',
      titleEn: 'Administrative Remedies and the State Civil Apparatus Advisory Board',
      mencabut: [],
      url: 'https://dev-jdihn.bphn.go.id/doc/1409454',
      catatan:
        'Keberatan and banding administratif (Pasal 1 angka 4 and 5, read on a scribd copy of the PP [P]); the url is its JDIHN (BPHN) entry. Deadlines not confirmed [U].',
    },
    UU_5_1986: {
      id: 'UU_5_1986',
      jenis: 'UU',
      nomor: '5',
      tahun: 1986,
      judul: 'Peradilan Tata Usaha Negara',
      titleEn: 'State Administrative Courts',
      mencabut: [],
      catatan:
        'Pasal 97 ayat (9) huruf a: a judgment granting the claim may oblige the official to revoke the contested decision (here, a hukuman disiplin) (yuridis.id on Pasal 97 ayat (8)–(9), as amended by UU 9/2004 and UU 51/2009 [S]).',
    },
    PP_49_2018: {
      id: 'PP_49_2018',
      jenis: 'PP',
      nomor: '49',
      tahun: 2018,
      judul: 'Manajemen Pegawai Pemerintah dengan Perjanjian Kerja',
      titleEn: 'Management of Government Employees with Work Agreements (PPPK)',
      mencabut: [],
      catatan: 'Pasal 51–53 (discipline and termination) known only from transcriptions and news [S]; primary text not read.',
    },
    KMK_5_2022: {
      id: 'KMK_5_2022',
      jenis: 'KMK',
      nomor: '5/KMK.01',
      tahun: 2022,
      judul:
        'Pedoman Pelaksanaan Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil di Lingkungan Kementerian Keuangan',
      titleEn: 'Guidelines for Implementing Government Regulation 94/2021 on Civil Servant Discipline within the Ministry of Finance',
      mencabut: [],
      catatan: 'Keputusan Menteri Keuangan 5/KMK.01/2022; content known from a transcription (wawannug/disiplin-pns) [S]. Kemenkeu only.',
    },
  }),
);
