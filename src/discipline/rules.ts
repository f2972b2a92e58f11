import type { AnyRule } from '../core/rule.js';
import { deepFreeze } from '../core/freeze.js';
import { bentukHukumanRule } from './bentuk-hukuman.js';
import { hukumanKetidakhadiranRule } from './hukuman-ketidakhadiran.js';
import { pemutusanPppkRule } from './pemutusan-pppk.js';
import { peningkatanHukumanKetidakhadiranRule } from './peningkatan-hukuman-ketidakhadiran.js';
import { penyesuaianGajiKetidakhadiranRule } from './penyesuaian-gaji-ketidakhadiran.js';
import { rekapKetidakhadiranRule } from './rekap-ketidakhadiran/index.js';
import { gabungHukumanRule } from './gabung-hukuman.js';
import { tanggalBerlakuHukumanRule } from './tanggal-berlaku-hukuman.js';
import { hukumanPelanggaranRule } from './hukuman-pelanggaran.js';
import { hukumanBeberapaPelanggaranRule } from './hukuman-beberapa-pelanggaran.js';
import { efekHukumanRule } from './efek-hukuman.js';
import { hukumanAtasanLalaiRule } from './hukuman-atasan-lalai.js';
import { kewenanganMenghukumRule } from './kewenangan-menghukum.js';

/** Every rule of the discipline domain, for the catalogue. */
export const DISCIPLINE_RULES: readonly AnyRule[] = deepFreeze([
  hukumanKetidakhadiranRule,
  rekapKetidakhadiranRule,
  penyesuaianGajiKetidakhadiranRule,
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
