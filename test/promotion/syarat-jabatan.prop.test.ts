import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/calendar.js';
import { syaratJabatan } from '../../src/promotion/index.js';
import { arbDate } from './arbitraries.js';

describe('syaratJabatan properties', () => {
  it('syarat JPT: being younger never turns an eligible candidate ineligible', () => {
    fc.assert(
      // Born by 1985 and at most ~8 years younger: old enough on asOf for 10 years of experience since age 18.
      fc.property(arbDate(1955, 1985), fc.integer({ min: 1, max: 3000 }), fc.constantFrom('JPT_PRATAMA', 'JPT_MADYA', 'JPT_UTAMA' as const), (lahir, days, jabatanTujuan) => {
        const input = {
          jabatanTujuan,
          tanggalLahir: lahir,
          ijazah: 'S2' as const,
          tahunPengalaman: 10,
          riwayatJabatan: [{ jabatan: 'JF_AHLI_UTAMA' as const, tahun: 3 }, { jabatan: 'ADMINISTRATOR' as const, tahun: 3 }],
        };
        const a = syaratJabatan(input, { asOf: '2025-06-01' }).value;
        const younger = syaratJabatan({ ...input, tanggalLahir: addDays(lahir, days) }, { asOf: '2025-06-01' }).value;
        if (a.memenuhiSyarat) expect(younger.memenuhiSyarat).toBe(true);
        expect(a.memenuhiSyarat).toBe(a.usia <= (jabatanTujuan === 'JPT_PRATAMA' ? 56 : 58));
      }),
      { numRuns: 200 },
    );
  });
});
