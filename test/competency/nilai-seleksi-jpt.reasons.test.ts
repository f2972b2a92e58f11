import { describe, expect, it } from 'vitest';
import { BOBOT_JPT_PRESET, KOMPONEN_SELEKSI_JPT, nilaiSeleksiJpt, RENTANG_BOBOT_JPT } from '../../src/competency/index.js';
import { explain } from '../../src/explain.js';
import { thrownIssueLines } from '../input-issues.js';

describe('nilaiSeleksiJpt: PermenPANRB 15/2019 weighted selection score', () => {
  const CITE = [
    {
      regulation: 'PERMENPANRB_15_2019',
      unlocated:
        'The weight ranges (makalah 15–20, assessment center 20–25, wawancara 30–35, rekam jejak 15–20 %) are quoted from PermenPANRB 15/2019 by a news summary (elangmuria-news.com) without their Pasal or Lampiran section; the regulation text was not read.',
    },
  ];
  const CT = '(PermenPANRB 15/2019 (pasal belum ditemukan))';
  const CT_EN = '(PermenPANRB 15/2019 (article not located))';
  const RID = 'competency.nilaiSeleksiJpt';
  const nilai = { makalah: 80, assessmentCenter: '85.5', wawancara: 90, rekamJejak: 75 };

  it('presets: weights 20/25/35/20 within the ranges 15–20/20–25/30–35/15–20', () => {
    expect(KOMPONEN_SELEKSI_JPT).toEqual(['makalah', 'assessmentCenter', 'wawancara', 'rekamJejak']);
    expect(BOBOT_JPT_PRESET).toEqual({ makalah: 20, assessmentCenter: 25, wawancara: 35, rekamJejak: 20 });
    expect(RENTANG_BOBOT_JPT).toEqual({
      makalah: { min: 15, max: 20 },
      assessmentCenter: { min: 20, max: 25 },
      wawancara: { min: 30, max: 35 },
      rekamJejak: { min: 15, max: 20 },
    });
  });

  it('one reason per component with its weighted part, then the exact total, with their texts', () => {
    const d = nilaiSeleksiJpt(nilai);
    expect(d.value).toBe('83.875');
    expect(d.reasons).toEqual([
      {
        rule: RID,
        code: `${RID}.komponen`,
        outcome: 'INFO',
        citations: CITE,
        facts: { komponen: 'makalah', nilai: '80', bobot: '20', hasil: '16' },
      },
      {
        rule: RID,
        code: `${RID}.komponen`,
        outcome: 'INFO',
        citations: CITE,
        facts: { komponen: 'assessmentCenter', nilai: '85.5', bobot: '25', hasil: '21.375' },
      },
      {
        rule: RID,
        code: `${RID}.komponen`,
        outcome: 'INFO',
        citations: CITE,
        facts: { komponen: 'wawancara', nilai: '90', bobot: '35', hasil: '31.5' },
      },
      {
        rule: RID,
        code: `${RID}.komponen`,
        outcome: 'INFO',
        citations: CITE,
        facts: { komponen: 'rekamJejak', nilai: '75', bobot: '20', hasil: '15' },
      },
      { rule: RID, code: `${RID}.total`, outcome: 'INFO', citations: CITE, facts: { nilai: '83.875' } },
    ]);
    expect(explain(d, 'id')).toMatchInlineSnapshot(`
      [
        "Catatan: Penulisan makalah: nilai 80 × bobot 20 % = 16 [1]",
        "Catatan: Assessment center: nilai 85,5 × bobot 25 % = 21,375 [1]",
        "Catatan: Wawancara: nilai 90 × bobot 35 % = 31,5 [1]",
        "Catatan: Rekam jejak: nilai 75 × bobot 20 % = 15 [1]",
        "Catatan: Nilai akhir seleksi 83,875 [1]",
        "Dasar hukum:",
        "[1] PermenPANRB 15/2019 (pasal belum ditemukan)",
      ]
    `);
    expect(explain(d, 'en')).toMatchInlineSnapshot(`
      [
        "Note: Paper: score 80 × weight 20 % = 16 [1]",
        "Note: Assessment centre: score 85.5 × weight 25 % = 21.375 [1]",
        "Note: Interview: score 90 × weight 35 % = 31.5 [1]",
        "Note: Track record: score 75 × weight 20 % = 15 [1]",
        "Note: Final selection score 83.875 [1]",
        "Legal basis:",
        "[1] PermenPANRB 15/2019 (article not located)",
      ]
    `);
  });

  it('each component is weighted by its own weight', () => {
    const wide = {
      makalah: { min: 0, max: 100 },
      assessmentCenter: { min: 0, max: 100 },
      wawancara: { min: 0, max: 100 },
      rekamJejak: { min: 0, max: 100 },
    };
    for (const k of KOMPONEN_SELEKSI_JPT) {
      const bobot = { makalah: 0, assessmentCenter: 0, wawancara: 0, rekamJejak: 0, [k]: 100 };
      const skor = { makalah: 10, assessmentCenter: 20, wawancara: 30, rekamJejak: 40 };
      expect(nilaiSeleksiJpt(skor, { bobot, rentangBobot: wide }).value).toBe(String(skor[k]));
    }
  });

  it('scores are 0–100', () => {
    expect(nilaiSeleksiJpt({ makalah: 0, assessmentCenter: 0, wawancara: 0, rekamJejak: 0 }).value).toBe('0');
    expect(nilaiSeleksiJpt({ makalah: 100, assessmentCenter: 100, wawancara: 100, rekamJejak: 100 }).value).toBe('100');
    expect(thrownIssueLines(() => nilaiSeleksiJpt({ ...nilai, makalah: '100.01' }))).toEqual([
      'makalah: "100.01" is out of range; must be from 0 to 100',
    ]);
    expect(thrownIssueLines(() => nilaiSeleksiJpt({ ...nilai, rekamJejak: -1 }))).toEqual([
      'rekamJejak: -1 is out of range; must be from 0 to 100',
    ]);
  });

  it('weights must lie within their ranges, each range bound inclusive, with the path and message', () => {
    const rentangBobot = {
      makalah: { min: 10, max: 25 },
      assessmentCenter: { min: 20, max: 25 },
      wawancara: { min: 25, max: 35 },
      rekamJejak: { min: 15, max: 25 },
    };
    // at both ends of a range
    expect(
      nilaiSeleksiJpt(nilai, {
        bobot: { makalah: 10, assessmentCenter: 25, wawancara: 35, rekamJejak: 30 },
        rentangBobot: { ...rentangBobot, rekamJejak: { min: 15, max: 30 } },
      }).value,
    ).toBe('83.375');
    expect(
      nilaiSeleksiJpt(nilai, { bobot: { makalah: 25, assessmentCenter: 25, wawancara: 35, rekamJejak: 15 }, rentangBobot }).value,
    ).toBe('84.125');
    expect(
      thrownIssueLines(() =>
        nilaiSeleksiJpt(nilai, {
          bobot: { makalah: '9.99', assessmentCenter: '25.01', wawancara: 35, rekamJejak: 30 },
          rentangBobot,
        }),
      ),
    ).toEqual([
      'options.bobot.makalah: must be within 10–25 %',
      'options.bobot.assessmentCenter: must be within 20–25 %',
      'options.bobot.rekamJejak: must be within 15–25 %',
    ]);
    expect(
      thrownIssueLines(() =>
        nilaiSeleksiJpt(nilai, { bobot: { makalah: 20, assessmentCenter: 25, wawancara: 24, rekamJejak: 31 }, rentangBobot }),
      ),
    ).toEqual(['options.bobot.wawancara: must be within 25–35 %', 'options.bobot.rekamJejak: must be within 15–25 %']);
  });

  it('weights must add up to 100 %', () => {
    expect(thrownIssueLines(() => nilaiSeleksiJpt(nilai, { bobot: { makalah: 15 } }))).toEqual([
      'options.bobot: weights must add up to 100 %, not 95',
    ]);
    const wide = {
      makalah: { min: 0, max: 100 },
      assessmentCenter: { min: 0, max: 100 },
      wawancara: { min: 0, max: 100 },
      rekamJejak: { min: 0, max: 100 },
    };
    expect(thrownIssueLines(() => nilaiSeleksiJpt(nilai, { bobot: { makalah: '20.5' }, rentangBobot: wide }))).toEqual([
      'options.bobot: weights must add up to 100 %, not 100.5',
    ]);
    // a weight that does not parse gives its own issue, not a sum
    expect(thrownIssueLines(() => nilaiSeleksiJpt(nilai, { bobot: { makalah: 'x' } }))).toEqual([
      'options.bobot.makalah: "x" is not a number that can be read; write digits with a decimal point and no thousands separator, e.g. 89.99',
    ]);
  });

  it('range bounds are 0–100', () => {
    expect(thrownIssueLines(() => nilaiSeleksiJpt(nilai, { rentangBobot: { makalah: { min: -1, max: 20 } } }))).toEqual([
      'options.rentangBobot.makalah.min: -1 is out of range; must be from 0 to 100',
    ]);
    expect(thrownIssueLines(() => nilaiSeleksiJpt(nilai, { rentangBobot: { wawancara: { min: 30, max: 101 } } }))).toEqual([
      'options.rentangBobot.wawancara.max: 101 is out of range; must be from 0 to 100',
    ]);
  });

  it('a range whose min exceeds its max is refused (not read as an empty range that refuses every weight)', () => {
    expect(thrownIssueLines(() => nilaiSeleksiJpt(nilai, { rentangBobot: { makalah: { min: 21, max: 20 } } }))).toEqual([
      'options.rentangBobot.makalah.max: min must not exceed max',
    ]);
    expect(thrownIssueLines(() => nilaiSeleksiJpt(nilai, { rentangBobot: { rekamJejak: { min: '20.01', max: 20 } } }))).toEqual([
      'options.rentangBobot.rekamJejak.max: min must not exceed max',
    ]);
    // min = max is a fixed weight, accepted
    expect(nilaiSeleksiJpt(nilai, { rentangBobot: { makalah: { min: 20, max: 20 }, rekamJejak: { min: 20, max: 20 } } }).value).toBe(
      nilaiSeleksiJpt(nilai).value,
    );
  });

  it('a range set for one component keeps the preset ranges of the others', () => {
    // makalah widened to 10–20, the others stay at 20–25 / 30–35 / 15–20
    expect(
      thrownIssueLines(() =>
        nilaiSeleksiJpt(nilai, {
          bobot: { makalah: 10, assessmentCenter: 25, wawancara: 35, rekamJejak: 30 },
          rentangBobot: { makalah: { min: 10, max: 20 } },
        }),
      ),
    ).toEqual(['options.bobot.rekamJejak: must be within 15–20 %']);
    expect(
      thrownIssueLines(() =>
        nilaiSeleksiJpt(nilai, {
          bobot: { makalah: 20, assessmentCenter: 19, wawancara: 35, rekamJejak: 26 },
          rentangBobot: { rekamJejak: { min: 15, max: 30 } },
        }),
      ),
    ).toEqual(['options.bobot.assessmentCenter: must be within 20–25 %']);
    expect(
      thrownIssueLines(() =>
        nilaiSeleksiJpt(nilai, {
          bobot: { makalah: 20, assessmentCenter: 25, wawancara: 36, rekamJejak: 19 },
          rentangBobot: { rekamJejak: { min: 15, max: 30 } },
        }),
      ),
    ).toEqual(['options.bobot.wawancara: must be within 30–35 %']);
  });
});
