import { describe, expect, it } from 'vitest';
import { explain } from '../../src/explain.js';
import {
  angkaKreditKonversi,
  angkaKreditKonversiRule,
  DESIMAL_TAMPILAN_AK,
  JENJANG_JF,
  PERSENTASE_PREDIKAT_AK,
  PROMOTION_REGULATIONS,
} from '../../src/promotion/index.js';
import { reasonsOf } from '../expected-reason.js';
import { thrownIssueLines } from '../input-issues.js';
import { PERSENTASE_DIGEST, JENJANG_DIGEST } from './digest-angka-kredit.js';
import { reasonLines } from '../explain/lines.js';

const KONVERSI = 'promotion.angkaKreditKonversi';
// PermenPANRB 1/2023 Pasal 37 ayat (1) and (4); Peraturan BKN 3/2023 Pasal 12 ayat (3) and Pasal 13 ayat (1).
const CITE_KONVERSI = [
  { regulation: 'PERMENPANRB_1_2023', article: 'Pasal 37 ayat (1) dan ayat (4)' },
  { regulation: 'PERBKN_3_2023', article: 'Pasal 12 ayat (3)' },
  { regulation: 'PERBKN_3_2023', article: 'Pasal 13 ayat (1)' },
];
const CK =
  '(PermenPANRB 1/2023 Pasal 37 ayat (1) dan ayat (4); Peraturan BKN 3/2023 Pasal 12 ayat (3); Peraturan BKN 3/2023 Pasal 13 ayat (1))';
const konversiReason = (facts: Record<string, unknown>) => reasonsOf(KONVERSI)('rumus', 'INFO', CITE_KONVERSI, facts);

describe('regulations cited by the angka kredit rules (digest §0, §4.1)', () => {
  it('PermenPANRB 1/2023 (Jabatan Fungsional, promulgated 12 January 2023) and Peraturan BKN 3/2023 (no confirmed date)', () => {
    const R = PROMOTION_REGULATIONS;
    expect(R.PERMENPANRB_1_2023).toMatchObject({
      id: 'PERMENPANRB_1_2023',
      jenis: 'PERMENPANRB',
      nomor: '1',
      tahun: 2023,
      judul: 'Jabatan Fungsional',
      diundangkan: '2023-01-12',
      mencabut: [],
    });
    expect(R.PERMENPANRB_1_2023.catatan).toMatch(/Pasal 37 ayat \(1\): 150\/100\/75\/50\/25 %/);
    expect(R.PERBKN_3_2023).toMatchObject({
      id: 'PERBKN_3_2023',
      jenis: 'PERBKN',
      nomor: '3',
      tahun: 2023,
      judul: 'Angka Kredit, Kenaikan Pangkat, dan Kenaikan Jenjang Jabatan Fungsional',
      mencabut: [],
    });
    // The exact day of Peraturan BKN 3/2023 is unconfirmed (digest §0): no date is claimed.
    expect([R.PERBKN_3_2023.ditetapkan, R.PERBKN_3_2023.diundangkan, R.PERBKN_3_2023.berlaku]).toEqual([undefined, undefined, undefined]);
    expect(R.PERBKN_3_2023.catatan).toMatch(/Lampiran I: worked examples; Lampiran II: AK dasar/);
    expect([R.PERMENPANRB_1_2023.url, R.PERBKN_3_2023.url]).toEqual([
      'https://jdih.maritim.go.id/permen-pan-rb-12023-jabatan-fungsional',
      'https://pasal.id/peraturan/perban/peraturan-bkn-no-3-tahun-2023',
    ]);
  });
});

describe('angkaKreditKonversi reasons (PermenPANRB 1/2023 Pasal 37; Peraturan BKN 3/2023 Pasal 12–13)', () => {
  it('BKN slide example: Ahli Pertama, Jan–Feb 2024, Baik = 2/12 × 100 % × 12.5 = 2.08 (digest §9 vector 2)', () => {
    const d = angkaKreditKonversi({ jenjang: 'AHLI_PERTAMA', predikat: 'BAIK', bulan: 2 });
    expect(d.value).toEqual({ angkaKredit: '2.083333333333333333333333333333333333333', angkaKreditDisplay: '2.08' });
    expect(d.reasons).toEqual([
      konversiReason({ bulan: 2, predikat: 'BAIK', persentase: 100, jenjang: 'AHLI_PERTAMA', koefisien: '12.5', angkaKredit: '2.08' }),
    ]);
    expect(explain(d, 'id')).toMatchInlineSnapshot(`
      [
        "Catatan: AK = 2/12 × 100% (Baik) × koefisien 12,5 (Ahli Pertama) = 2,08 [1, 2, 3]",
        "Dasar hukum:",
        "[1] PermenPANRB 1/2023 Pasal 37 ayat (1) dan ayat (4)",
        "[2] Peraturan BKN 3/2023 Pasal 12 ayat (3)",
        "[3] Peraturan BKN 3/2023 Pasal 13 ayat (1)",
      ]
    `);
    expect(explain(d, 'en')).toMatchInlineSnapshot(`
      [
        "Note: AK = 2/12 × 100% (Good (Baik)) × coefficient 12.5 (Ahli Pertama (first expert)) = 2.08 [1, 2, 3]",
        "Legal basis:",
        "[1] PermenPANRB 1/2023 Pasal 37 ayat (1) dan ayat (4)",
        "[2] Peraturan BKN 3/2023 Pasal 12 ayat (3)",
        "[3] Peraturan BKN 3/2023 Pasal 13 ayat (1)",
      ]
    `);
  });

  it('annual examples: 150 % × 12.5 = 18.75 (vector 1) and 100 % × 37.5 = 37.5 with bulan defaulting to 12 (vector 3)', () => {
    const satu = angkaKreditKonversi({ jenjang: 'AHLI_PERTAMA', predikat: 'SANGAT_BAIK', bulan: 12 });
    expect(satu.value).toEqual({ angkaKredit: '18.75', angkaKreditDisplay: '18.75' });
    const tiga = angkaKreditKonversi({ jenjang: 'AHLI_MADYA', predikat: 'BAIK' });
    expect(tiga.value).toEqual({ angkaKredit: '37.5', angkaKreditDisplay: '37.50' });
    expect(tiga.reasons).toEqual([
      konversiReason({ bulan: 12, predikat: 'BAIK', persentase: 100, jenjang: 'AHLI_MADYA', koefisien: '37.5', angkaKredit: '37.50' }),
    ]);
  });

  it('the predikat shares 150/100/75/50/25 %, each in its reason and its text (digest §4.1)', () => {
    expect(PERSENTASE_PREDIKAT_AK).toEqual(PERSENTASE_DIGEST);
    const rows = (['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const).map((predikat) =>
      angkaKreditKonversi({ jenjang: 'AHLI_MUDA', predikat }),
    );
    // Ahli Muda, koefisien 25: 37.5 / 25 / 18.75 / 12.5 / 6.25.
    expect(rows.map((d) => d.value)).toEqual([
      { angkaKredit: '37.5', angkaKreditDisplay: '37.50' },
      { angkaKredit: '25', angkaKreditDisplay: '25.00' },
      { angkaKredit: '18.75', angkaKreditDisplay: '18.75' },
      { angkaKredit: '12.5', angkaKreditDisplay: '12.50' },
      { angkaKredit: '6.25', angkaKreditDisplay: '6.25' },
    ]);
    expect(rows.map((d) => d.reasons[0]!.facts.persentase)).toEqual([150, 100, 75, 50, 25]);
    expect(rows.map((d) => reasonLines(d, 'id')[0])).toMatchInlineSnapshot(`
      [
        "Catatan: AK = 12/12 × 150% (Sangat Baik) × koefisien 25 (Ahli Muda) = 37,50 [1, 2, 3]",
        "Catatan: AK = 12/12 × 100% (Baik) × koefisien 25 (Ahli Muda) = 25,00 [1, 2, 3]",
        "Catatan: AK = 12/12 × 75% (Butuh Perbaikan) × koefisien 25 (Ahli Muda) = 18,75 [1, 2, 3]",
        "Catatan: AK = 12/12 × 50% (Kurang) × koefisien 25 (Ahli Muda) = 12,50 [1, 2, 3]",
        "Catatan: AK = 12/12 × 25% (Sangat Kurang) × koefisien 25 (Ahli Muda) = 6,25 [1, 2, 3]",
      ]
    `);
    expect(rows.map((d) => reasonLines(d, 'en')[0])).toMatchInlineSnapshot(`
      [
        "Note: AK = 12/12 × 150% (Very Good (Sangat Baik)) × coefficient 25 (Ahli Muda (junior expert)) = 37.50 [1, 2, 3]",
        "Note: AK = 12/12 × 100% (Good (Baik)) × coefficient 25 (Ahli Muda (junior expert)) = 25.00 [1, 2, 3]",
        "Note: AK = 12/12 × 75% (Needs Improvement (Butuh Perbaikan)) × coefficient 25 (Ahli Muda (junior expert)) = 18.75 [1, 2, 3]",
        "Note: AK = 12/12 × 50% (Poor (Kurang)) × coefficient 25 (Ahli Muda (junior expert)) = 12.50 [1, 2, 3]",
        "Note: AK = 12/12 × 25% (Very Poor (Sangat Kurang)) × coefficient 25 (Ahli Muda (junior expert)) = 6.25 [1, 2, 3]",
      ]
    `);
  });

  it('a year at Baik earns exactly the koefisien of each jenjang (digest §4.2), with the jenjang labels', () => {
    const rows = JENJANG_JF.map((jenjang) => angkaKreditKonversi({ jenjang, predikat: 'BAIK' }));
    expect(rows.map((d) => d.value.angkaKredit)).toEqual(JENJANG_JF.map((j) => JENJANG_DIGEST[j][2]));
    expect(rows.map((d) => d.reasons[0]!.facts.koefisien)).toEqual(JENJANG_JF.map((j) => JENJANG_DIGEST[j][2]));
    expect(rows.map((d) => d.reasons[0]!.facts.jenjang)).toEqual([...JENJANG_JF]);
    expect(rows.map((d) => reasonLines(d, 'id')[0])).toMatchInlineSnapshot(`
      [
        "Catatan: AK = 12/12 × 100% (Baik) × koefisien 3,75 (Pemula) = 3,75 [1, 2, 3]",
        "Catatan: AK = 12/12 × 100% (Baik) × koefisien 5 (Terampil) = 5,00 [1, 2, 3]",
        "Catatan: AK = 12/12 × 100% (Baik) × koefisien 12,5 (Mahir) = 12,50 [1, 2, 3]",
        "Catatan: AK = 12/12 × 100% (Baik) × koefisien 25 (Penyelia) = 25,00 [1, 2, 3]",
        "Catatan: AK = 12/12 × 100% (Baik) × koefisien 12,5 (Ahli Pertama) = 12,50 [1, 2, 3]",
        "Catatan: AK = 12/12 × 100% (Baik) × koefisien 25 (Ahli Muda) = 25,00 [1, 2, 3]",
        "Catatan: AK = 12/12 × 100% (Baik) × koefisien 37,5 (Ahli Madya) = 37,50 [1, 2, 3]",
        "Catatan: AK = 12/12 × 100% (Baik) × koefisien 50 (Ahli Utama) = 50,00 [1, 2, 3]",
      ]
    `);
    expect(rows.map((d) => reasonLines(d, 'en')[0]!.slice(0, -CK.length - 1))).toMatchInlineSnapshot(`
      [
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
      ]
    `);
  });

  it('koefisienKeterampilan: each keterampilan key sets its own jenjang only, keahlian stays on the table', () => {
    const o = { koefisienKeterampilan: { PEMULA: '4', TERAMPIL: '6', MAHIR: '13', PENYELIA: '26' } };
    expect(JENJANG_JF.map((jenjang) => angkaKreditKonversi({ jenjang, predikat: 'BAIK' }, o).value.angkaKredit)).toEqual([
      '4',
      '6',
      '13',
      '26',
      '12.5',
      '25',
      '37.5',
      '50',
    ]);
    // A partial setting keeps the other presets.
    const partial = { koefisienKeterampilan: { MAHIR: '10' } };
    expect(
      (['PEMULA', 'TERAMPIL', 'MAHIR', 'PENYELIA'] as const).map(
        (jenjang) => angkaKreditKonversi({ jenjang, predikat: 'BAIK' }, partial).value.angkaKredit,
      ),
    ).toEqual(['3.75', '5', '10', '25']);
  });

  it('koefisienKeterampilan bound: at least 1 (1 accepted, 0.99 refused), per key', () => {
    expect(angkaKreditKonversi({ jenjang: 'PEMULA', predikat: 'BAIK' }, { koefisienKeterampilan: { PEMULA: 1 } }).value.angkaKredit).toBe(
      '1',
    );
    expect(
      thrownIssueLines(() =>
        angkaKreditKonversi(
          { jenjang: 'PEMULA', predikat: 'BAIK' },
          { koefisienKeterampilan: { PEMULA: '0.99', TERAMPIL: 0, MAHIR: '1e2', PENYELIA: 'x' } as never },
        ),
      ),
    ).toEqual([
      'options.koefisienKeterampilan.PEMULA: "0.99" is out of range; must be at least 1',
      'options.koefisienKeterampilan.TERAMPIL: 0 is out of range; must be at least 1',
      'options.koefisienKeterampilan.MAHIR: "1e2" is not a number that can be read; write digits with a decimal point and no thousands separator, e.g. 89.99',
      'options.koefisienKeterampilan.PENYELIA: "x" is not a number that can be read; write digits with a decimal point and no thousands separator, e.g. 89.99',
    ]);
    expect(
      thrownIssueLines(() =>
        angkaKreditKonversi({ jenjang: 'MAHIR', predikat: 'BAIK' }, { koefisienKeterampilan: { MAHIR: '0.99', PENYELIA: 0 } }),
      ),
    ).toEqual([
      'options.koefisienKeterampilan.MAHIR: "0.99" is out of range; must be at least 1',
      'options.koefisienKeterampilan.PENYELIA: 0 is out of range; must be at least 1',
    ]);
  });

  it('bulan: 1 and 12 accepted; 0, 13 and 1.5 refused', () => {
    // 1/12 × 100 % × 50 = 4.1666… shown 4.17.
    const satu = angkaKreditKonversi({ jenjang: 'AHLI_UTAMA', predikat: 'BAIK', bulan: 1 });
    expect(satu.value).toEqual({ angkaKredit: '4.166666666666666666666666666666666666667', angkaKreditDisplay: '4.17' });
    expect(satu.reasons[0]!.facts).toMatchObject({ bulan: 1, angkaKredit: '4.17' });
    expect(angkaKreditKonversi({ jenjang: 'AHLI_UTAMA', predikat: 'BAIK', bulan: 12 }).value.angkaKredit).toBe('50');
    const bad = (bulan: number) => thrownIssueLines(() => angkaKreditKonversi({ jenjang: 'AHLI_UTAMA', predikat: 'BAIK', bulan }));
    expect(bad(0)).toEqual(['bulan: 0 is out of range; must be from 1 to 12']);
    expect(bad(13)).toEqual(['bulan: 13 is out of range; must be from 1 to 12']);
    expect(bad(1.5)).toEqual(['bulan: must be a whole number from 1 to 12, not the number 1.5']);
  });

  it('angkaKreditDisplay is rounded half up to 2 decimals; pembulatanPerPeriode also rounds the value', () => {
    expect(DESIMAL_TAMPILAN_AK).toBe(2);
    // 1/12 × 50 % × 3 = 0.125 exactly: shown 0.13 (half up).
    const input = { jenjang: 'PEMULA', predikat: 'KURANG', bulan: 1 } as const;
    const o = { koefisienKeterampilan: { PEMULA: 3 } };
    const d = angkaKreditKonversi(input, o);
    expect(d.value).toEqual({ angkaKredit: '0.125', angkaKreditDisplay: '0.13' });
    expect(d.reasons).toEqual([
      konversiReason({ bulan: 1, predikat: 'KURANG', persentase: 50, jenjang: 'PEMULA', koefisien: '3', angkaKredit: '0.13' }),
    ]);
    expect(angkaKreditKonversi(input, { ...o, pembulatanPerPeriode: false }).value).toEqual({
      angkaKredit: '0.125',
      angkaKreditDisplay: '0.13',
    });
    expect(angkaKreditKonversi(input, { ...o, pembulatanPerPeriode: true }).value).toEqual({
      angkaKredit: '0.13',
      angkaKreditDisplay: '0.13',
    });
    expect(angkaKreditKonversi({ jenjang: 'AHLI_PERTAMA', predikat: 'BAIK', bulan: 2 }, { pembulatanPerPeriode: true }).value).toEqual({
      angkaKredit: '2.08',
      angkaKreditDisplay: '2.08',
    });
  });

  it('bad input: exact issue lines', () => {
    expect(thrownIssueLines(() => angkaKreditKonversi({ jenjang: 'X' as never, predikat: 'CUKUP' as never }))).toEqual([
      'jenjang: "X" is not one of the options; write one of "PEMULA", "TERAMPIL", "MAHIR", "PENYELIA", "AHLI_PERTAMA", "AHLI_MUDA", "AHLI_MADYA" or "AHLI_UTAMA"',
      'predikat: "CUKUP" is not one of the options; write one of "SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN", "KURANG" or "SANGAT_KURANG"',
    ]);
    expect(
      thrownIssueLines(() => angkaKreditKonversi({ jenjang: 'PEMULA', predikat: 'BAIK' }, { pembulatanPerPeriode: 'yes' as never })),
    ).toEqual(['options.pembulatanPerPeriode: must be true or false, not text "yes"']);
  });

  it('no rounding located (PermenPANRB 1/2023 Pasal 37 ayat (4), Peraturan BKN 3/2023 Pasal 13 ayat (1)): the value stays exact, the fact and the display show 2 decimals', () => {
    // 1/12 × 100 % × 12.5 = 1.041666…: the quotient to 40 significant digits, not rounded to 2 or 3 decimals.
    const d = angkaKreditKonversi({ jenjang: 'AHLI_PERTAMA', predikat: 'BAIK', bulan: 1 });
    expect(d.value).toEqual({ angkaKredit: '1.041666666666666666666666666666666666667', angkaKreditDisplay: '1.04' });
    expect(d.reasons[0]!.facts.angkaKredit).toBe('1.04');
    // A terminating quotient is given as is (no trailing zeros, no padding).
    expect(angkaKreditKonversi({ jenjang: 'AHLI_PERTAMA', predikat: 'BAIK', bulan: 6 }).value.angkaKredit).toBe('6.25');
    // The rounding is only the setting's, and the rule says so in its notes.
    expect(
      angkaKreditKonversi({ jenjang: 'AHLI_PERTAMA', predikat: 'BAIK', bulan: 1 }, { pembulatanPerPeriode: true }).value.angkaKredit,
    ).toBe('1.04');
    expect(angkaKreditKonversiRule.notes?.map((n) => n.en).join(' ')).toMatch(
      /No rounding located: PermenPANRB 1\/2023 Pasal 37 ayat \(4\)/,
    );
  });

  it('table rows cite what sets them: the shares Pasal 37 ayat (1); the koefisien not located (Ahli Muda also a Peraturan BKN 3/2023 example)', () => {
    const [rumus, persen, koefisien] = angkaKreditKonversiRule.tables!;
    expect(rumus!.dasar).toEqual([CITE_KONVERSI, CITE_KONVERSI]);
    expect(persen!.dasar).toEqual(Array(5).fill([{ regulation: 'PERMENPANRB_1_2023', article: 'Pasal 37 ayat (1)' }]));
    const rows = Object.fromEntries(koefisien!.rows.map((row, i) => [row[0], koefisien!.dasar![i]!]));
    for (const j of ['PEMULA', 'TERAMPIL', 'MAHIR', 'PENYELIA', 'AHLI_PERTAMA', 'AHLI_MADYA', 'AHLI_UTAMA']) {
      expect(rows[j], j).toHaveLength(1);
      expect(rows[j]![0]).toMatchObject({ regulation: 'PERMENPANRB_1_2023', unlocated: expect.any(String) });
    }
    expect(rows['PEMULA']![0]!.unlocated).toMatch(/koefisienKeterampilan/);
    expect(rows['AHLI_MUDA']).toEqual([rows['AHLI_PERTAMA']![0], { regulation: 'PERBKN_3_2023', annex: 'Lampiran I angka 2 huruf b' }]);
  });
});
