import { describe, expect, it } from 'vitest';
import { kenaikanPangkatPrestasiLuarBiasa } from '../../src/promotion/index.js';
import { expectExplained } from './explained.js';

const baik = [
  { tahun: 2023, predikat: 'BAIK' as const },
  { tahun: 2024, predikat: 'BAIK' as const },
];
const fails = (d: { reasons: { code: string; outcome: string }[] }) =>
  d.reasons.filter((r) => r.outcome === 'FAIL').map((r) => r.code.split('.').pop());

describe('kenaikanPangkatPrestasiLuarBiasa', () => {
  it('needs Sangat Baik in the last year and 1 year in pangkat', () => {
    const p = { golongan: 'III/b' as const, tmtPangkat: '2024-04-01', riwayatPenilaian: [{ tahun: 2024, predikat: 'SANGAT_BAIK' as const }] };
    expect(kenaikanPangkatPrestasiLuarBiasa(p, { asOf: '2025-04-01' }).value.golonganBaru).toBe('III/c');
    expect(fails(kenaikanPangkatPrestasiLuarBiasa({ ...p, riwayatPenilaian: [baik[1]!] }, { asOf: '2025-04-01' }))).toEqual(['penilaian']);
    const top = kenaikanPangkatPrestasiLuarBiasa({ ...p, golongan: 'IV/e' }, { asOf: '2025-04-01' });
    expect(fails(top)).toEqual(['pangkatPuncak']);
    expectExplained(top);
  });
});
