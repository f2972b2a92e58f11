import { wholeYearsBetween, yearOf } from '../../core/calendar.js';
import { decision, type Reason } from '../../core/decision.js';
import { BATAS_MASA_KERJA_PNS } from '../../core/masa-kerja-pns.js';
import { reasonsOf } from '../../core/messages.js';
import { defineRule, type RuleOptionsOf, type RuleOutputOf } from '../../core/rule.js';
import { ijazahSetidaknya } from '../_bersama/ijazah-setidaknya.js';
import type { JenisJabatan } from '../batas-usia-pensiun.js';
import { MAKS_RIWAYAT_JABATAN, MAKS_RIWAYAT_PENILAIAN } from '../_bersama/invariants.js';
import { reasonsPenilaian } from '../_bersama/penilaian.js';
import {
  CITE_JF,
  CITATIONS_JPT,
  IJAZAH_MINIMAL_JPT,
  IJAZAH_MINIMAL_PERPINDAHAN_JF,
  type JabatanAdministrasi,
  type JabatanFungsionalTujuan,
  type JabatanPimpinanTinggi,
  type JabatanTujuan,
  PASAL_107,
  PASAL_107_AYAT_2,
  PASAL_JA,
  PENGALAMAN_MINIMAL_PERPINDAHAN_JF_TAHUN,
  SYARAT_JA,
  SYARAT_JPT,
  TAHUN_JABATAN_SEBELUMNYA_JPT,
  tabelSyaratJabatan,
  tahunPenilaianDiperiksa,
  USIA_MAKSIMAL_PERPINDAHAN_JF,
} from './data.js';
import type { SYARAT_JABATAN_MESSAGES } from './messages.js';
import { PASAL_23, periksaCalon } from './periksa-calon.js';
import { type SyaratJabatan, syaratJabatanInput, syaratJabatanOptions, syaratJabatanOutput } from './schema.js';

export const SYARAT_JABATAN_RULE_ID = 'promotion.syaratJabatan';
const alasan = reasonsOf<typeof SYARAT_JABATAN_MESSAGES>(SYARAT_JABATAN_RULE_ID);

const U = BATAS_MASA_KERJA_PNS.usiaPengangkatanMinimum;

/** The longest time in one of `jabatan` (0 when none); a loop, not a spread, so a long list cannot overflow the stack. */
function tahunDalam(riwayat: readonly { jabatan: JenisJabatan; tahun: number }[], jabatan: readonly JenisJabatan[]): number {
  let tahun = 0;
  for (const r of riwayat) if (jabatan.includes(r.jabatan) && r.tahun > tahun) tahun = r.tahun;
  return tahun;
}

const isJpt = (t: JabatanTujuan): t is JabatanPimpinanTinggi => t === 'JPT_UTAMA' || t === 'JPT_MADYA' || t === 'JPT_PRATAMA';
const isJa = (t: JabatanTujuan): t is JabatanAdministrasi => t === 'ADMINISTRATOR' || t === 'PENGAWAS';

export const syaratJabatanRule = defineRule({
  id: SYARAT_JABATAN_RULE_ID,
  domain: 'promotion',
  title: { id: 'Syarat pengangkatan dalam jabatan', en: 'Requirements for appointment to a position' },
  description: {
    id: 'Syarat JPT utama/madya/pratama (PP 11/2017 Pasal 107 jo. PP 17/2020: pendidikan S1/D-IV, pengalaman 10/7/5 tahun, jabatan sebelumnya 2 tahun, usia paling tinggi 58/58/56, pengecualian dengan persetujuan Presiden), pengalaman administrator/pengawas, dan batas usia perpindahan ke JF.',
    en: "Requirements for senior executive posts (PP 11/2017 Article 107 as amended by PP 17/2020: bachelor degree, 10/7/5 years' experience, 2 years in the prior post, age at most 58/58/56, presidential waiver), administrator/supervisor experience, and age limits for moving into a functional post.",
  },
  citations: [...PASAL_107, ...CITE_JF],
  tables: tabelSyaratJabatan(),
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
      source: 'PP 11/2017 Pasal 107 ayat (1) huruf c angka 6 (PP 17/2020 text): JPT pratama at most 56',
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
      source: 'PP 11/2017 Pasal 107 ayat (1) huruf c angka 1, 3, 4 (PP 17/2020 text)',
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
      source: 'SIASN FAQ (BKN), perpindahan into a JF: at most 53 for ahli muda',
    },
  ],
  notes: [
    {
      id: 'Kompetensi, rekam jejak, integritas dan kesehatan tidak dinilai. Pangkat minimal JPT (praktik instansi) tidak dikodekan. Syarat administrator/pengawas dibaca dari transkripsi PP 11/2017 tanpa nomor pasalnya; ijazah minimal dan padanan JF-nya adalah pengaturan. Syarat JPT: PP 11/2017 Pasal 107 ayat (1) huruf a (utama), b (madya), c (pratama), dalam teks yang diberikan PP 17/2020.',
      en: 'Competencies, track record, integrity and health are not judged. Minimum rank for JPT (agency practice) is not encoded. Administrator/pengawas: education, experience and 2 years of good appraisals; read in a transcription of PP 11/2017 without their Pasal number; the education minima and JF equivalents are settings. JPT: PP 11/2017 Pasal 107 ayat (1) huruf a (utama), b (madya), c (pratama), in the text PP 17/2020 gave it.',
    },
    {
      id: `Ditolak sebagai mustahil: tanggal lahir setelah asOf, atau usia pada asOf di bawah ${U} (usia paling rendah pengangkatan, ${PASAL_23}) atau di atas ${BATAS_MASA_KERJA_PNS.usiaPensiunTertinggi} (BUP paling tinggi); tahun pengalaman, tahun dalam satu jabatan, atau jumlah tahun jabatan yang diduduki berturut-turut melebihi waktu sejak usia ${U}; tahun penilaian setelah tahun asOf, sebelum tahun usia ${U}, atau dua kali. Paling banyak ${MAKS_RIWAYAT_JABATAN} jabatan dan ${MAKS_RIWAYAT_PENILAIAN} penilaian.`,
      en: `Refused as impossible: a birth date after asOf, or an age on asOf below ${U} (the minimum appointment age, ${PASAL_23}) or above ${BATAS_MASA_KERJA_PNS.usiaPensiunTertinggi} (the highest BUP); years of experience, years in one jabatan, or the total years of jabatan held one after another exceeding the time since age ${U}; appraisal years after the year of asOf, before the year of age ${U}, or twice. At most ${MAKS_RIWAYAT_JABATAN} jabatan and ${MAKS_RIWAYAT_PENILAIAN} appraisals.`,
    },
  ],
  evaluate(x, o) {
    periksaCalon(SYARAT_JABATAN_RULE_ID, x, o.asOf);
    const usia = wholeYearsBetween(x.tanggalLahir, o.asOf);
    const reasons: Reason[] = [];
    const t = x.jabatanTujuan;
    const pendidikan = (minimum: typeof x.ijazah, citations: typeof PASAL_107) =>
      alasan('pendidikan', ijazahSetidaknya(x.ijazah, minimum) ? 'PASS' : 'FAIL', citations, { ijazah: x.ijazah, minimum });
    const penilaian = (citations: typeof PASAL_107) =>
      reasonsPenilaian(SYARAT_JABATAN_RULE_ID, x.riwayatPenilaian, tahunPenilaianDiperiksa(yearOf(o.asOf)), o.minPredikat, citations);
    if (isJpt(t)) {
      const s = SYARAT_JPT[t];
      const tahun = tahunDalam(x.riwayatJabatan, s.jabatanSebelumnya);
      reasons.push(
        pendidikan(IJAZAH_MINIMAL_JPT, CITATIONS_JPT[t].pendidikan),
        alasan('pengalaman', x.tahunPengalaman >= s.pengalamanTahun ? 'PASS' : 'FAIL', CITATIONS_JPT[t].pengalaman, {
          tahun: x.tahunPengalaman,
          minimum: s.pengalamanTahun,
        }),
        alasan('jabatanSebelumnya', tahun >= TAHUN_JABATAN_SEBELUMNYA_JPT ? 'PASS' : 'FAIL', CITATIONS_JPT[t].jabatanSebelumnya, {
          jabatan: s.jabatanSebelumnya.join(' / '),
          tahun,
          minimum: TAHUN_JABATAN_SEBELUMNYA_JPT,
        }),
        alasan('usia', usia <= s.usiaMaksimal ? 'PASS' : 'FAIL', CITATIONS_JPT[t].usia, {
          usia,
          maksimal: s.usiaMaksimal,
          tanggal: o.asOf,
        }),
      );
    } else if (isJa(t)) {
      const admin = t === 'ADMINISTRATOR';
      const s = SYARAT_JA[t];
      const setingkat = admin ? o.jfSetingkatPengawas : o.jfSetingkatPelaksana;
      const asal: JenisJabatan[] = [s.jabatanAsal, ...setingkat];
      const tahun = tahunDalam(x.riwayatJabatan, asal);
      reasons.push(
        pendidikan(admin ? o.ijazahMinimalAdministrator : o.ijazahMinimalPengawas, PASAL_JA),
        alasan('jabatanSebelumnya', tahun >= s.tahun ? 'PASS' : 'FAIL', PASAL_JA, { jabatan: asal.join(' / '), tahun, minimum: s.tahun }),
        // "paling sedikit dalam 2 tahun terakhir setiap unsur penilaian prestasi kerja bernilai baik".
        ...penilaian(PASAL_JA),
      );
    } else {
      const jf: JabatanFungsionalTujuan = t;
      const maksimal = USIA_MAKSIMAL_PERPINDAHAN_JF[jf];
      const minimum = PENGALAMAN_MINIMAL_PERPINDAHAN_JF_TAHUN;
      reasons.push(
        pendidikan(IJAZAH_MINIMAL_PERPINDAHAN_JF[jf], CITE_JF),
        alasan('pengalaman', x.tahunPengalaman >= minimum ? 'PASS' : 'FAIL', CITE_JF, { tahun: x.tahunPengalaman, minimum }),
        alasan('usia', usia <= maksimal ? 'PASS' : 'FAIL', CITE_JF, { usia, maksimal, tanggal: o.asOf }),
        alasan('ujiKompetensi', x.lulusUjiKompetensi ? 'PASS' : 'FAIL', CITE_JF, {}),
        ...penilaian(CITE_JF),
      );
    }
    const semua = reasons.every((r) => r.outcome !== 'FAIL');
    const dikecualikanPresiden = !semua && isJpt(t) && x.persetujuanPresiden;
    if (dikecualikanPresiden) reasons.push(alasan('persetujuanPresiden', 'PASS', PASAL_107_AYAT_2, {}));
    const value: SyaratJabatan = { memenuhiSyarat: semua || dikecualikanPresiden, usia, dikecualikanPresiden };
    return decision(value, reasons);
  },
});

/** Requirements for appointment to a JPT, JA or (by perpindahan) a JF. */
export const syaratJabatan = syaratJabatanRule.run;

/** Options of {@link syaratJabatan}. */
export type SyaratJabatanOptions = RuleOptionsOf<typeof syaratJabatanRule>;
/** The value of {@link syaratJabatan}'s decision. */
export type SyaratJabatanOutput = RuleOutputOf<typeof syaratJabatanRule>;

export { JABATAN_TUJUAN, type JabatanTujuan, SYARAT_JPT, TAHUN_JABATAN_SEBELUMNYA_JPT, USIA_MAKSIMAL_PERPINDAHAN_JF } from './data.js';
export { type SyaratJabatan, syaratJabatanInput, type SyaratJabatanInput, syaratJabatanOptions, syaratJabatanOutput } from './schema.js';
