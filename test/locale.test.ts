import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { globalConfig } from 'zod/v4/core';
import { kenaikanPangkatReguler, MeritInputError, predikatKinerja } from '../src/index.js';

const saved = { localeError: globalConfig.localeError, customError: globalConfig.customError };
afterEach(() => {
  globalConfig.localeError = saved.localeError;
  globalConfig.customError = saved.customError;
});

const describeIn = (run: () => unknown, locale: 'id' | 'en'): string[] => {
  try {
    run();
  } catch (e) {
    if (MeritInputError.is(e)) return e.describe(locale);
    throw e;
  }
  return expect.unreachable('expected a MeritInputError');
};

const bad = () => predikatKinerja({ hasilKerja: 'LUAR_BIASA', perilakuKerja: 'di atas ekspektasi' } as never);
const kp = () =>
  kenaikanPangkatReguler({ golongan: 'III/B', tmtPangkat: '01/02/2024', ijazah: 'D3', riwayatPenilaian: [] } as never, {
    asOf: '2024-01-01',
  });

const ENGLISH = [
  'hasilKerja: "LUAR_BIASA" is not one of the options; write one of "DI_ATAS_EKSPEKTASI", "SESUAI_EKSPEKTASI" or "DI_BAWAH_EKSPEKTASI"',
  'perilakuKerja: "di atas ekspektasi" is not one of the options (did you mean "DI_ATAS_EKSPEKTASI"?); write one of "DI_ATAS_EKSPEKTASI", "SESUAI_EKSPEKTASI" or "DI_BAWAH_EKSPEKTASI"',
];
const INDONESIAN = [
  'hasilKerja: "LUAR_BIASA" bukan pilihan yang dikenal; tulis salah satu dari "DI_ATAS_EKSPEKTASI", "SESUAI_EKSPEKTASI" atau "DI_BAWAH_EKSPEKTASI"',
  'perilakuKerja: "di atas ekspektasi" bukan pilihan yang dikenal (mungkin maksudnya "DI_ATAS_EKSPEKTASI"); tulis salah satu dari "DI_ATAS_EKSPEKTASI", "SESUAI_EKSPEKTASI" atau "DI_BAWAH_EKSPEKTASI"',
];

describe('error messages do not depend on zod’s global locale', () => {
  it('are the library’s own, in both languages, with no zod locale configured', () => {
    globalConfig.localeError = undefined;
    globalConfig.customError = undefined;
    expect(describeIn(bad, 'en')).toEqual(ENGLISH);
    expect(describeIn(bad, 'id')).toEqual(INDONESIAN);
  });

  it('stay the same, unmixed, after the host switches zod to Bahasa Indonesia (z.config(z.locales.id()))', () => {
    z.config(z.locales.id());
    expect(describeIn(bad, 'en')).toEqual(ENGLISH);
    expect(describeIn(bad, 'id')).toEqual(INDONESIAN);
    // Every kind of issue of a KP input, in both languages: none carries a word of zod's Indonesian locale.
    const id = describeIn(kp, 'id');
    const en = describeIn(kp, 'en');
    expect(id).toHaveLength(3);
    for (const line of [...id, ...en]) expect(line).not.toMatch(/tidak valid|Invalid|diharapkan|expected/);
    z.config(z.locales.en());
    expect(describeIn(kp, 'id')).toEqual(id);
  });

  it("stay the same under a host's custom error map", () => {
    z.config({ customError: () => 'pesan tuan rumah' });
    expect(describeIn(bad, 'en')).toEqual(ENGLISH);
    expect(describeIn(bad, 'id')).toEqual(INDONESIAN);
  });
});
