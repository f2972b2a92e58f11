import { BATAS_MASA_KERJA_PNS } from '../core/masa-kerja-pns.js';
import * as z from 'zod/mini';
import { refineParsed } from '../core/refine.js';
import { addYears, type IsoDate, isoDateSchema, wholeMonthsBetween, wholeYearsBetween, yearOf } from '../core/calendar.js';
import { type Citation, decision, type Reason, reason } from '../core/decision.js';
import { Decimal, toDecimal, toPlainString } from '../core/decimal.js';
import { type InputIssue, ownIssue } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { defineRule, type RuleOptionsOf, type RuleOutputOf } from '../core/rule.js';
import { JENIS_JABATAN, type JenisJabatan, jenisJabatanSchema } from './batas-usia-pensiun.js';
import { MAKS_RIWAYAT_JABATAN, MAKS_RIWAYAT_PENILAIAN, tahunPenilaianDalamDinas, tidakSetelahAsOf, tolak } from './_bersama/invariants.js';
import { GOLONGAN_AWAL_IJAZAH } from './_bersama/ijazah.js';
import { minPredikatSchema, reasonsPenilaian, riwayatPenilaianSchema } from './_bersama/penilaian.js';
import { compareGolongan, type Ijazah, ijazahSchema } from './types.js';

export const SYARAT_JABATAN_RULE_ID = 'promotion.syaratJabatan';
const ID = SYARAT_JABATAN_RULE_ID;

/** Jabatan a PNS can be appointed to under this rule. */
export const JABATAN_TUJUAN = deepFreeze([
  'JPT_UTAMA',
  'JPT_MADYA',
  'JPT_PRATAMA',
  'ADMINISTRATOR',
  'PENGAWAS',
  'JF_KETERAMPILAN',
  'JF_AHLI_PERTAMA',
  'JF_AHLI_MUDA',
  'JF_AHLI_MADYA',
  'JF_AHLI_UTAMA',
] as const);
export type JabatanTujuan = (typeof JABATAN_TUJUAN)[number];

const PASAL_107: Citation[] = deepFreeze([{ regulation: 'PP_11_2017', article: 'Pasal 107' }, { regulation: 'PP_17_2020' }]);
const PASAL_JA: Citation[] = deepFreeze([{ regulation: 'PP_11_2017' }]);
const CITE_JF: Citation[] = deepFreeze([{ regulation: 'PERMENPANRB_1_2023' }, { regulation: 'PERBKN_3_2023' }]);
const PASAL_107_AYAT_2: Citation[] = deepFreeze([{ regulation: 'PP_11_2017', article: 'Pasal 107 ayat (2)' }]);

/** JPT requirements (PP 11/2017 Pasal 107 as amended by PP 17/2020). */
export const SYARAT_JPT: Readonly<
  Record<
    'JPT_UTAMA' | 'JPT_MADYA' | 'JPT_PRATAMA',
    { pengalamanTahun: number; jabatanSebelumnya: readonly JenisJabatan[]; usiaMaksimal: number }
  >
> = deepFreeze({
  JPT_UTAMA: { pengalamanTahun: 10, jabatanSebelumnya: ['JPT_MADYA', 'JF_AHLI_UTAMA'], usiaMaksimal: 58 },
  JPT_MADYA: { pengalamanTahun: 7, jabatanSebelumnya: ['JPT_PRATAMA', 'JF_AHLI_UTAMA'], usiaMaksimal: 58 },
  JPT_PRATAMA: { pengalamanTahun: 5, jabatanSebelumnya: ['ADMINISTRATOR', 'JF_AHLI_MADYA'], usiaMaksimal: 56 },
});
/** Years in the prior jabatan required for JPT. */
export const TAHUN_JABATAN_SEBELUMNYA_JPT = 2;

/** Maximum age for moving into a JF by perpindahan (SIASN FAQ, BKN). */
export const USIA_MAKSIMAL_PERPINDAHAN_JF: Readonly<
  Record<'JF_KETERAMPILAN' | 'JF_AHLI_PERTAMA' | 'JF_AHLI_MUDA' | 'JF_AHLI_MADYA' | 'JF_AHLI_UTAMA', number>
> = deepFreeze({
  JF_KETERAMPILAN: 53,
  JF_AHLI_PERTAMA: 53,
  JF_AHLI_MUDA: 53,
  JF_AHLI_MADYA: 55,
  JF_AHLI_UTAMA: 60,
});

/** A number of years as a record states it: 0–60, with at most two decimals (`2.5`; never `5e-324`). */
const jumlahTahun = () =>
  z.number().check(
    z.minimum(0),
    z.maximum(60),
    refineParsed((v: number) => /^\d+(\.\d{1,2})?$/.test(String(v)), {
      text: {
        en: 'must be a number of years with at most 2 decimals, e.g. 2.5',
        id: 'harus berupa jumlah tahun dengan paling banyak 2 desimal, mis. 2,5',
      },
    }),
  );

export const syaratJabatanInput = z.object({
  jabatanTujuan: z.enum(JABATAN_TUJUAN),
  tanggalLahir: isoDateSchema,
  ijazah: ijazahSchema,
  tahunPengalaman: z._default(jumlahTahun(), 0).check(z.describe('Years of experience in the related field (cumulative)')),
  riwayatJabatan: z
    ._default(z.array(z.object({ jabatan: jenisJabatanSchema, tahun: jumlahTahun() })).check(z.maxLength(MAKS_RIWAYAT_JABATAN)), [])
    .check(
      z.describe(
        `Jabatan held (now or before) with the years in each, one after another (at most ${MAKS_RIWAYAT_JABATAN}, more than any career holds)`,
      ),
    ),
  riwayatPenilaian: z._default(riwayatPenilaianSchema, []),
  lulusUjiKompetensi: z._default(z.boolean(), false).check(z.describe('Passed the uji kompetensi (JF perpindahan)')),
  persetujuanPresiden: z
    ._default(z.boolean(), false)
    .check(z.describe('Prior approval of the President to waive JPT requirements (Pasal 107 ayat (2))')),
});
export type SyaratJabatanInput = z.input<typeof syaratJabatanInput>;

export const syaratJabatanOptions = z.object({
  asOf: isoDateSchema.check(z.describe('Date of appointment: age is counted on it')),
  minPredikat: z._default(minPredikatSchema, 'BAIK').check(z.describe('Setting: lowest predikat for "bernilai baik" (preset BAIK)')),
  ijazahMinimalAdministrator: z
    ._default(ijazahSchema, 'S1')
    .check(z.describe('Setting: minimum ijazah for administrator (preset S1/D-IV, agency sheet)')),
  ijazahMinimalPengawas: z
    ._default(ijazahSchema, 'D_III')
    .check(z.describe('Setting: minimum ijazah for pengawas (preset D-III, common practice; unconfirmed)')),
  jfSetingkatPengawas: z
    ._default(z.array(jenisJabatanSchema).check(z.maxLength(JENIS_JABATAN.length)), ['JF_AHLI_MUDA'])
    .check(
      z.describe(
        'Setting: JF counted as equivalent to pengawas experience for administrator (preset Ahli Muda, digest example; unconfirmed)',
      ),
    ),
  jfSetingkatPelaksana: z
    ._default(z.array(jenisJabatanSchema).check(z.maxLength(JENIS_JABATAN.length)), ['JF_KETERAMPILAN'])
    .check(z.describe('Setting: JF counted as equivalent to pelaksana experience for pengawas (preset keterampilan; unconfirmed)')),
});

/** Outcome of {@link syaratJabatan}. */
export interface SyaratJabatan {
  memenuhiSyarat: boolean;
  /** Whole years of age on `asOf`. */
  usia: number;
  /** JPT requirements not met but waived with the President's approval. */
  dikecualikanPresiden: boolean;
}

/** Schema of {@link SyaratJabatan} as JSON. */
export const syaratJabatanOutput = z.object({
  memenuhiSyarat: z.boolean().check(z.describe('Every requirement is met, or the JPT requirements are waived by the President')),
  usia: z.int().check(z.describe('Whole years of age on asOf')),
  dikecualikanPresiden: z.boolean().check(z.describe("JPT requirements not met but waived with the President's approval")),
});

/** `true` when ijazah `a` is at least the level of `min` (compared by the CPNS starting golongan). */
export function ijazahSetidaknya(a: Ijazah, min: Ijazah): boolean {
  return compareGolongan(GOLONGAN_AWAL_IJAZAH[a], GOLONGAN_AWAL_IJAZAH[min]) >= 0;
}

/** The longest time in one of `jabatan` (0 when none); a loop, not a spread, so a long list cannot overflow the stack. */
function tahunDalam(riwayat: readonly { jabatan: JenisJabatan; tahun: number }[], jabatan: readonly JenisJabatan[]): number {
  let tahun = 0;
  for (const r of riwayat) if (jabatan.includes(r.jabatan) && r.tahun > tahun) tahun = r.tahun;
  return tahun;
}

const U = BATAS_MASA_KERJA_PNS.usiaPengangkatanMinimum;
const PASAL_23 = 'PP 11/2017 Pasal 23 ayat (1) huruf a';

/**
 * Refuses what a candidate's record can never be: born after asOf, younger than the minimum appointment age
 * or older than the highest BUP on asOf, more years of experience (or in jabatan, one after another) than
 * have passed since that age, appraisal years after the year of asOf or before that age.
 */
function periksaCalon(x: z.output<typeof syaratJabatanInput>, asOf: IsoDate): void {
  const lahir = tidakSetelahAsOf(['tanggalLahir'], x.tanggalLahir, asOf);
  if (lahir) tolak(ID, [lahir]);
  const usia = wholeYearsBetween(x.tanggalLahir, asOf);
  const dewasa = addYears(x.tanggalLahir, U);
  if (usia < U || usia > BATAS_MASA_KERJA_PNS.usiaPensiunTertinggi) {
    tolak(ID, [
      ownIssue(['tanggalLahir'], {
        en: `gives age ${usia} on asOf (${asOf}); a PNS is ${U} to ${BATAS_MASA_KERJA_PNS.usiaPensiunTertinggi} (appointed at ${U} at the earliest, ${PASAL_23}; highest BUP ${BATAS_MASA_KERJA_PNS.usiaPensiunTertinggi})`,
        id: `berarti usia ${usia} tahun pada asOf (${asOf}); PNS berusia ${U} sampai ${BATAS_MASA_KERJA_PNS.usiaPensiunTertinggi} tahun (diangkat paling rendah usia ${U} tahun, ${PASAL_23}; BUP paling tinggi ${BATAS_MASA_KERJA_PNS.usiaPensiunTertinggi})`,
      }),
    ]);
  }
  // Years since the minimum appointment age, with a month of slack so a whole-year figure rounded up is not refused.
  const batas = new Decimal(wholeMonthsBetween(dewasa, asOf) + 1).dividedBy(12);
  const lebih = (path: (string | number)[], tahun: Decimal, apa: { en: string; id: string }): InputIssue =>
    ownIssue(path, {
      en: `${toPlainString(tahun)} years ${apa.en} is more than the time from age ${U} (${dewasa}) to asOf (${asOf}); a PNS is appointed at ${U} at the earliest (${PASAL_23})`,
      id: `${toPlainString(tahun)} tahun ${apa.id} melebihi waktu sejak usia ${U} tahun (${dewasa}) sampai asOf (${asOf}); PNS diangkat paling rendah usia ${U} tahun (${PASAL_23})`,
    });
  const issues: InputIssue[] = [];
  const pengalaman = toDecimal(x.tahunPengalaman);
  if (pengalaman.greaterThan(batas)) issues.push(lebih(['tahunPengalaman'], pengalaman, { en: 'of experience', id: 'pengalaman' }));
  let jumlah = new Decimal(0);
  x.riwayatJabatan.forEach((r, i) => {
    const tahun = toDecimal(r.tahun);
    jumlah = jumlah.plus(tahun);
    if (tahun.greaterThan(batas))
      issues.push(lebih(['riwayatJabatan', i, 'tahun'], tahun, { en: `as ${r.jabatan}`, id: `sebagai ${r.jabatan}` }));
  });
  if (issues.length === 0 && jumlah.greaterThan(batas)) {
    issues.push(
      lebih(['riwayatJabatan'], jumlah, { en: 'in jabatan held one after another', id: 'dalam jabatan yang diduduki berturut-turut' }),
    );
  }
  issues.push(
    ...tahunPenilaianDalamDinas(x.riwayatPenilaian, asOf, { tahun: yearOf(dewasa), asal: { en: `age ${U}`, id: `usia ${U} tahun` } }),
  );
  tolak(ID, issues);
}

export const syaratJabatanRule = defineRule({
  id: ID,
  domain: 'promotion',
  title: { id: 'Syarat pengangkatan dalam jabatan', en: 'Requirements for appointment to a position' },
  description: {
    id: 'Syarat JPT utama/madya/pratama (PP 11/2017 Pasal 107 jo. PP 17/2020: pendidikan S1/D-IV, pengalaman 10/7/5 tahun, jabatan sebelumnya 2 tahun, usia paling tinggi 58/58/56, pengecualian dengan persetujuan Presiden), pengalaman administrator/pengawas, dan batas usia perpindahan ke JF.',
    en: "Requirements for senior executive posts (PP 11/2017 Article 107 as amended by PP 17/2020: bachelor degree, 10/7/5 years' experience, 2 years in the prior post, age at most 58/58/56, presidential waiver), administrator/supervisor experience, and age limits for moving into a functional post.",
  },
  citations: [...PASAL_107, ...CITE_JF],
  input: syaratJabatanInput,
  options: syaratJabatanOptions,
  output: syaratJabatanOutput,
  examples: [
    {
      title: { id: 'JPT pratama, usia 57: tidak memenuhi', en: 'JPT pratama, age 57: not eligible' },
      input: {
        jabatanTujuan: 'JPT_PRATAMA',
        tanggalLahir: '1968-01-10',
        ijazah: 'S2',
        tahunPengalaman: 12,
        riwayatJabatan: [{ jabatan: 'ADMINISTRATOR', tahun: 4 }],
      },
      options: { asOf: '2025-06-01' },
      expected: { memenuhiSyarat: false, usia: 57, dikecualikanPresiden: false },
      source: 'digest §9 vector 20',
    },
    {
      title: {
        id: 'JPT pratama: administrator 2 tahun, pengalaman 5 tahun, S1',
        en: "JPT pratama: administrator 2 years, 5 years' experience, S1",
      },
      input: {
        jabatanTujuan: 'JPT_PRATAMA',
        tanggalLahir: '1975-01-10',
        ijazah: 'S1',
        tahunPengalaman: 5,
        riwayatJabatan: [{ jabatan: 'ADMINISTRATOR', tahun: 2 }],
      },
      options: { asOf: '2025-06-01' },
      expected: { memenuhiSyarat: true, usia: 50, dikecualikanPresiden: false },
      source: 'digest §9 vector 20',
    },
    {
      title: { id: 'Perpindahan ke JF Ahli Muda pada usia 54: tidak memenuhi', en: 'Moving into JF Ahli Muda at 54: not eligible' },
      input: {
        jabatanTujuan: 'JF_AHLI_MUDA',
        tanggalLahir: '1971-01-10',
        ijazah: 'S1',
        tahunPengalaman: 5,
        lulusUjiKompetensi: true,
        riwayatPenilaian: [
          { tahun: 2023, predikat: 'BAIK' },
          { tahun: 2024, predikat: 'BAIK' },
        ],
      },
      options: { asOf: '2025-06-01' },
      expected: { memenuhiSyarat: false, usia: 54, dikecualikanPresiden: false },
      source: 'SIASN FAQ (digest §9 vector 21)',
    },
  ],
  notes: [
    {
      id: 'Kompetensi, rekam jejak, integritas dan kesehatan tidak dinilai. Pangkat minimal JPT (praktik instansi) tidak dikodekan. Syarat administrator/pengawas dan padanan JF-nya adalah pengaturan (pasal PP 11/2017 belum dibaca).',
      en: 'Competencies, track record, integrity and health are not judged. Minimum rank for JPT (agency practice) is not encoded. Administrator/pengawas: education, experience and 2 years of good appraisals; the education minima and JF equivalents are settings (the PP 11/2017 articles were not read).',
    },
    {
      id: `Ditolak sebagai mustahil: tanggal lahir setelah asOf, atau usia pada asOf di bawah ${U} (usia paling rendah pengangkatan, ${PASAL_23}) atau di atas ${BATAS_MASA_KERJA_PNS.usiaPensiunTertinggi} (BUP paling tinggi); tahun pengalaman, tahun dalam satu jabatan, atau jumlah tahun jabatan yang diduduki berturut-turut melebihi waktu sejak usia ${U}; tahun penilaian setelah tahun asOf, sebelum tahun usia ${U}, atau dua kali. Paling banyak ${MAKS_RIWAYAT_JABATAN} jabatan dan ${MAKS_RIWAYAT_PENILAIAN} penilaian.`,
      en: `Refused as impossible: a birth date after asOf, or an age on asOf below ${U} (the minimum appointment age, ${PASAL_23}) or above ${BATAS_MASA_KERJA_PNS.usiaPensiunTertinggi} (the highest BUP); years of experience, years in one jabatan, or the total years of jabatan held one after another exceeding the time since age ${U}; appraisal years after the year of asOf, before the year of age ${U}, or twice. At most ${MAKS_RIWAYAT_JABATAN} jabatan and ${MAKS_RIWAYAT_PENILAIAN} appraisals.`,
    },
  ],
  evaluate(x, o) {
    periksaCalon(x, o.asOf);
    const usia = wholeYearsBetween(x.tanggalLahir, o.asOf);
    const reasons: Reason[] = [];
    const t = x.jabatanTujuan;
    if (t === 'JPT_UTAMA' || t === 'JPT_MADYA' || t === 'JPT_PRATAMA') {
      const s = SYARAT_JPT[t];
      reasons.push(
        reason(ID, `${ID}.pendidikan`, ijazahSetidaknya(x.ijazah, 'S1') ? 'PASS' : 'FAIL', PASAL_107, { ijazah: x.ijazah, minimum: 'S1' }),
        reason(ID, `${ID}.pengalaman`, x.tahunPengalaman >= s.pengalamanTahun ? 'PASS' : 'FAIL', PASAL_107, {
          tahun: x.tahunPengalaman,
          minimum: s.pengalamanTahun,
        }),
        reason(
          ID,
          `${ID}.jabatanSebelumnya`,
          tahunDalam(x.riwayatJabatan, s.jabatanSebelumnya) >= TAHUN_JABATAN_SEBELUMNYA_JPT ? 'PASS' : 'FAIL',
          PASAL_107,
          {
            jabatan: s.jabatanSebelumnya.join(' / '),
            tahun: tahunDalam(x.riwayatJabatan, s.jabatanSebelumnya),
            minimum: TAHUN_JABATAN_SEBELUMNYA_JPT,
          },
        ),
        reason(ID, `${ID}.usia`, usia <= s.usiaMaksimal ? 'PASS' : 'FAIL', PASAL_107, { usia, maksimal: s.usiaMaksimal, tanggal: o.asOf }),
      );
    } else if (t === 'ADMINISTRATOR' || t === 'PENGAWAS') {
      const admin = t === 'ADMINISTRATOR';
      const minIjazah = admin ? o.ijazahMinimalAdministrator : o.ijazahMinimalPengawas;
      const asal: JenisJabatan[] = admin ? ['PENGAWAS', ...o.jfSetingkatPengawas] : ['PELAKSANA', ...o.jfSetingkatPelaksana];
      const minimum = admin ? 3 : 4;
      const tahun = tahunDalam(x.riwayatJabatan, asal);
      reasons.push(
        reason(ID, `${ID}.pendidikan`, ijazahSetidaknya(x.ijazah, minIjazah) ? 'PASS' : 'FAIL', PASAL_JA, {
          ijazah: x.ijazah,
          minimum: minIjazah,
        }),
        reason(ID, `${ID}.jabatanSebelumnya`, tahun >= minimum ? 'PASS' : 'FAIL', PASAL_JA, { jabatan: asal.join(' / '), tahun, minimum }),
        // "paling sedikit dalam 2 tahun terakhir setiap unsur penilaian prestasi kerja bernilai baik".
        ...reasonsPenilaian(ID, x.riwayatPenilaian, [yearOf(o.asOf) - 2, yearOf(o.asOf) - 1], o.minPredikat, PASAL_JA),
      );
    } else {
      const keterampilan = t === 'JF_KETERAMPILAN';
      const minIjazah: Ijazah = keterampilan ? 'SLTA' : 'S1';
      const maksimal = USIA_MAKSIMAL_PERPINDAHAN_JF[t];
      const tahunLalu = yearOf(o.asOf);
      reasons.push(
        reason(ID, `${ID}.pendidikan`, ijazahSetidaknya(x.ijazah, minIjazah) ? 'PASS' : 'FAIL', CITE_JF, {
          ijazah: x.ijazah,
          minimum: minIjazah,
        }),
        reason(ID, `${ID}.pengalaman`, x.tahunPengalaman >= 2 ? 'PASS' : 'FAIL', CITE_JF, { tahun: x.tahunPengalaman, minimum: 2 }),
        reason(ID, `${ID}.usia`, usia <= maksimal ? 'PASS' : 'FAIL', CITE_JF, { usia, maksimal, tanggal: o.asOf }),
        reason(ID, `${ID}.ujiKompetensi`, x.lulusUjiKompetensi ? 'PASS' : 'FAIL', CITE_JF, {}),
        ...reasonsPenilaian(ID, x.riwayatPenilaian, [tahunLalu - 2, tahunLalu - 1], o.minPredikat, CITE_JF),
      );
    }
    const semua = reasons.every((r) => r.outcome !== 'FAIL');
    const jpt = t.startsWith('JPT_');
    const dikecualikanPresiden = !semua && jpt && x.persetujuanPresiden;
    if (dikecualikanPresiden) reasons.push(reason(ID, `${ID}.persetujuanPresiden`, 'PASS', PASAL_107_AYAT_2, {}));
    return decision<SyaratJabatan>({ memenuhiSyarat: semua || dikecualikanPresiden, usia, dikecualikanPresiden }, reasons);
  },
});

/** Requirements for appointment to a JPT, JA or (by perpindahan) a JF. */
export const syaratJabatan = syaratJabatanRule.run;

/** Options of {@link syaratJabatan}. */
export type SyaratJabatanOptions = RuleOptionsOf<typeof syaratJabatanRule>;
/** The value of {@link syaratJabatan}'s decision. */
export type SyaratJabatanOutput = RuleOutputOf<typeof syaratJabatanRule>;
