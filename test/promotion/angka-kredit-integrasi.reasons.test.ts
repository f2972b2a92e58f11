import { describe, expect, it } from 'vitest';
import { explain } from '../../src/explain.js';
import { angkaKreditIntegrasi, NILAI_DASAR_INTEGRASI } from '../../src/promotion/index.js';
import { thrownIssueLines } from '../input-issues.js';
import { NILAI_DASAR_DIGEST } from './digest-angka-kredit.js';

const INTEGRASI = 'promotion.angkaKreditIntegrasi';
// PermenPANRB 1/2023 Pasal 57 (conventional AKK → integrasi); the Peraturan BKN 3/2023 text of the formula not located.
const CITE = [
  { regulation: 'PERMENPANRB_1_2023', article: 'Pasal 57' },
  { regulation: 'PERBKN_3_2023', unlocated: expect.stringMatching(/^AK integrasi = AK konvensional − nilai dasar/) },
];
const C = '(PermenPANRB 1/2023 Pasal 57; Peraturan BKN 3/2023 (pasal belum ditemukan))';
const C_EN = '(PermenPANRB 1/2023 Pasal 57; Peraturan BKN 3/2023 (article not located))';

describe('angkaKreditIntegrasi reasons (PermenPANRB 1/2023 Pasal 57: AK integrasi = AK konvensional − nilai dasar)', () => {
  it('FORMULIR PAK INTEGRASI example: IV/b, 550.63 − 400 = 150.63 (digest §9 vector 6)', () => {
    const d = angkaKreditIntegrasi({ golongan: 'IV/b', akKonvensional: '550.63' });
    expect(d.value).toEqual({ akIntegrasi: '150.63', nilaiDasar: 400 });
    expect(d.reasons).toEqual([
      {
        rule: INTEGRASI,
        code: `${INTEGRASI}.rumus`,
        outcome: 'INFO',
        citations: CITE,
        facts: { akKonvensional: '550.63', golongan: 'IV/b', nilaiDasar: 400, akIntegrasi: '150.63' },
      },
    ]);
    expect(explain(d, 'id')).toMatchInlineSnapshot(`
      [
        "Catatan: AK integrasi = AK konvensional 550,63 − nilai dasar IV/b (Pembina Tingkat I) 400 = 150,63 [1, 2]",
        "Dasar hukum:",
        "[1] PermenPANRB 1/2023 Pasal 57",
        "[2] Peraturan BKN 3/2023 (pasal belum ditemukan)",
      ]
    `);
    expect(explain(d, 'en')).toMatchInlineSnapshot(`
      [
        "Note: Integrated AK = conventional AK 550.63 − base value of IV/b (Pembina Tingkat I) 400 = 150.63 [1, 2]",
        "Legal basis:",
        "[1] PermenPANRB 1/2023 Pasal 57",
        "[2] Peraturan BKN 3/2023 (article not located)",
      ]
    `);
  });

  it('nilai dasar cell by cell: III/a–III/b 100, III/c–III/d 200, IV/a–IV/c 400, IV/d–IV/e 850 (digest §4.5)', () => {
    expect(NILAI_DASAR_INTEGRASI).toEqual(NILAI_DASAR_DIGEST);
    for (const [golongan, nilaiDasar] of Object.entries(NILAI_DASAR_DIGEST)) {
      const d = angkaKreditIntegrasi({ golongan: golongan as keyof typeof NILAI_DASAR_DIGEST, akKonvensional: 1000 });
      expect(d.value, golongan).toEqual({ akIntegrasi: String(1000 - nilaiDasar), nilaiDasar });
      expect(d.reasons[0]!.facts, golongan).toEqual({
        akKonvensional: '1000.00',
        golongan,
        nilaiDasar,
        akIntegrasi: `${1000 - nilaiDasar}.00`,
      });
    }
  });

  it('a negative result is reported as is; full precision in the value, 2 decimals half up in the text', () => {
    const neg = angkaKreditIntegrasi({ golongan: 'III/c', akKonvensional: 150 });
    expect(neg.value).toEqual({ akIntegrasi: '-50', nilaiDasar: 200 });
    expect(neg.reasons[0]!.facts).toEqual({ akKonvensional: '150.00', golongan: 'III/c', nilaiDasar: 200, akIntegrasi: '-50.00' });
    expect(explain(neg, 'id')).toMatchInlineSnapshot(`
      [
        "Catatan: AK integrasi = AK konvensional 150,00 − nilai dasar III/c (Penata) 200 = -50,00 [1, 2]",
        "Dasar hukum:",
        "[1] PermenPANRB 1/2023 Pasal 57",
        "[2] Peraturan BKN 3/2023 (pasal belum ditemukan)",
      ]
    `);
    const presisi = angkaKreditIntegrasi({ golongan: 'IV/d', akKonvensional: '1000.125' });
    expect(presisi.value).toEqual({ akIntegrasi: '150.125', nilaiDasar: 850 });
    expect(presisi.reasons[0]!.facts).toEqual({ akKonvensional: '1000.13', golongan: 'IV/d', nilaiDasar: 850, akIntegrasi: '150.13' });
    expect(angkaKreditIntegrasi({ golongan: 'III/a', akKonvensional: 0 }).value).toEqual({ akIntegrasi: '-100', nilaiDasar: 100 });
  });

  it('refuses a golongan below III/a and a negative or exponent AK', () => {
    for (const golongan of ['I/a', 'I/b', 'I/c', 'I/d', 'II/a', 'II/b', 'II/c', 'II/d'] as const) {
      expect(
        thrownIssueLines(() => angkaKreditIntegrasi({ golongan, akKonvensional: 100 })),
        golongan,
      ).toEqual(['golongan: must be a keahlian golongan (III/a–IV/e)']);
    }
    expect(thrownIssueLines(() => angkaKreditIntegrasi({ golongan: 'III/a', akKonvensional: '-0.01' }))).toEqual([
      'akKonvensional: "-0.01" is out of range; must be at least 0',
    ]);
    expect(thrownIssueLines(() => angkaKreditIntegrasi({ golongan: 'III/a', akKonvensional: '1e2' }))).toEqual([
      'akKonvensional: "1e2" is not a number that can be read; write digits with a decimal point and no thousands separator, e.g. 89.99',
    ]);
  });
});
