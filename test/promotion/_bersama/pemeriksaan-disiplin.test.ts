import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  CITATION_PEMERIKSAAN_DISIPLIN,
  CITATION_UPAYA_ADMINISTRATIF,
  cekPemeriksaanDisiplin,
  pemeriksaanDisiplinMenghalangiSchema,
  pemeriksaanDisiplinSchema,
} from '../../../src/promotion/_bersama/pemeriksaan-disiplin.js';
import { PEMERIKSAAN, PROSES, UPAYA } from '../dasar-kp.js';

describe('cekPemeriksaanDisiplin (_bersama/pemeriksaan-disiplin; corrections 2026-12 M2)', () => {
  it('the setting is off by default; the input is optional and its two flags default to false', () => {
    expect(z.parse(pemeriksaanDisiplinMenghalangiSchema, undefined)).toBe(false);
    expect(z.parse(pemeriksaanDisiplinSchema, undefined)).toBeUndefined();
    expect(z.parse(pemeriksaanDisiplinSchema, {})).toEqual({ dalamPemeriksaan: false, upayaAdministratif: false });
    expect(CITATION_PEMERIKSAAN_DISIPLIN).toEqual(PEMERIKSAAN);
    expect(CITATION_UPAYA_ADMINISTRATIF).toEqual(UPAYA);
  });

  it('no input: no reason, on or off; off: one INFO; on: a FAIL per open proceeding, else one PASS', () => {
    const asOf = '2025-03-10';
    const x = (code: string, outcome: string, citations: unknown, facts: object) => ({
      rule: 'x',
      code: `x.${code}`,
      outcome,
      citations,
      facts,
    });
    expect(cekPemeriksaanDisiplin('x', undefined, true, asOf)).toEqual([]);
    expect(cekPemeriksaanDisiplin('x', undefined, false, asOf)).toEqual([]);
    expect(cekPemeriksaanDisiplin('x', { dalamPemeriksaan: true, upayaAdministratif: false }, false, asOf)).toEqual([
      x('pemeriksaanDisiplinTidakDiperiksa', 'INFO', PROSES, { asOf, dalamPemeriksaan: true, upayaAdministratif: false }),
    ]);
    expect(cekPemeriksaanDisiplin('x', { dalamPemeriksaan: true, upayaAdministratif: true }, true, asOf)).toEqual([
      x('pemeriksaanDisiplinBerjalan', 'FAIL', PEMERIKSAAN, { asOf }),
      x('upayaAdministratifBerjalan', 'FAIL', UPAYA, { asOf }),
    ]);
    expect(cekPemeriksaanDisiplin('x', { dalamPemeriksaan: false, upayaAdministratif: true }, true, asOf)).toEqual([
      x('upayaAdministratifBerjalan', 'FAIL', UPAYA, { asOf }),
    ]);
    expect(cekPemeriksaanDisiplin('x', { dalamPemeriksaan: false, upayaAdministratif: false }, true, asOf)).toEqual([
      x('pemeriksaanDisiplinTidakAda', 'PASS', PROSES, { asOf }),
    ]);
  });
});
