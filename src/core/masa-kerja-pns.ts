import type { Citation } from './decision.js';
import { deepFreeze } from './freeze.js';

/**
 * The span of a PNS's service, shared by every rule that refuses a record no PNS can have (a jabatan
 * taken up as a child, a candidate aged 120, 224 years of masa kerja):
 *
 * - `usiaPengangkatanMinimum`: an applicant is at least 18 when applying to become a PNS ("usia paling
 *   rendah 18 (delapan belas) tahun", PP 11/2017 Pasal 23 ayat (1) huruf a), so no PNS is appointed, holds
 *   a jabatan or receives a hukuman disiplin before 18.
 * - `usiaPensiunTertinggi`: no PNS serves past 75, the highest batas usia pensiun the library accepts for a
 *   BUP set by another law (PP 11/2017 Pasal 240; `batasUsiaPensiun`'s `bupKhusus`). It is deliberately
 *   above every BUP in force (65 in PP 11/2017 Pasal 239; 70 for a professor, UU 14/2005 Pasal 67 ayat (5)):
 *   it marks what is impossible, not what is usual.
 * - `tahunMaksimum`: the longest masa kerja, and so the longest time in one pangkat or jabatan (57 years).
 */
export const BATAS_MASA_KERJA_PNS = deepFreeze({
  usiaPengangkatanMinimum: 18,
  usiaPensiunTertinggi: 75,
  tahunMaksimum: 75 - 18,
  citations: [
    {
      regulation: 'PP_11_2017',
      unlocated:
        'The minimum age of 18 for applying to become a PNS ("usia paling rendah 18 (delapan belas) tahun") is widely quoted as PP 11/2017 Pasal 23 ayat (1) huruf a, but no source read for this library shows that article.',
    },
    { regulation: 'PP_11_2017', article: 'Pasal 240' },
  ] as readonly Citation[],
});
