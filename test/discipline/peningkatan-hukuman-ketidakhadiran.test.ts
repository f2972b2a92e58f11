import { describe, expect, it } from 'vitest';
import { MeritInputError } from '../../src/core/errors.js';
import { peningkatanHukumanKetidakhadiran } from '../../src/discipline/index.js';
import { explain } from '../../src/explain.js';
import { thrownIssues } from '../input-issues.js';
import { reasonLines } from '../explain/lines.js';

describe('peningkatanHukumanKetidakhadiran (PerBKN 6/2022 contoh 2–5)', () => {
  it.each([
    ['TEGURAN_LISAN', 3, 2, 'TEGURAN_TERTULIS', 'contoh 2b'],
    ['TEGURAN_TERTULIS', 5, 4, 'PERNYATAAN_TIDAK_PUAS_TERTULIS', 'contoh 2c'],
    ['PERNYATAAN_TIDAK_PUAS_TERTULIS', 9, 3, 'POTONGAN_TUKIN_6_BULAN', 'contoh 4a'],
    ['POTONGAN_TUKIN_6_BULAN', 14, 2, 'POTONGAN_TUKIN_9_BULAN', 'contoh 4b (only the final result asserted)'],
    ['POTONGAN_TUKIN_9_BULAN', 16, 3, 'POTONGAN_TUKIN_12_BULAN', 'contoh 4c'],
    ['POTONGAN_TUKIN_12_BULAN', 20, 3, 'PENURUNAN_JABATAN', 'contoh 5a'],
    ['PENURUNAN_JABATAN', 23, 3, 'PEMBEBASAN_DARI_JABATAN', 'contoh 5b'],
    ['PEMBEBASAN_DARI_JABATAN', 27, 2, 'PDHTAPS', 'contoh 5c'],
  ] as const)('%s after %i days + %i → %s (%s)', (hukumanSebelumnya, hariSebelumnya, hariBaru, expected, _source) => {
    const d = peningkatanHukumanKetidakhadiran({ hukumanSebelumnya, hariSebelumnya, hariBaru });
    expect(d.value).toBe(expected);
    expect(d.reasons.at(-1)!.code).toBe('discipline.peningkatanHukumanKetidakhadiran.ditingkatkan');
  });

  it('gives no new hukuman while the total stays in the band already punished', () => {
    expect(peningkatanHukumanKetidakhadiran({ hukumanSebelumnya: 'TEGURAN_TERTULIS', hariSebelumnya: 4, hariBaru: 2 }).value).toBeNull();
    expect(peningkatanHukumanKetidakhadiran({ hukumanSebelumnya: null, hariSebelumnya: 1, hariBaru: 1 }).value).toBeNull();
  });

  it('imposes the table hukuman when none was given yet', () => {
    expect(peningkatanHukumanKetidakhadiran({ hariSebelumnya: 2, hariBaru: 1 }).value).toBe('TEGURAN_LISAN');
  });

  it('rejects a total above 366 days on hariBaru', () => {
    expect(() => peningkatanHukumanKetidakhadiran({ hariSebelumnya: 300, hariBaru: 100 })).toThrow(MeritInputError);
    try {
      peningkatanHukumanKetidakhadiran({ hariSebelumnya: 300, hariBaru: 100 });
    } catch (e) {
      expect((e as MeritInputError).issues[0]!.path).toEqual(['hariBaru']);
    }
  });
});

describe('peningkatanHukumanKetidakhadiran (Pasal 15 ayat (1))', () => {
  it('the days of the year add up to at most 366: 200 + 166 accepted, 200 + 167 refused at hariBaru', () => {
    expect(peningkatanHukumanKetidakhadiran({ hariSebelumnya: 200, hariBaru: 166 }).value).toBe('PDHTAPS');
    expect(thrownIssues(() => peningkatanHukumanKetidakhadiran({ hariSebelumnya: 200, hariBaru: 167 }))).toEqual([
      {
        path: ['hariBaru'],
        message: 'hariSebelumnya + hariBaru (367) must be at most 366: the days are counted within one calendar year',
        text: {
          en: 'hariSebelumnya + hariBaru (367) must be at most 366: the days are counted within one calendar year',
          id: 'hariSebelumnya + hariBaru (367) paling banyak 366: hari dihitung dalam satu tahun kalender',
        },
        code: 'contradiction',
      },
    ]);
  });

  it('below 3 days in total: no hukuman, and neither ditingkatkan nor tetap', () => {
    const d = peningkatanHukumanKetidakhadiran({ hariSebelumnya: 1, hariBaru: 1 });
    expect(d.value).toBeNull();
    expect(d.reasons.map((r) => [r.code, r.outcome])).toEqual([
      ['discipline.peningkatanHukumanKetidakhadiran.total', 'INFO'],
      ['discipline.peningkatanHukumanKetidakhadiran.dibawahBatas', 'APPLIES'],
      ['discipline.peningkatanHukumanKetidakhadiran.tidakBerturutTurut', 'PASS'],
    ]);
    expect(reasonLines(d, 'en')[0]).toMatchInlineSnapshot(`"Note: 1 earlier days + 1 new days = 2 working days this year [1]"`);
  });

  it('first hukuman of the year (none before): imposed as ditingkatkan', () => {
    const d = peningkatanHukumanKetidakhadiran({ hariSebelumnya: 0, hariBaru: 3 });
    expect(d.value).toBe('TEGURAN_LISAN');
    expect(d.reasons.at(-1)).toMatchObject({
      code: 'discipline.peningkatanHukumanKetidakhadiran.ditingkatkan',
      outcome: 'APPLIES',
      facts: { hukumanSebelumnya: null, hukuman: 'TEGURAN_LISAN' },
    });
  });
});

describe('peningkatanHukumanKetidakhadiran: its reasons under its own prefix', () => {
  it('the cumulative and consecutive reasons carry the escalation rule’s code, with the texts of hukumanKetidakhadiran', () => {
    const d = peningkatanHukumanKetidakhadiran({
      hukumanSebelumnya: 'TEGURAN_LISAN',
      hariSebelumnya: 3,
      hariBaru: 2,
      hariBerturutTurut: 2,
    });
    expect(d.reasons.map((r) => [r.rule, r.code])).toEqual(
      ['total', 'kumulatif', 'tidakBerturutTurut', 'ditingkatkan'].map((key) => [
        'discipline.peningkatanHukumanKetidakhadiran',
        `discipline.peningkatanHukumanKetidakhadiran.${key}`,
      ]),
    );
    expect(reasonLines(d, 'en')[1]).toMatchInlineSnapshot(
      `"Applies: 5 working days of unexcused absence this year, in the range 4 to 6 working days: light penalty, written reprimand [2]"`,
    );
  });
});
