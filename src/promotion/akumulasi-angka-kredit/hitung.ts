import { addMonths, endOfMonth, type IsoDate, monthOf, yearOf } from '../../core/calendar.js';
import { Decimal, roundHalfUp } from '../../core/decimal.js';
import { BATAS_MASA_KERJA_PNS } from '../../core/masa-kerja-pns.js';
import type { Predikat } from '../../performance/types.js';
import { type KoefisienKeterampilan, koefisienTahunan } from '../_bersama/jenjang-jf.js';
import { akPerDuaBelas, BULAN_SETAHUN, DESIMAL_TAMPILAN_AK } from '../_bersama/konversi-angka-kredit.js';
import { TANGGAL_TERAKHIR } from '../_bersama/invariants.js';
import type { JenjangJf } from '../types.js';
import type { PeriodeAngkaKredit } from './schema.js';

// The calculation of promotion.akumulasiAngkaKredit, step by step. Everything is kept in twelfths of AK
// (`…12`), so sums, thresholds and shortfalls are exact; a value is divided by 12 only to be shown.

/** AK pendidikan: this share of the KP AKK of the jenjang, once, for a higher formal ijazah (PermenPANRB 1/2023 Pasal 37 ayat (2)). */
export const PERSEN_AK_PENDIDIKAN = 25;

/** Months of the longest working life: a shortfall that takes longer is never covered. */
export const BULAN_MASA_KERJA_MAKSIMAL = BATAS_MASA_KERJA_PNS.tahunMaksimum * BULAN_SETAHUN;

/** Whole calendar months of a period. */
export function jumlahBulan(p: { dari: IsoDate; sampai: IsoDate }): number {
  return (yearOf(p.sampai) - yearOf(p.dari)) * BULAN_SETAHUN + monthOf(p.sampai) - monthOf(p.dari) + 1;
}

/** One period converted: its months, jenjang, koefisien and AK (in twelfths, and as a decimal). */
export interface KonversiPeriode {
  readonly periode: PeriodeAngkaKredit;
  readonly jenjang: JenjangJf;
  readonly bulan: number;
  readonly koefisien: Decimal;
  readonly ak: Decimal;
}

/**
 * Each period converted (`bulan/12 × persentase × koefisien`), in the order given, and their sum in twelfths:
 * the exact twelfths added and divided once, or each period rounded to 2 decimals first when
 * `pembulatanPerPeriode` says so.
 */
export function konversiPeriode(
  periode: readonly PeriodeAngkaKredit[],
  jenjangSekarang: JenjangJf,
  keterampilan: KoefisienKeterampilan,
  pembulatanPerPeriode: boolean,
): { rincian: KonversiPeriode[]; akKonversi12: Decimal } {
  let duaBelas = new Decimal(0);
  let dibulatkan = new Decimal(0);
  const rincian = periode.map((p) => {
    const jenjang = p.jenjang ?? jenjangSekarang;
    const bulan = jumlahBulan(p);
    const koefisien = koefisienTahunan(jenjang, keterampilan);
    const t = akPerDuaBelas(bulan, p.predikat, koefisien);
    duaBelas = duaBelas.plus(t);
    const ak = t.dividedBy(BULAN_SETAHUN);
    dibulatkan = dibulatkan.plus(roundHalfUp(ak, DESIMAL_TAMPILAN_AK));
    return { periode: p, jenjang, bulan, koefisien, ak };
  });
  return { rincian, akKonversi12: pembulatanPerPeriode ? dibulatkan.times(BULAN_SETAHUN) : duaBelas };
}

/** AK pendidikan: {@link PERSEN_AK_PENDIDIKAN} % of the KP AKK when a higher ijazah was obtained, else 0. */
export function akPendidikan(akkKenaikanPangkat: Decimal, peningkatanPendidikan: boolean): Decimal {
  return peningkatanPendidikan ? akkKenaikanPangkat.times(PERSEN_AK_PENDIDIKAN).dividedBy(100) : new Decimal(0);
}

/** Where a projection stops: covered within a working life and the calendar, or not. */
export type Proyeksi =
  | { readonly hasil: 'TANGGAL'; readonly bulan: number; readonly tanggal: IsoDate | null }
  | { readonly hasil: 'MELAMPAUI_MASA_KERJA'; readonly bulan: number }
  | { readonly hasil: 'MELAMPAUI_KALENDER'; readonly bulan: number };

/**
 * Months at `predikat` to cover a shortfall (in twelfths), and the last day of the month it is covered in,
 * counted from the end of the last period (`null` without one). No date when it takes longer than a working
 * life or falls after {@link TANGGAL_TERAKHIR}.
 */
export function proyeksiKekurangan(
  kekurangan12: Decimal,
  predikat: Predikat,
  koefisien: Decimal,
  sampaiTerakhir: IsoDate | undefined,
): Proyeksi {
  const bulan = kekurangan12
    .dividedBy(akPerDuaBelas(1, predikat, koefisien))
    .ceil()
    .toNumber();
  // `sampai` is a month's last day: adding months clamps to a month end, and endOfMonth settles the rest.
  const tanggal = sampaiTerakhir === undefined ? null : endOfMonth(addMonths(sampaiTerakhir, bulan));
  // Clamped: no PNS serves long enough to cover it at this predikat, so no date is projected.
  if (bulan > BULAN_MASA_KERJA_MAKSIMAL) return { hasil: 'MELAMPAUI_MASA_KERJA', bulan };
  if (tanggal !== null && tanggal > TANGGAL_TERAKHIR) return { hasil: 'MELAMPAUI_KALENDER', bulan };
  return { hasil: 'TANGGAL', bulan, tanggal };
}
