import type { Citation } from '../../core/decision.js';
import { Decimal } from '../../core/decimal.js';
import { type InputIssue, MeritInputError, ownIssue } from '../../core/errors.js';
import { HUKUMAN, JENIS_HUKUMAN, type JenisHukuman, type TingkatHukuman } from '../../discipline/types.js';
import type { JadwalPotongan } from './jadwal.js';
import { type CadanganPotongan, LABEL_POTONGAN_TUKIN, SEBAB_POTONGAN, type SebabPotongan } from './sebab.js';

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

const label = (v: string) => LABEL_POTONGAN_TUKIN[v] ?? { id: v, en: v };

/** A cause asked about that the schedule does not cover, with the cut the fallback gives it and where that comes from. */
export interface DiLuarCakupan {
  sebab: SebabPotongan;
  persen: Decimal;
  dari: CadanganPotongan;
}

/**
 * Checks the causes asked about in a month against the schedule's coverage, in the order they are asked:
 * a covered cause passes; one outside is refused (`TOLAK`) or kept for the fallback (`CADANGAN`) with the
 * largest cut asked for it. `selesai` throws the refusals, else returns the causes outside in the order
 * of {@link SEBAB_POTONGAN}.
 */
export function pemeriksaCakupan(j: JadwalPotongan, sebabDiLuarCakupan: 'TOLAK' | 'CADANGAN') {
  const cakupan = cakupanJadwal(j);
  const tolakan: InputIssue[] = [];
  const diLuar: DiLuarCakupan[] = [];
  return {
    cakupan,
    /** A cause asked about, read from `path`, that the schedule would cut `persen`. */
    tanya(sebab: SebabPotongan, path: (string | number)[], persen: Decimal, dari?: CadanganPotongan): void {
      if (cakupan[sebab]) return;
      const o = diLuar.find((x) => x.sebab === sebab);
      if (o) {
        if (persen.greaterThan(o.persen)) o.persen = persen;
      } else diLuar.push({ sebab, persen, dari: dari ?? (persen.isZero() ? 'TANPA_POTONGAN' : 'NILAI_JADWAL') });
      if (sebabDiLuarCakupan === 'CADANGAN') return;
      tolakan.push(tidakDicakup(j, cakupan, sebab, path));
    },
    tolak(issue: InputIssue): void {
      tolakan.push(issue);
    },
    selesai(ruleId: string): DiLuarCakupan[] {
      if (tolakan.length > 0) throw new MeritInputError(tolakan, ruleId);
      const order = (s: SebabPotongan) => SEBAB_POTONGAN.indexOf(s);
      return diLuar.sort((a, b) => order(a.sebab) - order(b.sebab));
    },
  };
}

function tidakDicakup(
  j: JadwalPotongan,
  cakupan: Partial<Record<SebabPotongan, Citation[]>>,
  sebab: SebabPotongan,
  path: (string | number)[],
): InputIssue {
  const covered = SEBAB_POTONGAN.filter((s) => cakupan[s]);
  const list = (l: 'id' | 'en') => (covered.length > 0 ? covered.map((s) => label(s)[l]).join(', ') : l === 'id' ? 'tidak ada' : 'nothing');
  return ownIssue(
    path,
    {
      en: `the schedule ${j.nama} does not cover ${label(sebab).en} (it covers: ${list('en')}), so no cut for it can be read from it; pass a schedule that covers it, or set sebabDiLuarCakupan: 'CADANGAN' for the library fallback with a reason`,
      id: `jadwal ${j.nama} tidak mencakup ${label(sebab).id} (yang dicakup: ${list('id')}), sehingga potongannya tidak dapat dibaca dari jadwal itu; gunakan jadwal yang mencakupnya, atau pengaturan sebabDiLuarCakupan: 'CADANGAN' untuk cadangan pustaka dengan alasannya`,
    },
    'not_covered',
  );
}

/** A running hukuman the schedule cuts only by the nature of its violation (KMK 5/KMK.01/2022), given without it. */
export function tanpaSifatPelanggaran(j: JadwalPotongan, jenis: JenisHukuman, path: (string | number)[]): InputIssue {
  return ownIssue(
    path,
    {
      en: `the schedule ${j.nama} cuts tukin for ${jenis} only for a non-administrative violation or an administrative one with an unsur (inisiatif pribadi, kesengajaan, berulang), and this hukuman states neither; give sifatPelanggaran (and unsurPelanggaran), or set potonganHukuman: 'SETIAP_HUKUMAN' to cut for every hukuman`,
      id: `jadwal ${j.nama} memotong tunjangan karena ${jenis} hanya untuk pelanggaran non-administratif atau administratif yang memenuhi unsur (inisiatif pribadi, kesengajaan, berulang), dan hukuman ini tidak menyebut keduanya; isi sifatPelanggaran (dan unsurPelanggaran), atau pengaturan potonganHukuman: 'SETIAP_HUKUMAN' untuk memotong setiap hukuman`,
    },
    'required',
  );
}
