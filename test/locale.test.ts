import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { globalConfig } from 'zod/v4/core';
import { predikatKinerja } from '../src/index.js';

const saved = { localeError: globalConfig.localeError, customError: globalConfig.customError };
afterEach(() => {
  globalConfig.localeError = saved.localeError;
  globalConfig.customError = saved.customError;
});

const bad = () => predikatKinerja({ hasilKerja: 'LUAR_BIASA', perilakuKerja: 'DI_ATAS_EKSPEKTASI' } as never);

describe('error messages', () => {
  it("use the locale the host application configured for zod (here Bahasa Indonesia)", () => {
    z.config(z.locales.id());
    expect(bad).toThrow(/hasilKerja: Pilihan tidak valid: diharapkan salah satu dari "DI_ATAS_EKSPEKTASI"/);
  });

  it("use the host's custom error map first", () => {
    z.config({ customError: (issue) => (issue.code === 'invalid_value' ? 'pilihan tidak dikenal' : undefined) });
    expect(bad).toThrow(/hasilKerja: pilihan tidak dikenal/);
  });

  it('fall back to English when no locale is configured', () => {
    globalConfig.localeError = undefined;
    globalConfig.customError = undefined;
    expect(bad).toThrow(/hasilKerja: Invalid option: expected one of/);
  });
});
