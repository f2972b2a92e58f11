import { describe, expect, it } from 'vitest';
import { Decimal, MeritInputError } from '../../src/index.js';
import { angkaKreditIntegrasi } from '../../src/promotion/index.js';

describe('angkaKreditIntegrasi (legacy bridge)', () => {
  it('subtracts the nilai dasar of the golongan (digest §9 vector 6)', async () => {
    const { angkaKreditIntegrasi } = await import('../../src/promotion/index.js');
    expect(angkaKreditIntegrasi({ golongan: 'IV/b', akKonvensional: '550.63' }).value).toEqual({ akIntegrasi: '150.63', nilaiDasar: 400 });
    // Minus AK pengembangan profesi 12 → 138.63 < 450: KJ to Ahli Utama not reached.
    expect(new Decimal(angkaKreditIntegrasi({ golongan: 'IV/b', akKonvensional: '538.63' }).value.akIntegrasi).lessThan(450)).toBe(true);
    expect(angkaKreditIntegrasi({ golongan: 'III/a', akKonvensional: 150 }).value.akIntegrasi).toBe('50');
    expect(angkaKreditIntegrasi({ golongan: 'IV/d', akKonvensional: 850 }).value.akIntegrasi).toBe('0');
    expect(() => angkaKreditIntegrasi({ golongan: 'II/d', akKonvensional: 100 })).toThrow(MeritInputError);
  });
});
