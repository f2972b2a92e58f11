import { GOLONGAN_AWAL_IJAZAH } from './ijazah.js';
import { compareGolongan, type Ijazah } from '../types.js';

/** `true` when ijazah `a` is at least the level of `min` (compared by the CPNS starting golongan). */
export function ijazahSetidaknya(a: Ijazah, min: Ijazah): boolean {
  return compareGolongan(GOLONGAN_AWAL_IJAZAH[a], GOLONGAN_AWAL_IJAZAH[min]) >= 0;
}
