import { describe, expect, it } from 'vitest';
import { IJAZAH, MeritInputError } from '../../src/core/index.js';
import { JENIS_HUKUMAN } from '../../src/discipline/index.js';
import { PREDIKAT, RATING } from '../../src/performance/index.js';
import { GOLONGAN_PNS } from '../../src/promotion/index.js';
import {
  cariReferensi,
  jenjangDariNamaJf,
  REFERENSI_GOLONGAN,
  REFERENSI_JENIS_HUKUMAN,
  REFERENSI_PREDIKAT_KINERJA,
  REFERENSI_RATING_KINERJA,
  REFERENSI_SIASN,
  REFERENSI_TINGKAT_PENDIDIKAN,
} from '../../src/siasn/index.js';

describe('SIASN reference mappings', () => {
  it('golongan: ids 11…45 map one to one onto the 17 golongan PNS, tens digit = golongan, units = ruang', () => {
    expect(REFERENSI_GOLONGAN.baris.map((b) => b.nilai)).toEqual([...GOLONGAN_PNS]);
    for (const b of REFERENSI_GOLONGAN.baris) {
      const [gol, ruang] = b.nilai!.split('/');
      expect(Number(b.id[0])).toBe(['I', 'II', 'III', 'IV'].indexOf(gol!) + 1);
      expect(Number(b.id[1])).toBe('abcde'.indexOf(ruang!) + 1);
    }
    expect(cariReferensi(REFERENSI_GOLONGAN, '32', []).nilai).toBe('III/b');
  });

  it('tingkat pendidikan: known levels map to an ijazah of ours; 42, 47, 49 to none (review)', () => {
    for (const b of REFERENSI_TINGKAT_PENDIDIKAN.baris) {
      if (b.nilai !== null) expect(IJAZAH).toContain(b.nilai);
    }
    expect(cariReferensi(REFERENSI_TINGKAT_PENDIDIKAN, '40', []).nilai).toBe('S1');
    expect(cariReferensi(REFERENSI_TINGKAT_PENDIDIKAN, '5', []).nilai).toBe('SD');
    expect(REFERENSI_TINGKAT_PENDIDIKAN.baris.filter((b) => b.nilai === null).map((b) => b.id)).toEqual(['42', '47', '49']);
  });

  it('jenis hukuman: every PP 94/2021 kind of ours has exactly one SIASN id', () => {
    for (const jenis of JENIS_HUKUMAN) {
      expect(
        REFERENSI_JENIS_HUKUMAN.baris.filter((b) => b.nilai === jenis),
        jenis,
      ).toHaveLength(1);
    }
    expect(cariReferensi(REFERENSI_JENIS_HUKUMAN, '7', []).nilai).toBeNull();
  });

  it('kinerja: codes 1–3 are the three ratings, 1–5 the five predikat, best first', () => {
    expect(REFERENSI_RATING_KINERJA.baris.map((b) => b.nilai)).toEqual([...RATING]);
    expect(REFERENSI_PREDIKAT_KINERJA.baris.map((b) => b.nilai)).toEqual([...PREDIKAT]);
  });

  it('refuses an unknown id, naming the id, the table and the field', () => {
    try {
      cariReferensi(REFERENSI_GOLONGAN, '35', ['dataUtama', 'golRuangAkhirId']);
      expect.unreachable();
    } catch (e) {
      const err = e as MeritInputError;
      expect(MeritInputError.is(err)).toBe(true);
      expect(err.issues[0]!.path).toEqual(['dataUtama', 'golRuangAkhirId']);
      expect(err.issues[0]!.code).toBe('not_an_option');
      expect(err.describe('en')[0]).toMatch(/unknown SIASN golongan id "35"/);
      expect(err.describe('id')[0]).toMatch(/id golongan SIASN "35" tidak dikenal/);
    }
    expect(() => cariReferensi(REFERENSI_JENIS_HUKUMAN, '26', [])).toThrow(/"26"/);
  });

  it('every table is frozen, ids are unique, grades are I, S or U', () => {
    for (const t of REFERENSI_SIASN) {
      expect(Object.isFrozen(t) && Object.isFrozen(t.baris) && t.baris.every(Object.isFrozen)).toBe(true);
      const ids = t.baris.map((b) => (/^\d+$/.test(b.id) ? String(Number(b.id)) : b.id));
      expect(new Set(ids).size, t.nama).toBe(ids.length);
      for (const b of t.baris) expect(['I', 'S', 'U']).toContain(b.grade);
    }
  });

  it('reads the jenjang at the end of a JF name, and nothing from other names', () => {
    expect(jenjangDariNamaJf('Analis Kepegawaian Ahli Muda')).toBe('AHLI_MUDA');
    expect(jenjangDariNamaJf('PRANATA KOMPUTER  TERAMPIL')).toBe('TERAMPIL');
    expect(jenjangDariNamaJf('Pengadministrasi Perkantoran')).toBeNull();
    expect(jenjangDariNamaJf('Ahli Muda Bidang X')).toBeNull();
  });
});
