import type * as z from 'zod/mini';
import { addMonths, type IsoDate } from '../../core/calendar.js';
import { decision, type Reason } from '../../core/decision.js';
import { type InputIssue, MeritInputError, ownIssue } from '../../core/errors.js';
import { reasonsOf } from '../../core/messages.js';
import { defineRule, type RuleInputOf, type RuleOptionsOf, type RuleOutputOf } from '../../core/rule.js';
import type { Predikat } from '../../performance/types.js';
import type { KONSEKUENSI_KINERJA_MESSAGES } from './messages.js';
import { type KonsekuensiKinerja, konsekuensiKinerjaInput, konsekuensiKinerjaOptions, konsekuensiKinerjaOutput } from './schema.js';
import { CITE_P57, P57, P58, TABEL_BATAS, TABEL_TAHAPAN, type TahapKonsekuensiKinerja, TAHAPAN } from './tahapan.js';

export { TAHAP_KONSEKUENSI_KINERJA, type TahapKonsekuensiKinerja } from './tahapan.js';
export { type KonsekuensiKinerja, konsekuensiKinerjaInput, konsekuensiKinerjaOptions, konsekuensiKinerjaOutput } from './schema.js';

export const KONSEKUENSI_KINERJA_RULE_ID = 'rewards.konsekuensiKinerja';
const alasan = reasonsOf<typeof KONSEKUENSI_KINERJA_MESSAGES>(KONSEKUENSI_KINERJA_RULE_ID);

export const konsekuensiKinerjaRule = defineRule({
  id: KONSEKUENSI_KINERJA_RULE_ID,
  domain: 'rewards',
  title: { id: 'Akibat tidak memenuhi target kinerja', en: 'Consequences of missing the performance target' },
  description: {
    id: 'PNS yang tidak memenuhi target kinerja selama 1 tahun diberi kesempatan 6 bulan untuk memperbaiki kinerja; bila tidak membaik, JPT mengikuti uji kompetensi kembali dan pejabat administrasi/fungsional ditempatkan pada jabatan yang sesuai kompetensinya paling lama 1 tahun; bila tidak ada lowongan yang sesuai, diberhentikan dengan hormat. PPPK yang tidak memenuhi target kinerja diputus hubungan perjanjian kerjanya dengan hormat.',
    en: 'A civil servant who misses the performance target for a year gets 6 months to improve; if there is no improvement, a JPT retakes a competency test and administrative/functional officials are placed in a post matching their competence for at most 1 year; with no suitable vacancy they are dismissed with honour. A PPPK who misses the target has the contract ended with honour.',
  },
  citations: [
    P57,
    P58,
    { regulation: 'UU_20_2023', article: 'Pasal 52 ayat (3) huruf f' },
    { regulation: 'PP_49_2018', article: 'Pasal 53 ayat (2) huruf c' },
  ],
  tables: [TABEL_TAHAPAN, TABEL_BATAS],
  input: konsekuensiKinerjaInput,
  options: konsekuensiKinerjaOptions,
  output: konsekuensiKinerjaOutput,
  notes: [
    {
      id: 'Ditolak sebagai masukan yang saling bertentangan: tanggal penetapan sesudah asOf; hasil perbaikan bagi predikat yang memenuhi target, bagi PPPK, atau sebelum masa perbaikan berakhir pada asOf; ketersediaan lowongan bagi JPT atau PPPK, atau sebelum masa perbaikan gagal.',
      en: 'Refused as contradictory input: a tanggalPenetapan after asOf; an improvement outcome for a predikat that meets the target, for a PPPK, or before the improvement period has ended on asOf; a vacancy answer for a JPT or a PPPK, or before the improvement period failed.',
    },
    {
      id: 'Pasal 57–58 PP 30/2019 diketahui dari sumber sekunder; predikat yang berarti "tidak memenuhi target" adalah pengaturan.',
      en: 'PP 30/2019 Articles 57–58 are known from secondary sources; which predikat mean "target missed" is a setting.',
    },
  ],
  examples: [
    {
      title: { id: 'Predikat Kurang: 6 bulan perbaikan', en: 'Rating Kurang: 6 months to improve' },
      input: { jenisJabatan: 'FUNGSIONAL', predikatTahunan: 'KURANG', tanggalPenetapan: '2025-01-31' },
      expected: { tahap: 'PERBAIKAN_KINERJA', batasPerbaikan: '2025-07-31', batasPenempatan: null },
    },
    {
      title: { id: 'Tidak membaik dan tidak ada lowongan setelah 1 tahun', en: 'No improvement and no vacancy after 1 year' },
      input: {
        jenisJabatan: 'ADMINISTRASI',
        predikatTahunan: 'SANGAT_KURANG',
        tanggalPenetapan: '2025-01-31',
        hasilPerbaikan: 'TIDAK_MEMENUHI_TARGET',
        lowonganSesuaiTersedia: false,
      },
      options: { asOf: '2026-07-31' },
      expected: { tahap: 'PEMBERHENTIAN_DENGAN_HORMAT', batasPerbaikan: '2025-07-31', batasPenempatan: '2026-07-31' },
    },
  ],
  evaluate(input, options) {
    const reasons: Reason[] = [];
    const out = (tahap: TahapKonsekuensiKinerja, batasPerbaikan: IsoDate | null = null, batasPenempatan: IsoDate | null = null) =>
      decision<KonsekuensiKinerja>({ tahap, batasPerbaikan, batasPenempatan }, reasons);

    const gagal = options.predikatTidakMemenuhiTarget.includes(input.predikatTahunan as Predikat);
    refuseImpossible(input, options, gagal);
    const predikat = input.predikatTahunan;
    if (!gagal) {
      reasons.push(alasan('memenuhi', 'PASS', TAHAPAN.memenuhi.dasar, { predikat }));
      return out(TAHAPAN.memenuhi.tahap);
    }
    reasons.push(alasan('tidakMemenuhi', 'FAIL', CITE_P57, { predikat }));

    if (input.statusPegawai === 'PPPK') {
      reasons.push(alasan('pppk', 'APPLIES', TAHAPAN.pppk.dasar, {}));
      return out(TAHAPAN.pppk.tahap);
    }

    const batasPerbaikan = addMonths(input.tanggalPenetapan, options.bulanPerbaikan);
    if (input.hasilPerbaikan === undefined) {
      reasons.push(alasan('perbaikan', 'INFO', TAHAPAN.perbaikan.dasar, { bulan: options.bulanPerbaikan, batasPerbaikan }));
      return out(TAHAPAN.perbaikan.tahap, batasPerbaikan);
    }
    if (input.hasilPerbaikan === 'MEMENUHI_TARGET') {
      reasons.push(alasan('membaik', 'PASS', TAHAPAN.membaik.dasar, { batasPerbaikan }));
      return out(TAHAPAN.membaik.tahap, batasPerbaikan);
    }
    if (input.jenisJabatan === 'JPT') {
      reasons.push(alasan('ujiKompetensi', 'APPLIES', TAHAPAN.ujiKompetensi.dasar, { batasPerbaikan }));
      return out(TAHAPAN.ujiKompetensi.tahap, batasPerbaikan);
    }
    const batasPenempatan = addMonths(batasPerbaikan, options.bulanPenempatan);
    const lewat = options.asOf !== undefined && options.asOf >= batasPenempatan;
    if (input.lowonganSesuaiTersedia === false && lewat) {
      reasons.push(alasan('pemberhentian', 'APPLIES', TAHAPAN.pemberhentian.dasar, { batasPenempatan }));
      return out(TAHAPAN.pemberhentian.tahap, batasPerbaikan, batasPenempatan);
    }
    const lowonganSesuaiTersedia = input.lowonganSesuaiTersedia ?? null;
    reasons.push(alasan('penempatan', 'INFO', TAHAPAN.penempatan.dasar, { batasPenempatan, lowonganSesuaiTersedia }));
    return out(TAHAPAN.penempatan.tahap, batasPerbaikan, batasPenempatan);
  },
});

/** The stages that need a date or a missed target, against asOf and the settings. */
function refuseImpossible(
  input: z.output<typeof konsekuensiKinerjaInput>,
  options: z.output<typeof konsekuensiKinerjaOptions>,
  gagal: boolean,
): void {
  const issues: InputIssue[] = [];
  const asOf = options.asOf;
  if (asOf !== undefined && input.tanggalPenetapan > asOf) {
    issues.push(
      ownIssue(['tanggalPenetapan'], {
        en: `is after asOf ${asOf}: a predikat set later cannot have consequences on asOf`,
        id: `sesudah asOf ${asOf}: predikat yang ditetapkan kemudian belum mempunyai akibat pada asOf`,
      }),
    );
  }
  if (input.hasilPerbaikan !== undefined && !gagal) {
    issues.push(
      ownIssue(['hasilPerbaikan'], {
        en: `predikat ${input.predikatTahunan} meets the target, so there is no improvement period to have an outcome`,
        id: `predikat ${input.predikatTahunan} memenuhi target, sehingga tidak ada masa perbaikan yang mempunyai hasil`,
      }),
    );
  } else if (input.hasilPerbaikan !== undefined && input.statusPegawai === 'PNS' && asOf !== undefined) {
    const batasPerbaikan = addMonths(input.tanggalPenetapan, options.bulanPerbaikan);
    if (asOf >= input.tanggalPenetapan && asOf < batasPerbaikan) {
      issues.push(
        ownIssue(['hasilPerbaikan'], {
          en: `the improvement period runs until ${batasPerbaikan}: its outcome is not known on asOf ${asOf}`,
          id: `masa perbaikan berlangsung sampai ${batasPerbaikan}: hasilnya belum diketahui pada asOf ${asOf}`,
        }),
      );
    }
  }
  if (issues.length > 0) throw new MeritInputError(issues, KONSEKUENSI_KINERJA_RULE_ID);
}

/**
 * Consequences of a missed performance target (PP 30/2019 Pasal 57–58, UU 20/2023 Pasal 52): 6 months to improve,
 * then a new competency test (JPT) or placement for at most a year, then dismissal with honour; PPPK: contract ended.
 */
export const konsekuensiKinerja = konsekuensiKinerjaRule.run;

/** Input of {@link konsekuensiKinerja}, as callers write it (a deeply readonly value is accepted too). */
export type KonsekuensiKinerjaInput = RuleInputOf<typeof konsekuensiKinerjaRule>;
/** Options of {@link konsekuensiKinerja}. */
export type KonsekuensiKinerjaOptions = RuleOptionsOf<typeof konsekuensiKinerjaRule>;
/** The value of {@link konsekuensiKinerja}'s decision. */
export type KonsekuensiKinerjaOutput = RuleOutputOf<typeof konsekuensiKinerjaRule>;
