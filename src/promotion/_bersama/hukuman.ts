import * as z from 'zod/mini';
import { type IsoDate, maxDate } from '../../core/calendar.js';
import { type Citation, type Reason, reason } from '../../core/decision.js';
import {
  akhirHukuman,
  hukumanBerjalanPada,
  pembatalanHukuman,
  RIWAYAT_HUKUMAN_MAKS,
  type RiwayatHukuman,
  riwayatHukumanSchema,
} from '../../discipline/_bersama/riwayat-hukuman.js';
import { TINGKAT_HUKUMAN, tingkatKeberatan } from '../../discipline/types.js';
import { deepFreeze } from '../../core/freeze.js';

export const riwayatHukumanPegawaiSchema = z
  ._default(
    // Each entry is checked by the discipline schema (an end before its TMT, an end for a permanent hukuman).
    z.array(riwayatHukumanSchema).check(z.maxLength(RIWAYAT_HUKUMAN_MAKS)),
    [],
  )
  .check(z.describe(`Hukuman disiplin in the record (at most ${RIWAYAT_HUKUMAN_MAKS}, far more than a working life holds)`));

/** Setting: levels of hukuman disiplin that block a promotion while being served (default sedang and berat). */
export const tingkatHukumanMenghalangiSchema = z
  ._default(z.array(z.enum(TINGKAT_HUKUMAN)).check(z.maxLength(TINGKAT_HUKUMAN.length)), ['SEDANG', 'BERAT'])
  .check(
    z.describe(
      'Levels of a running hukuman disiplin that block a promotion; [] switches the check off. Preset: sedang and berat (agency practice; the PP 94/2021 article is unconfirmed)',
    ),
  );

/** Citation for the hukuman check: the practice follows PP 94/2021; the blocking article is unconfirmed. */
export const CITATION_HUKUMAN: Citation[] = deepFreeze([
  {
    regulation: 'PP_94_2021',
    unlocated:
      'No PP 94/2021 or Peraturan BKN 6/2022 article barring a promotion while a hukuman is served was found (the seed citation "Peraturan BKN 6/2022 Pasal 55 ayat (1)" is unverified); the block follows practice (DJKN buku saku, BKN Kanreg I) and Perka BKN 21/2010 under PP 53/2010.',
  },
]);

/** The row of a KP rule's condition table (a formulaTable step). */
export const LANGKAH_HUKUMAN = deepFreeze([
  'hukuman',
  'tidak sedang menjalani hukuman tingkat tingkatHukumanMenghalangi (preset sedang, berat) pada asOf dan periode',
  CITATION_HUKUMAN,
] as const);

export interface CekHukuman {
  reasons: Reason[];
  /** Running hukuman on any of the dates. */
  berjalan: RiwayatHukuman[];
  /** First day no blocking hukuman runs any more; `null` if one is permanent; the earliest date when none runs. */
  selesai: IsoDate | null;
}

/**
 * Checks that no hukuman of the blocking levels runs on any of `tanggal`: one reason, after one INFO reason
 * per annulled hukuman of the record (which never counts).
 */
export function cekHukumanBerjalan(
  ruleId: string,
  riwayat: readonly RiwayatHukuman[],
  tanggal: readonly IsoDate[],
  tingkat: readonly (typeof TINGKAT_HUKUMAN)[number][],
): CekHukuman {
  const cek = cekHukumanBerlaku(ruleId, riwayat, tanggal, tingkat);
  const dibatalkan = pembatalanHukuman(riwayat);
  if (dibatalkan.length === 0) return cek;
  const alasan = dibatalkan.map((p) => reason(ruleId, `${ruleId}.hukumanDibatalkan`, 'INFO', p.citations, p.facts));
  return { ...cek, reasons: [...alasan, ...cek.reasons] };
}

function cekHukumanBerlaku(
  ruleId: string,
  riwayat: readonly RiwayatHukuman[],
  tanggal: readonly IsoDate[],
  tingkat: readonly (typeof TINGKAT_HUKUMAN)[number][],
): CekHukuman {
  const first = tanggal[0]!;
  if (tingkat.length === 0) {
    return { reasons: [reason(ruleId, `${ruleId}.hukumanTidakDiperiksa`, 'INFO', CITATION_HUKUMAN, {})], berjalan: [], selesai: first };
  }
  const berjalan = [...new Set(tanggal.flatMap((d) => hukumanBerjalanPada(riwayat, d, tingkat)))].sort(
    (a, b) => tingkatKeberatan(b.jenis) - tingkatKeberatan(a.jenis),
  );
  if (berjalan.length === 0) {
    return {
      reasons: [reason(ruleId, `${ruleId}.hukumanTidakAda`, 'PASS', CITATION_HUKUMAN, { tanggal: [...new Set(tanggal)].join(', ') })],
      berjalan,
      selesai: first,
    };
  }
  let selesai: IsoDate | null = first;
  for (const h of berjalan) {
    const end = akhirHukuman(h);
    selesai = end === null || selesai === null ? null : maxDate(selesai, end);
  }
  const terberat = berjalan[0]!;
  const akhir = akhirHukuman(terberat);
  return {
    reasons: [
      // Only a dismissal (PDHTAPS) has no end: it is not a hukuman being served.
      akhir === null
        ? reason(ruleId, `${ruleId}.diberhentikan`, 'FAIL', CITATION_HUKUMAN, { tmtHukuman: terberat.tmt })
        : reason(ruleId, `${ruleId}.hukumanBerjalan`, 'FAIL', CITATION_HUKUMAN, {
            jenis: terberat.jenis,
            tmtHukuman: terberat.tmt,
            selesai: akhir,
          }),
    ],
    berjalan,
    selesai,
  };
}
