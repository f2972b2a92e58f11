import { deepFreeze } from './freeze.js';
import type { IsoDate } from './calendar.js';
import type { RegulationId } from './regulation-ids.js';

/** Kinds of regulation, by their official names. */
export type JenisPeraturan =
  | 'UU' // Undang-Undang
  | 'PP' // Peraturan Pemerintah
  | 'PERPRES' // Peraturan Presiden
  | 'PERMENPANRB' // Peraturan Menteri PANRB
  | 'KEPMENPANRB' // Keputusan Menteri PANRB
  | 'SE_MENPANRB' // Surat Edaran Menteri PANRB
  | 'PERBKN' // Peraturan Badan Kepegawaian Negara
  | 'PERKA_BKN' // Peraturan Kepala BKN
  | 'KEPKA_BKN' // Keputusan Kepala BKN
  | 'PERMEN' // Peraturan Menteri (other ministries)
  | 'KMK' // Keputusan Menteri Keuangan
  | 'PERATURAN_LAIN';

/** A regulation in the catalogue. Dates are left out where no source confirmed them. */
export interface Regulation {
  /** Catalogue id, e.g. `'PP_30_2019'`: what a citation's `regulation` holds. */
  id: RegulationId;
  jenis: JenisPeraturan;
  nomor: string;
  tahun: number;
  /** Official title (judul), in Indonesian. */
  judul: string;
  /** English rendering of the title. */
  titleEn: string;
  ditetapkan?: IsoDate;
  diundangkan?: IsoDate;
  /** First day in force (mulai berlaku). */
  berlaku?: IsoDate;
  /** Ids of regulations this one revoked (mencabut). */
  mencabut: RegulationId[];
  /** Ids of regulations that amend it. */
  diubahOleh?: RegulationId[];
  /** Where an auditor opens the text (JDIH / peraturan.go.id / the issuer's site). */
  url?: string;
  /** Notes on dates or status, with their source. */
  catatan?: string;
}

/** A domain's regulation table, typed (keys and ids in step) and deep-frozen. */
export function defineRegulations<const K extends RegulationId>(table: { [P in K]: Regulation & { id: P } }): {
  readonly [P in K]: Regulation & { id: P };
} {
  return deepFreeze(table);
}

/** Cross-domain laws and government regulations. */
export const CORE_REGULATIONS = defineRegulations({
  UU_5_2014: {
    id: 'UU_5_2014',
    jenis: 'UU',
    nomor: '5',
    tahun: 2014,
    judul: 'Aparatur Sipil Negara',
    titleEn: 'State Civil Apparatus',
    ditetapkan: '2014-01-15',
    diundangkan: '2014-01-15',
    berlaku: '2014-01-15',
    mencabut: [],
  },
  UU_20_2023: {
    id: 'UU_20_2023',
    jenis: 'UU',
    nomor: '20',
    tahun: 2023,
    judul: 'Aparatur Sipil Negara',
    titleEn: 'State Civil Apparatus',
    ditetapkan: '2023-10-31',
    diundangkan: '2023-10-31',
    berlaku: '2023-10-31',
    mencabut: ['UU_5_2014'],
  },
  PP_11_2017: {
    id: 'PP_11_2017',
    jenis: 'PP',
    nomor: '11',
    tahun: 2017,
    judul: 'Manajemen Pegawai Negeri Sipil',
    titleEn: 'Civil Servant Management',
    mencabut: [],
    diubahOleh: ['PP_17_2020'],
  },
  PP_17_2020: {
    id: 'PP_17_2020',
    jenis: 'PP',
    nomor: '17',
    tahun: 2020,
    judul: 'Perubahan atas Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil',
    titleEn: 'Amendment to Government Regulation 11/2017 on Civil Servant Management',
    mencabut: [],
  },
});
