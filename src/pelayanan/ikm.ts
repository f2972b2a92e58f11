import * as z from 'zod/mini';
import { isoDateSchema } from '../core/calendar.js';
import type { IsoDate } from '../core/calendar.js';
import { decimalSchema } from '../core/decimal.js';
import { type Citation, type Decision, decision, type Reason, reason } from '../core/decision.js';
import { type InputIssue, MeritInputError, ownIssue } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { decimalOutputSchema } from '../core/output.js';
import { type RuleTable } from '../core/rule.js';
import { type RuleVersion, versionInForce } from '../core/versions.js';
import {
  bandsIkm,
  INTERVAL_MUTU_2004,
  INTERVAL_MUTU_2017,
  type IntervalMutu,
  LAMPIRAN,
  METODE_SAMPEL,
  type Pedoman,
  sampelMinimum,
  TABEL_KREJCIE_MORGAN,
  VERSI_SKM,
} from './pedoman.js';
import { banding, bulatkan, dariDesimal, kali, NOL, type Rasional, rasional, tambah, tulis } from './rasional.js';
import {
  KINERJA_UNIT_MENURUT_MUTU,
  KINERJA_UNIT_PELAYANAN,
  type KinerjaUnitPelayanan,
  MUTU_PELAYANAN,
  type MutuPelayanan,
  PEDOMAN_SKM,
  type PedomanSkm,
  unsurPelayananSchema,
  type UnsurPelayanan,
} from './types.js';

/** Most respondents a summary may count for one unsur: far above any unit's service users in a period. */
export const MAKS_JAWABAN_RINGKASAN = 100_000_000;
/** Largest population of service users accepted (the sample table ends at 1 000 000; the formula at 384). */
export const MAKS_POPULASI = 1_000_000_000;

export const populasiSchema = z
  .int()
  .check(
    z.minimum(1),
    z.maximum(MAKS_POPULASI),
    z.describe('Population: service users of the unit in the survey period, for the minimum-sample check (Krejcie & Morgan)'),
  );

/** The settings both index rules share. */
export const pengaturanIkm = {
  bobotUnsur: z
    .prefault(z.union([z.enum(['EKSAK', 'TERCETAK']), decimalSchema({ min: '0.001', max: 1 })]), 'EKSAK')
    .check(
      z.describe(
        "Weight of each unsur. EKSAK (preset): 1/n, 'jumlah bobot ÷ jumlah unsur' (a perfect survey is 100,00); TERCETAK: as printed, 0,111 (9 unsur) or 0,071 (14 unsur) (a perfect survey is 99,90 / 99,40); or a decimal such as 0.11 to reproduce a published figure. [U]",
      ),
    ),
  desimalNrr: z
    .prefault(z.nullable(z.int().check(z.minimum(0), z.maximum(6))), null)
    .check(
      z.describe(
        'Rounding step: decimals each NRR is rounded to (half up) before weighting, as some agencies do (2 or 3); null (preset): no rounding before weighting. [U]',
      ),
    ),
  tafsirCelah: z
    .prefault(z.enum(['BULATKAN_DULU', 'AMBANG_BAWAH']), 'BULATKAN_DULU')
    .check(
      z.describe(
        'Values between the printed bands (88,305): BULATKAN_DULU (preset) rounds the IKM half up to 2 decimals, then applies the lower bounds (88,305 → 88,31 → A); AMBANG_BAWAH applies the lower bounds to the unrounded IKM (88,305 → B). [U]',
      ),
    ),
  sampelMinimum: z
    .prefault(z.enum(METODE_SAMPEL), 'TABEL_KREJCIE_MORGAN')
    .check(
      z.describe(
        'Minimum sample for a population: TABEL_KREJCIE_MORGAN (preset; the next tabulated population up) or RUMUS_BULAT_ATAS (the Krejcie–Morgan formula, rounded up). [S; U whether the Lampiran prescribes either]',
      ),
    ),
  jumlahPrioritas: z
    .prefault(z.int().check(z.minimum(1), z.maximum(14)), 3)
    .check(
      z.describe(
        'How many lowest-NRR unsur to list as improvement priorities (ties with the last are kept). A library default, not a rule.',
      ),
    ),
  intervalMutu2014: z
    .prefault(z.enum(['KEPMENPAN_25_2004', 'PERMENPANRB_14_2017']), 'KEPMENPAN_25_2004')
    .check(
      z.describe(
        'Bands of a survey under PermenPANRB 16/2014: those of KepmenPAN 25/2004 (preset; reportedly unchanged) or those of PermenPANRB 14/2017. [U]',
      ),
    ),
  jawabanKosong: z
    .prefault(z.enum(['TOLAK', 'ABAIKAN']), 'TOLAK')
    .check(
      z.describe(
        'A respondent who left an unsur unanswered: TOLAK (preset) refuses the survey; ABAIKAN computes each NRR over the respondents who answered that unsur (the agency formula "÷ total unsur yang terisi"). [B/I for ABAIKAN; no text read on missing answers]',
      ),
    ),
};

export const ikmOptions = z.object({
  asOf: isoDateSchema.check(z.describe('A date inside the survey period (e.g. its last day): selects the pedoman')),
  pedoman: z.optional(
    z
      .enum(PEDOMAN_SKM)
      .check(
        z.describe(
          'The pedoman the survey followed, when it is not the one the period gives: accepted only for the previous pedoman in the first year of the next (the day each took effect was not read)',
        ),
      ),
  ),
  settings: z.prefault(z.object(pengaturanIkm), {}),
});
export type IkmSettings = z.output<typeof ikmOptions>['settings'];

/** One unsur's answers as the computation needs them: an exact NRR, with its counts when known. */
export interface RingkasanTerhitung {
  unsur: UnsurPelayanan;
  jumlahJawaban: number | null;
  jumlahNilai: number | null;
  nrr: Rasional;
}

export interface NrrUnsur {
  unsur: UnsurPelayanan;
  /** Answers counted for this unsur (null when a summary gave only its NRR). */
  jumlahJawaban: number | null;
  /** Sum of the scores (null when a summary gave only its NRR). */
  jumlahNilai: number | null;
  /** NRR: rounded to `desimalNrr` when set (and then used so), otherwise shown to 4 decimals. */
  nrr: string;
  /** NRR × bobot, shown to 4 decimals. */
  nrrTertimbang: string;
}

export interface SampelSurvei {
  populasi: number;
  metode: (typeof METODE_SAMPEL)[number];
  sampelMinimum: number;
  jumlahResponden: number | null;
  /** null when the number of respondents is not known. */
  cukup: boolean | null;
}

export interface IndeksKepuasanMasyarakat {
  pedoman: PedomanSkm;
  bobot: string;
  unsur: NrrUnsur[];
  nilaiIndeks: string;
  ikm: string;
  mutu: MutuPelayanan;
  kinerjaUnit: KinerjaUnitPelayanan;
  prioritasPerbaikan: UnsurPelayanan[];
  jumlahResponden: number | null;
  sampel: SampelSurvei | null;
}

export const ikmOutput = z.object({
  pedoman: z.enum(PEDOMAN_SKM).check(z.describe('The pedoman the survey was computed under')),
  bobot: z.string().check(z.describe("The weight of each unsur: '1/9', '1/14' (EKSAK) or a decimal such as '0.111'")),
  unsur: z.array(
    z.object({
      unsur: unsurPelayananSchema,
      jumlahJawaban: z.nullable(z.int()).check(z.describe('Answers counted (null when only the NRR was given)')),
      jumlahNilai: z.nullable(z.int()).check(z.describe('Sum of the scores (null when only the NRR was given)')),
      nrr: decimalOutputSchema.check(
        z.describe('Nilai rata-rata: rounded to desimalNrr when set, else shown to 4 decimals (computed exactly)'),
      ),
      nrrTertimbang: decimalOutputSchema.check(z.describe('NRR × bobot, shown to 4 decimals')),
    }),
  ),
  nilaiIndeks: decimalOutputSchema.check(z.describe('Nilai indeks, 1–4 scale (Σ NRR × bobot), 4 decimals, half up')),
  ikm: decimalOutputSchema.check(
    z.describe('IKM unit pelayanan, 25–100 scale (nilai indeks × 25), 2 decimals, half up: the published figure'),
  ),
  mutu: z.enum(MUTU_PELAYANAN),
  kinerjaUnit: z.enum(KINERJA_UNIT_PELAYANAN),
  prioritasPerbaikan: z.array(unsurPelayananSchema).check(z.describe('Unsur with the lowest NRR, lowest first: improvement priorities')),
  jumlahResponden: z.nullable(z.int()).check(z.describe('Respondents (null when a summary does not say)')),
  sampel: z.nullable(
    z.object({
      populasi: z.int(),
      metode: z.enum(METODE_SAMPEL),
      sampelMinimum: z.int().check(z.describe('Minimum respondents for the population')),
      jumlahResponden: z.nullable(z.int()),
      cukup: z.nullable(z.boolean()).check(z.describe('Respondents ≥ minimum sample; null when the number of respondents is unknown')),
    }),
  ),
});

const SAMPEL_CITATIONS: Citation[] = deepFreeze([{ regulation: 'PERMENPANRB_14_2017', annex: 'Lampiran' }]);
const NO_CITATIONS: Citation[] = deepFreeze([]);

/** The pedoman of the survey period (and the one chosen in a transition year), or a typed refusal. */
export function pedomanSurvei(
  ruleId: string,
  asOf: IsoDate,
  pilihan: PedomanSkm | undefined,
): { version: RuleVersion<Pedoman>; peralihan: boolean } {
  const inForce = versionInForce(ruleId, VERSI_SKM, asOf);
  if (pilihan === undefined || pilihan === inForce.id) return { version: inForce, peralihan: false };
  const i = VERSI_SKM.indexOf(inForce);
  const previous = VERSI_SKM[i - 1];
  if (previous && previous.id === pilihan && asOf.slice(0, 4) === inForce.from.slice(0, 4)) return { version: previous, peralihan: true };
  throw new MeritInputError(
    [
      ownIssue(['options', 'pedoman'], {
        en: `a survey period containing ${asOf} follows ${inForce.id}${previous ? ` (${previous.id} only for a survey in ${inForce.from.slice(0, 4)}, the first year of ${inForce.id})` : ''}, not ${pilihan}`,
        id: `periode survei yang memuat ${asOf} mengikuti ${inForce.id}${previous ? ` (${previous.id} hanya untuk survei tahun ${inForce.from.slice(0, 4)}, tahun pertama ${inForce.id})` : ''}, bukan ${pilihan}`,
      }),
    ],
    ruleId,
  );
}

/** The unsur a summary or a response names that are not unsur of the pedoman, as issues at `prefix + [key]`. */
export function unsurAsing(ruleId: string, pedoman: Pedoman, keys: readonly string[], prefix: (string | number)[]): InputIssue[] {
  return keys
    .filter((k) => !(pedoman.unsur as readonly string[]).includes(k))
    .map((k) =>
      ownIssue([...prefix, k], {
        en: `is not an unsur of a survey under ${pedoman.pedoman} (its unsur: ${pedoman.unsur.join(', ')})`,
        id: `bukan unsur survei menurut ${pedoman.pedoman} (unsurnya: ${pedoman.unsur.join(', ')})`,
      }),
    );
}

const intervalOf = (pedoman: Pedoman, settings: IkmSettings): readonly IntervalMutu[] =>
  pedoman.pedoman === 'PERMENPANRB_16_2014' && settings.intervalMutu2014 === 'PERMENPANRB_14_2017' ? INTERVAL_MUTU_2017 : pedoman.interval;

/**
 * The index, the mutu, the priorities and the sample check, from one exact NRR per unsur of the pedoman.
 * Shared by the summary and the response rules.
 */
export function hitungIkm(
  ruleId: string,
  version: RuleVersion<Pedoman>,
  peralihan: boolean,
  asOf: IsoDate,
  ringkasan: readonly RingkasanTerhitung[],
  jumlahResponden: number | null,
  populasi: number | undefined,
  settings: IkmSettings,
  awal: Reason[] = [],
): Decision<IndeksKepuasanMasyarakat> {
  const pedoman = version.value;
  const lampiran = LAMPIRAN[pedoman.pedoman];
  const n = pedoman.unsur.length;
  const reasons: Reason[] = [
    reason(
      ruleId,
      peralihan ? 'pelayanan.ikm.pedomanPeralihan' : version.to ? 'pelayanan.ikm.pedoman' : 'pelayanan.ikm.pedomanBerlaku',
      'INFO',
      version.citations as Citation[],
      {
        asOf,
        pedoman: pedoman.pedoman,
        jumlahUnsur: n,
        berlakuMulai: version.from,
        ...(version.to ? { berlakuSampai: version.to } : {}),
      },
    ),
    ...awal,
  ];
  const bobotSetting = settings.bobotUnsur;
  const bobot: Rasional =
    bobotSetting === 'EKSAK'
      ? rasional(1, n)
      : bobotSetting === 'TERCETAK'
        ? dariDesimal(pedoman.bobotTercetak)
        : dariDesimal(bobotSetting);
  const bobotText = bobotSetting === 'EKSAK' ? `1/${n}` : bobotSetting === 'TERCETAK' ? pedoman.bobotTercetak : bobotSetting.toFixed();

  const byUnsur = new Map(ringkasan.map((r) => [r.unsur, r]));
  let nilaiIndeksQ = NOL;
  const unsur: NrrUnsur[] = [];
  const nrrDipakai = new Map<UnsurPelayanan, Rasional>();
  for (const u of pedoman.unsur) {
    const r = byUnsur.get(u)!;
    const nrr = settings.desimalNrr === null ? r.nrr : bulatkan(r.nrr, settings.desimalNrr);
    nrrDipakai.set(u, nrr);
    const tertimbang = kali(nrr, bobot);
    nilaiIndeksQ = tambah(nilaiIndeksQ, tertimbang);
    const nrrText = tulis(nrr, settings.desimalNrr ?? 4);
    unsur.push({ unsur: u, jumlahJawaban: r.jumlahJawaban, jumlahNilai: r.jumlahNilai, nrr: nrrText, nrrTertimbang: tulis(tertimbang, 4) });
    reasons.push(
      r.jumlahNilai === null
        ? reason(ruleId, 'pelayanan.ikm.nrrRingkasan', 'INFO', lampiran, { unsur: u, nrr: nrrText, jumlahJawaban: r.jumlahJawaban })
        : reason(ruleId, 'pelayanan.ikm.nrr', 'INFO', lampiran, {
            unsur: u,
            jumlahNilai: r.jumlahNilai,
            jumlahJawaban: r.jumlahJawaban,
            nrr: nrrText,
          }),
    );
  }
  const ikmQ = kali(nilaiIndeksQ, rasional(25));
  const nilaiIndeks = tulis(nilaiIndeksQ, 4);
  const ikm = tulis(ikmQ, 2);
  reasons.push(
    reason(ruleId, 'pelayanan.ikm.indeks', 'INFO', lampiran, {
      jumlahUnsur: n,
      bobot: bobotText,
      bobotUnsur: typeof bobotSetting === 'string' ? bobotSetting : 'DESIMAL',
      desimalNrr: settings.desimalNrr === null ? 'TANPA_PEMBULATAN' : String(settings.desimalNrr),
      nilaiIndeks,
      ikm,
    }),
  );

  // Mutu: the lower bounds of the printed table, on the IKM rounded to 2 decimals or on the exact IKM.
  const interval = intervalOf(pedoman, settings);
  const diklasifikasi = settings.tafsirCelah === 'BULATKAN_DULU' ? bulatkan(ikmQ, 2) : ikmQ;
  const row = interval.find((i) => banding(diklasifikasi, dariDesimal(i.nik[0])) >= 0) ?? interval[interval.length - 1]!;
  const mutu = row.mutu;
  const kinerjaUnit = KINERJA_UNIT_MENURUT_MUTU[mutu];
  reasons.push(
    reason(ruleId, 'pelayanan.ikm.mutu', 'INFO', lampiran, {
      nilai: settings.tafsirCelah === 'BULATKAN_DULU' ? ikm : tulis(ikmQ, 6),
      tafsirCelah: settings.tafsirCelah,
      nikDari: row.nik[0],
      nikSampai: row.nik[1],
      niDari: row.ni[0],
      niSampai: row.ni[1],
      mutu,
      kinerjaUnit,
      tabelMutu: interval === INTERVAL_MUTU_2017 ? 'PERMENPANRB_14_2017' : 'KEPMENPAN_25_2004',
    }),
  );

  // Priorities: lowest NRR first, ties in the pedoman's order; ties with the last one listed are kept.
  const order = [...pedoman.unsur].sort((a, b) => banding(nrrDipakai.get(a)!, nrrDipakai.get(b)!));
  const k = Math.min(settings.jumlahPrioritas, order.length);
  const cutoff = nrrDipakai.get(order[k - 1]!)!;
  const prioritasPerbaikan = order.filter((u, i) => i < k || banding(nrrDipakai.get(u)!, cutoff) === 0);
  reasons.push(
    reason(ruleId, 'pelayanan.ikm.prioritas', 'INFO', NO_CITATIONS, {
      prioritas: prioritasPerbaikan.join(' / '),
      nrrTerendah: tulis(nrrDipakai.get(order[0]!)!, settings.desimalNrr ?? 4),
    }),
  );

  let sampel: SampelSurvei | null = null;
  if (populasi !== undefined) {
    const minimum = sampelMinimum(populasi, settings.sampelMinimum);
    const cukup = jumlahResponden === null ? null : jumlahResponden >= minimum;
    sampel = { populasi, metode: settings.sampelMinimum, sampelMinimum: minimum, jumlahResponden, cukup };
    const cites = pedoman.pedoman === 'PERMENPANRB_14_2017' ? SAMPEL_CITATIONS : NO_CITATIONS;
    const facts = { populasi, metode: settings.sampelMinimum, sampelMinimum: minimum, jumlahResponden };
    reasons.push(
      cukup === null
        ? reason(ruleId, 'pelayanan.ikm.sampelTidakDiketahui', 'INFO', cites, facts)
        : reason(ruleId, cukup ? 'pelayanan.ikm.sampelCukup' : 'pelayanan.ikm.sampelKurang', cukup ? 'PASS' : 'FAIL', cites, facts),
    );
  }
  return decision(
    { pedoman: pedoman.pedoman, bobot: bobotText, unsur, nilaiIndeks, ikm, mutu, kinerjaUnit, prioritasPerbaikan, jumlahResponden, sampel },
    reasons,
  );
}

/** Refuses more respondents than the population they were drawn from. */
export function cekPopulasi(ruleId: string, jumlahResponden: number | null, populasi: number | undefined, path: (string | number)[]): void {
  if (populasi === undefined || jumlahResponden === null || jumlahResponden <= populasi) return;
  throw new MeritInputError(
    [
      ownIssue(path, {
        en: `${jumlahResponden} respondents cannot come from a population of ${populasi} service users`,
        id: `${jumlahResponden} responden tidak mungkin berasal dari populasi ${populasi} pengguna layanan`,
      }),
    ],
    ruleId,
  );
}

const bandRows = (interval: readonly IntervalMutu[]) =>
  interval.map((i) => [
    String(i.nilaiPersepsi),
    `${i.ni[0]} – ${i.ni[1]}`,
    `${i.nik[0]} – ${i.nik[1]}`,
    i.mutu,
    KINERJA_UNIT_MENURUT_MUTU[i.mutu],
  ]);

/** The decision tables of both index rules, generated from the data the code uses. */
export function tabelIkm(): RuleTable[] {
  return [
    {
      title: { id: 'Pedoman menurut periode survei', en: 'Pedoman by survey period' },
      columns: ['pedoman', 'periode survei', 'unsur', 'bobot tercetak', 'tabel mutu'],
      rows: VERSI_SKM.map((v) => [
        v.id,
        `${v.from} – ${v.to ?? '…'}`,
        v.value.unsur.join(', '),
        v.value.bobotTercetak,
        v.id === 'PERMENPANRB_16_2014'
          ? 'KEPMENPAN_25_2004 (preset) / PERMENPANRB_14_2017'
          : v.value.interval === INTERVAL_MUTU_2017
            ? 'PERMENPANRB_14_2017'
            : 'KEPMENPAN_25_2004',
      ]),
    },
    {
      title: {
        id: 'Nilai persepsi, interval dan mutu — PermenPANRB 14/2017, Lampiran',
        en: 'Perception value, interval and mutu — PermenPANRB 14/2017, Lampiran',
      },
      columns: ['nilai persepsi', 'nilai interval (NI)', 'nilai interval konversi (NIK)', 'mutu', 'kinerja unit'],
      rows: bandRows(INTERVAL_MUTU_2017),
    },
    {
      title: {
        id: 'Nilai persepsi, interval dan mutu — KepmenPAN 25/2004, Lampiran',
        en: 'Perception value, interval and mutu — KepmenPAN 25/2004, Lampiran',
      },
      columns: ['nilai persepsi', 'nilai interval (NI)', 'nilai interval konversi (NIK)', 'mutu', 'kinerja unit'],
      rows: bandRows(INTERVAL_MUTU_2004),
    },
    {
      title: {
        id: 'Batas yang dipakai (batas bawah tabel; nilai di celah mengikuti tafsirCelah)',
        en: 'Bands applied (the lower bounds of the table; values in a gap follow tafsirCelah)',
      },
      columns: ['tabel', 'mutu', 'IKM'],
      rows: [
        ...bandsIkm(INTERVAL_MUTU_2017)
          .reverse()
          .map((b) => ['PERMENPANRB_14_2017', b.value, `${String(b.min!.at)} ≤ IKM ${b.max!.inclusive ? '≤' : '<'} ${String(b.max!.at)}`]),
        ...bandsIkm(INTERVAL_MUTU_2004)
          .reverse()
          .map((b) => ['KEPMENPAN_25_2004', b.value, `${String(b.min!.at)} ≤ IKM ${b.max!.inclusive ? '≤' : '<'} ${String(b.max!.at)}`]),
      ],
    },
    {
      title: {
        id: 'Sampel minimum: tabel Krejcie & Morgan (1970), Educational and Psychological Measurement 30(3), 607–610',
        en: 'Minimum sample: Krejcie & Morgan (1970) table, Educational and Psychological Measurement 30(3), 607–610',
      },
      columns: ['populasi (N)', 'sampel (S)'],
      rows: TABEL_KREJCIE_MORGAN.map(([p, s]) => [String(p), String(s)]),
    },
  ];
}

/** Notes both index rules carry: every open point, with the setting that holds it and its grade. */
export const CATATAN_IKM = deepFreeze([
  {
    id: 'Tingkat keyakinan: P = teks peraturan dibaca; B = salinan instansi resmi; S = sumber sekunder tepercaya; I = beberapa implementasi independen; U = belum terkonfirmasi. Lampiran PermenPANRB 14/2017 sendiri belum dibaca: unsur, rumus dan tabel konversi dinilai B dari salinan instansi yang menerapkannya.',
    en: 'Grades: P = regulation text read; B = official agency copy; S = reputable secondary source; I = several independent implementations; U = unconfirmed. The Lampiran of PermenPANRB 14/2017 itself was not read: its unsur, formula and conversion table are graded B on the agency copies that apply it.',
  },
  {
    id: 'Pedoman menurut periode survei (asOf): KepmenPAN 25/2004 (14 unsur), PermenPANRB 16/2014, PermenPANRB 14/2017 (9 unsur). Tanggal mulai berlaku tidak dibaca (U): masing-masing diambil 1 Januari tahunnya; pada tahun pertama itu survei menurut pedoman sebelumnya diterima dengan options.pedoman. Sebelum 2004: RuleNotInForceError.',
    en: 'Pedoman by survey period (asOf): KepmenPAN 25/2004 (14 unsur), PermenPANRB 16/2014, PermenPANRB 14/2017 (9 unsur). The days they took effect were not read (U): each is taken from 1 January of its year; in that first year a survey under the previous pedoman is accepted with options.pedoman. Before 2004: RuleNotInForceError.',
  },
  {
    id: 'Unsur dikunci menurut nama, bukan urutan: salinan instansi berbeda urutan U8/U9 (Penanganan Pengaduan / Sarana dan Prasarana) (B; urutan Lampiran U). PermenPANRB 16/2014 memuat Maklumat Pelayanan, bukan Sarana dan Prasarana (B).',
    en: 'Unsur are keyed by name, not position: agency copies differ on the order of U8/U9 (Penanganan Pengaduan / Sarana dan Prasarana) (B; Lampiran order U). PermenPANRB 16/2014 has Maklumat Pelayanan instead of Sarana dan Prasarana (B).',
  },
  {
    id: 'NRR = jumlah nilai ÷ jumlah jawaban (B/I); nilai indeks = Σ NRR × bobot; IKM = nilai indeks × 25 (B). Semua hitungan eksak (pecahan bilangan bulat); pembulatan hanya pada langkah yang disebut.',
    en: 'NRR = sum of scores ÷ number of answers (B/I); nilai indeks = Σ NRR × bobot; IKM = nilai indeks × 25 (B). All arithmetic is exact (integer fractions); rounding happens only at the named steps.',
  },
  {
    id: 'settings.bobotUnsur (U): preset EKSAK = 1/n ("jumlah bobot ÷ jumlah unsur"; survei sempurna = 100,00). TERCETAK = 0,111 (B, Tulang Bawang Barat, Penajam Paser Utara) atau 0,071 untuk 14 unsur (S); survei sempurna 99,90 / 99,40. Sebagian aplikasi memakai 0,11 (I): berikan "0.11".',
    en: 'settings.bobotUnsur (U): preset EKSAK = 1/n ("jumlah bobot ÷ jumlah unsur"; a perfect survey is 100.00). TERCETAK = 0.111 (B, Tulang Bawang Barat, Penajam Paser Utara) or 0.071 for 14 unsur (S); a perfect survey is 99.90 / 99.40. Some applications use 0.11 (I): pass "0.11".',
  },
  {
    id: 'settings.desimalNrr (U): preset tanpa pembulatan NRR sebelum pembobotan; instansi membulatkan 2–3 desimal (I). IKM dilaporkan 2 desimal (pembulatan setengah ke atas), nilai indeks 4 desimal (I).',
    en: 'settings.desimalNrr (U): preset no rounding of the NRR before weighting; agencies round to 2–3 decimals (I). The IKM is reported with 2 decimals (half up), the nilai indeks with 4 (I).',
  },
  {
    id: 'settings.tafsirCelah (U): interval tercetak bercelah 0,01 (88,30 < x < 88,31). Preset BULATKAN_DULU: IKM dibulatkan 2 desimal lalu dibandingkan dengan batas bawah (88,305 → A); AMBANG_BAWAH: batas bawah pada IKM tanpa pembulatan (88,305 → B). Pembacaan "tidak berkategori" tidak pernah dipakai. Mutu ditetapkan pada skala IKM (25–100); untuk KepmenPAN 25/2004 kolom NI tercetak bukan NIK ÷ 25.',
    en: 'settings.tafsirCelah (U): the printed intervals leave gaps of 0.01 (88.30 < x < 88.31). Preset BULATKAN_DULU: round the IKM to 2 decimals, then compare with the lower bounds (88.305 → A); AMBANG_BAWAH: the lower bounds on the unrounded IKM (88.305 → B). The "no category" reading is never used. Mutu is set on the IKM scale (25–100); for KepmenPAN 25/2004 the printed NI column is not NIK ÷ 25.',
  },
  {
    id: 'settings.intervalMutu2014 (U): tabel mutu PermenPANRB 16/2014 tidak dibaca; preset tabel KepmenPAN 25/2004 (dilaporkan tidak berubah), alternatif tabel PermenPANRB 14/2017. Bobot tercetak 16/2014 diasumsikan 0,111 (U).',
    en: 'settings.intervalMutu2014 (U): the PermenPANRB 16/2014 bands were not read; preset the KepmenPAN 25/2004 table (reportedly unchanged), alternative the PermenPANRB 14/2017 table. The printed 16/2014 weight is assumed to be 0.111 (U).',
  },
  {
    id: 'settings.sampelMinimum: tabel Krejcie & Morgan (1970) (S; instansi dan skripsi RSUD Soreang 2018 menyebutnya dasar sampel PermenPANRB 14/2017); populasi di antara baris memakai baris berikutnya ke atas, di atas 1.000.000 → 384, tidak pernah melebihi populasi. Apakah Lampiran memuat tabel atau membulatkan ke atas: U (RUMUS_BULAT_ATAS). "Minimal 25 responden" dan Slovin adalah praktik lokal, bukan aturan.',
    en: 'settings.sampelMinimum: the Krejcie & Morgan (1970) table (S; agencies and a 2018 RSUD Soreang thesis name it the sample basis of PermenPANRB 14/2017); a population between rows takes the next row up, above 1,000,000 → 384, never more than the population. Whether the Lampiran reproduces the table or rounds up: U (RUMUS_BULAT_ATAS). "At least 25 respondents" and Slovin are local practice, not the rule.',
  },
  {
    id: 'settings.jumlahPrioritas: jumlah unsur NRR terendah yang dilaporkan sebagai prioritas perbaikan (preset 3) adalah kebiasaan pustaka, bukan ketentuan; unsur yang sama nilainya dengan yang terakhir ikut dicantumkan.',
    en: 'settings.jumlahPrioritas: how many lowest-NRR unsur are listed as improvement priorities (preset 3) is a library convention, not a rule; unsur tied with the last one are listed too.',
  },
  {
    id: 'settings.jawabanKosong: preset TOLAK (setiap responden menjawab setiap unsur; ringkasan harus berjumlah jawaban sama per unsur). ABAIKAN: NRR tiap unsur atas responden yang menjawabnya ("÷ total unsur yang terisi", B/I); unsur tanpa jawaban dan responden tanpa jawaban tetap ditolak. Tidak ada teks yang dibaca tentang jawaban kosong.',
    en: 'settings.jawabanKosong: preset TOLAK (every respondent answers every unsur; a summary must count the same answers for each unsur). ABAIKAN: each NRR over the respondents who answered it ("÷ total unsur yang terisi", B/I); an unsur nobody answered and a respondent who answered nothing are still refused. No text on missing answers was read.',
  },
  {
    id: 'Ditolak: jawaban di luar 1–4 atau bukan bilangan bulat, unsur yang bukan unsur pedoman periode itu, unsur pedoman yang tidak ada, jumlah yang tidak cocok (sebaran ≠ jumlah jawaban; jumlah nilai di luar jumlah jawaban × 1…4; jumlah jawaban unsur melebihi jumlah responden), responden lebih banyak dari populasi, dan options.pedoman yang bukan pedoman periode itu.',
    en: "Refused: an answer outside 1–4 or not whole, an unsur not of the period's pedoman, a pedoman unsur missing, counts that do not add up (distribution ≠ number of answers; sum of scores outside answers × 1…4; an unsur with more answers than respondents), more respondents than the population, and an options.pedoman that is not the period's.",
  },
]);

/**
 * What the two IKM rules share on their pages and in their validation (from summaries, from responses): the
 * legal basis per survey period, the tables, the settings, the output and the notes.
 */
export function bagianBersamaIkm() {
  return {
    citations: VERSI_SKM.flatMap((v) => v.citations),
    versions: VERSI_SKM.map(({ id, from, to, citations }) => (to ? { id, from, to, citations } : { id, from, citations })),
    tables: tabelIkm(),
    options: ikmOptions,
    output: ikmOutput,
    notes: [...CATATAN_IKM],
  };
}
