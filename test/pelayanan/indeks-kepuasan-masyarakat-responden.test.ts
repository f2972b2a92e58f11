import { describe, expect, it } from 'vitest';
import { indeksKepuasanMasyarakatResponden, MAKS_RESPONDEN, UNSUR_SKM_2014, UNSUR_SKM_2017 } from '../../src/index.js';
import { refused } from './_bersama/refused.js';

/** pelayanan.indeksKepuasanMasyarakatResponden: the IKM from one row per respondent (the computation itself: indeks-kepuasan-masyarakat.test.ts). */

describe('indeksKepuasanMasyarakatResponden', () => {
  const row = (v: number) => Object.fromEntries(UNSUR_SKM_2017.map((u) => [u, v]));
  const asOf = { asOf: '2024-12-31' };

  it('the trace names the pedoman applied, by the survey date or the previous pedoman stated in a first year', () => {
    const row2014 = Object.fromEntries(UNSUR_SKM_2014.map((u) => [u, 3]));
    expect(indeksKepuasanMasyarakatResponden({ responden: [row(3)] }, asOf).trace!.version).toBe('PERMENPANRB_14_2017');
    expect(indeksKepuasanMasyarakatResponden({ responden: [row2014] }, { asOf: '2016-12-31' }).trace!.version).toBe('PERMENPANRB_16_2014');
    expect(
      indeksKepuasanMasyarakatResponden({ responden: [row2014] }, { asOf: '2017-06-30', pedoman: 'PERMENPANRB_16_2014' }).trace!.version,
    ).toBe('PERMENPANRB_16_2014');
  });

  it('refuses answers outside 1–4 or not whole, at the answer', () => {
    for (const bad of [0, 5, 2.5, '3']) {
      const e = refused(() => indeksKepuasanMasyarakatResponden({ responden: [row(3), { ...row(3), BIAYA_TARIF: bad }] } as never, asOf));
      expect(e.issues[0]!.path).toEqual(['responden', 1, 'BIAYA_TARIF']);
    }
  });

  it('refuses a missing answer by default; ABAIKAN computes over those who answered', () => {
    const { WAKTU_PENYELESAIAN: _, ...partial } = row(2);
    const rows = [row(4), partial];
    const e = refused(() => indeksKepuasanMasyarakatResponden({ responden: rows }, asOf));
    expect(e.issues[0]!.path).toEqual(['responden', 1, 'WAKTU_PENYELESAIAN']);
    const d = indeksKepuasanMasyarakatResponden({ responden: rows }, { ...asOf, jawabanKosong: 'ABAIKAN' });
    expect(d.value.unsur.find((u) => u.unsur === 'WAKTU_PENYELESAIAN')).toMatchObject({ jumlahJawaban: 1, nrr: '4.0000' });
    expect(d.value.jumlahResponden).toBe(2);
    expect(d.reasons[1]).toMatchObject({
      code: 'pelayanan.indeksKepuasanMasyarakatResponden.jawabanKosong',
      facts: { jumlahKosong: 1, jumlahResponden: 2 },
    });
    // An empty row, and an unsur nobody answered, are refused even so.
    refused(() => indeksKepuasanMasyarakatResponden({ responden: [row(3), {}] }, { ...asOf, jawabanKosong: 'ABAIKAN' }));
    refused(() => indeksKepuasanMasyarakatResponden({ responden: [partial] }, { ...asOf, jawabanKosong: 'ABAIKAN' }));
  });

  it('refuses an unsur of another pedoman and more rows than its bound', () => {
    const e = refused(() => indeksKepuasanMasyarakatResponden({ responden: [{ ...row(3), MAKLUMAT_PELAYANAN: 3 }] }, asOf));
    expect(e.issues[0]!.path).toEqual(['responden', 0, 'MAKLUMAT_PELAYANAN']);
    const tooMany = refused(() =>
      indeksKepuasanMasyarakatResponden({ responden: Array.from({ length: MAKS_RESPONDEN + 1 }, () => row(3)) }, asOf),
    );
    expect(tooMany.issues[0]!.code).toBe('too_many_items');
  });
});
