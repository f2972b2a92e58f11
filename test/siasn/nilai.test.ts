import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../src/core/index.js';
import { MeritInputError } from '../../src/core/index.js';
import { formatTanggalSiasn, isKosong, parseTanggalSiasn, readSiasnPegawai } from '../../src/siasn/index.js';
import { pegawaiSiasn } from './fixtures.js';

const base = () => pegawaiSiasn({ nama: 'Uji', nip: '199001012015031001' });

describe('SIASN dates dd-mm-yyyy', () => {
  it('reads dd-mm-yyyy as YYYY-MM-DD, empty values and 01-01-0001 as null', () => {
    expect(parseTanggalSiasn('01-04-2022')).toBe('2022-04-01');
    expect(parseTanggalSiasn('29-02-2024')).toBe('2024-02-29');
    for (const empty of ['', '  ', 'null', '01-01-0001']) expect(parseTanggalSiasn(empty)).toBeNull();
  });

  it('refuses what is not a calendar date dd-mm-yyyy', () => {
    for (const bad of ['2022-04-01', '1-4-2022', '31-04-2022', '29-02-2023', '01/04/2022', '00-01-2020']) {
      expect(parseTanggalSiasn(bad), bad).toBeUndefined();
    }
  });

  it('round-trips: format then read gives the date back, read then format gives the text back', () => {
    const date = fc
      .tuple(fc.integer({ min: 1800, max: 2999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
      .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
      .filter(isIsoDate);
    fc.assert(
      fc.property(date, (iso) => {
        const text = formatTanggalSiasn(iso);
        expect(text).toMatch(/^\d{2}-\d{2}-\d{4}$/);
        expect(parseTanggalSiasn(text)).toBe(iso);
        expect(formatTanggalSiasn(parseTanggalSiasn(text)!)).toBe(text);
      }),
    );
  });

  it('names the field of an unreadable date in the record', () => {
    const rec = base();
    (rec.dataUtama as { data: Record<string, unknown> }).data['tglLahir'] = '1990-05-15';
    try {
      readSiasnPegawai(rec);
      expect.unreachable();
    } catch (e) {
      expect(MeritInputError.is(e)).toBe(true);
      const err = e as MeritInputError;
      expect(err.issues[0]!.path).toEqual(['dataUtama', 'tglLahir']);
      expect(err.describe('id')[0]).toContain('bukan tanggal SIASN dd-mm-yyyy');
      expect(err.describe('en')[0]).toContain('is not a SIASN date dd-mm-yyyy');
    }
  });
});

describe('reading a SIASN employee', () => {
  it('unwraps envelopes, reads null / [] / "Data tidak ditemukan" as empty, keeps unknown fields', () => {
    const p = readSiasnPegawai(base());
    expect(p.dataUtama.golRuangAkhirId).toBe('32');
    expect(p.dataUtama.tglLahir).toBe('1990-05-15');
    expect((p.dataUtama as Record<string, unknown>)['unorNama']).toBe('Bagian Umum');
    expect(p.riwayat.penghargaan).toEqual([]);
    expect(p.riwayat.hukdis).toEqual([]);
    expect(p.riwayat.skp).toEqual([]);
    expect(p.riwayat.cltn).toEqual([]);
    expect(p.riwayat.golongan).toHaveLength(2);
  });

  it('treats null, "", "null" as empty and nothing else', () => {
    for (const v of [null, undefined, '', ' ', 'null']) expect(isKosong(v)).toBe(true);
    for (const v of ['0', 0, 'x', false]) expect(isKosong(v)).toBe(false);
  });

  it('reads ids given as numbers or strings alike, keeping leading zeros of strings', () => {
    const rec = base();
    const du = (rec.dataUtama as { data: Record<string, unknown> }).data;
    du['golRuangAkhirId'] = 32;
    du['kedudukanPnsId'] = '01';
    const p = readSiasnPegawai(rec);
    expect(p.dataUtama.golRuangAkhirId).toBe('32');
    expect(p.dataUtama.kedudukanPnsId).toBe('01');
  });

  it('refuses a number where a whole number is read, and a riwayat that is not a list', () => {
    const rec = base();
    (rec.dataUtama as { data: Record<string, unknown> }).data['bupPensiun'] = 'lima puluh';
    expect(() => readSiasnPegawai(rec)).toThrow(/bupPensiun/);
    const rec2 = base();
    rec2.riwayat['hukdis'] = 'kosong';
    expect(() => readSiasnPegawai(rec2)).toThrow(MeritInputError);
    expect(() => readSiasnPegawai('x')).toThrow(MeritInputError);
  });

  it('does not touch the record it reads, and returns a frozen reading', () => {
    const rec = base();
    const before = JSON.stringify(rec);
    const p = readSiasnPegawai(rec);
    expect(JSON.stringify(rec)).toBe(before);
    expect(Object.isFrozen(p.dataUtama)).toBe(true);
    expect(readSiasnPegawai(p)).toBe(p);
  });
});
