import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addYears, wholeYearsBetween } from '../../src/core/calendar.js';
import { batasUsiaPensiun, BUP_JABATAN, JENIS_JABATAN, kenaikanGajiBerkala, PREDIKAT_PENILAIAN, syaratJabatan } from '../../src/promotion/index.js';
import { arbDate, arbGolongan } from './arbitraries.js';

describe('KGB, BUP and syarat jabatan properties', () => {
  it('KGB: due 1 or 2 years after the base date; postponement adds exactly 1 year; notice 2 months before', () => {
    fc.assert(
      fc.property(arbDate(1990, 2030), arbGolongan, fc.option(fc.integer({ min: 0, max: 40 * 366 }), { nil: undefined }), fc.constantFrom(...PREDIKAT_PENILAIAN), (tmtCpns, g, daysAfterCpns, predikat) => {
        // The last KGB is on or after TMT CPNS (an earlier one is refused).
        const last = daysAfterCpns === undefined ? undefined : addDays(tmtCpns, daysAfterCpns);
        const v = kenaikanGajiBerkala({ tmtCpns, golonganPengangkatan: g, tmtKgbTerakhir: last, predikat }).value;
        const base = last ?? tmtCpns;
        expect(v.jadwal).toBe(addYears(base, last === undefined && g === 'II/a' ? 1 : 2));
        expect(v.tmtKgb).toBe(v.ditunda ? addYears(v.jadwal, 1) : v.jadwal);
        expect(v.tanggalPemberitahuan < v.tmtKgb).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('BUP: the PNS is exactly BUP years old on tanggalBup and the pension TMT is after it', () => {
    fc.assert(
      fc.property(arbDate(1940, 2005), fc.constantFrom(...JENIS_JABATAN), (lahir, jabatan) => {
        const v = batasUsiaPensiun({ tanggalLahir: lahir, jabatan }).value;
        expect(v.bup).toBe(BUP_JABATAN[jabatan].bup);
        expect(wholeYearsBetween(lahir, v.tanggalBup)).toBe(v.bup);
        expect(v.tmtPensiun > v.tanggalBup).toBe(true);
        expect(v.tmtPensiun.endsWith('-01')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

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
