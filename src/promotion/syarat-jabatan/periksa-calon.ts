import type * as z from 'zod/mini';
import { addYears, type IsoDate, wholeMonthsBetween, wholeYearsBetween, yearOf } from '../../core/calendar.js';
import { Decimal, toDecimal, toPlainString } from '../../core/decimal.js';
import { type InputIssue, ownIssue } from '../../core/errors.js';
import { BATAS_MASA_KERJA_PNS } from '../../core/masa-kerja-pns.js';
import { tahunPenilaianDalamDinas, tidakSetelahAsOf, tolak } from '../_bersama/invariants.js';
import type { syaratJabatanInput } from './schema.js';

const U = BATAS_MASA_KERJA_PNS.usiaPengangkatanMinimum;
export const PASAL_23 = 'PP 11/2017 Pasal 23 ayat (1) huruf a';

/**
 * Refuses what a candidate's record can never be: born after asOf, younger than the minimum appointment age
 * or older than the highest BUP on asOf, more years of experience (or in jabatan, one after another) than
 * have passed since that age, appraisal years after the year of asOf or before that age.
 */
export function periksaCalon(ruleId: string, x: z.output<typeof syaratJabatanInput>, asOf: IsoDate): void {
  const lahir = tidakSetelahAsOf(['tanggalLahir'], x.tanggalLahir, asOf);
  if (lahir) tolak(ruleId, [lahir]);
  const usia = wholeYearsBetween(x.tanggalLahir, asOf);
  const dewasa = addYears(x.tanggalLahir, U);
  if (usia < U || usia > BATAS_MASA_KERJA_PNS.usiaPensiunTertinggi) {
    tolak(ruleId, [
      ownIssue(['tanggalLahir'], {
        en: `gives age ${usia} on asOf (${asOf}); a PNS is ${U} to ${BATAS_MASA_KERJA_PNS.usiaPensiunTertinggi} (appointed at ${U} at the earliest, ${PASAL_23}; highest BUP ${BATAS_MASA_KERJA_PNS.usiaPensiunTertinggi})`,
        id: `berarti usia ${usia} tahun pada asOf (${asOf}); PNS berusia ${U} sampai ${BATAS_MASA_KERJA_PNS.usiaPensiunTertinggi} tahun (diangkat paling rendah usia ${U} tahun, ${PASAL_23}; BUP paling tinggi ${BATAS_MASA_KERJA_PNS.usiaPensiunTertinggi})`,
      }),
    ]);
  }
  // Years since the minimum appointment age, with a month of slack so a whole-year figure rounded up is not refused.
  const batas = new Decimal(wholeMonthsBetween(dewasa, asOf) + 1).dividedBy(12);
  const lebih = (path: (string | number)[], tahun: Decimal, apa: { en: string; id: string }): InputIssue =>
    ownIssue(path, {
      en: `${toPlainString(tahun)} years ${apa.en} is more than the time from age ${U} (${dewasa}) to asOf (${asOf}); a PNS is appointed at ${U} at the earliest (${PASAL_23})`,
      id: `${toPlainString(tahun)} tahun ${apa.id} melebihi waktu sejak usia ${U} tahun (${dewasa}) sampai asOf (${asOf}); PNS diangkat paling rendah usia ${U} tahun (${PASAL_23})`,
    });
  const issues: InputIssue[] = [];
  const pengalaman = toDecimal(x.tahunPengalaman);
  if (pengalaman.greaterThan(batas)) issues.push(lebih(['tahunPengalaman'], pengalaman, { en: 'of experience', id: 'pengalaman' }));
  let jumlah = new Decimal(0);
  x.riwayatJabatan.forEach((r, i) => {
    const tahun = toDecimal(r.tahun);
    jumlah = jumlah.plus(tahun);
    if (tahun.greaterThan(batas))
      issues.push(lebih(['riwayatJabatan', i, 'tahun'], tahun, { en: `as ${r.jabatan}`, id: `sebagai ${r.jabatan}` }));
  });
  if (issues.length === 0 && jumlah.greaterThan(batas)) {
    issues.push(
      lebih(['riwayatJabatan'], jumlah, { en: 'in jabatan held one after another', id: 'dalam jabatan yang diduduki berturut-turut' }),
    );
  }
  issues.push(
    ...tahunPenilaianDalamDinas(x.riwayatPenilaian, asOf, { tahun: yearOf(dewasa), asal: { en: `age ${U}`, id: `usia ${U} tahun` } }),
  );
  tolak(ruleId, issues);
}
