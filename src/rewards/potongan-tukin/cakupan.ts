import type { Citation } from '../../core/decision.js';
import { Decimal } from '../../core/decimal.js';
import { HUKUMAN, JENIS_HUKUMAN, type TingkatHukuman } from '../../discipline/types.js';
import type { JadwalPotongan } from './jadwal.js';
import { SEBAB_POTONGAN, type SebabPotongan } from './sebab.js';

/** The cause of a hukuman-linked cut, by the tingkat of the hukuman. */
export const SEBAB_HUKUMAN: Readonly<Record<TingkatHukuman, SebabPotongan>> = {
  RINGAN: 'HUKUMAN_RINGAN',
  SEDANG: 'HUKUMAN_SEDANG',
  BERAT: 'HUKUMAN_BERAT',
};

/**
 * The causes a schedule covers, each with its citations: the schedule's own `cakupan` when it states one,
 * otherwise the causes it names a cut for, cited by its `sumber`.
 */
export function cakupanJadwal(j: JadwalPotongan): Partial<Record<SebabPotongan, Citation[]>> {
  if (j.cakupan) {
    const out: Partial<Record<SebabPotongan, Citation[]>> = {};
    for (const s of SEBAB_POTONGAN) {
      const c = j.cakupan[s];
      if (c) out[s] = [c];
    }
    return out;
  }
  const tingkatDiatur = (t: TingkatHukuman) =>
    JENIS_HUKUMAN.some((jenis) => HUKUMAN[jenis].tingkat === t && j.hukuman[jenis] !== undefined) ||
    (t === 'SEDANG' && j.hukumanSedangPp94);
  const named: Record<SebabPotongan, boolean> = {
    TERLAMBAT: j.terlambat.length > 0,
    PULANG_CEPAT: j.pulangCepat.length > 0,
    TANPA_REKAM_MASUK: j.tanpaRekamMasuk !== undefined || j.terlambat.length > 0,
    TANPA_REKAM_PULANG: j.tanpaRekamPulang !== undefined || j.pulangCepat.length > 0,
    TIDAK_MASUK: j.tidakMasukPerHari.greaterThan(0),
    BERTURUT_TURUT: j.berturutTurut !== undefined,
    HUKUMAN_RINGAN: tingkatDiatur('RINGAN'),
    HUKUMAN_SEDANG: tingkatDiatur('SEDANG'),
    HUKUMAN_BERAT: tingkatDiatur('BERAT'),
    PREDIKAT: Object.keys(j.predikat).length > 0,
  };
  const out: Partial<Record<SebabPotongan, Citation[]>> = {};
  for (const s of SEBAB_POTONGAN) if (named[s]) out[s] = j.sumber;
  return out;
}

/** The cut per day without a record on one side: the schedule's own value, else the top step of that side's ladder. */
export function potonganTanpaRekam(
  nilai: Decimal | undefined,
  tangga: JadwalPotongan['terlambat'],
): { persen: Decimal; dari: 'NILAI_JADWAL' | 'ANAK_TANGGA_TERATAS' | 'TANPA_POTONGAN' } {
  if (nilai !== undefined) return { persen: nilai, dari: 'NILAI_JADWAL' };
  const top = tangga[tangga.length - 1];
  return top ? { persen: top.persen, dari: 'ANAK_TANGGA_TERATAS' } : { persen: new Decimal(0), dari: 'TANPA_POTONGAN' };
}
