import { describe, expect, it } from 'vitest';
import { nilaiSeleksiJpt } from '../../src/index.js';

describe('nilaiSeleksiJpt (PermenPANRB 15/2019) — TV-PLC-3', () => {
  const nilai = { makalah: 80, assessmentCenter: 85, wawancara: 90, rekamJejak: 75 };
  it('weights 20/25/35/20 → 83.75', () => {
    expect(nilaiSeleksiJpt(nilai).value).toBe('83.75');
  });
  it('rejects weights outside the ranges or not summing to 100', () => {
    const bad = { makalah: 10, assessmentCenter: 25, wawancara: 35, rekamJejak: 30 };
    expect(() => nilaiSeleksiJpt(nilai, { bobot: bad })).toThrow(/makalah: must be within 15–20/);
    expect(() => nilaiSeleksiJpt(nilai, { bobot: bad })).toThrow(/rekamJejak: must be within 15–20/);
    expect(() => nilaiSeleksiJpt(nilai, { bobot: { makalah: 15, assessmentCenter: 20, wawancara: 30, rekamJejak: 15 } })).toThrow(
      /add up to 100/,
    );
    // The summarised ranges add up to 100 only at their upper ends, so 20/25/35/20 is the only valid set.
    expect(() => nilaiSeleksiJpt(nilai, { bobot: { makalah: 15, assessmentCenter: 25, wawancara: 35, rekamJejak: 20 } })).toThrow(/not 95/);
    expect(nilaiSeleksiJpt(nilai, { bobot: { makalah: '20.0', assessmentCenter: 25, wawancara: 35, rekamJejak: 20 } }).value).toBe('83.75');
  });
});
