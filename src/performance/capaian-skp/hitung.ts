/** The calculation of capaianSkp as pure steps on exact decimals (Perka BKN 1/2013 Lampiran). */
import { Decimal } from '../../core/decimal.js';
import { BATAS_EFISIENSI_PERSEN, FAKTOR_EFISIENSI, type Kreativitas, NILAI_EFISIENSI_TINGGI } from './data.js';

const HUNDRED = new Decimal(100);
const ZERO = new Decimal(0);

/**
 * Score of the waktu or biaya aspect (Perka BKN 1/2013): with efficiency e = 100 − realisasi/target × 100,
 * e ≤ 24 → (1.76 × target − realisasi) / target × 100; e > 24 → 76 − ((1.76 × target − realisasi) / target × 100 − 100).
 *
 * `nilai` is never below 0: the Lampiran's factor 1.76 puts the zero of the scale at realisasi = 1.76 × target
 * (100 at 76 % of the target, 76 at the target itself), and nilai capaian adds up aspect scores measured from
 * 0; a realisasi beyond 176 % of the target has used up the aspect, it does not take points from the other
 * aspects. `nilaiRumus` is the formula's own value, negative past that point.
 */
export function nilaiEfisiensi(targetValue: Decimal, realisasiValue: Decimal): { efisiensi: Decimal; nilai: Decimal; nilaiRumus: Decimal } {
  const efisiensi = HUNDRED.minus(realisasiValue.dividedBy(targetValue).times(HUNDRED));
  const base = FAKTOR_EFISIENSI.times(targetValue).minus(realisasiValue).dividedBy(targetValue).times(HUNDRED);
  const nilaiRumus = efisiensi.lessThanOrEqualTo(BATAS_EFISIENSI_PERSEN) ? base : NILAI_EFISIENSI_TINGGI.minus(base.minus(HUNDRED));
  return { efisiensi, nilai: Decimal.max(nilaiRumus, ZERO), nilaiRumus };
}

interface Aspek {
  target: Decimal;
  realisasi: Decimal;
}

/** One kegiatan as parsed: kuantitas, kualitas, waktu, and biaya where it has a budget target. */
export interface KegiatanSkp {
  kuantitas: Aspek;
  kualitas: Aspek;
  waktu: Aspek;
  biaya?: Aspek | undefined;
}

/** An aspect whose formula fell below 0 and counts 0. */
export interface AspekNol {
  aspek: 'WAKTU' | 'BIAYA';
  target: Decimal;
  realisasi: Decimal;
  nilaiRumus: Decimal;
}

/** A kegiatan whose output was not carried out (realisasi kuantitas 0). */
export const tidakTerlaksana = (k: KegiatanSkp) => k.kuantitas.realisasi.isZero();

/**
 * The exact scores of one kegiatan: each aspect, their sum and mean (nilai capaian), and the aspects counted 0.
 * With `nolBilaTidakTerlaksana` (setting kegiatanTidakTerlaksanaNol) a kegiatan not carried out scores 0 on
 * every aspect, waktu and biaya included, instead of the formulas.
 */
export function hitungKegiatan(k: KegiatanSkp, nolBilaTidakTerlaksana: boolean) {
  if (nolBilaTidakTerlaksana && tidakTerlaksana(k)) {
    const nol = { efisiensi: ZERO, nilai: ZERO, nilaiRumus: ZERO };
    const jumlahAspek = k.biaya ? 4 : 3;
    return {
      kuantitas: ZERO,
      kualitas: ZERO,
      waktu: nol,
      biaya: k.biaya ? nol : null,
      penghitungan: ZERO,
      jumlahAspek,
      nilaiCapaian: ZERO,
      nol: [] as AspekNol[],
      tidakTerlaksana: true,
    };
  }
  const kuantitas = k.kuantitas.realisasi.dividedBy(k.kuantitas.target).times(HUNDRED);
  const kualitas = k.kualitas.realisasi.dividedBy(k.kualitas.target).times(HUNDRED);
  const waktu = nilaiEfisiensi(k.waktu.target, k.waktu.realisasi);
  const biaya = k.biaya ? nilaiEfisiensi(k.biaya.target, k.biaya.realisasi) : null;
  const nol: AspekNol[] = [
    { aspek: 'WAKTU' as const, hasil: waktu, dari: k.waktu },
    ...(biaya && k.biaya ? [{ aspek: 'BIAYA' as const, hasil: biaya, dari: k.biaya }] : []),
  ]
    .filter((a) => a.hasil.nilaiRumus.isNegative())
    .map((a) => ({ aspek: a.aspek, target: a.dari.target, realisasi: a.dari.realisasi, nilaiRumus: a.hasil.nilaiRumus }));
  const aspek = [kuantitas, kualitas, waktu.nilai, ...(biaya ? [biaya.nilai] : [])];
  const penghitungan = aspek.reduce((a, b) => a.plus(b), ZERO);
  return {
    kuantitas,
    kualitas,
    waktu,
    biaya,
    penghitungan,
    jumlahAspek: aspek.length,
    nilaiCapaian: penghitungan.dividedBy(aspek.length),
    nol,
    tidakTerlaksana: false,
  };
}

/** The value added for `jumlah` tugas tambahan: the row with the highest `minimal` reached, or 0. */
export function nilaiTugasTambahan(jumlah: number, rows: readonly { minimal: number; nilai: string }[]): Decimal {
  const row = [...rows].sort((a, b) => b.minimal - a.minimal).find((t) => jumlah >= t.minimal);
  return new Decimal(row?.nilai ?? 0);
}

/** The value added for kreativitas: 0 without any, else the setting for who benefits. */
export function nilaiKreativitas(kreativitas: Kreativitas, values: Readonly<Record<Exclude<Kreativitas, 'TIDAK_ADA'>, string>>): Decimal {
  return new Decimal(kreativitas === 'TIDAK_ADA' ? 0 : values[kreativitas]);
}
