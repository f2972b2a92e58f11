/** A small synthetic workforce, generated from a seed so every run prints the same decisions. */

/** Mulberry32: a tiny deterministic PRNG (not for security). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

const NAMA = ['Ayu', 'Budi', 'Citra', 'Dedi', 'Eka', 'Fajar', 'Gita', 'Hadi', 'Indah', 'Joko', 'Kartika', 'Lukman'];
const RATING = ['DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI'] as const;

export interface Pegawai {
  nip: string;
  nama: string;
  hasilKerja: (typeof RATING)[number];
  perilakuKerja: (typeof RATING)[number];
}

export function workforce(size: number, seed = 2026): Pegawai[] {
  const random = seededRandom(seed);
  return Array.from({ length: size }, (_, i) => ({
    nip: `19${80 + (i % 20)}0101200${String(i).padStart(3, '0')}1001`,
    nama: `${NAMA[i % NAMA.length]} ${String.fromCharCode(65 + Math.floor(random() * 26))}.`,
    hasilKerja: pick(random, RATING),
    perilakuKerja: pick(random, RATING),
  }));
}
