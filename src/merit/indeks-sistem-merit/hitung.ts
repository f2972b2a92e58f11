import type * as z from 'zod/mini';
import { findBand } from '../../core/bands.js';
import { Decimal, roundHalfUp, toPlainString } from '../../core/decimal.js';
import { MeritInputError, ownIssue } from '../../core/errors.js';
import type { ScaleBand } from '../../core/tables.js';
import { ASPEK_SISTEM_MERIT_2018 } from '../types.js';
import type { indeksSistemMeritInput, indeksSistemMeritOptions } from './skema.js';

// The steps of merit.indeksSistemMerit: components, total, category and the gap per component.

type Input = z.output<typeof indeksSistemMeritInput>;
type Options = z.output<typeof indeksSistemMeritOptions>;

/** One scored part of the total: an aspect (40/2018) or a component (19/2025). */
export interface Komponen {
  kode: string;
  skor: Decimal | null;
  /** Weight of the part in the total (1 for an aspect: the total is their sum). */
  bobot: Decimal;
  maksimum: Decimal;
}

const SATU = new Decimal(1);
const salah = (path: (string | number)[], en: string, id: string, rule: string) =>
  new MeritInputError([ownIssue(path, { en, id }, 'out_of_range')], rule);

/** The aspects of a PermenPANRB 40/2018 assessment, from skorAspek or from the answers to the instrument. */
export function aspek2018(input: Input, options: Options, rule: string): Komponen[] {
  const { instrumen } = options;
  const batas = (aspek: string) => {
    const bobot = instrumen.indikator.filter((i) => i.aspek === aspek).reduce((t, i) => t.plus(i.bobot), new Decimal(0));
    return { minimum: bobot.times(instrumen.levelMinimum), maksimum: bobot.times(instrumen.levelMaksimum) };
  };
  if (input.skorAspek) {
    const skor = input.skorAspek;
    return ASPEK_SISTEM_MERIT_2018.map((kode) => {
      const { minimum, maksimum } = batas(kode);
      const s = skor[kode];
      if (s !== null && (s.lessThan(minimum) || s.greaterThan(maksimum)))
        throw salah(
          ['skorAspek', kode],
          `must be between ${minimum.toFixed()} and ${maksimum.toFixed()} under the instrument`,
          `harus antara ${minimum.toFixed()} dan ${maksimum.toFixed()} menurut instrumen`,
          rule,
        );
      return { kode, skor: s, bobot: SATU, maksimum };
    });
  }
  const jawaban = input.jawaban ?? [];
  const level = new Map<string, number | null>();
  jawaban.forEach((j, n) => {
    const indikator = instrumen.indikator.find((i) => i.kode === j.indikator);
    if (!indikator)
      throw salah(
        ['jawaban', n, 'indikator'],
        `${j.indikator} is not an indicator of the instrument`,
        `${j.indikator} bukan indikator instrumen`,
        rule,
      );
    if (level.has(j.indikator))
      throw salah(['jawaban', n, 'indikator'], `${j.indikator} is answered twice`, `${j.indikator} dijawab dua kali`, rule);
    if (j.level !== null && (j.level < instrumen.levelMinimum || j.level > instrumen.levelMaksimum))
      throw salah(
        ['jawaban', n, 'level'],
        `must be between ${instrumen.levelMinimum} and ${instrumen.levelMaksimum}`,
        `harus antara ${instrumen.levelMinimum} dan ${instrumen.levelMaksimum}`,
        rule,
      );
    level.set(j.indikator, j.level);
  });
  const tanpaJawaban = instrumen.indikator.find((i) => !level.has(i.kode));
  if (tanpaJawaban)
    throw salah(
      ['jawaban'],
      `indicator ${tanpaJawaban.kode} has no answer (give level null when it was not assessed)`,
      `indikator ${tanpaJawaban.kode} tidak dijawab (isi level null bila tidak dinilai)`,
      rule,
    );
  return ASPEK_SISTEM_MERIT_2018.map((kode) => {
    let skor: Decimal | null = new Decimal(0);
    for (const i of instrumen.indikator.filter((x) => x.aspek === kode)) {
      const l = level.get(i.kode)!;
      skor = l === null || skor === null ? null : skor.plus(i.bobot.times(l));
    }
    return { kode, skor, bobot: SATU, maksimum: batas(kode).maksimum };
  });
}

/** The two components of the PermenPANRB 19/2025 index as presented, weighted by setting bobotMaturitas. */
export function komponen2025(input: Input, options: Options): Komponen[] {
  const maturitas = options.bobotMaturitas.dividedBy(100);
  return [
    { kode: 'MATURITAS', skor: input.indeksMaturitas ?? null, bobot: maturitas, maksimum: SATU },
    { kode: 'KEPUASAN_PEGAWAI', skor: input.indeksKepuasan ?? null, bobot: SATU.minus(maturitas), maksimum: SATU },
  ];
}

/** Places the bands' printed bounds are written to: whole points (40/2018) or hundredths (19/2025). */
export type Presisi = 0 | 2;

/** The category of a total under setting skorAntaraPita, and what the next category takes. */
export function kategoriSkor<V>(
  bands: readonly ScaleBand<V>[],
  skor: Decimal,
  presisi: Presisi,
  cara: Options['skorAntaraPita'],
  tolak: () => never,
): { band: ScaleBand<V>; berikutnya: ScaleBand<V> | undefined; kekurangan: Decimal | null } {
  const langkah = new Decimal(1).dividedBy(10 ** presisi);
  const antara = bands.some(
    (b) => b.min !== undefined && skor.lessThan(b.min.at) && skor.greaterThan(new Decimal(b.min.at).minus(langkah)),
  );
  if (antara && cara === 'TOLAK') tolak();
  const dipakai = cara === 'BULATKAN' ? roundHalfUp(skor, presisi) : skor;
  const band = findBand(bands, dipakai) as ScaleBand<V>;
  const berikutnya = bands[bands.indexOf(band) + 1];
  if (!berikutnya?.min) return { band, berikutnya: undefined, kekurangan: null };
  const ambang = new Decimal(berikutnya.min.at).minus(cara === 'BULATKAN' ? langkah.dividedBy(2) : 0);
  return { band, berikutnya, kekurangan: ambang.minus(skor) };
}

/** Per component: points left behind, and the rise that alone would reach the next category; most left behind first. */
export function kesenjangan(komponen: readonly Komponen[], kekurangan: Decimal | null) {
  return komponen
    .map((k) => {
      const ruang = k.maksimum.minus(k.skor!);
      const naik = kekurangan === null ? null : kekurangan.dividedBy(k.bobot);
      return {
        komponen: k.kode,
        skor: toPlainString(k.skor!),
        maksimum: toPlainString(k.maksimum),
        poinTertinggal: ruang.times(k.bobot),
        kenaikanDiperlukan: naik === null ? null : toPlainString(naik.toDecimalPlaces(6, Decimal.ROUND_CEIL)),
        cukupSendiri: naik === null ? null : naik.lessThanOrEqualTo(ruang),
      };
    })
    .sort((a, b) => b.poinTertinggal.comparedTo(a.poinTertinggal))
    .map((k) => ({ ...k, poinTertinggal: toPlainString(k.poinTertinggal) }));
}
