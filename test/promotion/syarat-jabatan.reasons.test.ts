import { describe, expect, it } from 'vitest';
import { explain } from '../../src/explain.js';
import { citedLines } from '../explain/lines.js';
import {
  SYARAT_JPT,
  TAHUN_JABATAN_SEBELUMNYA_JPT,
  USIA_MAKSIMAL_PERPINDAHAN_JF,
  syaratJabatan,
  syaratJabatanRule,
  type SyaratJabatanInput,
  IJAZAH,
} from '../../src/promotion/index.js';
import { reasonsOf } from '../expected-reason.js';
import { thrownIssueLines, thrownIssues } from '../input-issues.js';
import { reasonLines } from '../explain/lines.js';

type D = ReturnType<typeof syaratJabatan>;

/** Lines of `explain` against expected lines; a RegExp stands for a line whose rendering is not pinned exactly. */
function expectLines(actual: string[], expected: (string | RegExp)[]) {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((e, i) => (typeof e === 'string' ? expect(actual[i]).toBe(e) : expect(actual[i]).toMatch(e)));
}

// ---------------------------------------------------------------------------------------------
// Syarat jabatan — PP 11/2017 Pasal 107 jo. PP 17/2020 (digest §5.1), JA (§5.2), JF perpindahan (§5.3)

const SJ = 'promotion.syaratJabatan';
type Jpt = 'JPT_UTAMA' | 'JPT_MADYA' | 'JPT_PRATAMA';
type SyaratJpt = 'pendidikan' | 'pengalaman' | 'jabatanSebelumnya' | 'usia';
const HURUF_107: Record<Jpt, string> = { JPT_UTAMA: 'a', JPT_MADYA: 'b', JPT_PRATAMA: 'c' };
const ANGKA_107: Record<SyaratJpt, number> = { pendidikan: 1, pengalaman: 3, jabatanSebelumnya: 4, usia: 6 };
/** PP 11/2017 Pasal 107 ayat (1) huruf a/b/c, with the angka read (huruf b: only angka 1–3 read). */
const a107 = (t: Jpt, s: SyaratJpt) =>
  `Pasal 107 ayat (1) huruf ${HURUF_107[t]}` +
  (t === 'JPT_MADYA' && (s === 'jabatanSebelumnya' || s === 'usia') ? '' : ` angka ${ANGKA_107[s]}`);
const C107 = (t: Jpt, s: SyaratJpt) => [{ regulation: 'PP_11_2017', article: a107(t, s) }];
const T107 = (t: Jpt, s: SyaratJpt) => `(PP 11/2017 ${a107(t, s)})`;
// Jabatan administrasi and perpindahan into a JF: the articles are not located.
const CJA = [{ regulation: 'PP_11_2017', unlocated: expect.stringMatching(/^Administrator \(S1\/D-IV, 3 years as pengawas/) }];
const CJF = [{ regulation: 'PERMENPANRB_1_2023', unlocated: expect.stringMatching(/^Perpindahan into a JF/) }];
const TJA = '(PP 11/2017 (pasal belum ditemukan))';
const TJF = '(PermenPANRB 1/2023 (pasal belum ditemukan))';
const TJA_EN = '(PP 11/2017 (article not located))';
const TJF_EN = '(PermenPANRB 1/2023 (article not located))';
const sjReason = reasonsOf(SJ);
const fails = (d: D) => d.reasons.filter((r) => r.outcome === 'FAIL').map((r) => r.code.slice(SJ.length + 1));
const baik2 = [
  { tahun: 2023, predikat: 'BAIK' as const },
  { tahun: 2024, predikat: 'BAIK' as const },
];

describe('syaratJabatan: JPT (PP 11/2017 Pasal 107 jo. PP 17/2020)', () => {
  it('the JPT table against the digest: experience 10/7/5, prior jabatan, age 58/58/56; prior jabatan 2 years', () => {
    expect(SYARAT_JPT).toEqual({
      JPT_UTAMA: { pengalamanTahun: 10, jabatanSebelumnya: ['JPT_MADYA', 'JF_AHLI_UTAMA'], usiaMaksimal: 58 },
      JPT_MADYA: { pengalamanTahun: 7, jabatanSebelumnya: ['JPT_PRATAMA', 'JF_AHLI_UTAMA'], usiaMaksimal: 58 },
      JPT_PRATAMA: { pengalamanTahun: 5, jabatanSebelumnya: ['ADMINISTRATOR', 'JF_AHLI_MADYA'], usiaMaksimal: 56 },
    });
    expect(TAHUN_JABATAN_SEBELUMNYA_JPT).toBe(2);
  });

  it('the basis: PP 11/2017 Pasal 107 in the text PP 17/2020 gave it (its item not located); the JPT rows cite huruf a/b/c', () => {
    expect(syaratJabatanRule.citations.slice(0, 2)).toEqual([
      { regulation: 'PP_11_2017', article: 'Pasal 107' },
      { regulation: 'PP_17_2020', unlocated: expect.stringMatching(/^PP 17\/2020 gives PP 11\/2017 Pasal 107 its current text/) },
    ]);
    const jpt = syaratJabatanRule.tables![0]!;
    expect(jpt.rows.map((r) => r[0])).toEqual(['JPT_UTAMA', 'JPT_MADYA', 'JPT_PRATAMA']);
    expect(jpt.dasar).toEqual(['a', 'b', 'c'].map((h) => [{ regulation: 'PP_11_2017', article: `Pasal 107 ayat (1) huruf ${h}` }]));
  });

  it('JPT pratama, every condition just met: the whole decision and both texts (digest §9 vector 20)', () => {
    const d = syaratJabatan(
      {
        jabatanTujuan: 'JPT_PRATAMA',
        tanggalLahir: '1975-01-10',
        ijazah: 'S1',
        tahunPengalaman: 5,
        riwayatJabatan: [{ jabatan: 'ADMINISTRATOR', tahun: 2 }],
      },
      { asOf: '2025-06-01' },
    );
    expect(d.value).toEqual({ memenuhiSyarat: true, usia: 50, dikecualikanPresiden: false });
    expect(d.reasons).toEqual([
      sjReason('pendidikan', 'PASS', C107('JPT_PRATAMA', 'pendidikan'), { ijazah: 'S1', minimum: 'S1' }),
      sjReason('pengalaman', 'PASS', C107('JPT_PRATAMA', 'pengalaman'), { tahun: 5, minimum: 5 }),
      sjReason('jabatanSebelumnya', 'PASS', C107('JPT_PRATAMA', 'jabatanSebelumnya'), {
        jabatan: 'ADMINISTRATOR / JF_AHLI_MADYA',
        tahun: 2,
        minimum: 2,
      }),
      sjReason('usia', 'PASS', C107('JPT_PRATAMA', 'usia'), { usia: 50, maksimal: 56, tanggal: '2025-06-01' }),
    ]);
    expectLines(citedLines(d, 'id'), [
      `Terpenuhi: Ijazah Sarjana (S1) (minimal Sarjana (S1)) ${T107('JPT_PRATAMA', 'pendidikan')}`,
      `Terpenuhi: Pengalaman di bidang terkait 5 tahun (minimal 5 tahun) ${T107('JPT_PRATAMA', 'pengalaman')}`,
      `Terpenuhi: Sedang/pernah menduduki administrator / JF Ahli Madya selama 2 tahun (minimal 2 tahun) ${T107('JPT_PRATAMA', 'jabatanSebelumnya')}`,
      `Terpenuhi: Usia 50 tahun pada 1 Juni 2025 (paling tinggi 56 tahun) ${T107('JPT_PRATAMA', 'usia')}`,
    ]);
    expectLines(citedLines(d, 'en'), [
      `Met: Education Bachelor (S1) (minimum Bachelor (S1)) ${T107('JPT_PRATAMA', 'pendidikan')}`,
      `Met: Experience in the related field 5 years (minimum 5 years) ${T107('JPT_PRATAMA', 'pengalaman')}`,
      `Met: Holds or held administrator / functional post, middle expert for 2 years (minimum 2 years) ${T107('JPT_PRATAMA', 'jabatanSebelumnya')}`,
      `Met: Age 50 on 1 June 2025 (at most 56) ${T107('JPT_PRATAMA', 'usia')}`,
    ]);
  });

  it('every condition failing, then waived with the President’s approval (Pasal 107 ayat (2))', () => {
    const x: SyaratJabatanInput = {
      jabatanTujuan: 'JPT_UTAMA',
      tanggalLahir: '1966-05-31',
      ijazah: 'D_III',
      tahunPengalaman: 9.99,
      riwayatJabatan: [
        { jabatan: 'JPT_PRATAMA', tahun: 8 },
        { jabatan: 'JPT_MADYA', tahun: 1.99 },
      ],
    };
    const d = syaratJabatan(x, { asOf: '2025-05-31' });
    expect(d.value).toEqual({ memenuhiSyarat: false, usia: 59, dikecualikanPresiden: false });
    expect(d.reasons).toEqual([
      sjReason('pendidikan', 'FAIL', C107('JPT_UTAMA', 'pendidikan'), { ijazah: 'D_III', minimum: 'S1' }),
      sjReason('pengalaman', 'FAIL', C107('JPT_UTAMA', 'pengalaman'), { tahun: 9.99, minimum: 10 }),
      sjReason('jabatanSebelumnya', 'FAIL', C107('JPT_UTAMA', 'jabatanSebelumnya'), {
        jabatan: 'JPT_MADYA / JF_AHLI_UTAMA',
        tahun: 1.99,
        minimum: 2,
      }),
      sjReason('usia', 'FAIL', C107('JPT_UTAMA', 'usia'), { usia: 59, maksimal: 58, tanggal: '2025-05-31' }),
    ]);
    expectLines(citedLines(d, 'id'), [
      `Tidak terpenuhi: Ijazah Diploma III (minimal Sarjana (S1)) ${T107('JPT_UTAMA', 'pendidikan')}`,
      `Tidak terpenuhi: Pengalaman di bidang terkait 9,99 tahun (minimal 10 tahun) ${T107('JPT_UTAMA', 'pengalaman')}`,
      /^Tidak terpenuhi: Sedang\/pernah menduduki .+ selama 1,99 tahun \(minimal 2 tahun\) /,
      `Tidak terpenuhi: Usia 59 tahun pada 31 Mei 2025 (paling tinggi 58 tahun) ${T107('JPT_UTAMA', 'usia')}`,
    ]);
    const w = syaratJabatan({ ...x, persetujuanPresiden: true }, { asOf: '2025-05-31' });
    expect(w.value).toEqual({ memenuhiSyarat: true, usia: 59, dikecualikanPresiden: true });
    expect(w.reasons.slice(0, 4)).toEqual(d.reasons);
    expect(w.reasons[4]).toEqual(
      sjReason('persetujuanPresiden', 'PASS', [{ regulation: 'PP_11_2017', article: 'Pasal 107 ayat (2)' }], {}),
    );
    expect(w.reasons).toHaveLength(5);
    expect(reasonLines(w, 'id')[4]).toMatchInlineSnapshot(
      `"Terpenuhi: Persyaratan yang tidak terpenuhi dikecualikan dengan persetujuan Presiden [5]"`,
    );
    expect(reasonLines(w, 'en')[4]).toMatchInlineSnapshot(`"Met: Unmet requirements waived with the President's approval [5]"`);
  });

  it('no waiver reason when nothing fails, even with the approval', () => {
    const d = syaratJabatan(
      {
        jabatanTujuan: 'JPT_MADYA',
        tanggalLahir: '1970-01-01',
        ijazah: 'S2',
        tahunPengalaman: 7,
        riwayatJabatan: [{ jabatan: 'JF_AHLI_UTAMA', tahun: 2 }],
        persetujuanPresiden: true,
      },
      { asOf: '2025-06-01' },
    );
    expect(d.value).toEqual({ memenuhiSyarat: true, usia: 55, dikecualikanPresiden: false });
    expect(d.reasons.map((r) => r.code.slice(SJ.length + 1))).toEqual(['pendidikan', 'pengalaman', 'jabatanSebelumnya', 'usia']);
  });

  it('experience and prior-jabatan boundaries for each JPT level', () => {
    const lahir = '1980-01-01';
    const asOf = '2025-06-01';
    for (const t of ['JPT_UTAMA', 'JPT_MADYA', 'JPT_PRATAMA'] as const) {
      const s = SYARAT_JPT[t];
      const ok = { jabatanTujuan: t, tanggalLahir: lahir, ijazah: 'S1' as const, tahunPengalaman: s.pengalamanTahun };
      for (const jabatan of s.jabatanSebelumnya) {
        expect(syaratJabatan({ ...ok, riwayatJabatan: [{ jabatan, tahun: 2 }] }, { asOf }).value.memenuhiSyarat, `${t} ${jabatan}`).toBe(
          true,
        );
        expect(fails(syaratJabatan({ ...ok, riwayatJabatan: [{ jabatan, tahun: 1.99 }] }, { asOf })), `${t} ${jabatan}`).toEqual([
          'jabatanSebelumnya',
        ]);
      }
      const r = [{ jabatan: s.jabatanSebelumnya[0]!, tahun: 2 }];
      expect(fails(syaratJabatan({ ...ok, riwayatJabatan: r, tahunPengalaman: s.pengalamanTahun - 0.01 }, { asOf })), t).toEqual([
        'pengalaman',
      ]);
      expect(syaratJabatan({ ...ok, riwayatJabatan: r }, { asOf }).reasons[1]).toEqual(
        sjReason('pengalaman', 'PASS', C107(t, 'pengalaman'), { tahun: s.pengalamanTahun, minimum: s.pengalamanTahun }),
      );
    }
    // A jabatan outside the list never counts, however long; the longest listed one counts.
    const r = syaratJabatan(
      {
        jabatanTujuan: 'JPT_MADYA',
        tanggalLahir: lahir,
        ijazah: 'S1',
        tahunPengalaman: 7,
        riwayatJabatan: [
          { jabatan: 'ADMINISTRATOR', tahun: 12 },
          { jabatan: 'JPT_PRATAMA', tahun: 1 },
          { jabatan: 'JF_AHLI_UTAMA', tahun: 3 },
          { jabatan: 'JF_AHLI_MADYA', tahun: 9 },
        ],
      },
      { asOf },
    );
    expect(r.reasons[2]).toEqual(
      sjReason('jabatanSebelumnya', 'PASS', C107('JPT_MADYA', 'jabatanSebelumnya'), {
        jabatan: 'JPT_PRATAMA / JF_AHLI_UTAMA',
        tahun: 3,
        minimum: 2,
      }),
    );
    const none = syaratJabatan(
      {
        jabatanTujuan: 'JPT_PRATAMA',
        tanggalLahir: lahir,
        ijazah: 'S1',
        tahunPengalaman: 5,
        riwayatJabatan: [{ jabatan: 'PENGAWAS', tahun: 10 }],
      },
      { asOf },
    );
    expect(none.reasons[2]).toEqual(
      sjReason('jabatanSebelumnya', 'FAIL', C107('JPT_PRATAMA', 'jabatanSebelumnya'), {
        jabatan: 'ADMINISTRATOR / JF_AHLI_MADYA',
        tahun: 0,
        minimum: 2,
      }),
    );
  });

  it('age: at most 58/58/56 on the appointment date, the day before and on the next birthday', () => {
    for (const [t, max] of [
      ['JPT_UTAMA', 58],
      ['JPT_MADYA', 58],
      ['JPT_PRATAMA', 56],
    ] as const) {
      const x = {
        jabatanTujuan: t,
        tanggalLahir: `${2025 - max - 1}-06-01`,
        ijazah: 'S1' as const,
        tahunPengalaman: 10,
        riwayatJabatan: [
          { jabatan: 'JF_AHLI_UTAMA' as const, tahun: 2 },
          { jabatan: 'ADMINISTRATOR' as const, tahun: 2 },
        ],
      };
      const before = syaratJabatan(x, { asOf: '2025-05-31' });
      expect(before.value, t).toEqual({ memenuhiSyarat: true, usia: max, dikecualikanPresiden: false });
      const on = syaratJabatan(x, { asOf: '2025-06-01' });
      expect(on.value, t).toEqual({ memenuhiSyarat: false, usia: max + 1, dikecualikanPresiden: false });
      expect(on.reasons[3], t).toEqual(sjReason('usia', 'FAIL', C107(t, 'usia'), { usia: max + 1, maksimal: max, tanggal: '2025-06-01' }));
    }
  });

  it('education: S1/D-IV or higher, ijazah by ijazah', () => {
    const sarjana = new Set(['S1', 'D_IV', 'DOKTER', 'DOKTER_GIGI', 'APOTEKER', 'S2', 'S3']);
    for (const ijazah of IJAZAH) {
      const d = syaratJabatan(
        {
          jabatanTujuan: 'JPT_PRATAMA',
          tanggalLahir: '1980-01-01',
          ijazah,
          tahunPengalaman: 5,
          riwayatJabatan: [{ jabatan: 'ADMINISTRATOR', tahun: 2 }],
        },
        { asOf: '2025-06-01' },
      );
      expect(d.reasons[0], ijazah).toEqual(
        sjReason('pendidikan', sarjana.has(ijazah) ? 'PASS' : 'FAIL', C107('JPT_PRATAMA', 'pendidikan'), { ijazah, minimum: 'S1' }),
      );
    }
  });
});

describe('syaratJabatan: administrator and pengawas (PP 11/2017; digest §5.2)', () => {
  const admin: SyaratJabatanInput = {
    jabatanTujuan: 'ADMINISTRATOR',
    tanggalLahir: '1980-01-10',
    ijazah: 'S1',
    riwayatJabatan: [{ jabatan: 'PENGAWAS', tahun: 3 }],
    riwayatPenilaian: baik2,
  };

  it('administrator, every condition just met: the whole decision and both texts', () => {
    const d = syaratJabatan(admin, { asOf: '2025-06-01' });
    expect(d.value).toEqual({ memenuhiSyarat: true, usia: 45, dikecualikanPresiden: false });
    expect(d.reasons).toEqual([
      sjReason('pendidikan', 'PASS', CJA, { ijazah: 'S1', minimum: 'S1' }),
      sjReason('jabatanSebelumnya', 'PASS', CJA, { jabatan: 'PENGAWAS / JF_AHLI_MUDA', tahun: 3, minimum: 3 }),
      sjReason('penilaian', 'PASS', CJA, { tahun: 2023, predikat: 'BAIK', minimum: 'BAIK' }),
      sjReason('penilaian', 'PASS', CJA, { tahun: 2024, predikat: 'BAIK', minimum: 'BAIK' }),
    ]);
    expectLines(citedLines(d, 'id'), [
      `Terpenuhi: Ijazah Sarjana (S1) (minimal Sarjana (S1)) ${TJA}`,
      `Terpenuhi: Sedang/pernah menduduki pengawas / JF Ahli Muda selama 3 tahun (minimal 3 tahun) ${TJA}`,
      `Terpenuhi: Penilaian kinerja tahun 2023: Baik (minimal Baik) ${TJA}`,
      `Terpenuhi: Penilaian kinerja tahun 2024: Baik (minimal Baik) ${TJA}`,
    ]);
    expectLines(citedLines(d, 'en'), [
      `Met: Education Bachelor (S1) (minimum Bachelor (S1)) ${TJA_EN}`,
      `Met: Holds or held supervisor (pengawas) / functional post, junior expert for 3 years (minimum 3 years) ${TJA_EN}`,
      `Met: Performance appraisal 2023: Good (Baik) (minimum Good (Baik)) ${TJA_EN}`,
      `Met: Performance appraisal 2024: Good (Baik) (minimum Good (Baik)) ${TJA_EN}`,
    ]);
  });

  it('administrator failing: below S1, pengawas 2.99 years, appraisals missing or below Baik', () => {
    const d = syaratJabatan(
      {
        ...admin,
        ijazah: 'D_III',
        riwayatJabatan: [{ jabatan: 'PENGAWAS', tahun: 2.99 }],
        riwayatPenilaian: [{ tahun: 2024, predikat: 'BUTUH_PERBAIKAN' }],
      },
      { asOf: '2025-06-01' },
    );
    expect(d.value).toEqual({ memenuhiSyarat: false, usia: 45, dikecualikanPresiden: false });
    expect(d.reasons).toEqual([
      sjReason('pendidikan', 'FAIL', CJA, { ijazah: 'D_III', minimum: 'S1' }),
      sjReason('jabatanSebelumnya', 'FAIL', CJA, { jabatan: 'PENGAWAS / JF_AHLI_MUDA', tahun: 2.99, minimum: 3 }),
      sjReason('penilaianTidakAda', 'FAIL', CJA, { tahun: 2023, minimum: 'BAIK' }),
      sjReason('penilaian', 'FAIL', CJA, { tahun: 2024, predikat: 'BUTUH_PERBAIKAN', minimum: 'BAIK' }),
    ]);
    expectLines(citedLines(d, 'id'), [
      `Tidak terpenuhi: Ijazah Diploma III (minimal Sarjana (S1)) ${TJA}`,
      /^Tidak terpenuhi: Sedang\/pernah menduduki .+ selama 2,99 tahun \(minimal 3 tahun\) /,
      `Tidak terpenuhi: Penilaian kinerja tahun 2023 tidak tersedia (minimal Baik) ${TJA}`,
      `Tidak terpenuhi: Penilaian kinerja tahun 2024: Butuh Perbaikan (minimal Baik) ${TJA}`,
    ]);
    expectLines(citedLines(d, 'en'), [
      `Not met: Education Diploma III (minimum Bachelor (S1)) ${TJA_EN}`,
      /^Not met: Holds or held .+ for 2.99 years \(minimum 3 years\) /,
      `Not met: No performance appraisal for 2023 (minimum Good (Baik)) ${TJA_EN}`,
      `Not met: Performance appraisal 2024: Needs Improvement (Butuh Perbaikan) (minimum Good (Baik)) ${TJA_EN}`,
    ]);
    // The presidential waiver is for JPT only.
    expect(syaratJabatan({ ...admin, ijazah: 'D_III', persetujuanPresiden: true }, { asOf: '2025-06-01' }).value).toEqual({
      memenuhiSyarat: false,
      usia: 45,
      dikecualikanPresiden: false,
    });
  });

  it('the appraisal years are the two calendar years before asOf', () => {
    const d = syaratJabatan(admin, { asOf: '2026-01-01' });
    expect(d.reasons.slice(2)).toEqual([
      sjReason('penilaian', 'PASS', CJA, { tahun: 2024, predikat: 'BAIK', minimum: 'BAIK' }),
      sjReason('penilaianTidakAda', 'FAIL', CJA, { tahun: 2025, minimum: 'BAIK' }),
    ]);
    expect(syaratJabatan(admin, { asOf: '2025-12-31' }).value.memenuhiSyarat).toBe(true);
    expect(
      syaratJabatan(admin, { asOf: '2025-06-01', minPredikat: 'SANGAT_BAIK' })
        .reasons.slice(2)
        .map((r) => r.outcome),
    ).toEqual(['FAIL', 'FAIL']);
    expect(
      syaratJabatan(
        { ...admin, riwayatPenilaian: [{ tahun: 2023, predikat: 'BUTUH_PERBAIKAN' }, baik2[1]!] },
        { asOf: '2025-06-01', minPredikat: 'BUTUH_PERBAIKAN' },
      ).value.memenuhiSyarat,
    ).toBe(true);
  });

  it('administrator experience: pengawas or the JF setting (preset Ahli Muda), 3 years', () => {
    const tahun = (riwayatJabatan: SyaratJabatanInput['riwayatJabatan'], o: Partial<Parameters<typeof syaratJabatan>[1]> = {}) =>
      syaratJabatan({ ...admin, riwayatJabatan }, { asOf: '2025-06-01', ...o }).reasons[1]!;
    expect(tahun([{ jabatan: 'JF_AHLI_MUDA', tahun: 3 }]).outcome).toBe('PASS');
    expect(tahun([{ jabatan: 'JF_AHLI_PERTAMA', tahun: 9 }])).toEqual(
      sjReason('jabatanSebelumnya', 'FAIL', CJA, { jabatan: 'PENGAWAS / JF_AHLI_MUDA', tahun: 0, minimum: 3 }),
    );
    expect(tahun([{ jabatan: 'JF_AHLI_PERTAMA', tahun: 3 }], { jfSetingkatPengawas: ['JF_AHLI_PERTAMA'] })).toEqual(
      sjReason('jabatanSebelumnya', 'PASS', CJA, { jabatan: 'PENGAWAS / JF_AHLI_PERTAMA', tahun: 3, minimum: 3 }),
    );
    expect(tahun([{ jabatan: 'JF_AHLI_MUDA', tahun: 5 }], { jfSetingkatPengawas: [] })).toEqual(
      sjReason('jabatanSebelumnya', 'FAIL', CJA, { jabatan: 'PENGAWAS', tahun: 0, minimum: 3 }),
    );
    expect(tahun([{ jabatan: 'PELAKSANA', tahun: 10 }]).outcome).toBe('FAIL');
  });

  it('administrator education setting (preset S1)', () => {
    const d = syaratJabatan({ ...admin, ijazah: 'D_III' }, { asOf: '2025-06-01', ijazahMinimalAdministrator: 'D_III' });
    expect(d.reasons[0]).toEqual(sjReason('pendidikan', 'PASS', CJA, { ijazah: 'D_III', minimum: 'D_III' }));
    expect(syaratJabatan({ ...admin, ijazah: 'S1' }, { asOf: '2025-06-01', ijazahMinimalAdministrator: 'S2' }).reasons[0]).toEqual(
      sjReason('pendidikan', 'FAIL', CJA, { ijazah: 'S1', minimum: 'S2' }),
    );
    expect(syaratJabatan({ ...admin, ijazah: 'D_IV' }, { asOf: '2025-06-01' }).reasons[0]!.outcome).toBe('PASS');
  });

  it('pengawas: pelaksana or the JF setting (preset keterampilan) 4 years, education preset D-III', () => {
    const pengawas: SyaratJabatanInput = {
      ...admin,
      jabatanTujuan: 'PENGAWAS',
      ijazah: 'D_III',
      riwayatJabatan: [{ jabatan: 'PELAKSANA', tahun: 4 }],
    };
    const d = syaratJabatan(pengawas, { asOf: '2025-06-01' });
    expect(d.value).toEqual({ memenuhiSyarat: true, usia: 45, dikecualikanPresiden: false });
    expect(d.reasons.slice(0, 2)).toEqual([
      sjReason('pendidikan', 'PASS', CJA, { ijazah: 'D_III', minimum: 'D_III' }),
      sjReason('jabatanSebelumnya', 'PASS', CJA, { jabatan: 'PELAKSANA / JF_KETERAMPILAN', tahun: 4, minimum: 4 }),
    ]);
    expect(d.reasons).toHaveLength(4);
    expect(fails(syaratJabatan({ ...pengawas, riwayatJabatan: [{ jabatan: 'PELAKSANA', tahun: 3.99 }] }, { asOf: '2025-06-01' }))).toEqual([
      'jabatanSebelumnya',
    ]);
    expect(
      syaratJabatan({ ...pengawas, riwayatJabatan: [{ jabatan: 'JF_KETERAMPILAN', tahun: 4 }] }, { asOf: '2025-06-01' }).value
        .memenuhiSyarat,
    ).toBe(true);
    expect(fails(syaratJabatan({ ...pengawas, riwayatJabatan: [{ jabatan: 'PENGAWAS', tahun: 9 }] }, { asOf: '2025-06-01' }))).toEqual([
      'jabatanSebelumnya',
    ]);
    expect(
      syaratJabatan(
        { ...pengawas, riwayatJabatan: [{ jabatan: 'JF_AHLI_PERTAMA', tahun: 4 }] },
        { asOf: '2025-06-01', jfSetingkatPelaksana: ['JF_AHLI_PERTAMA'] },
      ).reasons[1],
    ).toEqual(sjReason('jabatanSebelumnya', 'PASS', CJA, { jabatan: 'PELAKSANA / JF_AHLI_PERTAMA', tahun: 4, minimum: 4 }));
    // D-III level (starting golongan II/c) passes; D-II and SGPLB (II/b) do not.
    const pendidikan = (ijazah: (typeof IJAZAH)[number]) =>
      syaratJabatan({ ...pengawas, ijazah }, { asOf: '2025-06-01' }).reasons[0]!.outcome;
    expect(['D_II', 'SGPLB', 'SLTA', 'D_III', 'SARJANA_MUDA', 'AKADEMI', 'BAKALOREAT', 'S1'].map((i) => pendidikan(i as never))).toEqual([
      'FAIL',
      'FAIL',
      'FAIL',
      'PASS',
      'PASS',
      'PASS',
      'PASS',
      'PASS',
    ]);
    expect(syaratJabatan({ ...pengawas, ijazah: 'D_III' }, { asOf: '2025-06-01', ijazahMinimalPengawas: 'S1' }).reasons[0]).toEqual(
      sjReason('pendidikan', 'FAIL', CJA, { ijazah: 'D_III', minimum: 'S1' }),
    );
  });
});

describe('syaratJabatan: moving into a JF (SIASN FAQ; digest §5.3)', () => {
  const jf: SyaratJabatanInput = {
    jabatanTujuan: 'JF_AHLI_MUDA',
    tanggalLahir: '1971-06-02',
    ijazah: 'S1',
    tahunPengalaman: 2,
    lulusUjiKompetensi: true,
    riwayatPenilaian: baik2,
  };

  it('the age table against the digest: 53, 53, 53, 55, 60', () => {
    expect(USIA_MAKSIMAL_PERPINDAHAN_JF).toEqual({
      JF_KETERAMPILAN: 53,
      JF_AHLI_PERTAMA: 53,
      JF_AHLI_MUDA: 53,
      JF_AHLI_MADYA: 55,
      JF_AHLI_UTAMA: 60,
    });
  });

  it('Ahli Muda at 53, every condition just met: the whole decision and both texts', () => {
    const d = syaratJabatan(jf, { asOf: '2025-06-01' });
    expect(d.value).toEqual({ memenuhiSyarat: true, usia: 53, dikecualikanPresiden: false });
    expect(d.reasons).toEqual([
      sjReason('pendidikan', 'PASS', CJF, { ijazah: 'S1', minimum: 'S1' }),
      sjReason('pengalaman', 'PASS', CJF, { tahun: 2, minimum: 2 }),
      sjReason('usia', 'PASS', CJF, { usia: 53, maksimal: 53, tanggal: '2025-06-01' }),
      sjReason('ujiKompetensi', 'PASS', CJF, {}),
      sjReason('penilaian', 'PASS', CJF, { tahun: 2023, predikat: 'BAIK', minimum: 'BAIK' }),
      sjReason('penilaian', 'PASS', CJF, { tahun: 2024, predikat: 'BAIK', minimum: 'BAIK' }),
    ]);
    expect(citedLines(d, 'id')).toMatchInlineSnapshot(`
      [
        "Terpenuhi: Ijazah Sarjana (S1) (minimal Sarjana (S1)) (PermenPANRB 1/2023 (pasal belum ditemukan))",
        "Terpenuhi: Pengalaman di bidang terkait 2 tahun (minimal 2 tahun) (PermenPANRB 1/2023 (pasal belum ditemukan))",
        "Terpenuhi: Usia 53 tahun pada 1 Juni 2025 (paling tinggi 53 tahun) (PermenPANRB 1/2023 (pasal belum ditemukan))",
        "Terpenuhi: Lulus uji kompetensi (PermenPANRB 1/2023 (pasal belum ditemukan))",
        "Terpenuhi: Penilaian kinerja tahun 2023: Baik (minimal Baik) (PermenPANRB 1/2023 (pasal belum ditemukan))",
        "Terpenuhi: Penilaian kinerja tahun 2024: Baik (minimal Baik) (PermenPANRB 1/2023 (pasal belum ditemukan))",
      ]
    `);
    expect(citedLines(d, 'en')).toMatchInlineSnapshot(`
      [
        "Met: Education Bachelor (S1) (minimum Bachelor (S1)) (PermenPANRB 1/2023 (article not located))",
        "Met: Experience in the related field 2 years (minimum 2 years) (PermenPANRB 1/2023 (article not located))",
        "Met: Age 53 on 1 June 2025 (at most 53) (PermenPANRB 1/2023 (article not located))",
        "Met: Passed the competency test (PermenPANRB 1/2023 (article not located))",
        "Met: Performance appraisal 2023: Good (Baik) (minimum Good (Baik)) (PermenPANRB 1/2023 (article not located))",
        "Met: Performance appraisal 2024: Good (Baik) (minimum Good (Baik)) (PermenPANRB 1/2023 (article not located))",
      ]
    `);
  });

  it('everything failing: D-III, 1.99 years, age 54 (digest §9 vector 21), no uji kompetensi, appraisals missing or below Baik', () => {
    const d = syaratJabatan(
      {
        ...jf,
        ijazah: 'D_III',
        tahunPengalaman: 1.99,
        tanggalLahir: '1971-06-01',
        lulusUjiKompetensi: false,
        riwayatPenilaian: [{ tahun: 2023, predikat: 'KURANG' }],
      },
      { asOf: '2025-06-01' },
    );
    expect(d.value).toEqual({ memenuhiSyarat: false, usia: 54, dikecualikanPresiden: false });
    expect(d.reasons).toEqual([
      sjReason('pendidikan', 'FAIL', CJF, { ijazah: 'D_III', minimum: 'S1' }),
      sjReason('pengalaman', 'FAIL', CJF, { tahun: 1.99, minimum: 2 }),
      sjReason('usia', 'FAIL', CJF, { usia: 54, maksimal: 53, tanggal: '2025-06-01' }),
      sjReason('ujiKompetensi', 'FAIL', CJF, {}),
      sjReason('penilaian', 'FAIL', CJF, { tahun: 2023, predikat: 'KURANG', minimum: 'BAIK' }),
      sjReason('penilaianTidakAda', 'FAIL', CJF, { tahun: 2024, minimum: 'BAIK' }),
    ]);
    expect(citedLines(d, 'id')).toMatchInlineSnapshot(`
      [
        "Tidak terpenuhi: Ijazah Diploma III (minimal Sarjana (S1)) (PermenPANRB 1/2023 (pasal belum ditemukan))",
        "Tidak terpenuhi: Pengalaman di bidang terkait 1,99 tahun (minimal 2 tahun) (PermenPANRB 1/2023 (pasal belum ditemukan))",
        "Tidak terpenuhi: Usia 54 tahun pada 1 Juni 2025 (paling tinggi 53 tahun) (PermenPANRB 1/2023 (pasal belum ditemukan))",
        "Tidak terpenuhi: Lulus uji kompetensi (PermenPANRB 1/2023 (pasal belum ditemukan))",
        "Tidak terpenuhi: Penilaian kinerja tahun 2023: Kurang (minimal Baik) (PermenPANRB 1/2023 (pasal belum ditemukan))",
        "Tidak terpenuhi: Penilaian kinerja tahun 2024 tidak tersedia (minimal Baik) (PermenPANRB 1/2023 (pasal belum ditemukan))",
      ]
    `);
    expect(citedLines(d, 'en')).toMatchInlineSnapshot(`
      [
        "Not met: Education Diploma III (minimum Bachelor (S1)) (PermenPANRB 1/2023 (article not located))",
        "Not met: Experience in the related field 1.99 years (minimum 2 years) (PermenPANRB 1/2023 (article not located))",
        "Not met: Age 54 on 1 June 2025 (at most 53) (PermenPANRB 1/2023 (article not located))",
        "Not met: Passed the competency test (PermenPANRB 1/2023 (article not located))",
        "Not met: Performance appraisal 2023: Poor (Kurang) (minimum Good (Baik)) (PermenPANRB 1/2023 (article not located))",
        "Not met: No performance appraisal for 2024 (minimum Good (Baik)) (PermenPANRB 1/2023 (article not located))",
      ]
    `);
    // The presidential waiver is for JPT only.
    expect(
      syaratJabatan({ ...jf, tanggalLahir: '1971-06-01', persetujuanPresiden: true }, { asOf: '2025-06-01' }).value.dikecualikanPresiden,
    ).toBe(false);
  });

  it('age limit of each JF, the day before and on the birthday past it', () => {
    for (const t of ['JF_KETERAMPILAN', 'JF_AHLI_PERTAMA', 'JF_AHLI_MUDA', 'JF_AHLI_MADYA', 'JF_AHLI_UTAMA'] as const) {
      const max = USIA_MAKSIMAL_PERPINDAHAN_JF[t];
      const x = { ...jf, jabatanTujuan: t, tanggalLahir: `${2025 - max - 1}-06-01` };
      expect(syaratJabatan(x, { asOf: '2025-05-31' }).value, t).toEqual({ memenuhiSyarat: true, usia: max, dikecualikanPresiden: false });
      const on = syaratJabatan(x, { asOf: '2025-06-01' });
      expect(on.value, t).toEqual({ memenuhiSyarat: false, usia: max + 1, dikecualikanPresiden: false });
      expect(on.reasons[2], t).toEqual(sjReason('usia', 'FAIL', CJF, { usia: max + 1, maksimal: max, tanggal: '2025-06-01' }));
    }
  });

  it('education: SLTA or higher for keterampilan, S1/D-IV or higher for keahlian', () => {
    const pendidikan = (t: 'JF_KETERAMPILAN' | 'JF_AHLI_PERTAMA', ijazah: (typeof IJAZAH)[number]) =>
      syaratJabatan({ ...jf, jabatanTujuan: t, ijazah }, { asOf: '2025-06-01' }).reasons[0]!;
    expect(pendidikan('JF_KETERAMPILAN', 'SLTA')).toEqual(sjReason('pendidikan', 'PASS', CJF, { ijazah: 'SLTA', minimum: 'SLTA' }));
    expect(pendidikan('JF_KETERAMPILAN', 'SLTP_KEJURUAN')).toEqual(
      sjReason('pendidikan', 'FAIL', CJF, { ijazah: 'SLTP_KEJURUAN', minimum: 'SLTA' }),
    );
    expect(pendidikan('JF_KETERAMPILAN', 'D_I').outcome).toBe('PASS');
    expect(pendidikan('JF_AHLI_PERTAMA', 'D_IV')).toEqual(sjReason('pendidikan', 'PASS', CJF, { ijazah: 'D_IV', minimum: 'S1' }));
    expect(pendidikan('JF_AHLI_PERTAMA', 'BAKALOREAT').outcome).toBe('FAIL');
    for (const t of ['JF_AHLI_MADYA', 'JF_AHLI_UTAMA'] as const)
      expect(syaratJabatan({ ...jf, jabatanTujuan: t, ijazah: 'SLTA' }, { asOf: '2025-06-01' }).reasons[0], t).toEqual(
        sjReason('pendidikan', 'FAIL', CJF, { ijazah: 'SLTA', minimum: 'S1' }),
      );
  });

  it('the appraisal years follow asOf; the setting minPredikat applies', () => {
    expect(syaratJabatan(jf, { asOf: '2026-01-01' }).reasons.slice(4)).toEqual([
      sjReason('penilaian', 'PASS', CJF, { tahun: 2024, predikat: 'BAIK', minimum: 'BAIK' }),
      sjReason('penilaianTidakAda', 'FAIL', CJF, { tahun: 2025, minimum: 'BAIK' }),
    ]);
    expect(syaratJabatan(jf, { asOf: '2025-06-01', minPredikat: 'SANGAT_BAIK' }).reasons[4]).toEqual(
      sjReason('penilaian', 'FAIL', CJF, { tahun: 2023, predikat: 'BAIK', minimum: 'SANGAT_BAIK' }),
    );
  });
});

describe('syaratJabatan: bad input', () => {
  const x: SyaratJabatanInput = {
    jabatanTujuan: 'JPT_PRATAMA',
    tanggalLahir: '1975-01-10',
    ijazah: 'S1',
    tahunPengalaman: 5,
    riwayatJabatan: [{ jabatan: 'ADMINISTRATOR', tahun: 2 }],
  };
  const asOf = '2025-06-01';

  it('a birth date after asOf, or an age under 18 or over 75 on asOf, is refused; 18 and 75 are decided', () => {
    expect(thrownIssueLines(() => syaratJabatan({ ...x, tanggalLahir: '2025-06-02' }, { asOf }))).toEqual([
      'tanggalLahir: 2025-06-02 is after asOf (2025-06-01): a record read on asOf holds no later date',
    ]);
    const young = { ...x, tahunPengalaman: 0, riwayatJabatan: [] };
    expect(thrownIssues(() => syaratJabatan({ ...young, tanggalLahir: asOf }, { asOf })).map((i) => i.text)).toEqual([
      {
        en: 'gives age 0 on asOf (2025-06-01); a PNS is 18 to 75 (appointed at 18 at the earliest, PP 11/2017 Pasal 23 ayat (1) huruf a; highest BUP 75)',
        id: 'berarti usia 0 tahun pada asOf (2025-06-01); PNS berusia 18 sampai 75 tahun (diangkat paling rendah usia 18 tahun, PP 11/2017 Pasal 23 ayat (1) huruf a; BUP paling tinggi 75)',
      },
    ]);
    expect(thrownIssueLines(() => syaratJabatan({ ...young, tanggalLahir: '2007-06-02' }, { asOf }))[0]).toMatch(
      /^tanggalLahir: gives age 17/,
    );
    expect(syaratJabatan({ ...young, tanggalLahir: '2007-06-01' }, { asOf }).value.usia).toBe(18);
    expect(syaratJabatan({ ...young, tanggalLahir: '1950-01-01' }, { asOf }).value.usia).toBe(75);
    expect(thrownIssueLines(() => syaratJabatan({ ...young, tanggalLahir: '1949-01-01' }, { asOf }))[0]).toMatch(
      /^tanggalLahir: gives age 76/,
    );
  });

  it('bounds of the numbers, with exact issues', () => {
    expect(thrownIssueLines(() => syaratJabatan({ ...x, tahunPengalaman: -0.01 }, { asOf }))).toEqual([
      'tahunPengalaman: -0.01 is out of range; must be from 0 to 60',
    ]);
    expect(thrownIssueLines(() => syaratJabatan({ ...x, tahunPengalaman: 60.01 }, { asOf }))).toEqual([
      'tahunPengalaman: 60.01 is out of range; must be from 0 to 60',
    ]);
    const old = { ...x, tanggalLahir: '1955-01-10' };
    expect(syaratJabatan({ ...old, tahunPengalaman: 52 }, { asOf }).reasons[1]!.facts).toEqual({ tahun: 52, minimum: 5 });
    expect(syaratJabatan({ ...x, tahunPengalaman: 0 }, { asOf }).reasons[1]!.facts).toEqual({ tahun: 0, minimum: 5 });
    expect(thrownIssueLines(() => syaratJabatan({ ...x, riwayatJabatan: [{ jabatan: 'ADMINISTRATOR', tahun: -1 }] }, { asOf }))).toEqual([
      'riwayatJabatan.0.tahun: -1 is out of range; must be from 0 to 60',
    ]);
    expect(thrownIssueLines(() => syaratJabatan({ ...x, riwayatJabatan: [{ jabatan: 'ADMINISTRATOR', tahun: 60.5 }] }, { asOf }))).toEqual([
      'riwayatJabatan.0.tahun: 60.5 is out of range; must be from 0 to 60',
    ]);
    expect(syaratJabatan({ ...old, riwayatJabatan: [{ jabatan: 'ADMINISTRATOR', tahun: 52 }] }, { asOf }).reasons[2]!.facts.tahun).toBe(52);
  });

  it('enumerations, dates and appraisal years, with exact issues', () => {
    expect(thrownIssueLines(() => syaratJabatan(x, {} as never))).toEqual([
      'options.asOf: is required; give a date YYYY-MM-DD, e.g. 2024-02-01',
    ]);
    expect(thrownIssueLines(() => syaratJabatan(x, { asOf: '2025-02-29' }))).toEqual([
      'options.asOf: "2025-02-29" is not a day of the calendar (February 2025 has 28 days); write a real date, e.g. 2025-02-28',
    ]);
    expect(thrownIssueLines(() => syaratJabatan({ ...x, jabatanTujuan: 'PELAKSANA' as never }, { asOf }))).toEqual([
      'jabatanTujuan: "PELAKSANA" is not one of the options; write one of "JPT_UTAMA", "JPT_MADYA", "JPT_PRATAMA", "ADMINISTRATOR", "PENGAWAS", "JF_KETERAMPILAN", "JF_AHLI_PERTAMA", "JF_AHLI_MUDA", "JF_AHLI_MADYA" or "JF_AHLI_UTAMA"',
    ]);
    expect(
      thrownIssueLines(() =>
        syaratJabatan(
          {
            ...x,
            riwayatPenilaian: [
              { tahun: 2024, predikat: 'BAIK' },
              { tahun: 2024, predikat: 'KURANG' },
            ],
          },
          { asOf },
        ),
      ),
    ).toEqual(['riwayatPenilaian.1.tahun: appraisal year 2024 appears twice']);
  });
});
