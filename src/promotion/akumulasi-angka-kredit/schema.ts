import * as z from 'zod/mini';
import { addYears, endOfMonth, isoDateSchema } from '../../core/calendar.js';
import { decimalSchema } from '../../core/decimal.js';
import { deepFreeze } from '../../core/freeze.js';
import { BATAS_MASA_KERJA_PNS } from '../../core/masa-kerja-pns.js';
import { dateOutputSchema, decimalOutputSchema } from '../../core/output.js';
import { contradiction, superRefineParsed } from '../../core/refine.js';
import { predikatSchema } from '../../performance/types.js';
import { JENJANG_JABATAN_FUNGSIONAL, koefisienKeterampilanSchema } from '../_bersama/jenjang-jf.js';
import { pembulatanPerPeriodeSchema } from '../_bersama/konversi-angka-kredit.js';
import { MAKS_PERIODE_ANGKA_KREDIT } from '../_bersama/invariants.js';
import { golonganSchema, jenjangJfSchema } from '../types.js';

/** One appraisal period: whole calendar months from the 1st of `dari`'s month to the last day of `sampai`'s. */
export const periodeAngkaKreditSchema = z
  .object({
    dari: isoDateSchema.check(z.describe('First day of the period (the 1st of a month)')),
    sampai: isoDateSchema.check(z.describe('Last day of the period (the last day of a month)')),
    predikat: predikatSchema,
    jenjang: z.optional(jenjangJfSchema).check(z.describe('Jenjang during the period; default: the current jenjang')),
  })
  .check(
    // Runs only once both dates parsed (superRefineParsed).
    superRefineParsed((p, ctx) => {
      if (p.dari.slice(8) !== '01') {
        ctx.addIssue(contradiction({ en: 'must be the first day of a month', id: 'harus tanggal 1 suatu bulan' }, ['dari']));
      }
      if (p.sampai !== endOfMonth(p.sampai)) {
        ctx.addIssue(contradiction({ en: 'must be the last day of a month', id: 'harus hari terakhir suatu bulan' }, ['sampai']));
      }
      if (p.sampai < p.dari) {
        ctx.addIssue(contradiction({ en: 'must not be before dari', id: 'tidak boleh sebelum dari' }, ['sampai']));
      }
    }),
  );
export type PeriodeAngkaKredit = z.output<typeof periodeAngkaKreditSchema>;

const akSchema = (d: string) => z.prefault(decimalSchema({ min: 0 }), 0).check(z.describe(d));

export const akumulasiAngkaKreditInput = z
  .object({
    jenjang: jenjangJfSchema.check(z.describe('Current jenjang')),
    golongan: golonganSchema.check(z.describe('Current golongan (within the jenjang)')),
    periode: z
      ._default(z.array(periodeAngkaKreditSchema).check(z.maxLength(MAKS_PERIODE_ANGKA_KREDIT)), [])
      .check(
        z.describe(
          `Appraisal periods since the last PAK, non-overlapping, within one working life (at most ${MAKS_PERIODE_ANGKA_KREDIT}: whole months of ${BATAS_MASA_KERJA_PNS.tahunMaksimum} years)`,
        ),
      ),
    akDasar: akSchema('AK dasar (perpindahan/pengangkatan)'),
    akJfLama: akSchema('AK JF lama'),
    akPenyesuaian: akSchema('AK penyesuaian/penyetaraan'),
    akKelebihan: akSchema('Excess AK carried over from the previous KP in the same jenjang'),
    peningkatanPendidikan: z
      ._default(z.boolean(), false)
      .check(z.describe('A higher formal ijazah obtained: +25 % of the KP AKK of the jenjang, once')),
  })
  .check(
    superRefineParsed((x, ctx) => {
      const info = JENJANG_JABATAN_FUNGSIONAL[x.jenjang];
      if (!info.golongan.includes(x.golongan)) {
        ctx.addIssue(
          contradiction(
            {
              en: `must be within the jenjang's golongan (${info.golongan.join(', ')})`,
              id: `harus berada dalam golongan jenjang itu (${info.golongan.join(', ')})`,
            },
            ['golongan'],
          ),
        );
      }
      // Each period that starts before an earlier-starting one has ended (not only its neighbour: a long
      // period can overlap several later ones).
      const sorted = x.periode.map((p, i) => ({ ...p, i })).sort((a, b) => (a.dari < b.dari ? -1 : 1));
      let berakhir = '';
      for (const p of sorted) {
        if (p.dari <= berakhir) {
          ctx.addIssue(
            contradiction({ en: 'periods must not overlap', id: 'periode tidak boleh saling tumpang tindih' }, ['periode', p.i, 'dari']),
          );
        }
        if (p.sampai > berakhir) berakhir = p.sampai;
      }
      // The periods of one PNS lie within one working life.
      const pertama = sorted[0];
      const terakhir = sorted.find((p) => p.sampai === berakhir);
      if (pertama && terakhir && addYears(pertama.dari, BATAS_MASA_KERJA_PNS.tahunMaksimum) < berakhir) {
        ctx.addIssue(
          contradiction(
            {
              en: `ends more than ${BATAS_MASA_KERJA_PNS.tahunMaksimum} years after the first period starts (${pertama.dari}); no PNS serves longer`,
              id: `berakhir lebih dari ${BATAS_MASA_KERJA_PNS.tahunMaksimum} tahun setelah periode pertama dimulai (${pertama.dari}); tidak ada PNS yang mengabdi selama itu`,
            },
            ['periode', terakhir.i, 'sampai'],
          ),
        );
      }
    }),
  );
export type AkumulasiAngkaKreditInput = z.input<typeof akumulasiAngkaKreditInput>;

export const akumulasiAngkaKreditOptions = z.object({
  koefisienKeterampilan: koefisienKeterampilanSchema,
  pembulatanPerPeriode: pembulatanPerPeriodeSchema,
  predikatProyeksi: z
    .optional(predikatSchema)
    .check(z.describe("Predikat assumed for the months after the last period, for the earliest month; default: the last period's")),
});

/** Which step is taken first when the AKK allows it: kenaikan jenjang before kenaikan pangkat. */
export const KENAIKAN_DIDAHULUKAN = deepFreeze(['KENAIKAN_JENJANG', 'KENAIKAN_PANGKAT'] as const);
export type KenaikanDidahulukan = (typeof KENAIKAN_DIDAHULUKAN)[number];

/** Schema of {@link AkumulasiAngkaKredit} as JSON. */
export const akumulasiAngkaKreditOutput = z.object({
  akk: decimalOutputSchema.check(z.describe('Angka kredit kumulatif (AKK) counted toward the next kenaikan pangkat, full precision')),
  akkDisplay: decimalOutputSchema.check(z.describe('akk rounded half up to exactly 2 decimals, for display')),
  akKonversi: decimalOutputSchema.check(z.describe('The part of akk converted from the predikat of the periods')),
  kebutuhanKenaikanPangkat: z
    .nullable(decimalOutputSchema)
    .check(z.describe('AKK needed for the next kenaikan pangkat; null at the top golongan of the top jenjang')),
  kebutuhanKenaikanJenjang: z
    .nullable(decimalOutputSchema)
    .check(z.describe('AKK in the jenjang needed for kenaikan jenjang; null at the top jenjang')),
  akkJenjang: decimalOutputSchema.check(
    z.describe('AKK counted in the jenjang: previous KPs in the jenjang at the KP threshold each, plus akk'),
  ),
  memenuhiKenaikanPangkat: z.boolean().check(z.describe('akk reaches kebutuhanKenaikanPangkat')),
  memenuhiKenaikanJenjang: z.boolean().check(z.describe('akkJenjang reaches kebutuhanKenaikanJenjang')),
  didahulukan: z
    .nullable(z.enum(KENAIKAN_DIDAHULUKAN))
    .check(z.describe('Which step comes first: kenaikan jenjang when both are met (then KP with the same AK); null when neither')),
  kelebihan: z
    .nullable(decimalOutputSchema)
    .check(z.describe('AKK above the KP threshold, carried to the next KP in the same jenjang; null when the KP is not met')),
  kekurangan: z.nullable(decimalOutputSchema).check(z.describe('AKK still missing for the next KP; null when met or at the top')),
  bulanKekurangan: z
    .nullable(z.int())
    .check(
      z.describe('Months needed at the projected predikat to cover kekurangan; null when there is no shortfall or no predikat to project'),
    ),
  tanggalPalingCepat: z
    .nullable(dateOutputSchema)
    .check(
      z.describe(
        'Last day of the month in which kekurangan is covered at the projected predikat; null when not projected from a period, or when it would take longer than a working life or fall after 2999-12-31',
      ),
    ),
});
/** Outcome of {@link akumulasiAngkaKredit}. Decimals: full precision, with a two-decimal display of the AKK. */
export type AkumulasiAngkaKredit = z.output<typeof akumulasiAngkaKreditOutput>;
