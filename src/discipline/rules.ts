import type { AnyRule } from '../core/rule.js';
import { gabungHukumanRule, tanggalBerlakuHukumanRule } from './berlaku-hukuman.js';
import { hukumanKetidakhadiranRule, peningkatanHukumanKetidakhadiranRule } from './hukuman-ketidakhadiran.js';
import { hukumanBeberapaPelanggaranRule, hukumanPelanggaranRule } from './hukuman-pelanggaran.js';
import { rekapKetidakhadiranRule } from './rekap-ketidakhadiran.js';

/** Every rule of the discipline domain, for the catalogue. */
export const DISCIPLINE_RULES: readonly AnyRule[] = [
  hukumanKetidakhadiranRule,
  rekapKetidakhadiranRule,
  peningkatanHukumanKetidakhadiranRule,
  hukumanPelanggaranRule,
  hukumanBeberapaPelanggaranRule,
  tanggalBerlakuHukumanRule,
  gabungHukumanRule,
];
