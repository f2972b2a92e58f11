/**
 * The calculation of `rewards.potonganTukin`, as pure named steps over a parsed schedule (`JadwalPotongan`):
 * each step returns numbers and what it found; the rule (index.ts) turns them into reasons. Percentages
 * are of the monthly tukin, exact decimals.
 */
import type * as z from 'zod/mini';
import { addMonths, type IsoDate, startOfMonth } from '../../core/calendar.js';
import { Decimal, roundDown, roundHalfUp, roundUp, toPlainString } from '../../core/decimal.js';
import { HUKUMAN } from '../../discipline/types.js';
import type { Predikat } from '../../performance/types.js';
import { potonganTanpaRekam } from './cakupan.js';
import { type JadwalPotongan, POTONGAN_HUKUMAN_SEDANG_PP94 } from './jadwal.js';
import type { potonganTukinInput, potonganTukinOptions } from './schema.js';

type Masukan = z.output<typeof potonganTukinInput>;
type Pengaturan = z.output<typeof potonganTukinOptions>;
type HukumanTukin = Masukan['riwayatHukuman'][number];

/** A whole allowance in percent: the month's cut never exceeds it, whatever the schedule's cap. */
export const SERATUS_PERSEN = 100;
/** A run of consecutive days absent is a cause of its own from 2 days (a run of 1 is a day of absence). */
export const BERTURUT_TURUT_DITANYAKAN = 2;
/** A ringan hukuman has no duration in PP 94/2021: it is in question in its first month only. */
export const BULAN_DITANYAKAN_RINGAN = 1;

const NOL = new Decimal(0);
const jumlah = (xs: readonly Decimal[]) => xs.reduce((a, b) => a.plus(b), NOL);

/** The cut of one late arrival or early leave: the highest step whose minutes it exceeds (0 below the first). */
export function anakTangga(tangga: JadwalPotongan['terlambat'], menit: number): Decimal {
  let persen = NOL;
  for (const s of tangga) if (menit > s.lebihDariMenit) persen = s.persen;
  return persen;
}

/** Working hours: late arrivals and early leaves per occurrence by their ladders, days without a record per day. */
export function potonganJamKerja(j: JadwalPotongan, input: Masukan) {
  const terlambat = jumlah(input.terlambat.map((m) => anakTangga(j.terlambat, m)));
  const pulangCepat = jumlah(input.pulangCepat.map((m) => anakTangga(j.pulangCepat, m)));
  const rekamMasuk = potonganTanpaRekam(j.tanpaRekamMasuk, j.terlambat);
  const rekamPulang = potonganTanpaRekam(j.tanpaRekamPulang, j.pulangCepat);
  const tanpaRekamMasuk = rekamMasuk.persen.times(input.tanpaRekamMasuk);
  const tanpaRekamPulang = rekamPulang.persen.times(input.tanpaRekamPulang);
  return {
    terlambat,
    pulangCepat,
    tanpaRekamMasuk,
    tanpaRekamPulang,
    tanpaRekam: tanpaRekamMasuk.plus(tanpaRekamPulang),
    /** Where each side's cut per day without a record comes from (the schedule, or its top step). */
    dariRekamMasuk: rekamMasuk.dari,
    dariRekamPulang: rekamPulang.dari,
  };
}

/** Days of unexcused absence × the schedule's cut per day. */
export function potonganTidakMasuk(j: JadwalPotongan, hariTidakMasuk: number): Decimal {
  return j.tidakMasukPerHari.times(hariTidakMasuk);
}

/** `true` when a cut of `bulan` months (null: for as long as it lasts) for a hukuman covers `month` (its first day). */
export function masaPotonganMencakup(
  h: Pick<HukumanTukin, 'tmt' | 'selesai'>,
  bulan: number | null,
  month: IsoDate,
  mulai: Pengaturan['mulaiPotonganHukuman'],
): boolean {
  const first = mulai === 'BULAN_TMT' ? startOfMonth(h.tmt) : addMonths(startOfMonth(h.tmt), 1);
  if (month < first) return false;
  if (bulan !== null && month >= addMonths(first, bulan)) return false;
  return h.selesai === undefined || month < h.selesai;
}

/** A cut tied to a hukuman: percent and months (null: for as long as it lasts). */
export interface PotonganSatuHukuman {
  persen: Decimal;
  bulan: number | null;
}

/**
 * How a schedule that cuts by the nature of the violation (KMK 5/KMK.01/2022) reads one hukuman whose own
 * cut runs: every hukuman cut (setting SETIAP_HUKUMAN), no nature given (refused), administrative without
 * an unsur (no cut), or cut.
 */
export type SifatHukuman = 'SETIAP_HUKUMAN' | 'TANPA_KETERANGAN' | 'TANPA_POTONGAN' | 'DIPOTONG';

/** One hukuman of the record in the month: its cut, how its nature was read, and whether its cause is in question. */
export interface HukumanBulanIni {
  hukuman: HukumanTukin;
  /** The largest cut of this hukuman that covers the month (0 when none). */
  persen: Decimal;
  /** The cut that gave `persen`, or null. */
  potongan: PotonganSatuHukuman | null;
  /** Set only for a schedule with hukumanMenurutSifat whose own cut for the jenis covers the month. */
  sifat: SifatHukuman | null;
  /** The schedule's own period for the jenis, else the PP 94/2021 period, covers the month. */
  ditanyakan: boolean;
}

function sifatHukuman(h: HukumanTukin, pengaturan: Pengaturan): SifatHukuman {
  if (pengaturan.potonganHukuman !== 'MENURUT_SIFAT') return 'SETIAP_HUKUMAN';
  if (h.sifatPelanggaran === undefined && h.unsurPelanggaran.length === 0) return 'TANPA_KETERANGAN';
  if (h.sifatPelanggaran === 'ADMINISTRATIF' && h.unsurPelanggaran.length === 0) return 'TANPA_POTONGAN';
  return 'DIPOTONG';
}

/** One hukuman in `month`: the schedule's own cut (read by the nature of the violation where it says so) and the PP 94/2021 sedang cut. */
export function potonganSatuHukuman(j: JadwalPotongan, h: HukumanTukin, month: IsoDate, pengaturan: Pengaturan): HukumanBulanIni {
  // An annulled hukuman is void: it cuts nothing (its decision says so in its own reason).
  if (h.dibatalkan) return { hukuman: h, persen: NOL, potongan: null, sifat: null, ditanyakan: false };
  const info = HUKUMAN[h.jenis];
  const mulai = pengaturan.mulaiPotonganHukuman;
  const own = j.hukuman[h.jenis];
  const ownCovers = own !== undefined && masaPotonganMencakup(h, own.bulan, month, mulai);
  const sifat = ownCovers && j.hukumanMenurutSifat ? sifatHukuman(h, pengaturan) : null;
  const ownCut = ownCovers && sifat !== 'TANPA_KETERANGAN' && sifat !== 'TANPA_POTONGAN' ? own : undefined;
  const pp94 = j.hukumanSedangPp94 && pengaturan.sedangMode === 'TUKIN' && info.tingkat === 'SEDANG';
  const candidates = [ownCut, pp94 ? { persen: new Decimal(POTONGAN_HUKUMAN_SEDANG_PP94.persen), bulan: info.durasiBulan } : undefined];
  let persen = NOL;
  let potongan: PotonganSatuHukuman | null = null;
  for (const cut of candidates) {
    if (!cut || !masaPotonganMencakup(h, cut.bulan, month, mulai)) continue;
    if (cut.persen.greaterThan(persen)) {
      persen = cut.persen;
      potongan = cut;
    }
  }
  const period = own ? own.bulan : info.tingkat === 'RINGAN' ? BULAN_DITANYAKAN_RINGAN : info.durasiBulan;
  return { hukuman: h, persen, potongan, sifat, ditanyakan: masaPotonganMencakup(h, period, month, mulai) };
}

/** Every hukuman of the record in `month`, and the cut that applies: the largest (the first of equal ones). */
export function potonganHukuman(j: JadwalPotongan, riwayat: readonly HukumanTukin[], month: IsoDate, pengaturan: Pengaturan) {
  const rincian = riwayat.map((h) => potonganSatuHukuman(j, h, month, pengaturan));
  let terbesar: HukumanBulanIni | null = null;
  for (const r of rincian) if (r.persen.greaterThan(terbesar?.persen ?? NOL)) terbesar = r;
  return { persen: terbesar?.persen ?? NOL, terbesar, rincian };
}

/** The schedule's cut for the predikat kinerja of the period (0 when it names none, or no predikat is given). */
export function potonganPredikat(j: JadwalPotongan, predikat: Predikat | undefined): Decimal {
  return predikat ? (j.predikat[predikat] ?? NOL) : NOL;
}

/** The consecutive-absence override applies when the run reaches the schedule's minimum. */
export function berturutTurutBerlaku(j: JadwalPotongan, hariBerturutTurut: number): boolean {
  return j.berturutTurut !== undefined && hariBerturutTurut >= j.berturutTurut.minimalHari;
}

/** The month's total: the causes summed, raised to the consecutive-absence cut when that applies. */
export function jumlahPotongan(j: JadwalPotongan, sebab: readonly Decimal[], berturutTurut: boolean): Decimal {
  const total = jumlah(sebab);
  return berturutTurut ? Decimal.max(total, j.berturutTurut!.persen) : total;
}

/** The monthly cap: the schedule's batasBulanan, never above the whole allowance. */
export function batasBulanan(j: JadwalPotongan, total: Decimal): { persen: Decimal; batas: Decimal; dibatasi: boolean } {
  const batas = Decimal.min(j.batasBulanan, SERATUS_PERSEN);
  const dibatasi = total.greaterThan(batas);
  return { persen: dibatasi ? batas : total, batas, dibatasi };
}

const PEMBULATAN = { SETENGAH_KE_ATAS: roundHalfUp, KE_BAWAH: roundDown, KE_ATAS: roundUp } as const;

/** The cut in whole rupiah (tukin × persen / 100, rounded as set) and what is paid. */
export function pembulatan(
  tukin: number,
  persen: Decimal,
  cara: Pengaturan['pembulatanRupiah'],
): { potonganRupiah: string; diterimaRupiah: string } {
  const potongan = PEMBULATAN[cara](new Decimal(tukin).times(persen).dividedBy(SERATUS_PERSEN), 0);
  return { potonganRupiah: toPlainString(potongan), diterimaRupiah: toPlainString(new Decimal(tukin).minus(potongan)) };
}
