import { formatBand } from '../../core/bands.js';
import { Decimal, toPlainString } from '../../core/decimal.js';
import { decision, type Reason } from '../../core/decision.js';
import { MeritInputError, ownIssue } from '../../core/errors.js';
import { reasonsOf } from '../../core/messages.js';
import { defineRule, type RuleOutputOf } from '../../core/rule.js';
import { formulaTable, recordTable, scaleTable } from '../../core/tables.js';
import { versionInForce } from '../../core/versions.js';
import { CITE_INSTRUMEN, CITE_KATEGORI_2018, CITE_SKEMA_2025 } from '../_bersama/kutipan.js';
import type { KategoriSistemMerit } from '../types.js';
import { CONTOH_INDEKS_SISTEM_MERIT } from './contoh.js';
import { aspek2018, kategoriSkor, kesenjangan, type Komponen, komponen2025 } from './hitung.js';
import type { INDEKS_SISTEM_MERIT_MESSAGES } from './messages.js';
import { type IndeksSistemMeritValue, indeksSistemMeritInput, indeksSistemMeritOptions, indeksSistemMeritOutput } from './skema.js';
import {
  BAND_KATEGORI_2018,
  BAND_NISM_2025,
  DASAR_INSTRUMEN,
  INSTRUMEN_PRESET,
  RENTANG_TERCETAK_2018,
  VERSI_INDEKS_SISTEM_MERIT,
} from './tabel.js';
import { NOTES_INDEKS_SISTEM_MERIT } from './catatan.js';

export const INDEKS_SISTEM_MERIT_RULE_ID = 'merit.indeksSistemMerit';
const alasan = reasonsOf<typeof INDEKS_SISTEM_MERIT_MESSAGES>(INDEKS_SISTEM_MERIT_RULE_ID);

export const indeksSistemMeritRule = defineRule({
  id: INDEKS_SISTEM_MERIT_RULE_ID,
  domain: 'merit',
  title: { id: 'Penilaian penerapan sistem merit instansi', en: 'Agency merit-system assessment' },
  description: {
    id: 'Dari skor per aspek (atau jawaban per indikator) ke skor total, kategori menurut pita KASN (PermenPANRB 40/2018) dan daftar kesenjangan per aspek: aspek mana yang menahan kategori dan berapa poin menuju kategori berikutnya. PermenPANRB 19/2025 berlaku sebagai versi kedua dengan pengaturan.',
    en: 'From scores per aspect (or answers per indicator) to the total, its category by the KASN bands (PermenPANRB 40/2018) and a per-aspect gap list: which aspects hold the category down and how many points the next category takes. PermenPANRB 19/2025 applies as a second, dated version through settings.',
  },
  citations: [CITE_KATEGORI_2018, CITE_INSTRUMEN, CITE_SKEMA_2025],
  versions: VERSI_INDEKS_SISTEM_MERIT.map(({ id, from, to, citations }) => ({ id, from, ...(to ? { to } : {}), citations })),
  tables: [
    scaleTable(
      {
        id: 'Kategori PermenPANRB 40/2018 (pita KASN; bawaan skorAntaraPita BATAS_BAWAH)',
        en: 'PermenPANRB 40/2018 categories (KASN bands; preset skorAntaraPita BATAS_BAWAH)',
      },
      BAND_KATEGORI_2018,
      { range: 'skor', values: ['kategori', 'kelas', 'rentang tercetak'] },
      (k) => [k, RENTANG_TERCETAK_2018[k].kelas, RENTANG_TERCETAK_2018[k].rentang],
    ),
    recordTable(
      {
        id: 'Instrumen bawaan (setting instrumen; I-lemah, bukan Lampiran)',
        en: 'Preset instrument (setting instrumen; I-weak, not the Lampiran)',
      },
      Object.fromEntries(INSTRUMEN_PRESET.indikator.map((i) => [i.kode, i])),
      ['indikator', 'aspek', 'bobot', 'skor aspek'],
      (i) => [i.aspek, i.bobot, `${Number(i.bobot) * INSTRUMEN_PRESET.levelMinimum}–${Number(i.bobot) * INSTRUMEN_PRESET.levelMaksimum}`],
      () => DASAR_INSTRUMEN,
    ),
    scaleTable(
      {
        id: 'Kategori NISM PermenPANRB 19/2025 (paparan 2025, S-lemah; setting skema2025)',
        en: 'PermenPANRB 19/2025 NISM categories (2025 presentation, S-weak; setting skema2025)',
      },
      BAND_NISM_2025,
      { range: 'indeks', values: ['kategori'] },
    ),
    formulaTable({ id: 'Rumus', en: 'Formula' }, [
      ['skor aspek (40/2018)', 'Σ bobot indikator × level jawaban (atau skorAspek)', CITE_INSTRUMEN],
      ['skor total (40/2018)', 'Σ skor aspek, 100–400', CITE_KATEGORI_2018],
      ['indeks (19/2025)', 'bobotMaturitas × maturitas + (1 − bobotMaturitas) × kepuasan pegawai', CITE_SKEMA_2025],
      ['kekurangan', 'batas bawah kategori berikutnya − skor', CITE_KATEGORI_2018],
      ['kenaikan diperlukan', 'kekurangan ÷ bobot komponen (dibulatkan ke atas, 6 desimal)', CITE_KATEGORI_2018],
    ]),
  ],
  input: indeksSistemMeritInput,
  options: indeksSistemMeritOptions,
  output: indeksSistemMeritOutput,
  notes: NOTES_INDEKS_SISTEM_MERIT,
  examples: CONTOH_INDEKS_SISTEM_MERIT,
  versionOn: (input) => input.tanggalPenilaian,
  evaluate(input, options) {
    const versi = versionInForce(INDEKS_SISTEM_MERIT_RULE_ID, VERSI_INDEKS_SISTEM_MERIT, input.tanggalPenilaian);
    const skema = versi.value;
    const lama = skema === 'PERMENPANRB_40_2018';
    if (!lama && options.skema2025 === 'TOLAK') {
      throw new MeritInputError(
        [
          ownIssue(
            ['options', 'skema2025'],
            {
              en: 'the Lampiran of PermenPANRB 19/2025 (weights, formula, categories) was not read, and its scale is never converted from the 100–400 one: choose PAPARAN_KEMENPANRB_2025 to score with the 2025 presentation figures',
              id: 'Lampiran PermenPANRB 19/2025 (bobot, rumus, kategori) belum dibaca, dan skalanya tidak pernah dikonversi dari skala 100–400: pilih PAPARAN_KEMENPANRB_2025 untuk menilai dengan angka paparan 2025',
            },
            'not_covered',
          ),
        ],
        INDEKS_SISTEM_MERIT_RULE_ID,
      );
    }
    const komponen: Komponen[] = lama ? aspek2018(input, options, INDEKS_SISTEM_MERIT_RULE_ID) : komponen2025(input, options);
    const reasons: Reason[] = [
      alasan('skema', 'INFO', versi.citations, { tanggalPenilaian: input.tanggalPenilaian, jenisNilai: input.jenisNilai, skema }),
    ];
    if (lama)
      for (const k of komponen)
        if (k.skor)
          reasons.push(
            alasan('aspek', 'INFO', [CITE_INSTRUMEN], {
              komponen: k.kode,
              skor: toPlainString(k.skor),
              maksimum: toPlainString(k.maksimum),
            }),
          );
    const umum = { skema, jenisNilai: input.jenisNilai };
    const tidakDinilai = komponen.filter((k) => k.skor === null).map((k) => k.kode);
    if (tidakDinilai.length > 0) {
      reasons.push(alasan('tidakDinilai', 'INFO', versi.citations, { tidakDinilai: tidakDinilai.join(', ') }));
      const kosong = { skor: null, kategori: null, kategoriBerikutnya: null, kekuranganKeKategoriBerikutnya: null, kesenjangan: [] };
      return decision<IndeksSistemMeritValue>({ ...umum, status: 'TIDAK_DINILAI', tidakDinilai, ...kosong }, reasons);
    }
    const skor = komponen.reduce((t, k) => t.plus(k.skor!.times(k.bobot)), new Decimal(0));
    const skorText = toPlainString(skor);
    if (lama) reasons.push(alasan('total', 'INFO', [CITE_KATEGORI_2018], { skor: skorText }));
    else
      reasons.push(
        alasan('indeks2025', 'INFO', [CITE_SKEMA_2025], {
          skor: skorText,
          bobotMaturitas: toPlainString(options.bobotMaturitas),
          maturitas: toPlainString(komponen[0]!.skor!),
          kepuasan: toPlainString(komponen[1]!.skor!),
        }),
      );
    const bands = lama ? BAND_KATEGORI_2018 : BAND_NISM_2025;
    const { band, berikutnya, kekurangan } = kategoriSkor<IndeksSistemMeritValue['kategori'] & string>(
      bands,
      skor,
      lama ? 0 : 2,
      options.skorAntaraPita,
      () => {
        throw new MeritInputError(
          [
            ownIssue(
              lama ? ['skorAspek'] : ['indeksMaturitas'],
              {
                en: `the score ${skorText} falls between printed bands and setting skorAntaraPita is TOLAK`,
                id: `skor ${skorText} berada di antara pita tercetak dan setting skorAntaraPita adalah TOLAK`,
              },
              'not_covered',
            ),
          ],
          INDEKS_SISTEM_MERIT_RULE_ID,
        );
      },
    );
    reasons.push(
      alasan('kategori', 'APPLIES', band.dasar, {
        skor: skorText,
        rentang: formatBand(band),
        kelas: lama ? RENTANG_TERCETAK_2018[band.value as KategoriSistemMerit].kelas : 'NISM',
        kategori: band.value,
        skorAntaraPita: options.skorAntaraPita,
      }),
    );
    const daftar = kesenjangan(komponen, kekurangan);
    if (berikutnya && kekurangan)
      reasons.push(
        alasan('berikutnya', 'INFO', berikutnya.dasar, {
          kategoriBerikutnya: berikutnya.value,
          kekurangan: toPlainString(kekurangan),
          terbesar: daftar[0]!.komponen,
        }),
      );
    else reasons.push(alasan('puncak', 'INFO', band.dasar, { kategori: band.value }));
    return decision<IndeksSistemMeritValue>(
      {
        ...umum,
        status: 'DINILAI',
        tidakDinilai,
        skor: skorText,
        kategori: band.value,
        kategoriBerikutnya: berikutnya?.value ?? null,
        kekuranganKeKategoriBerikutnya: kekurangan === null ? null : toPlainString(kekurangan),
        kesenjangan: daftar,
      },
      reasons,
    );
  },
});

/**
 * The agency merit-system assessment: total, category (KASN bands of PermenPANRB 40/2018, or the 2025
 * presentation's NISM bands under PermenPANRB 19/2025 when chosen) and the gap per aspect.
 *
 * @example
 * indeksSistemMerit({ tanggalPenilaian: '2023-06-30', skorAspek }).value.kategori // 'BAIK'
 * @throws MeritInputError for a score outside its aspect's range, a 40/2018 score on a 19/2025 date, or an unscored 19/2025 assessment under the preset.
 */
export const indeksSistemMerit = indeksSistemMeritRule.run;

/** The value of {@link indeksSistemMerit}'s decision. */
export type IndeksSistemMeritOutput = RuleOutputOf<typeof indeksSistemMeritRule>;

export {
  type IndeksSistemMeritInput,
  indeksSistemMeritInput,
  type IndeksSistemMeritOptions,
  indeksSistemMeritOptions,
  indeksSistemMeritOutput,
} from './skema.js';
export {
  BAND_KATEGORI_2018,
  BAND_NISM_2025,
  INSTRUMEN_PRESET,
  type IndikatorInstrumen,
  type InstrumenSistemMerit,
  RENTANG_TERCETAK_2018,
  SKEMA_SISTEM_MERIT,
  type SkemaSistemMerit,
  TANGGAL_PERMENPANRB_19_2025,
  VERSI_INDEKS_SISTEM_MERIT,
} from './tabel.js';
