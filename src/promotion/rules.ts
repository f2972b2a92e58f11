import { deepFreeze } from '../core/freeze.js';
import type { AnyRule } from '../core/rule.js';
import { akumulasiAngkaKreditRule } from './akumulasi-angka-kredit/index.js';
import { angkaKreditIntegrasiRule } from './angka-kredit-integrasi.js';
import { angkaKreditKonversiRule } from './angka-kredit-konversi.js';
import { batasUsiaPensiunRule } from './batas-usia-pensiun.js';
import { kenaikanGajiBerkalaRule } from './kenaikan-gaji-berkala.js';
import { kenaikanPangkatFungsionalRule } from './kenaikan-pangkat-fungsional.js';
import { kenaikanPangkatPenyesuaianIjazahRule } from './kenaikan-pangkat-penyesuaian-ijazah.js';
import { kenaikanPangkatPrestasiLuarBiasaRule } from './kenaikan-pangkat-prestasi-luar-biasa.js';
import { kenaikanPangkatRegulerRule } from './kenaikan-pangkat-reguler/index.js';
import { kenaikanPangkatStrukturalRule } from './kenaikan-pangkat-struktural.js';
import { periodeKenaikanPangkatRule } from './periode-kenaikan-pangkat.js';
import { syaratJabatanRule } from './syarat-jabatan/index.js';

/** Every rule of the promotion domain, for the catalogue. */
export const PROMOTION_RULES: readonly AnyRule[] = deepFreeze([
  periodeKenaikanPangkatRule,
  kenaikanPangkatRegulerRule,
  kenaikanPangkatFungsionalRule,
  kenaikanPangkatStrukturalRule,
  kenaikanPangkatPenyesuaianIjazahRule,
  kenaikanPangkatPrestasiLuarBiasaRule,
  angkaKreditKonversiRule,
  akumulasiAngkaKreditRule,
  angkaKreditIntegrasiRule,
  kenaikanGajiBerkalaRule,
  batasUsiaPensiunRule,
  syaratJabatanRule,
]);
