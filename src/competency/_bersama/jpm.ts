import * as z from 'zod/mini';
import { Decimal } from '../../core/decimal.js';
import { kelompokKompetensi, type ProfilKompetensi } from './kamus-kompetensi.js';
import { sortedKode } from './profil.js';
import type { KelompokKompetensi } from '../types.js';

/**
 * The two settings of the JPM formula that no regulation text confirmed (docs/sources/competency.md
 * §2.5), as flat option fields: jobPersonMatch, peringkatKandidat and penempatanOptimal spread them into
 * their options (`z.object({ skema, ...PENGATURAN_JPM })`).
 */
export const PENGATURAN_JPM = {
  batasiCapaianPadaStandar: z
    ._default(z.boolean(), false)
    .check(
      z.describe(
        'Setting: count each achieved level at most up to its standard level (Σ min(aktual, standar)), so a surplus cannot offset a deficit. Preset false: the formula "Σ nilai capaian ÷ Σ standar" sums raw levels (unconfirmed in law).',
      ),
    ),
  batasiJpmPada100: z
    ._default(z.boolean(), false)
    .check(
      z.describe(
        'Setting: cap the final JPM at 100 %. Preset false (the formula as written); some assessment applications cap. Never changes a category.',
      ),
    ),
};

/** The JPM settings as a rule reads them, after defaults. */
export interface PengaturanJpm {
  readonly batasiCapaianPadaStandar: boolean;
  readonly batasiJpmPada100: boolean;
}

/** One competency of the gap report: selisih = aktual − standar (negative: deficit). */
export interface GapKompetensi {
  kompetensi: string;
  kelompok: KelompokKompetensi;
  standar: number;
  aktual: number;
  selisih: number;
}

/** The computation shared with ranking and placement: exact JPM of one profile against one standard. */
export interface JpmCore {
  persenEksak: Decimal;
  persenTercapai: Decimal; // before the final cap
  jumlahAktual: number;
  jumlahStandar: number;
  gap: GapKompetensi[];
}

/** Exact JPM = Σ aktual ÷ Σ standar × 100, with the settings applied. Missing achieved levels count as 0. */
export function hitungJpm(standar: ProfilKompetensi, aktual: ProfilKompetensi, pengaturan: PengaturanJpm): JpmCore {
  let jumlahAktual = 0;
  let jumlahStandar = 0;
  const gap: GapKompetensi[] = [];
  for (const kode of sortedKode(standar)) {
    const s = standar[kode]!;
    const a = Object.hasOwn(aktual, kode) ? aktual[kode]! : 0;
    jumlahStandar += s;
    jumlahAktual += pengaturan.batasiCapaianPadaStandar ? Math.min(a, s) : a;
    gap.push({ kompetensi: kode, kelompok: kelompokKompetensi(kode), standar: s, aktual: a, selisih: a - s });
  }
  const persenTercapai = new Decimal(jumlahAktual).times(100).dividedBy(jumlahStandar);
  const persenEksak = pengaturan.batasiJpmPada100 ? Decimal.min(persenTercapai, 100) : persenTercapai;
  return { persenEksak, persenTercapai, jumlahAktual, jumlahStandar, gap };
}

/**
 * The exact JPM alone (no gap list, no sorting): for ranking many candidates against one standard.
 * Equal to `hitungJpm(standar, aktual, pengaturan).persenEksak`.
 */
export function persenJpm(standar: ProfilKompetensi, aktual: ProfilKompetensi, pengaturan: PengaturanJpm): Decimal {
  let jumlahAktual = 0;
  let jumlahStandar = 0;
  for (const kode of Object.keys(standar)) {
    const s = standar[kode]!;
    const a = Object.hasOwn(aktual, kode) ? aktual[kode]! : 0;
    jumlahStandar += s;
    jumlahAktual += pengaturan.batasiCapaianPadaStandar ? Math.min(a, s) : a;
  }
  const persen = new Decimal(jumlahAktual).times(100).dividedBy(jumlahStandar);
  return pengaturan.batasiJpmPada100 ? Decimal.min(persen, 100) : persen;
}
