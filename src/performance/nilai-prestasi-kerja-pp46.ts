import * as z from 'zod/mini';
import { Decimal, decimalSchema } from '../core/decimal.js';
import { type Citation, decision, type Reason } from '../core/decision.js';
import { deepFreeze } from '../core/freeze.js';
import { reasonsOf } from '../core/messages.js';
import { decimalOutputSchema } from '../core/output.js';
import { defineRule, type RuleOptionsOf, type RuleOutputOf } from '../core/rule.js';
import { contradiction, superRefineParsed } from '../core/refine.js';
import { formulaTable } from '../core/tables.js';
import { pengaturanPp46Fields, sebutanDenganFakta, sebutanTable, tampilkan } from './_bersama/sebutan-pp46.js';
import type { NILAI_PRESTASI_KERJA_PP46_MESSAGES } from './nilai-prestasi-kerja-pp46.messages.js';
import { SEBUTAN_PP46 } from './types.js';

export const NILAI_PRESTASI_KERJA_PP46_RULE_ID = 'performance.nilaiPrestasiKerjaPp46';
const alasan = reasonsOf<typeof NILAI_PRESTASI_KERJA_PP46_MESSAGES>(NILAI_PRESTASI_KERJA_PP46_RULE_ID);

const CITE_PERILAKU: Citation[] = deepFreeze([
  {
    regulation: 'PP_46_2011',
    unlocated:
      'The aspects of perilaku kerja (orientasi pelayanan, integritas, komitmen, disiplin, kerja sama; kepemimpinan only for a jabatan struktural) are listed in agency guidance on PP 46/2011 (S); the PP text was not read (only an unreadable scan was found), so the article is not known',
  },
  { regulation: 'PERKA_BKN_1_2013', annex: 'Lampiran (penilaian perilaku kerja)' },
]);
const CITE_BOBOT: Citation[] = deepFreeze([
  {
    regulation: 'PP_46_2011',
    unlocated:
      'The weights 60% SKP and 40% perilaku kerja appear in agency briefings on PP 46/2011 (slideplayer.info 12393751; Cilacap briefing, scribd 262532100; S); the PP text was not read, so the article is not known',
  },
  { regulation: 'PERKA_BKN_1_2013', annex: 'Lampiran (nilai prestasi kerja)' },
]);

/** Weights of nilai prestasi kerja: 60 % SKP + 40 % perilaku kerja (PP 46/2011). */
export const BOBOT_PP46 = deepFreeze({ skp: '0.6', perilaku: '0.4' } as const);

/** Aspects of perilaku kerja (PP 46/2011); kepemimpinan only for PNS in a jabatan struktural. */
export const ASPEK_PERILAKU_PP46 = deepFreeze([
  'orientasiPelayanan',
  'integritas',
  'komitmen',
  'disiplin',
  'kerjaSama',
  'kepemimpinan',
] as const);
export type AspekPerilakuPp46 = (typeof ASPEK_PERILAKU_PP46)[number];

const aspek = (name: string) => decimalSchema({ min: 0, max: 100, description: `Nilai ${name} (0–100)` });

export const nilaiPrestasiKerjaPp46Input = z
  .object({
    nilaiSkp: decimalSchema({ min: 0, max: 200, description: 'Nilai capaian SKP (see capaianSkp)' }),
    jabatanStruktural: z._default(z.boolean(), false).check(z.describe('The PNS holds a jabatan struktural, so kepemimpinan is assessed')),
    perilaku: z.object({
      orientasiPelayanan: aspek('orientasi pelayanan'),
      integritas: aspek('integritas'),
      komitmen: aspek('komitmen'),
      disiplin: aspek('disiplin'),
      kerjaSama: aspek('kerja sama'),
      kepemimpinan: z.optional(aspek('kepemimpinan')),
    }),
  })
  .check(
    superRefineParsed((v, ctx) => {
      if (v.jabatanStruktural && v.perilaku.kepemimpinan === undefined) {
        ctx.addIssue(
          contradiction(
            { en: 'required for a PNS in a jabatan struktural', id: 'wajib dinilai bagi PNS yang menduduki jabatan struktural' },
            ['perilaku', 'kepemimpinan'],
          ),
        );
      }
      if (!v.jabatanStruktural && v.perilaku.kepemimpinan !== undefined) {
        ctx.addIssue(
          contradiction(
            { en: 'assessed only for a PNS in a jabatan struktural', id: 'hanya dinilai bagi PNS yang menduduki jabatan struktural' },
            ['perilaku', 'kepemimpinan'],
          ),
        );
      }
    }),
  );
export type NilaiPrestasiKerjaPp46Input = z.input<typeof nilaiPrestasiKerjaPp46Input>;

export const nilaiPrestasiKerjaPp46Options = z.object(pengaturanPp46Fields);

export const nilaiPrestasiKerjaPp46Output = z.object({
  nilaiSkp: decimalOutputSchema,
  nilaiPerilaku: decimalOutputSchema.check(z.describe('Mean of the perilaku kerja aspects')),
  sebutanPerilaku: z.enum(SEBUTAN_PP46),
  nilaiPrestasiKerja: decimalOutputSchema.check(z.describe('60% nilai SKP + 40% nilai perilaku kerja')),
  sebutan: z.enum(SEBUTAN_PP46),
});
/** Nilai prestasi kerja under PP 46/2011 with its sebutan. */
export type NilaiPrestasiKerjaPp46 = z.output<typeof nilaiPrestasiKerjaPp46Output>;

export const nilaiPrestasiKerjaPp46Rule = defineRule({
  id: NILAI_PRESTASI_KERJA_PP46_RULE_ID,
  domain: 'performance',
  title: { id: 'Nilai prestasi kerja PNS (PP 46/2011)', en: 'Civil-servant work-performance score (PP 46/2011)' },
  description: {
    id: 'Nilai perilaku kerja sebagai rata-rata aspeknya (kepemimpinan hanya bagi pejabat struktural), nilai prestasi kerja = 60% nilai SKP + 40% nilai perilaku kerja, dan sebutannya.',
    en: 'Work-behaviour score as the mean of its aspects (leadership only for structural officials), work-performance score = 60% SKP + 40% behaviour, and the verbal rating.',
  },
  citations: [...CITE_BOBOT],
  tables: [
    formulaTable({ id: 'Nilai prestasi kerja', en: 'Work-performance score' }, [
      ['nilai perilaku kerja', 'rata-rata nilai aspek perilaku (kepemimpinan hanya bagi jabatan struktural)', CITE_PERILAKU],
      ['nilai prestasi kerja', `${BOBOT_PP46.skp} × nilai SKP + ${BOBOT_PP46.perilaku} × nilai perilaku kerja`, CITE_BOBOT],
    ]),
    sebutanTable,
  ],
  input: nilaiPrestasiKerjaPp46Input,
  options: nilaiPrestasiKerjaPp46Options,
  output: nilaiPrestasiKerjaPp46Output,
  notes: [
    {
      id: 'Nomor pasal PP 46/2011 untuk bobot 60/40 dan sebutan belum terkonfirmasi dari teks; rata-rata sederhana aspek perilaku mengikuti contoh formulir Perka BKN 1/2013.',
      en: 'The PP 46/2011 article numbers for the 60/40 weights and the sebutan are not confirmed from the text; the plain mean of behaviour aspects follows the Perka BKN 1/2013 form examples.',
    },
    {
      id: 'Ditolak sebagai masukan yang mustahil: nilai kepemimpinan bagi PNS yang tidak menduduki jabatan struktural, jabatan struktural tanpa nilai kepemimpinan, nilai aspek perilaku di luar 0–100 dan nilai SKP di bawah 0.',
      en: 'Refused as impossible input: a kepemimpinan score for a PNS not in a jabatan struktural, a jabatan struktural without one, a behaviour aspect outside 0–100 and an SKP score below 0.',
    },
  ],
  examples: [
    {
      title: { id: 'Pelaksana: lima aspek perilaku', en: 'Non-structural: five behaviour aspects' },
      input: { nilaiSkp: '88.67', perilaku: { orientasiPelayanan: 80, integritas: 85, komitmen: 80, disiplin: 76, kerjaSama: 79 } },
      expected: { nilaiSkp: '88.67', nilaiPerilaku: '80.00', sebutanPerilaku: 'BAIK', nilaiPrestasiKerja: '85.20', sebutan: 'BAIK' },
    },
    {
      title: { id: 'Pejabat struktural: enam aspek', en: 'Structural official: six aspects' },
      input: {
        nilaiSkp: 92,
        jabatanStruktural: true,
        perilaku: { orientasiPelayanan: 91, integritas: 92, komitmen: 90, disiplin: 88, kerjaSama: 90, kepemimpinan: 89 },
      },
      expected: { nilaiSkp: '92.00', nilaiPerilaku: '90.00', sebutanPerilaku: 'BAIK', nilaiPrestasiKerja: '91.20', sebutan: 'SANGAT_BAIK' },
    },
  ],
  evaluate(input, options) {
    const s = options;
    const reasons: Reason[] = [];
    const used = ASPEK_PERILAKU_PP46.filter((a) => input.perilaku[a] !== undefined);
    const total = used.reduce((sum, a) => sum.plus(input.perilaku[a]!), new Decimal(0));
    const nilaiPerilaku = tampilkan(total.dividedBy(used.length), s);
    reasons.push(
      alasan('perilaku', 'INFO', CITE_PERILAKU, {
        jumlahAspek: used.length,
        jabatanStruktural: input.jabatanStruktural,
        jumlahNilai: total.toString(),
        nilaiPerilaku: nilaiPerilaku.toFixed(s.desimal),
      }),
    );
    const perilakuBand = sebutanDenganFakta(nilaiPerilaku, s, 'PERILAKU_KERJA');
    reasons.push(alasan('sebutan', 'APPLIES', perilakuBand.citations, perilakuBand.facts));
    const nilaiSkp = tampilkan(input.nilaiSkp, s);
    const nilaiPrestasiKerja = tampilkan(nilaiSkp.times(BOBOT_PP46.skp).plus(nilaiPerilaku.times(BOBOT_PP46.perilaku)), s);
    reasons.push(
      alasan('bobot', 'INFO', CITE_BOBOT, {
        nilaiSkp: nilaiSkp.toFixed(s.desimal),
        nilaiPerilaku: nilaiPerilaku.toFixed(s.desimal),
        nilaiPrestasiKerja: nilaiPrestasiKerja.toFixed(s.desimal),
      }),
    );
    const akhir = sebutanDenganFakta(nilaiPrestasiKerja, s, 'PRESTASI_KERJA');
    reasons.push(alasan('sebutan', 'APPLIES', akhir.citations, akhir.facts));
    return decision(
      {
        nilaiSkp: nilaiSkp.toFixed(s.desimal),
        nilaiPerilaku: nilaiPerilaku.toFixed(s.desimal),
        sebutanPerilaku: perilakuBand.sebutan,
        nilaiPrestasiKerja: nilaiPrestasiKerja.toFixed(s.desimal),
        sebutan: akhir.sebutan,
      },
      reasons,
    );
  },
});

/**
 * Nilai prestasi kerja under PP 46/2011: 60 % nilai SKP + 40 % nilai perilaku kerja, with its sebutan.
 *
 * @example
 * nilaiPrestasiKerjaPp46({ nilaiSkp: 90, perilaku: { orientasiPelayanan: 80, integritas: 80, komitmen: 80, disiplin: 80, kerjaSama: 80 } }).value.nilaiPrestasiKerja // '86.00'
 */
export const nilaiPrestasiKerjaPp46 = nilaiPrestasiKerjaPp46Rule.run;

/** Options of {@link nilaiPrestasiKerjaPp46}. */
export type NilaiPrestasiKerjaPp46Options = RuleOptionsOf<typeof nilaiPrestasiKerjaPp46Rule>;
/** The value of {@link nilaiPrestasiKerjaPp46}'s decision. */
export type NilaiPrestasiKerjaPp46Output = RuleOutputOf<typeof nilaiPrestasiKerjaPp46Rule>;
