/**
 * KP reguler eligibility written for json-rules-engine: the JSON rule, and the flat facts an application
 * would compute from its own data before calling the engine (see json-rules-engine.bench.ts for what is
 * charged to whom).
 */
import { Engine, type RuleProperties } from 'json-rules-engine';
import type { KasusKenaikanPangkat } from './pegawai-data.js';

// ---------------------------------------------------------------- the rule, as json-rules-engine JSON

const SARJANA_KE_ATAS = ['S1', 'D_IV', 'DOKTER', 'DOKTER_GIGI', 'APOTEKER', 'S2', 'S3'];
const PASCASARJANA = ['DOKTER', 'DOKTER_GIGI', 'APOTEKER', 'S2', 'S3'];
const BAIK = ['SANGAT_BAIK', 'BAIK'];
/** Highest golongan (ordinal, I/a = 1) reachable by KP reguler per ijazah. */
const PLAFON: [string[], number][] = [
  [['SD'], 5], // II/a
  [['SLTP'], 7], // II/c
  [['SLTP_KEJURUAN'], 8], // II/d
  [['SLTA', 'SLTA_KEJURUAN', 'D_I', 'D_II'], 10], // III/b
  [['SGPLB', 'D_III', 'SARJANA_MUDA', 'AKADEMI', 'BAKALOREAT'], 11], // III/c
  [['S1', 'D_IV'], 12], // III/d
  [['DOKTER', 'DOKTER_GIGI', 'APOTEKER', 'S2'], 13], // IV/a
  [['S3'], 14], // IV/b
];

type Condition = Record<string, unknown>;
const fact = (f: string, operator: string, value: unknown): Condition => ({ fact: f, operator, value });

const BUKAN_PUNCAK = fact('golonganUrutan', 'lessThan', 17); // IV/e has no next pangkat
const MASA_KERJA = fact('masaKerjaBulan', 'greaterThanInclusive', 48);
const PENILAIAN = [fact('predikatDuaTahunSebelum', 'in', BAIK), fact('predikatSetahunSebelum', 'in', BAIK)];
const PLAFON_IJAZAH = {
  any: PLAFON.map(([ijazah, plafon]) => ({ all: [fact('ijazah', 'in', ijazah), fact('golonganTujuanUrutan', 'lessThanInclusive', plafon)] })),
};
const ATASAN = {
  any: [
    fact('periode', 'greaterThanInclusive', 20250520), // Peraturan BKN 2/2025
    fact('golonganAtasanUrutan', 'equal', 0), // atasan unknown
    fact('golonganTujuanUrutan', 'lessThanInclusive', { fact: 'golonganAtasanUrutan' }),
  ],
};
const UJIAN_DINAS = {
  any: [
    fact('golongan', 'notIn', ['II/d', 'III/d']),
    {
      all: [
        fact('golongan', 'equal', 'II/d'),
        { any: [fact('ujianDinas', 'contains', 'TINGKAT_I'), fact('ijazah', 'in', SARJANA_KE_ATAS), fact('diklatKepemimpinan', 'contains', 'DIKLATPIM_IV')] },
      ],
    },
    {
      all: [
        fact('golongan', 'equal', 'III/d'),
        { any: [fact('ujianDinas', 'contains', 'TINGKAT_II'), fact('ijazah', 'in', PASCASARJANA), fact('diklatKepemimpinan', 'contains', 'DIKLATPIM_III')] },
      ],
    },
  ],
};
const TANPA_HUKUMAN = fact('hukumanBerjalan', 'equal', false);

/** The whole rule in JSON: every condition is evaluated by the engine. */
export const RULE = {
  name: 'kenaikanPangkatReguler',
  conditions: { all: [BUKAN_PUNCAK, MASA_KERJA, ...PENILAIAN, PLAFON_IJAZAH, ATASAN, UJIAN_DINAS, TANPA_HUKUMAN] },
  event: { type: 'memenuhiSyarat' },
} as RuleProperties;

// ---------------------------------------------------------------- the application's precomputed facts

const GOLONGAN = ['I/a', 'I/b', 'I/c', 'I/d', 'II/a', 'II/b', 'II/c', 'II/d', 'III/a', 'III/b', 'III/c', 'III/d', 'IV/a', 'IV/b', 'IV/c', 'IV/d', 'IV/e'];
const URUTAN: Record<string, number> = Object.fromEntries(GOLONGAN.map((g, i) => [g, i + 1]));
/** Months a hukuman sedang/berat runs (PP 94/2021 Pasal 8); null: permanent. Ringan ones do not block. */
const DURASI_MENGHALANGI: Record<string, number | null> = {
  POTONGAN_TUKIN_6_BULAN: 6,
  POTONGAN_TUKIN_9_BULAN: 9,
  POTONGAN_TUKIN_12_BULAN: 12,
  PENURUNAN_JABATAN: 12,
  PEMBEBASAN_DARI_JABATAN: 12,
  PDHTAPS: null,
};

const daysIn = (y: number, m: number) => (m === 2 ? ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31);
const p2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** `date` + n months, clamped to the end of a shorter month. */
function tambahBulan(date: string, n: number): string {
  const total = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return `${y}-${p2(m)}-${p2(Math.min(Number(date.slice(8, 10)), daysIn(y, m)))}`;
}

/** Whole months from `from` to `to` (only meaningful when `to` ≥ `from`). */
function bulanPenuh(from: string, to: string): number {
  const ty = Number(to.slice(0, 4));
  const tm = Number(to.slice(5, 7));
  const n = (ty - Number(from.slice(0, 4))) * 12 + tm - Number(from.slice(5, 7));
  return n > 0 && Math.min(Number(from.slice(8, 10)), daysIn(ty, tm)) > Number(to.slice(8, 10)) ? n - 1 : n;
}

/** First KP period on or after `asOf`: April/October; six a year from 2024; monthly from October 2025. */
function periodeKp(asOf: string): string {
  let d = asOf.endsWith('-01') ? asOf : tambahBulan(`${asOf.slice(0, 8)}01`, 1);
  for (;;) {
    const m = Number(d.slice(5, 7));
    if (d >= '2025-10-01' || (d >= '2024-01-01' ? m % 2 === 0 : m === 4 || m === 10)) return d;
    d = tambahBulan(d, 1);
  }
}

export function fakta(k: KasusKenaikanPangkat, periodeCache: Map<string, string>) {
  const p = k.pegawai;
  let periode = periodeCache.get(k.asOf);
  if (periode === undefined) periodeCache.set(k.asOf, (periode = periodeKp(k.asOf)));
  const tahun = Number(periode.slice(0, 4));
  let predikatDuaTahunSebelum = 'TIDAK_ADA';
  let predikatSetahunSebelum = 'TIDAK_ADA';
  for (const n of p.riwayatPenilaian ?? []) {
    if (n.tahun === tahun - 2) predikatDuaTahunSebelum = n.predikat;
    else if (n.tahun === tahun - 1) predikatSetahunSebelum = n.predikat;
  }
  let hukumanBerjalan = false;
  for (const h of p.riwayatHukuman ?? []) {
    const durasi = DURASI_MENGHALANGI[h.jenis];
    if (durasi === undefined) continue;
    const selesai = h.selesai ?? (durasi === null ? null : tambahBulan(h.tmt, durasi));
    for (const t of [k.asOf, periode]) if (t >= h.tmt && (selesai === null || t < selesai)) hukumanBerjalan = true;
  }
  const golonganUrutan = URUTAN[p.golongan]!;
  return {
    periodeTanggal: periode,
    golongan: p.golongan,
    golonganUrutan,
    golonganTujuanUrutan: golonganUrutan + 1,
    golonganAtasanUrutan: p.golonganAtasan ? URUTAN[p.golonganAtasan]! : 0,
    ijazah: p.ijazah,
    masaKerjaBulan: bulanPenuh(p.kenaikanPangkatPertama && p.tmtCpns ? p.tmtCpns : p.tmtPangkat, periode),
    predikatDuaTahunSebelum,
    predikatSetahunSebelum,
    periode: Number(periode.slice(0, 4) + periode.slice(5, 7) + periode.slice(8, 10)),
    ujianDinas: p.ujianDinas ?? [],
    diklatKepemimpinan: p.diklatKepemimpinan ?? [],
    hukumanBerjalan,
  };
}

/** One engine, reused for every record (as its docs advise). */
export const engine = new Engine([RULE]);
export const memenuhiSyarat = async (k: KasusKenaikanPangkat, cache: Map<string, string>) => (await engine.run(fakta(k, cache))).events.length > 0;

// ---------------------------------------------------------------- lean variant

/**
 * A leaner split, for comparison: the application also looks up the ijazah ceiling and decides the
 * ujian-dinas condition (with its exemptions) in JavaScript, so the engine compares two facts instead of
 * walking the 16-condition ceiling table and the 9-condition ujian-dinas tree. Less of the rule lives in
 * JSON, but it is what an application tuning for speed might do.
 */
const PLAFON_URUTAN: Record<string, number> = Object.fromEntries(PLAFON.flatMap(([ijazah, plafon]) => ijazah.map((i) => [i, plafon])));
export const RULE_RAMPING = {
  name: 'kenaikanPangkatRegulerRamping',
  conditions: {
    all: [
      BUKAN_PUNCAK,
      MASA_KERJA,
      ...PENILAIAN,
      fact('golonganTujuanUrutan', 'lessThanInclusive', { fact: 'plafonUrutan' }),
      ATASAN,
      fact('ujianDinasTerpenuhi', 'equal', true),
      TANPA_HUKUMAN,
    ],
  },
  event: { type: 'memenuhiSyarat' },
} as RuleProperties;

export function faktaRamping(k: KasusKenaikanPangkat, periodeCache: Map<string, string>) {
  const f = fakta(k, periodeCache);
  const p = k.pegawai;
  const ujianDinasTerpenuhi =
    f.golongan === 'II/d'
      ? f.ujianDinas.includes('TINGKAT_I') || SARJANA_KE_ATAS.includes(p.ijazah) || f.diklatKepemimpinan.includes('DIKLATPIM_IV')
      : f.golongan === 'III/d'
        ? f.ujianDinas.includes('TINGKAT_II') || PASCASARJANA.includes(p.ijazah) || f.diklatKepemimpinan.includes('DIKLATPIM_III')
        : true;
  return { ...f, plafonUrutan: PLAFON_URUTAN[p.ijazah]!, ujianDinasTerpenuhi };
}

export const engineRamping = new Engine([RULE_RAMPING]);
export const memenuhiSyaratRamping = async (k: KasusKenaikanPangkat, cache: Map<string, string>) =>
  (await engineRamping.run(faktaRamping(k, cache))).events.length > 0;
