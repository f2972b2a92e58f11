import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, MeritInputError, RuleNotInForceError } from '../../src/index.js';
import {
  daftarPeriodeKenaikanPangkat,
  isPeriodeKenaikanPangkat,
  masaUsulKenaikanPangkat,
  periodeKenaikanPangkat,
  tanggalPeriodeKenaikanPangkat,
  VERSI_PERIODE_KENAIKAN_PANGKAT,
} from '../../src/promotion/index.js';
import { checkVersionTable } from '../../src/core/versions.js';

describe('periodeKenaikanPangkat', () => {
  it('lists the periods of each regime', () => {
    expect(daftarPeriodeKenaikanPangkat(2023)).toEqual(['2023-04-01', '2023-10-01']);
    // Peraturan BKN 4/2023 Pasal 2 (digest §9 vector 10).
    expect(daftarPeriodeKenaikanPangkat(2024)).toEqual(['2024-02-01', '2024-04-01', '2024-06-01', '2024-08-01', '2024-10-01', '2024-12-01']);
    // 2025: six-period regime until September, monthly from 1 October (Peraturan BKN 4/2025).
    expect(daftarPeriodeKenaikanPangkat(2025)).toEqual([
      '2025-02-01', '2025-04-01', '2025-06-01', '2025-08-01', '2025-10-01', '2025-11-01', '2025-12-01',
    ]);
    expect(daftarPeriodeKenaikanPangkat(2026)).toHaveLength(12);
    expect(checkVersionTable(VERSI_PERIODE_KENAIKAN_PANGKAT)).toEqual([]);
  });

  it('finds the first period on or after a date (digest §9 vector 10)', () => {
    expect(periodeKenaikanPangkat('2024-02-15').value).toBe('2024-04-01');
    expect(periodeKenaikanPangkat('2025-10-02').value).toBe('2025-11-01');
    expect(periodeKenaikanPangkat('2023-05-10').value).toBe('2023-10-01');
    expect(periodeKenaikanPangkat('2023-04-01').value).toBe('2023-04-01');
    expect(periodeKenaikanPangkat('2023-04-02').value).toBe('2023-10-01');
    // After the last April/October period, the next one is the first of the six-period regime.
    expect(periodeKenaikanPangkat('2023-10-02').value).toBe('2024-02-01');
  });

  it('switches to monthly periods exactly on 2025-10-01', () => {
    expect(periodeKenaikanPangkat('2025-08-02').value).toBe('2025-10-01');
    expect(periodeKenaikanPangkat('2025-09-01').value).toBe('2025-10-01');
    expect(periodeKenaikanPangkat('2025-09-30').value).toBe('2025-10-01');
    expect(periodeKenaikanPangkat('2025-10-01').value).toBe('2025-10-01');
    expect(isPeriodeKenaikanPangkat('2025-09-01')).toBe(false);
    expect(isPeriodeKenaikanPangkat('2025-11-01')).toBe(true);
    expect(isPeriodeKenaikanPangkat('2025-11-02')).toBe(false);
  });

  it('gives the proposal windows where known (digest §0, vector 11)', () => {
    expect(masaUsulKenaikanPangkat('2024-02-01')).toEqual({ mulai: '2023-12-15', selesai: '2024-01-15' });
    expect(masaUsulKenaikanPangkat('2024-04-01')).toEqual({ mulai: '2024-02-01', selesai: '2024-02-28' });
    expect(masaUsulKenaikanPangkat('2024-08-01')).toEqual({ mulai: '2024-06-01', selesai: '2024-06-29' });
    expect(masaUsulKenaikanPangkat('2024-12-01')).toEqual({ mulai: '2024-10-01', selesai: '2024-10-31' });
    expect(masaUsulKenaikanPangkat('2023-04-01')).toEqual({ mulai: null, selesai: '2023-02-28' });
    expect(masaUsulKenaikanPangkat('2023-10-01')).toEqual({ mulai: null, selesai: '2023-08-31' });
    expect(masaUsulKenaikanPangkat('2026-03-01')).toBeNull();
    expect(masaUsulKenaikanPangkat('2024-03-01')).toBeNull();
  });

  it('rejects invalid dates and dates before the table', () => {
    expect(() => periodeKenaikanPangkat('2023-02-29')).toThrow(MeritInputError);
    expect(() => periodeKenaikanPangkat('1999-03-15')).toThrow(RuleNotInForceError);
  });

  it('property: the result is a period, on or after the date, and no period lies in between', () => {
    const dates = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(dates, (d) => {
        const p = tanggalPeriodeKenaikanPangkat(d);
        expect(p >= d).toBe(true);
        expect(isPeriodeKenaikanPangkat(p)).toBe(true);
        for (let x = d; x < p; x = addDays(x, 1)) expect(isPeriodeKenaikanPangkat(x)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});

describe('periodeKenaikanPangkat at the start of the table', () => {
  it('judges each candidate by its own date: 1999-12-31 → 2000-04-01', () => {
    expect(periodeKenaikanPangkat('1999-12-31').value).toBe('2000-04-01');
  });
});
