/**
 * Seeded synthetic civil servants for the peer and national benchmarks. Each rule's part of a record
 * (appraisal ratings, KP reguler file, absence counts, competency profile) comes from its own stream of
 * the demo's PRNG, so a pass over one rule can regenerate only what it needs, in chunks, and record i is
 * the same in every pass and every run.
 */
import type { JobPersonMatchInput } from '../src/competency/index.js';
import { KOMPETENSI_MANSOSKUL } from '../src/competency/types.js';
import type { HukumanKetidakhadiranInput } from '../src/discipline/index.js';
import { JENIS_HUKUMAN } from '../src/discipline/types.js';
import type { PredikatKinerjaInput } from '../src/performance/index.js';
import type { PegawaiKenaikanPangkatReguler } from '../src/promotion/index.js';
import { GOLONGAN_AWAL_IJAZAH, PLAFON_KP_REGULER } from '../src/promotion/index.js';
import { GOLONGAN_PNS, type GolonganPns, type Ijazah } from '../src/promotion/types.js';
import { pick, seededRandom } from '../examples/workforce.js';

export const SEED = 2026;

type Random = () => number;

/** Picks from `[value, weight]` pairs. */
function weighted<T>(random: Random, table: readonly (readonly [T, number])[]): T {
  let total = 0;
  for (const [, w] of table) total += w;
  let x = random() * total;
  for (const [v, w] of table) {
    x -= w;
    if (x < 0) return v;
  }
  return table[table.length - 1]![0];
}

const int = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pad2 = (n: number) => String(n).padStart(2, '0');
const dim = (y: number, m: number) => (m === 2 ? ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31);
function randomDate(random: Random, fromYear: number, toYear: number): string {
  const y = int(random, fromYear, toYear);
  const m = int(random, 1, 12);
  return `${y}-${pad2(m)}-${pad2(int(random, 1, dim(y, m)))}`;
}

// ---------------------------------------------------------------- performance.predikatKinerja

const RATING = [
  ['DI_ATAS_EKSPEKTASI', 15],
  ['SESUAI_EKSPEKTASI', 75],
  ['DI_BAWAH_EKSPEKTASI', 10],
] as const;

function predikatKinerjaInput(random: Random): PredikatKinerjaInput {
  return { hasilKerja: weighted(random, RATING), perilakuKerja: weighted(random, RATING) };
}

// ---------------------------------------------------------------- promotion.kenaikanPangkatReguler

/** A KP reguler case: the PNS's file and the decision date. */
export interface KasusKenaikanPangkat {
  pegawai: PegawaiKenaikanPangkatReguler;
  asOf: string;
}

/**
 * Decision dates: periods 1 Oct 2024 (six-period regime, atasan limit), 1 Apr 2025 (six periods, atasan
 * limit) and 1 Nov 2025 (monthly periods, no atasan limit).
 */
export const AS_OF_KP = ['2024-09-20', '2025-03-10', '2025-10-15'] as const;

const IJAZAH_BOBOT: readonly (readonly [Ijazah, number])[] = [
  ['SD', 2], ['SLTP', 2], ['SLTP_KEJURUAN', 1], ['SLTA', 24], ['SLTA_KEJURUAN', 4], ['D_I', 1], ['D_II', 2],
  ['SGPLB', 1], ['D_III', 14], ['SARJANA_MUDA', 1], ['AKADEMI', 1], ['BAKALOREAT', 1], ['S1', 30], ['D_IV', 4],
  ['DOKTER', 2], ['DOKTER_GIGI', 1], ['APOTEKER', 1], ['S2', 7], ['S3', 1],
];
const PREDIKAT_BOBOT = [
  ['SANGAT_BAIK', 12], ['BAIK', 72], ['BUTUH_PERBAIKAN', 9], ['CUKUP', 2], ['KURANG', 3], ['SANGAT_KURANG', 1], ['BURUK', 1],
] as const;
const urutan = (g: GolonganPns) => GOLONGAN_PNS.indexOf(g);

function kasusKenaikanPangkat(random: Random): KasusKenaikanPangkat {
  const asOf = pick(random, AS_OF_KP);
  const tahun = Number(asOf.slice(0, 4));
  const ijazah = weighted(random, IJAZAH_BOBOT);
  // Mostly between the starting golongan of the ijazah and one above its ceiling; a few anywhere (IV/e included).
  const golongan: GolonganPns =
    random() < 0.03
      ? pick(random, GOLONGAN_PNS)
      : GOLONGAN_PNS[int(random, urutan(GOLONGAN_AWAL_IJAZAH[ijazah]), Math.min(16, urutan(PLAFON_KP_REGULER[ijazah]) + 1))]!;
  const tmtPangkat = randomDate(random, tahun - 7, tahun - 1);
  const pegawai: PegawaiKenaikanPangkatReguler = { golongan, tmtPangkat, ijazah };
  if (random() < 0.1) {
    pegawai.kenaikanPangkatPertama = true;
    pegawai.tmtCpns = randomDate(random, tahun - 8, Number(tmtPangkat.slice(0, 4)));
  }
  pegawai.riwayatPenilaian = [];
  for (let t = tahun - 3; t < tahun; t++) {
    if (random() < 0.96) pegawai.riwayatPenilaian.push({ tahun: t, predikat: weighted(random, PREDIKAT_BOBOT) });
  }
  if (random() < 0.5) pegawai.golonganAtasan = GOLONGAN_PNS[Math.min(16, Math.max(0, urutan(golongan) + int(random, -1, 3)))]!;
  const ujian: ('TINGKAT_I' | 'TINGKAT_II')[] = [];
  if (random() < 0.3) ujian.push('TINGKAT_I');
  if (random() < 0.15) ujian.push('TINGKAT_II');
  if (ujian.length) pegawai.ujianDinas = ujian;
  if (random() < 0.06) pegawai.diklatKepemimpinan = [random() < 0.6 ? 'DIKLATPIM_IV' : 'DIKLATPIM_III'];
  if (random() < 0.08) {
    const tmt = randomDate(random, tahun - 2, tahun);
    pegawai.riwayatHukuman = [
      random() < 0.2 ? { jenis: pick(random, JENIS_HUKUMAN), tmt, selesai: randomDate(random, Number(tmt.slice(0, 4)), tahun + 1) } : { jenis: pick(random, JENIS_HUKUMAN), tmt },
    ];
  }
  return { pegawai, asOf };
}

// ---------------------------------------------------------------- discipline.hukumanKetidakhadiran

function hukumanKetidakhadiranInput(random: Random): HukumanKetidakhadiranInput {
  // Most have no unexcused absence; a long tail up to 40 days; a few runs of 10+ consecutive days.
  const r = random();
  const hariKumulatif = r < 0.8 ? 0 : r < 0.95 ? int(random, 1, 6) : int(random, 7, 40);
  const hariBerturutTurut = hariKumulatif === 0 ? 0 : Math.min(hariKumulatif, random() < 0.1 ? int(random, 10, 15) : int(random, 0, 3));
  return { hariKumulatif, hariBerturutTurut };
}

// ---------------------------------------------------------------- competency.jobPersonMatch

const TEKNIS = ['TEKNIS.ANGGARAN', 'TEKNIS.PENGADAAN', 'TEKNIS.KEPEGAWAIAN', 'TEKNIS.ARSIP', 'TEKNIS.STATISTIK'] as const;

function jobPersonMatchInput(random: Random): JobPersonMatchInput {
  const base = int(random, 1, 4);
  const standar: Record<string, number> = {};
  const aktual: Record<string, number> = {};
  const kode: string[] = [...KOMPETENSI_MANSOSKUL];
  const teknis = int(random, 0, 3);
  for (let i = 0; i < teknis; i++) kode.push(TEKNIS[(int(random, 0, TEKNIS.length - 1) + i) % TEKNIS.length]!);
  for (const k of kode) {
    const s = Math.min(5, Math.max(1, base + (random() < 0.25 ? int(random, -1, 1) : 0)));
    standar[k] = s;
    aktual[k] = Math.min(5, Math.max(0, s + weighted(random, [[-2, 3], [-1, 22], [0, 55], [1, 20]] as const)));
  }
  return { standar, aktual };
}

// ---------------------------------------------------------------- streams

export interface Bagian {
  predikatKinerja: PredikatKinerjaInput;
  kenaikanPangkatReguler: KasusKenaikanPangkat;
  hukumanKetidakhadiran: HukumanKetidakhadiranInput;
  jobPersonMatch: JobPersonMatchInput;
}
export type NamaBagian = keyof Bagian;

const GENERATORS: { [K in NamaBagian]: (random: Random) => Bagian[K] } = {
  predikatKinerja: predikatKinerjaInput,
  kenaikanPangkatReguler: kasusKenaikanPangkat,
  hukumanKetidakhadiran: hukumanKetidakhadiranInput,
  jobPersonMatch: jobPersonMatchInput,
};
const STREAM: Record<NamaBagian, number> = { predikatKinerja: 1, kenaikanPangkatReguler: 2, hukumanKetidakhadiran: 3, jobPersonMatch: 4 };

/**
 * Generates one rule's part of records 0, 1, 2, … in chunks of `chunkSize`, up to `total`: at most one
 * chunk is alive at a time if the caller drops it before asking for the next.
 */
export function* chunks<K extends NamaBagian>(bagian: K, total: number, chunkSize: number, seed = SEED): Generator<Bagian[K][]> {
  const random = seededRandom(seed * 16 + STREAM[bagian]);
  const generate = GENERATORS[bagian];
  for (let start = 0; start < total; start += chunkSize) {
    const n = Math.min(chunkSize, total - start);
    const chunk = new Array<Bagian[K]>(n);
    for (let i = 0; i < n; i++) chunk[i] = generate(random);
    yield chunk;
  }
}

/** The first `n` records of one rule's part, in memory (for the small benchmarks). */
export function records<K extends NamaBagian>(bagian: K, n: number, seed = SEED): Bagian[K][] {
  return chunks(bagian, n, n, seed).next().value ?? [];
}
