import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateInWords, rangeInWords, type RangeUnit } from '../../src/core/index.js';
import { countInWords, RANGE_UNITS } from '../../src/core/words.js';
import { renderTemplate } from '../../src/core/explain.js';

const HARI: RangeUnit = RANGE_UNITS.hariKerja;

describe('rangeInWords: an interval as an officer reads it', () => {
  it.each([
    // whole working days: an open bound is the next whole day inside (PP 94/2021 Pasal 9–11 bands)
    ['[11, 14)', HARI, '11 sampai dengan 13 hari kerja', '11 to 13 working days'],
    ['[28, ∞)', HARI, '28 hari kerja atau lebih', '28 working days or more'],
    ['[28, +∞)', HARI, '28 hari kerja atau lebih', '28 working days or more'],
    ['[3, 4)', HARI, '3 hari kerja', '3 working days'],
    ['[0, 3)', HARI, '0 sampai dengan 2 hari kerja', '0 to 2 working days'],
    ['(10, 12]', HARI, '11 sampai dengan 12 hari kerja', '11 to 12 working days'],
    ['(−∞, 3)', HARI, '2 hari kerja atau kurang', '2 working days or less'],
    // scores and percentages: the bounds as written
    ['(75, 90]', undefined, 'lebih dari 75 sampai dengan 90', 'over 75 to 90'],
    ['[70, 90)', undefined, '70 sampai kurang dari 90', '70 to under 90'],
    ['[90, +∞)', RANGE_UNITS.persen, '90 % atau lebih', '90 % or more'],
    ['(90, ∞)', undefined, 'lebih dari 90', 'over 90'],
    ['(−∞, 50)', undefined, 'kurang dari 50', 'under 50'],
    ['(-∞, 50]', undefined, '50 atau kurang', '50 or less'],
    ['[88.31, 100]', undefined, '88,31 sampai dengan 100', '88.31 to 100'],
    ['(−∞, ∞)', undefined, 'berapa pun', 'any value'],
  ])('%s → "%s" / "%s"', (interval, unit, id, en) => {
    expect(rangeInWords(interval, 'id', unit)).toBe(id);
    expect(rangeInWords(interval, 'en', unit)).toBe(en);
  });

  it('leaves anything that is not an interval alone', () => {
    for (const text of ['PP 30/2019', '(PP 94/2021)', '[1]', '[a, b)', '(1, 2', '2023-04-01', '']) {
      expect(rangeInWords(text, 'id', HARI), text).toBeUndefined();
    }
  });

  it('a whole range in words holds exactly the counts the interval holds (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 30 }), fc.boolean(), fc.boolean(), (a, width, loIn, hiIn) => {
        const b = a + width;
        const interval = `${loIn ? '[' : '('}${a}, ${b}${hiIn ? ']' : ')'}`;
        const inside = Array.from({ length: width + 1 }, (_, i) => a + i).filter((x) => (loIn || x > a) && (hiIn || x < b));
        fc.pre(inside.length > 0); // an empty band is no row of any scale (checkBandTable)
        const words = rangeInWords(interval, 'en', HARI)!;
        if (inside.length === 1) expect(words).toBe(`${inside[0]} working days`);
        else expect(words).toBe(`${inside[0]} to ${inside.at(-1)} working days`);
      }),
    );
  });
});

describe('dateInWords: dates as an SK writes them, ISO kept in the data', () => {
  it.each([
    ['2023-04-01', '1 April 2023', '1 April 2023'],
    ['2024-02-29', '29 Februari 2024', '29 February 2024'],
    ['2022-10-14', '14 Oktober 2022', '14 October 2022'],
    ['2025-12-31', '31 Desember 2025', '31 December 2025'],
    ['2013-05', 'Mei 2013', 'May 2013'],
    ['2024-08', 'Agustus 2024', 'August 2024'],
  ])('%s → %s / %s', (iso, id, en) => {
    expect(dateInWords(iso, 'id')).toBe(id);
    expect(dateInWords(iso, 'en')).toBe(en);
  });

  it('is not fooled by what only looks like a date', () => {
    for (const text of ['2023-13-01', '2023-00', '2023-04-32', '2023-04-1', '20230401', '1 April 2023', 'PP_30_2019']) {
      expect(dateInWords(text, 'id'), text).toBeUndefined();
    }
  });

  it('every calendar day reads back to its own day, month and year (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
          const words = dateInWords(iso, 'en')!;
          expect(words).toBe(`${d} ${new Date(Date.UTC(y, m - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })} ${y}`);
        },
      ),
    );
  });
});

describe('countInWords: a count with its unit, singular in English for exactly one', () => {
  it.each([
    [1, '1 tahun', '1 year'],
    [4, '4 tahun', '4 years'],
    [0, '0 tahun', '0 years'],
    ['2.99', '2,99 tahun', '2.99 years'],
    ['1.0', '1,0 tahun', '1.0 year'],
  ])('%j → %s / %s', (value, id, en) => {
    expect(countInWords(value, 'id', RANGE_UNITS.tahun)).toBe(id);
    expect(countInWords(value, 'en', RANGE_UNITS.tahun)).toBe(en);
  });

  it('a template shows a number with the unit its text declares, and anything else as it is', () => {
    const units = { tahun: RANGE_UNITS.tahun };
    expect(renderTemplate('{tahun} pada {periode}', { tahun: 1, periode: '2025-04-01' }, 'en', {}, units)).toBe('1 year pada 1 April 2025');
    expect(renderTemplate('minimal {tahun}', { tahun: null }, 'id', {}, units)).toBe('minimal —');
    expect(renderTemplate('{tahun}', { tahun: 3 }, 'id')).toBe('3');
  });
});
