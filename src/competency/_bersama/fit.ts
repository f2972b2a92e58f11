import type { ProfilKompetensi } from './kamus-kompetensi.js';
import type { PengaturanJpm } from './jpm.js';

/**
 * JPM in hundredths of a percent, rounded half up (the 2-decimal display value), computed on integers
 * so that ranking and placement over thousands of pairs stay exact and fast. Equal to
 * `Number(jobPersonMatch(...).value.persenTanpaBatasDisplay) * 100`.
 */
export function jpmSeratusan(standar: ProfilKompetensi, aktual: ProfilKompetensi, pengaturan: PengaturanJpm): number {
  let s = 0;
  let a = 0;
  for (const kode in standar) {
    if (!Object.hasOwn(standar, kode)) continue;
    const st = standar[kode]!;
    const ac = Object.hasOwn(aktual, kode) ? aktual[kode]! : 0;
    s += st;
    a += pengaturan.batasiCapaianPadaStandar ? Math.min(ac, st) : ac;
  }
  // round(10000·a / s) half up = ⌊(20000·a + s) / (2·s)⌋ for a, s ≥ 0
  let h = Math.floor((20000 * a + s) / (2 * s));
  if (pengaturan.batasiJpmPada100 && h > 10000) h = 10000;
  return h;
}

/** Hundredths → plain decimal string with 2 decimals: 9259 → "92.59". */
export function formatSeratusan(h: number): string {
  const sign = h < 0 ? '-' : '';
  const abs = Math.abs(h);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
