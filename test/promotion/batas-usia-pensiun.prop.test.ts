import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wholeYearsBetween } from '../../src/core/calendar.js';
import { BUP_JABATAN, JENIS_JABATAN, batasUsiaPensiun } from '../../src/promotion/index.js';
import { arbDate } from './arbitraries.js';

describe('batasUsiaPensiun properties', () => {
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
});
