import type * as z from 'zod/mini';
import { Decimal, toPlainString } from '../../core/decimal.js';
import { type Citation, decision, type Reason } from '../../core/decision.js';
import { deepFreeze } from '../../core/freeze.js';
import { reasonsOf } from '../../core/messages.js';
import { defineRule, type RuleOutputOf } from '../../core/rule.js';
import { matrixTable, recordTable } from '../../core/tables.js';
import type { Predikat } from '../../performance/types.js';
import { TINGKAT_KINERJA, TINGKAT_POTENSIAL, type TingkatKinerja, type TingkatPotensial } from '../types.js';
import { CITE_PREDIKAT_KINERJA } from '../_bersama/kutipan.js';
import type { KOTAK_TALENTA_MESSAGES } from './messages.js';
import { type KotakTalenta, kotakTalentaInput, kotakTalentaOptions, kotakTalentaOutput } from './skema.js';
import {
  AMBANG_SKOR_PRESET,
  masukKelompokRencanaSuksesi,
  NOMOR_KOTAK,
  PEMETAAN_PREDIKAT_PRESET,
  POTENSIAL_KIRI_KE_KANAN,
  REKOMENDASI_KOTAK,
} from './tabel.js';

export const KOTAK_TALENTA_RULE_ID = 'competency.kotakTalenta';
const alasan = reasonsOf<typeof KOTAK_TALENTA_MESSAGES>(KOTAK_TALENTA_RULE_ID);

// Shared by every decision's reasons: frozen, so no caller can change what the next decision cites.
// PermenPANRB 20/2025 gives Pasal 17 of PermenPANRB 3/2020 its present wording (read on pasal.id as its Pasal 17).
const CITE_SUMBU: Citation[] = deepFreeze([
  { regulation: 'PERMENPANRB_3_2020', article: 'Pasal 17 ayat (1)' },
  { regulation: 'PERMENPANRB_20_2025', article: 'Pasal 17 ayat (1)' },
]);
const CITE_KOTAK: Citation[] = deepFreeze([
  {
    regulation: 'PERMENPANRB_3_2020',
    unlocated:
      'The box numbering, the recommendations per box and the talent pool of boxes 7–9 come from ≥ 7 consistent public implementations (one cites a "Lampiran A"); no copy of the PermenPANRB 3/2020 Lampiran was read.',
  },
]);
const CITE_PREDIKAT: Citation[] = deepFreeze([
  { regulation: 'PERMENPANRB_3_2020', article: 'Pasal 17 ayat (2) huruf a' },
  { regulation: 'PERMENPANRB_20_2025', article: 'Pasal 17 ayat (2) huruf a' },
  CITE_PREDIKAT_KINERJA,
]);

type Pengaturan = z.output<typeof kotakTalentaOptions>;
const { kinerja: AK, potensial: AP } = AMBANG_SKOR_PRESET;

function sumbuKinerja(v: TingkatKinerja | Predikat | Decimal, s: Pengaturan, reasons: Reason[]): TingkatKinerja {
  if (v instanceof Decimal) {
    const t: TingkatKinerja = v.greaterThanOrEqualTo(s.ambangKinerja.atas)
      ? 'DI_ATAS_EKSPEKTASI'
      : v.greaterThanOrEqualTo(s.ambangKinerja.sesuai)
        ? 'SESUAI_EKSPEKTASI'
        : 'DI_BAWAH_EKSPEKTASI';
    reasons.push(
      alasan('skorKinerja', 'INFO', CITE_SUMBU, {
        skor: toPlainString(v),
        ambangAtas: toPlainString(s.ambangKinerja.atas),
        ambangSesuai: toPlainString(s.ambangKinerja.sesuai),
        kinerja: t,
      }),
    );
    return t;
  }
  if ((TINGKAT_KINERJA as readonly string[]).includes(v)) return v as TingkatKinerja;
  const t = s.pemetaanPredikat[v as Predikat];
  reasons.push(alasan('predikat', 'INFO', CITE_PREDIKAT, { predikat: v, kinerja: t }));
  return t;
}

function sumbuPotensial(v: TingkatPotensial | Decimal, s: Pengaturan, reasons: Reason[]): TingkatPotensial {
  if (!(v instanceof Decimal)) return v;
  const t: TingkatPotensial = v.greaterThanOrEqualTo(s.ambangPotensial.tinggi)
    ? 'TINGGI'
    : v.greaterThanOrEqualTo(s.ambangPotensial.menengah)
      ? 'MENENGAH'
      : 'RENDAH';
  reasons.push(
    alasan('skorPotensial', 'INFO', CITE_SUMBU, {
      skor: toPlainString(v),
      ambangTinggi: toPlainString(s.ambangPotensial.tinggi),
      ambangMenengah: toPlainString(s.ambangPotensial.menengah),
      potensial: t,
    }),
  );
  return t;
}

const grid = { corner: 'kinerja \\ potensial', rows: TINGKAT_KINERJA, columns: POTENSIAL_KIRI_KE_KANAN };
const rekomendasiTeks = Object.fromEntries(
  TINGKAT_KINERJA.map((k) => [k, Object.fromEntries(TINGKAT_POTENSIAL.map((p) => [p, REKOMENDASI_KOTAK[k][p].join(', ')]))]),
) as Record<TingkatKinerja, Record<TingkatPotensial, string>>;

export const kotakTalentaRule = defineRule({
  id: KOTAK_TALENTA_RULE_ID,
  domain: 'competency',
  title: { id: 'Kotak manajemen talenta (sembilan kotak)', en: 'Talent-management box (nine-box grid)' },
  description: {
    id: 'Memetakan pegawai pada sembilan kotak manajemen talenta ASN dari pemeringkatan kinerja dan tingkatan potensial, dengan rekomendasi per kotak dan penanda kelompok rencana suksesi (kotak 7, 8, 9).',
    en: 'Places an employee in the nine-box grid of ASN talent management from the performance ranking and the potential level, with the recommendations of the box and the succession-pool flag (boxes 7, 8, 9).',
  },
  citations: [...CITE_SUMBU, ...CITE_KOTAK],
  tables: [
    matrixTable(
      { id: 'Nomor kotak, penomoran PermenPANRB 3/2020', en: 'Box numbers, PermenPANRB 3/2020 numbering' },
      NOMOR_KOTAK.PERMENPANRB_3_2020,
      grid,
    ),
    matrixTable({ id: 'Nomor kotak, penomoran Kemenkeu', en: 'Box numbers, Ministry of Finance numbering' }, NOMOR_KOTAK.KEMENKEU, grid),
    matrixTable({ id: 'Rekomendasi per kotak', en: 'Recommendations per box' }, rekomendasiTeks, grid),
    recordTable(
      { id: 'Pemetaan predikat kinerja bawaan (setting pemetaanPredikat)', en: 'Preset predikat mapping (setting pemetaanPredikat)' },
      PEMETAAN_PREDIKAT_PRESET,
      ['predikat', 'kinerja'],
      (kinerja) => [kinerja],
    ),
    recordTable(
      {
        id: 'Ambang skor bawaan (setting ambangKinerja, ambangPotensial)',
        en: 'Preset score thresholds (settings ambangKinerja, ambangPotensial)',
      },
      { kinerja: [AK.atas, AK.sesuai], potensial: [AP.tinggi, AP.menengah] },
      ['sumbu', 'batas bawah tertinggi (atas / tinggi)', 'batas bawah tengah (sesuai / menengah)'],
      (batas) => batas,
    ),
  ],
  input: kotakTalentaInput,
  options: kotakTalentaOptions,
  output: kotakTalentaOutput,
  notes: [
    {
      id: 'Sumbu kinerja (di atas / sesuai / di bawah ekspektasi) dan potensial (tinggi / menengah / rendah) dibaca pada Pasal 17 ayat (1) PermenPANRB 3/2020 dalam rumusan PermenPANRB 20/2025 (tingkat P). Penomoran kotak, rekomendasi dan kotak 7–9 sebagai kelompok rencana suksesi berasal dari implementasi yang konsisten (≥ 7, tingkat I); Lampiran PermenPANRB 3/2020 tidak terbaca, sehingga kutipannya belum ditemukan dan penomoran adalah setting penomoran.',
      en: 'The kinerja axis (above / meeting / below expectations) and the potensial axis (high / medium / low) were read in Pasal 17 ayat (1) of PermenPANRB 3/2020 as worded by PermenPANRB 20/2025 (grade P). The box numbering, the recommendations and boxes 7–9 as the succession pool come from consistent implementations (≥ 7, grade I); the Lampiran of PermenPANRB 3/2020 was not read, so their citation is not located and the numbering is the setting penomoran.',
    },
    {
      id: 'Setting ambangKinerja dan ambangPotensial (bawaan 80/60) serta pemetaanPredikat (Sangat Baik → di atas, Baik → sesuai, lainnya → di bawah) adalah preset dari implementasi, bukan ketentuan nasional: Pasal 17 ayat (2) huruf a hanya merujuk pada peraturan pengelolaan kinerja pegawai (PermenPANRB 6/2022), yang tidak memetakan predikat ke sumbu.',
      en: 'The settings ambangKinerja and ambangPotensial (preset 80/60) and pemetaanPredikat (Sangat Baik → above, Baik → meeting, others → below) are presets from implementations, not national rules: Pasal 17 ayat (2) huruf a only refers to the regulation on employee performance management (PermenPANRB 6/2022), which does not map predikat to the axis.',
    },
    {
      id: 'Ditolak sebagai masukan yang mustahil: skor kinerja atau potensial di bawah 0; ambang yang tidak berurutan (atas harus lebih besar daripada sesuai, tinggi lebih besar daripada menengah), karena satu skor tidak dapat sekaligus di atas dan di bawah ekspektasi.',
      en: 'Refused as impossible input: a performance or potential score below 0; thresholds out of order (atas must be greater than sesuai, tinggi greater than menengah), since one score cannot be both above and below expectations.',
    },
  ],
  examples: [
    {
      title: { id: 'Di atas ekspektasi, potensial tinggi: kotak 9', en: 'Above expectations, high potential: box 9' },
      source: 'docs/sources/competency.md TV-TAL-1/2',
      input: { kinerja: 'DI_ATAS_EKSPEKTASI', potensial: 'TINGGI' },
      expected: {
        kotak: 9,
        kinerja: 'DI_ATAS_EKSPEKTASI',
        potensial: 'TINGGI',
        penomoran: 'PERMENPANRB_3_2020',
        rekomendasi: ['DIPROMOSIKAN_DAN_DIPERTAHANKAN', 'MASUK_KRS_INSTANSI_NASIONAL', 'PENGHARGAAN'],
        kelompokRencanaSuksesi: true,
      },
    },
    {
      title: { id: 'Skor kinerja 80, potensial 79,99: kotak 7', en: 'Performance score 80, potential 79.99: box 7' },
      source: 'docs/sources/competency.md TV-TAL-3',
      input: { kinerja: 80, potensial: '79.99' },
      expected: {
        kotak: 7,
        kinerja: 'DI_ATAS_EKSPEKTASI',
        potensial: 'MENENGAH',
        penomoran: 'PERMENPANRB_3_2020',
        rekomendasi: ['DIPERTAHANKAN', 'MASUK_KRS_INSTANSI', 'ROTASI_PENGAYAAN_JABATAN', 'PENGEMBANGAN_KOMPETENSI', 'TUGAS_BELAJAR'],
        kelompokRencanaSuksesi: true,
      },
    },
    {
      title: {
        id: 'Penomoran Kemenkeu: predikat Baik, potensial tinggi → kotak 7',
        en: 'Kemenkeu numbering: predikat Baik, high potential → box 7',
      },
      source: 'docs/sources/competency.md TV-TAL-4',
      input: { kinerja: 'BAIK', potensial: 'TINGGI' },
      options: { penomoran: 'KEMENKEU' },
      expected: {
        kotak: 7,
        kinerja: 'SESUAI_EKSPEKTASI',
        potensial: 'TINGGI',
        penomoran: 'KEMENKEU',
        rekomendasi: ['DIPERTAHANKAN', 'MASUK_KRS_INSTANSI', 'ROTASI_PERLUASAN_JABATAN', 'BIMBINGAN_KINERJA'],
        kelompokRencanaSuksesi: true,
      },
    },
  ],
  evaluate(input, options) {
    const reasons: Reason[] = [];
    const kinerja = sumbuKinerja(input.kinerja, options, reasons);
    const potensial = sumbuPotensial(input.potensial, options, reasons);
    const { penomoran } = options;
    const kotak = NOMOR_KOTAK[penomoran][kinerja][potensial];
    const rekomendasi = [...REKOMENDASI_KOTAK[kinerja][potensial]];
    const krs = masukKelompokRencanaSuksesi(kinerja, potensial);
    reasons.push(alasan('kotak', 'APPLIES', CITE_KOTAK, { kinerja, potensial, kotak, penomoran }));
    reasons.push(alasan('rekomendasi', 'INFO', CITE_KOTAK, { kotak, rekomendasi: rekomendasi.join(', ') }));
    reasons.push(krs ? alasan('talenta', 'PASS', CITE_KOTAK, { kotak }) : alasan('bukanTalenta', 'FAIL', CITE_KOTAK, { kotak }));
    return decision<KotakTalenta>({ kotak, kinerja, potensial, penomoran, rekomendasi, kelompokRencanaSuksesi: krs }, reasons);
  },
});

/**
 * The nine-box of ASN talent management: `{ kotak, rekomendasi, kelompokRencanaSuksesi }` from kinerja
 * (status, predikat or score) and potensial (level or score).
 *
 * @example
 * kotakTalenta({ kinerja: 'SESUAI_EKSPEKTASI', potensial: 'TINGGI' }).value.kotak // 8
 */
export const kotakTalenta = kotakTalentaRule.run;

/** The value of {@link kotakTalenta}'s decision. */
export type KotakTalentaOutput = RuleOutputOf<typeof kotakTalentaRule>;

export {
  AMBANG_SKOR_PRESET,
  KOTAK_RENCANA_SUKSESI_TERENDAH,
  masukKelompokRencanaSuksesi,
  NOMOR_KOTAK,
  PEMETAAN_PREDIKAT_PRESET,
  PENOMORAN_KOTAK,
  type PenomoranKotak,
  REKOMENDASI_KOTAK,
  REKOMENDASI_TALENTA,
  type RekomendasiTalenta,
  selKotak,
} from './tabel.js';
export {
  type KotakTalenta,
  kotakTalentaInput,
  type KotakTalentaInput,
  kotakTalentaOptions,
  type KotakTalentaOptions,
  kotakTalentaOutput,
} from './skema.js';
