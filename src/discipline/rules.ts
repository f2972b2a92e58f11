import type { AnyRule } from '../core/rule.js';
import { deepFreeze } from '../core/freeze.js';
import { gabungHukumanRule } from './gabung-hukuman.js';
import { tanggalBerlakuHukumanRule } from './tanggal-berlaku-hukuman.js';
import { hukumanKetidakhadiranRule, peningkatanHukumanKetidakhadiranRule } from './hukuman-ketidakhadiran.js';
import { hukumanBeberapaPelanggaranRule } from './hukuman-beberapa-pelanggaran.js';
import { hukumanPelanggaranRule } from './hukuman-pelanggaran.js';
import { bentukHukumanRule } from './bentuk-hukuman.js';
import { efekHukumanRule } from './efek-hukuman.js';
import { hukumanAtasanLalaiRule } from './hukuman-atasan-lalai.js';
import { kewenanganMenghukumRule } from './kewenangan-menghukum.js';
import { pemutusanPppkRule } from './pemutusan-pppk.js';
import { penyesuaianGajiRule } from './penyesuaian-gaji.js';
import { rekapKetidakhadiranRule } from './rekap-ketidakhadiran.js';

/** Every rule of the discipline domain, for the catalogue. */
export const DISCIPLINE_RULES: readonly AnyRule[] = deepFreeze([
  hukumanKetidakhadiranRule,
  rekapKetidakhadiranRule,
  penyesuaianGajiRule,
  peningkatanHukumanKetidakhadiranRule,
  hukumanPelanggaranRule,
  hukumanBeberapaPelanggaranRule,
  tanggalBerlakuHukumanRule,
  gabungHukumanRule,
  bentukHukumanRule,
  efekHukumanRule,
  kewenanganMenghukumRule,
  hukumanAtasanLalaiRule,
  pemutusanPppkRule,
]);
