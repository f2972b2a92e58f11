import { describe, expect, it } from 'vitest';
import { ijazahSetidaknya } from '../../../src/promotion/_bersama/ijazah-setidaknya.js';

describe('ijazahSetidaknya', () => {
  it('orders ijazah by their starting golongan', () => {
    expect(ijazahSetidaknya('S2', 'S1')).toBe(true);
    expect(ijazahSetidaknya('D_IV', 'S1')).toBe(true);
    expect(ijazahSetidaknya('D_III', 'S1')).toBe(false);
  });
});
