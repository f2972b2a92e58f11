import { describe, expect, it } from 'vitest';
import { checkBandTable } from '../../src/core/bands.js';
import { MeritInputError } from '../../src/core/errors.js';
import {
  hukumanKetidakhadiran,
  peningkatanHukumanKetidakhadiran,
  TABEL_KETIDAKHADIRAN,
} from '../../src/discipline/index.js';
import { explain } from '../../src/explain.js';

describe('hukumanKetidakhadiran (PP 94/2021 Pasal 9–11, 15)', () => {
  it('has a band table without gaps or overlaps from 0 days', () => {
    expect(checkBandTable(TABEL_KETIDAKHADIRAN, { min: 0 })).toEqual([]);
  });

  // Every threshold and its neighbours (digest §1.2, TV-01 … TV-11).
  it.each([
    [0, null],
    [2, null],
    [3, 'TEGURAN_LISAN'],
    [4, 'TEGURAN_TERTULIS'],
    [6, 'TEGURAN_TERTULIS'],
    [7, 'PERNYATAAN_TIDAK_PUAS_TERTULIS'],
    [10, 'PERNYATAAN_TIDAK_PUAS_TERTULIS'],
    [11, 'POTONGAN_TUKIN_6_BULAN'],
    [13, 'POTONGAN_TUKIN_6_BULAN'],
    [14, 'POTONGAN_TUKIN_9_BULAN'],
    [16, 'POTONGAN_TUKIN_9_BULAN'],
    [17, 'POTONGAN_TUKIN_12_BULAN'],
    [20, 'POTONGAN_TUKIN_12_BULAN'],
    [21, 'PENURUNAN_JABATAN'],
    [24, 'PENURUNAN_JABATAN'],
    [25, 'PEMBEBASAN_DARI_JABATAN'],
    [27, 'PEMBEBASAN_DARI_JABATAN'],
    [28, 'PDHTAPS'],
    [200, 'PDHTAPS'],
  ])('%i cumulative days → %s', (hariKumulatif, expected) => {
    expect(hukumanKetidakhadiran({ hariKumulatif }).value).toBe(expected);
  });

  it('10 consecutive working days → PDHTAPS, 9 do not', () => {
    expect(hukumanKetidakhadiran({ hariKumulatif: 10, hariBerturutTurut: 10 }).value).toBe('PDHTAPS');
    expect(hukumanKetidakhadiran({ hariKumulatif: 10, hariBerturutTurut: 9 }).value).toBe('PERNYATAAN_TIDAK_PUAS_TERTULIS');
    // contoh 23/2: "10 hari" 17–31 Oct 2022 is actually 11 working days; still PDHTAPS
    expect(hukumanKetidakhadiran({ hariKumulatif: 11, hariBerturutTurut: 11 }).value).toBe('PDHTAPS');
  });

  it('cites the Pasal that decided and explains in both languages', () => {
    const d = hukumanKetidakhadiran({ hariKumulatif: 21 });
    expect(d.reasons[0]!.citations).toContainEqual({ regulation: 'PP_94_2021', article: 'Pasal 11 ayat (2) huruf d angka 1' });
    expect(explain(d, 'id')[0]).toContain('penurunan jabatan');
    expect(explain(d, 'en')[0]).toContain('demotion');
    const c = hukumanKetidakhadiran({ hariKumulatif: 10, hariBerturutTurut: 10 });
    expect(c.reasons[1]!.citations.map((x) => x.article)).toContain('Pasal 11 ayat (2) huruf d angka 4');
    expect(explain(c, 'en')[1]).toMatch(/salary stopped from the next month/);
  });

  it.each([
    [{ hariKumulatif: -1 }, 'hariKumulatif'],
    [{ hariKumulatif: 2.5 }, 'hariKumulatif'],
    [{ hariKumulatif: 367 }, 'hariKumulatif'],
    [{ hariKumulatif: Number.NaN }, 'hariKumulatif'],
    [{ hariKumulatif: '3' }, 'hariKumulatif'],
    [{ hariKumulatif: 3, hariBerturutTurut: -2 }, 'hariBerturutTurut'],
    [{}, 'hariKumulatif'],
  ])('rejects %j naming %s', (input, field) => {
    try {
      hukumanKetidakhadiran(input as never);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(MeritInputError);
      expect((e as MeritInputError).issues[0]!.path).toEqual([field]);
    }
  });
});

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
