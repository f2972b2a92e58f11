import * as z from 'zod/mini';
import { decimalSchema } from '../../core/decimal.js';
import { contradiction, superRefineParsed } from '../../core/refine.js';
import type { RingkasanTerhitung } from '../_bersama/hitung-ikm.js';
import { dariDesimal, rasional } from '../_bersama/rasional.js';
import { MAKS_JAWABAN_RINGKASAN, populasiSchema } from '../_bersama/skema-ikm.js';
import { NILAI_PERSEPSI, UNSUR_PELAYANAN, type UnsurPelayanan } from '../types.js';

/** The best answer (4): n answers add up to at most n × 4. */
const NILAI_TERTINGGI = NILAI_PERSEPSI[NILAI_PERSEPSI.length - 1]!;

const jumlah = (description: string) => z.int().check(z.minimum(0), z.maximum(MAKS_JAWABAN_RINGKASAN), z.describe(description));

/** One unsur's answers in one of three forms: the distribution of answers, the sum and count, or the NRR. */
export const ringkasanUnsurSchema = z
  .object({
    sebaran: z.optional(
      z
        .object({
          '1': z._default(jumlah('Answers scored 1'), 0),
          '2': z._default(jumlah('Answers scored 2'), 0),
          '3': z._default(jumlah('Answers scored 3'), 0),
          '4': z._default(jumlah('Answers scored 4'), 0),
        })
        .check(z.describe('How many respondents gave each answer, 1 (worst) to 4 (best)')),
    ),
    jumlahNilai: z.optional(jumlah('Sum of the scores of this unsur (with jumlahJawaban)')),
    jumlahJawaban: z.optional(
      z
        .int()
        .check(
          z.minimum(1),
          z.maximum(MAKS_JAWABAN_RINGKASAN),
          z.describe('Number of answers to this unsur (respondents who answered it)'),
        ),
    ),
    nrr: z.optional(
      decimalSchema({
        min: NILAI_PERSEPSI[0],
        max: NILAI_TERTINGGI,
        description: 'Nilai rata-rata (NRR) of this unsur, 1–4, as published',
      }),
    ),
  })
  .check(
    z.describe('Give sebaran, or jumlahNilai with jumlahJawaban, or nrr (optionally with jumlahJawaban)'),
    superRefineParsed((r, ctx) => {
      const forms = [r.sebaran !== undefined, r.jumlahNilai !== undefined, r.nrr !== undefined].filter(Boolean).length;
      if (forms === 0) {
        ctx.addIssue(
          contradiction({
            en: 'gives no answers: give sebaran, or jumlahNilai with jumlahJawaban, or nrr',
            id: 'tidak memuat jawaban: isikan sebaran, atau jumlahNilai dengan jumlahJawaban, atau nrr',
          }),
        );
        return;
      }
      if (forms > 1) {
        ctx.addIssue(
          contradiction({
            en: 'gives the answers in more than one form (sebaran, jumlahNilai, nrr): give one, so they cannot disagree',
            id: 'memuat jawaban dalam lebih dari satu bentuk (sebaran, jumlahNilai, nrr): isikan satu saja agar tidak saling bertentangan',
          }),
        );
        return;
      }
      if (r.sebaran) {
        const total = r.sebaran['1'] + r.sebaran['2'] + r.sebaran['3'] + r.sebaran['4'];
        if (total === 0)
          ctx.addIssue(contradiction({ en: 'counts no answer at all', id: 'tidak menghitung satu jawaban pun' }, ['sebaran']));
        else if (r.jumlahJawaban !== undefined && r.jumlahJawaban !== total)
          ctx.addIssue(
            contradiction(
              {
                en: `says ${r.jumlahJawaban} answers but the distribution counts ${total}`,
                id: `menyebut ${r.jumlahJawaban} jawaban tetapi sebarannya berjumlah ${total}`,
              },
              ['jumlahJawaban'],
            ),
          );
      }
      if (r.jumlahNilai !== undefined) {
        if (r.jumlahJawaban === undefined)
          ctx.addIssue(
            contradiction(
              {
                en: 'a sum of scores needs the number of answers it adds up',
                id: 'jumlah nilai memerlukan jumlah jawaban yang dijumlahkannya',
              },
              ['jumlahJawaban'],
            ),
          );
        else if (r.jumlahNilai < r.jumlahJawaban || r.jumlahNilai > NILAI_TERTINGGI * r.jumlahJawaban)
          ctx.addIssue(
            contradiction(
              {
                en: `${r.jumlahJawaban} answers scored 1 to 4 add up to ${r.jumlahJawaban}–${NILAI_TERTINGGI * r.jumlahJawaban}, not ${r.jumlahNilai}`,
                id: `${r.jumlahJawaban} jawaban bernilai 1 sampai 4 berjumlah ${r.jumlahJawaban}–${NILAI_TERTINGGI * r.jumlahJawaban}, bukan ${r.jumlahNilai}`,
              },
              ['jumlahNilai'],
            ),
          );
      }
    }),
  );

export const indeksKepuasanMasyarakatInput = z
  .object({
    unsur: z
      .object(
        Object.fromEntries(UNSUR_PELAYANAN.map((u) => [u, z.optional(ringkasanUnsurSchema)])) as Record<
          UnsurPelayanan,
          z.ZodMiniOptional<typeof ringkasanUnsurSchema>
        >,
      )
      .check(z.describe("The answers of each unsur, keyed by name: exactly the unsur of the survey period's pedoman")),
    jumlahResponden: z.optional(
      z
        .int()
        .check(
          z.minimum(1),
          z.maximum(MAKS_JAWABAN_RINGKASAN),
          z.describe('Respondents of the survey (else taken from the counts, when every unsur has one)'),
        ),
    ),
    populasi: z.optional(populasiSchema),
  })
  .check(
    superRefineParsed((input, ctx) => {
      if (input.jumlahResponden === undefined) return;
      for (const [u, r] of Object.entries(input.unsur)) {
        const j = jawabanOf(r);
        if (j !== null && j > input.jumlahResponden)
          ctx.addIssue(
            contradiction(
              {
                en: `counts ${j} answers, more than the ${input.jumlahResponden} respondents`,
                id: `menghitung ${j} jawaban, lebih dari ${input.jumlahResponden} responden`,
              },
              ['unsur', u],
            ),
          );
      }
    }),
  );
export type IndeksKepuasanMasyarakatInput = z.input<typeof indeksKepuasanMasyarakatInput>;
export type Ringkasan = z.output<typeof ringkasanUnsurSchema>;

/** The answers a summary counts for one unsur, when it says. */
export function jawabanOf(r: Ringkasan | undefined): number | null {
  if (!r) return null;
  if (r.sebaran) return r.sebaran['1'] + r.sebaran['2'] + r.sebaran['3'] + r.sebaran['4'];
  return r.jumlahJawaban ?? null;
}

/** One unsur's summary as an exact NRR, with its counts when known. */
export function terhitung(unsur: UnsurPelayanan, r: Ringkasan): RingkasanTerhitung {
  if (r.sebaran) {
    const s = r.sebaran;
    const jumlahJawaban = s['1'] + s['2'] + s['3'] + s['4'];
    const jumlahNilai = s['1'] + 2 * s['2'] + 3 * s['3'] + 4 * s['4'];
    return { unsur, jumlahJawaban, jumlahNilai, nrr: rasional(jumlahNilai, jumlahJawaban) };
  }
  if (r.jumlahNilai !== undefined) {
    return { unsur, jumlahJawaban: r.jumlahJawaban!, jumlahNilai: r.jumlahNilai, nrr: rasional(r.jumlahNilai, r.jumlahJawaban!) };
  }
  return { unsur, jumlahJawaban: r.jumlahJawaban ?? null, jumlahNilai: null, nrr: dariDesimal(r.nrr!) };
}
