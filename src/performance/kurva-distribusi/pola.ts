/**
 * The distribution pattern of SE MenPANRB 3/2023, the readings its settings choose between (the minimum
 * "sebagian besar" implies, the rounding of head-counts), their citations and tables.
 */
import type { Citation } from '../../core/decision.js';
import { deepFreeze } from '../../core/freeze.js';
import type { RuleTable } from '../../core/rule.js';
import { recordTable } from '../../core/tables.js';
import { PREDIKAT_ORGANISASI, type Predikat, type PredikatOrganisasi } from '../types.js';

/** The kinds of limit: at most (≤), at least (≥), more than (>) a share of the unit. */
export const JENIS_BATAS = deepFreeze(['MAKSIMUM', 'MINIMUM', 'LEBIH_DARI'] as const);
export type JenisBatas = (typeof JENIS_BATAS)[number];

/** One limit of a distribution pattern: the share of a group of predikat, at most, at least or more than. */
export interface BatasDistribusi {
  /** Predikat whose counts are added up for this limit. */
  predikat: Predikat[];
  jenis: JenisBatas;
  /** Percentage of the unit's employees. */
  persen: string;
  /** For "harus ada" (there must be some): at least this many people, whatever the share. */
  minimumOrang?: number;
}

/** The SE's items 1)–5), one per organisation predikat, as the two copies read number them. */
const BUTIR: Readonly<Record<PredikatOrganisasi, number>> = { ISTIMEWA: 1, BAIK: 2, BUTUH_PERBAIKAN: 3, KURANG: 4, SANGAT_KURANG: 5 };

/**
 * The SE's pattern for one organisation predikat: item n) of its second stage (penetapan pola distribusi),
 * which the SE says is used "sebagai pertimbangan bagi pimpinan".
 */
export const CITE_POLA: Readonly<Record<PredikatOrganisasi, readonly Citation[]>> = deepFreeze(
  Object.fromEntries(
    PREDIKAT_ORGANISASI.map((org) => [
      org,
      [
        {
          regulation: 'SE_MENPANRB_3_2023',
          unlocated: `Item ${BUTIR[org]}) (organisation predikat ${org}) of the pattern the SE sets in its second stage, "digunakan sebagai pertimbangan bagi pimpinan"; quoted by naikpangkat.com and postingnews.id, which do not give the SE's own section number, and the SE text itself was not read`,
        },
        { regulation: 'PERMENPANRB_6_2022', article: 'Pasal 24–25' },
      ],
    ]),
  ) as Record<PredikatOrganisasi, Citation[]>,
);

/** The rule's basis: the SE, the Permen articles it implements, and the PP article on distributed predikat. */
export const CITE_KURVA: readonly Citation[] = deepFreeze([
  {
    regulation: 'SE_MENPANRB_3_2023',
    unlocated:
      'The SE (signed 31 January 2023) sets the pattern in its second stage, penetapan pola distribusi predikat kinerja pegawai, as guidance ("pertimbangan bagi pimpinan"); known from naikpangkat.com, postingnews.id and ainamulyana.com copies, none giving the section number',
  },
  { regulation: 'PERMENPANRB_6_2022', article: 'Pasal 24–25' },
  { regulation: 'PP_30_2019', article: 'Pasal 41 ayat (7)' },
]);

/** Head-count rounding: the SE leaves it to its calculator, whose rule was not found. */
export const CITE_PEMBULATAN: readonly Citation[] = deepFreeze([
  {
    regulation: 'SE_MENPANRB_3_2023',
    unlocated:
      'The SE links a "kalkulator distribusi predikat" as a helper for the pattern (postingnews.id); how it turns shares into head-counts was not found in any source, so the rounding is the setting pembulatanBatasOrang',
  },
]);

/**
 * Distribution pattern of employee predikat by the organisation's predikat kinerja
 * (SE MenPANRB 3/2023, implementing PermenPANRB 6/2022 Pasal 24–25). "Sebagian besar (maksimal 70%)"
 * and "minimal 60%" are shares of the unit's employees; "harus ada" is at least one person.
 */
export const POLA_DISTRIBUSI_SE_3_2023: Readonly<Record<PredikatOrganisasi, readonly BatasDistribusi[]>> = deepFreeze({
  ISTIMEWA: [{ predikat: ['SANGAT_BAIK'], jenis: 'MAKSIMUM', persen: '70' }],
  BAIK: [
    { predikat: ['BAIK'], jenis: 'MAKSIMUM', persen: '70' },
    { predikat: ['BUTUH_PERBAIKAN', 'KURANG'], jenis: 'MINIMUM', persen: '0', minimumOrang: 1 },
  ],
  BUTUH_PERBAIKAN: [
    { predikat: ['BUTUH_PERBAIKAN'], jenis: 'MINIMUM', persen: '60' },
    { predikat: ['SANGAT_BAIK'], jenis: 'MAKSIMUM', persen: '10' },
  ],
  KURANG: [
    { predikat: ['KURANG'], jenis: 'MINIMUM', persen: '60' },
    { predikat: ['BUTUH_PERBAIKAN'], jenis: 'MINIMUM', persen: '10' },
    { predikat: ['SANGAT_BAIK'], jenis: 'MAKSIMUM', persen: '10' },
  ],
  SANGAT_KURANG: [
    { predikat: ['SANGAT_KURANG'], jenis: 'MINIMUM', persen: '60' },
    { predikat: ['KURANG', 'BUTUH_PERBAIKAN'], jenis: 'MINIMUM', persen: '10' },
    { predikat: ['SANGAT_BAIK'], jenis: 'MAKSIMUM', persen: '0' },
  ],
});

/**
 * Readings of "sebagian besar (maksimal 70%)" for ISTIMEWA and BAIK units (setting `minimumSebagianBesar`):
 * - `TANPA_MINIMUM` (preset): only the "maksimal 70%", as the library always read it;
 * - `LEBIH_DARI_SEPARUH`: "sebagian besar" also means a majority, so more than 50 % hold the top predikat.
 */
export const MINIMUM_SEBAGIAN_BESAR = deepFreeze(['TANPA_MINIMUM', 'LEBIH_DARI_SEPARUH'] as const);
export type MinimumSebagianBesar = (typeof MINIMUM_SEBAGIAN_BESAR)[number];

/** The majority limit `LEBIH_DARI_SEPARUH` adds, after the "maksimal 70%" of the same predikat. */
export const BATAS_SEBAGIAN_BESAR: Readonly<Record<'ISTIMEWA' | 'BAIK', BatasDistribusi>> = deepFreeze({
  ISTIMEWA: { predikat: ['SANGAT_BAIK'], jenis: 'LEBIH_DARI', persen: '50' },
  BAIK: { predikat: ['BAIK'], jenis: 'LEBIH_DARI', persen: '50' },
});

/** The SE pattern for an organisation predikat under a reading of "sebagian besar". */
export function polaSe(org: PredikatOrganisasi, minimum: MinimumSebagianBesar): readonly BatasDistribusi[] {
  const pola = POLA_DISTRIBUSI_SE_3_2023[org];
  if (minimum === 'TANPA_MINIMUM' || (org !== 'ISTIMEWA' && org !== 'BAIK')) return pola;
  return [pola[0]!, BATAS_SEBAGIAN_BESAR[org], ...pola.slice(1)];
}

/**
 * How a share becomes a head-count limit for n employees (setting `pembulatanBatasOrang`); x = share × n:
 * - `EKSAK` (preset): the share itself is compared, so a maximum allows ⌊x⌋ people and a minimum needs ⌈x⌉;
 * - `SETENGAH_KE_ATAS`: x rounded half up, for a maximum and a minimum alike;
 * - `LONGGAR`: in the unit's favour, a maximum allows ⌈x⌉ and a minimum needs ⌊x⌋.
 * "More than" (> x) always needs ⌊x⌋ + 1 people: a majority of people needs no rounding.
 */
export const PEMBULATAN_BATAS_ORANG = deepFreeze(['EKSAK', 'SETENGAH_KE_ATAS', 'LONGGAR'] as const);
export type PembulatanBatasOrang = (typeof PEMBULATAN_BATAS_ORANG)[number];

const RUMUS_PEMBULATAN: Readonly<Record<PembulatanBatasOrang, readonly [maksimum: string, minimum: string]>> = deepFreeze({
  EKSAK: ['⌊x⌋', '⌈x⌉'],
  SETENGAH_KE_ATAS: ['x dibulatkan setengah ke atas', 'x dibulatkan setengah ke atas'],
  LONGGAR: ['⌈x⌉', '⌊x⌋'],
});

const sign = (j: JenisBatas) => (j === 'MAKSIMUM' ? '≤' : j === 'MINIMUM' ? '≥' : '>');
const rowsOf = (pola: readonly (readonly [PredikatOrganisasi, BatasDistribusi])[]) =>
  pola.map(([org, b]) => [
    org,
    b.predikat.join(' + '),
    `${sign(b.jenis)} ${b.persen}%${b.minimumOrang ? ` and ≥ ${b.minimumOrang} person` : ''}`,
  ]);
const POLA_ROWS = PREDIKAT_ORGANISASI.flatMap((org) => POLA_DISTRIBUSI_SE_3_2023[org].map((b) => [org, b] as const));
const SEBAGIAN_BESAR_ROWS = (['ISTIMEWA', 'BAIK'] as const).map((org) => [org, BATAS_SEBAGIAN_BESAR[org]] as const);

export const KURVA_DISTRIBUSI_TABLES: RuleTable[] = deepFreeze([
  {
    title: { id: 'Pola distribusi SE MenPANRB 3/2023', en: 'Distribution pattern of SE MenPANRB 3/2023' },
    columns: ['predikatOrganisasi', 'predikat pegawai', 'batas'],
    rows: rowsOf(POLA_ROWS),
    dasar: POLA_ROWS.map(([org]) => CITE_POLA[org]),
  },
  {
    title: {
      id: 'Batas tambahan bila minimumSebagianBesar = LEBIH_DARI_SEPARUH (preset TANPA_MINIMUM: tidak ada)',
      en: 'Added limits with minimumSebagianBesar = LEBIH_DARI_SEPARUH (preset TANPA_MINIMUM: none)',
    },
    columns: ['predikatOrganisasi', 'predikat pegawai', 'batas'],
    rows: rowsOf(SEBAGIAN_BESAR_ROWS),
    dasar: SEBAGIAN_BESAR_ROWS.map(([org]) => CITE_POLA[org]),
  },
  recordTable(
    {
      id: 'Batas orang menurut pembulatanBatasOrang (x = persen × jumlah pegawai / 100; preset EKSAK)',
      en: 'Head-count limit by pembulatanBatasOrang (x = percent × employees / 100; preset EKSAK)',
    },
    RUMUS_PEMBULATAN,
    ['pembulatanBatasOrang', 'maksimal (paling banyak)', 'minimal (paling sedikit)', 'lebih dari (paling sedikit)'],
    ([maks, min]) => [maks, min, '⌊x⌋ + 1'],
    () => CITE_PEMBULATAN,
  ),
]);
