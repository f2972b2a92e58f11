import type { Citation, Reason } from '../../core/decision.js';
import { reason } from '../../core/decision.js';
import { DASAR_UJIAN_DINAS } from './dasar-kp.js';
import { IJAZAH_PASCASARJANA, IJAZAH_SARJANA_KE_ATAS } from './ijazah.js';
import type { DiklatKepemimpinan, GolonganPns, Ijazah, UjianDinas } from '../types.js';

/** The ujian dinas condition and its exemptions (see dasar-kp). */
export const CITATION_UJIAN_DINAS: Citation[] = DASAR_UJIAN_DINAS;

/** The ujian dinas needed to move from `dari` to `ke`: Tingkat I for II/d → III/a, Tingkat II for III/d → IV/a. */
export function ujianDinasDiperlukan(dari: GolonganPns, ke: GolonganPns): UjianDinas | null {
  if (dari === 'II/d' && ke === 'III/a') return 'TINGKAT_I';
  if (dari === 'III/d' && ke === 'IV/a') return 'TINGKAT_II';
  return null;
}

/** Why a PNS is exempt from an ujian dinas, or `null`. */
export function dasarPembebasanUjianDinas(
  ujian: UjianDinas,
  ijazah: Ijazah,
  diklat: readonly DiklatKepemimpinan[],
): 'IJAZAH' | 'DIKLAT_KEPEMIMPINAN' | null {
  if (ujian === 'TINGKAT_I') {
    if (IJAZAH_SARJANA_KE_ATAS.includes(ijazah)) return 'IJAZAH';
    if (diklat.includes('DIKLATPIM_IV')) return 'DIKLAT_KEPEMIMPINAN';
    return null;
  }
  if (IJAZAH_PASCASARJANA.includes(ijazah)) return 'IJAZAH';
  if (diklat.includes('DIKLATPIM_III')) return 'DIKLAT_KEPEMIMPINAN';
  return null;
}

/** One reason for the ujian-dinas condition of a promotion from `dari` to `ke`. */
export function reasonUjianDinas(
  ruleId: string,
  dari: GolonganPns,
  ke: GolonganPns,
  pegawai: { ijazah: Ijazah; ujianDinas: readonly UjianDinas[]; diklatKepemimpinan: readonly DiklatKepemimpinan[] },
): Reason {
  const ujian = ujianDinasDiperlukan(dari, ke);
  if (ujian === null) return reason(ruleId, `${ruleId}.ujianDinasTidakDiperlukan`, 'PASS', CITATION_UJIAN_DINAS, { dari, ke });
  if (pegawai.ujianDinas.includes(ujian)) return reason(ruleId, `${ruleId}.ujianDinasLulus`, 'PASS', CITATION_UJIAN_DINAS, { ujian });
  const dasar = dasarPembebasanUjianDinas(ujian, pegawai.ijazah, pegawai.diklatKepemimpinan);
  if (dasar) {
    return reason(ruleId, `${ruleId}.ujianDinasDibebaskan`, 'PASS', CITATION_UJIAN_DINAS, {
      ujian,
      dasar,
      ijazah: pegawai.ijazah,
    });
  }
  return reason(ruleId, `${ruleId}.ujianDinasBelumLulus`, 'FAIL', CITATION_UJIAN_DINAS, { ujian, dari, ke });
}
