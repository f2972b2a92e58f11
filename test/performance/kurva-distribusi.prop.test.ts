import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kurvaDistribusi, PREDIKAT, PREDIKAT_ORGANISASI } from '../../src/performance/index.js';
import { issuesOf } from '../input-issues.js';

// The invariant of kurvaDistribusi: a generated unit without employees is refused at jumlah; one more employee is decided.

const RUNS = { numRuns: 100 };

describe('kurvaDistribusi: a unit has employees', () => {
  it('a unit whose counts are all 0 is refused on jumlah; one employee more is decided', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PREDIKAT_ORGANISASI), fc.subarray([...PREDIKAT]), fc.constantFrom(...PREDIKAT), (org, zeros, one) => {
        const jumlah = Object.fromEntries(zeros.map((p) => [p, 0]));
        expect(issuesOf(() => kurvaDistribusi({ predikatOrganisasi: org, jumlah })).map((i) => [i.path, i.text?.id])).toEqual([
          [['jumlah'], 'unit tanpa pegawai tidak memiliki distribusi untuk diperiksa: isikan paling sedikit satu pegawai'],
        ]);
        expect(kurvaDistribusi({ predikatOrganisasi: org, jumlah: { ...jumlah, [one]: 1 } }).value.total).toBe(1);
      }),
      RUNS,
    );
  });
});
