import { describe, expect, it } from 'vitest';
import { jobPersonMatch } from '../../../src/competency/index.js';
import { formatSeratusan, jpmSeratusan } from '../../../src/competency/_bersama/fit.js';

// Moved from penempatan-reasons.test.ts: the integer JPM penempatanOptimal compares.

describe('integer JPM for placement (fit.ts): equal to jobPersonMatch persenTanpaBatasDisplay × 100', () => {
  const off = { batasiCapaianPadaStandar: false, batasiJpmPada100: false };
  it('rounds half up to hundredths of a percent', () => {
    expect(jpmSeratusan({ A: 3, B: 3, C: 3 }, { A: 2, B: 3, C: 3 }, off)).toBe(8889); // 88.888…
    expect(jpmSeratusan({ A: 3 }, { A: 2 }, off)).toBe(6667); // 66.666…
    expect(jpmSeratusan({ A: 5, B: 3 }, { A: 1, B: 0 }, off)).toBe(1250); // 12.5 exactly
    // 1/8 = 12.5 %, 1/16 = 6.25 %, 1/32 = 3.125 % → 3.13 (half up)
    expect(jpmSeratusan(Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`T${i}`, 4])), { T0: 1 }, off)).toBe(313);
    const standar = { INTEGRITAS: 3, KERJASAMA: 4, KOMUNIKASI: 5 };
    const aktual = { INTEGRITAS: 2, KERJASAMA: 4, KOMUNIKASI: 3 };
    expect(formatSeratusan(jpmSeratusan(standar, aktual, off))).toBe(jobPersonMatch({ standar, aktual }).value.persenTanpaBatasDisplay);
  });
  it('applies batasiCapaianPadaStandar and batasiJpmPada100 like jobPersonMatch', () => {
    expect(jpmSeratusan({ A: 2, B: 2 }, { A: 5, B: 1 }, off)).toBe(15000);
    expect(jpmSeratusan({ A: 2, B: 2 }, { A: 5, B: 1 }, { batasiCapaianPadaStandar: true, batasiJpmPada100: false })).toBe(7500);
    expect(jpmSeratusan({ A: 2, B: 2 }, { A: 5, B: 1 }, { batasiCapaianPadaStandar: false, batasiJpmPada100: true })).toBe(10000);
    expect(jpmSeratusan({ A: 2, B: 2 }, { A: 2, B: 2 }, { batasiCapaianPadaStandar: false, batasiJpmPada100: true })).toBe(10000);
    expect(jpmSeratusan({ A: 2, B: 2 }, { A: 2, B: 1 }, { batasiCapaianPadaStandar: true, batasiJpmPada100: true })).toBe(7500);
  });
  it('a missing or inherited achieved level counts as 0; inherited standard keys are not counted', () => {
    expect(jpmSeratusan({ A: 2, B: 2 }, { A: 2 }, off)).toBe(5000);
    const aktual = Object.create({ B: 2 }) as Record<string, number>;
    aktual.A = 2;
    expect(jpmSeratusan({ A: 2, B: 2 }, aktual, off)).toBe(5000);
    const standar = Object.create({ B: 2 }) as Record<string, number>;
    standar.A = 2;
    expect(jpmSeratusan(standar, { A: 1, B: 2 }, off)).toBe(5000);
  });
  it('formats hundredths with 2 decimals and a sign', () => {
    expect(formatSeratusan(9259)).toBe('92.59');
    expect(formatSeratusan(10000)).toBe('100.00');
    expect(formatSeratusan(5)).toBe('0.05');
    expect(formatSeratusan(0)).toBe('0.00');
    expect(formatSeratusan(-5)).toBe('-0.05');
    expect(formatSeratusan(-1234)).toBe('-12.34');
  });
});
