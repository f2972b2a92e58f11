import { describe, expect, it } from 'vitest';
import { checkBandTable } from '../../src/core/bands.js';
import { MeritInputError } from '../../src/core/errors.js';
import {
  HARI_BERTURUT_TURUT_PDHTAPS,
  hukumanKetidakhadiran,
  TABEL_BERTURUT_TURUT,
  TABEL_KETIDAKHADIRAN,
} from '../../src/discipline/index.js';
import { explain } from '../../src/explain.js';
import { reasonLines } from '../explain/lines.js';

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
    expect(reasonLines(d, 'id')[0]).toContain('penurunan jabatan');
    expect(reasonLines(d, 'en')[0]).toContain('demotion');
    const c = hukumanKetidakhadiran({ hariKumulatif: 10, hariBerturutTurut: 10 });
    expect(c.reasons[1]!.citations.map((x) => x.article)).toContain('Pasal 11 ayat (2) huruf d angka 4');
    expect(reasonLines(c, 'en')[1]).toMatch(/salary stopped from the next month/);
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

const pp94 = (article: string) => ({ regulation: 'PP_94_2021', article });
const PERBKN_PASAL_10 = { regulation: 'PERBKN_6_2022', article: 'Pasal 10' };

/**
 * Cumulative days of unexcused absence (PP 94/2021 Pasal 9–11, 15 ayat (1)): each row at both of its ends. The
 * ringan rows cite Pasal 9 only: no source quotes their ayat/huruf (issue 16).
 */
const TABEL = [
  [0, 2, null, [pp94('Pasal 15 ayat (1)')]],
  [3, 3, 'TEGURAN_LISAN', [pp94('Pasal 9')]],
  [4, 6, 'TEGURAN_TERTULIS', [pp94('Pasal 9')]],
  [7, 10, 'PERNYATAAN_TIDAK_PUAS_TERTULIS', [pp94('Pasal 9')]],
  [11, 13, 'POTONGAN_TUKIN_6_BULAN', [pp94('Pasal 10 ayat (2) huruf f angka 1'), PERBKN_PASAL_10]],
  [14, 16, 'POTONGAN_TUKIN_9_BULAN', [pp94('Pasal 10 ayat (2) huruf f angka 2'), PERBKN_PASAL_10]],
  [17, 20, 'POTONGAN_TUKIN_12_BULAN', [pp94('Pasal 10 ayat (2) huruf f angka 3'), PERBKN_PASAL_10]],
  [21, 24, 'PENURUNAN_JABATAN', [pp94('Pasal 11 ayat (2) huruf d angka 1')]],
  [25, 27, 'PEMBEBASAN_DARI_JABATAN', [pp94('Pasal 11 ayat (2) huruf d angka 2')]],
  [28, 366, 'PDHTAPS', [pp94('Pasal 11 ayat (2) huruf d angka 3')]],
] as const;

describe('hukumanKetidakhadiran: every row of the cumulative table with its citations', () => {
  for (const [from, to, hukuman, citations] of TABEL) {
    it(`${from}–${to} days → ${hukuman ?? 'no hukuman'}, citing ${citations.map((c) => c.article).join(' + ')}`, () => {
      for (const hariKumulatif of [from, to]) {
        const d = hukumanKetidakhadiran({ hariKumulatif });
        expect(d.value, `${hariKumulatif}`).toBe(hukuman);
        expect(d.reasons[0]!.citations, `${hariKumulatif}`).toEqual(citations);
        expect(d.reasons[0]!.outcome).toBe('APPLIES'); // the row of the table that applies, a penalty or none
      }
    });
  }
});

describe('hukumanKetidakhadiran: the consecutive-days table (Pasal 11 ayat (2) huruf d angka 4)', () => {
  it('is one row below 10 days and PDHTAPS from 10, and sets HARI_BERTURUT_TURUT_PDHTAPS', () => {
    expect(checkBandTable(TABEL_BERTURUT_TURUT, { min: 0 })).toEqual([]);
    expect(TABEL_BERTURUT_TURUT.map((b) => b.value)).toEqual([null, 'PDHTAPS']);
    expect(HARI_BERTURUT_TURUT_PDHTAPS).toBe(10);
    expect(hukumanKetidakhadiran({ hariKumulatif: 9, hariBerturutTurut: 9 }).reasons[1]!.facts).toEqual({
      hariBerturutTurut: 9,
      batas: 10,
    });
  });

  it('each row of the cumulative table carries its Pasal as dasar', () => {
    expect(TABEL_KETIDAKHADIRAN.map((b) => b.dasar[0]!.article)).toEqual([
      'Pasal 15 ayat (1)',
      'Pasal 9',
      'Pasal 9',
      'Pasal 9',
      'Pasal 10 ayat (2) huruf f angka 1',
      'Pasal 10 ayat (2) huruf f angka 2',
      'Pasal 10 ayat (2) huruf f angka 3',
      'Pasal 11 ayat (2) huruf d angka 1',
      'Pasal 11 ayat (2) huruf d angka 2',
      'Pasal 11 ayat (2) huruf d angka 3',
    ]);
  });
});
