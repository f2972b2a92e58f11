import { describe, expect, it } from 'vitest';
import { kenaikanPangkatPenyesuaianIjazah } from '../../src/promotion/index.js';
import { expectExplained } from './explained.js';

const baik = [
  { tahun: 2023, predikat: 'BAIK' as const },
  { tahun: 2024, predikat: 'BAIK' as const },
];
const fails = (d: { reasons: { code: string; outcome: string }[] }) =>
  d.reasons.filter((r) => r.outcome === 'FAIL').map((r) => r.code.split('.').pop());

describe('kenaikanPangkatPenyesuaianIjazah', () => {
  const base = { golongan: 'II/c' as const, tmtPangkat: '2024-04-01', ijazahBaru: 'S1' as const, jabatanSesuaiIjazah: true, lulusUkppi: true, riwayatPenilaian: [baik[1]!] };

  it('rises to the starting golongan of the new ijazah after exactly 1 year', () => {
    expect(kenaikanPangkatPenyesuaianIjazah(base, { asOf: '2025-04-01' }).value).toMatchObject({ memenuhiSyarat: true, golonganBaru: 'III/a' });
    expect(fails(kenaikanPangkatPenyesuaianIjazah({ ...base, tmtPangkat: '2024-04-02' }, { asOf: '2025-04-01' }))).toEqual(['masaDalamPangkat']);
  });

  it('needs UKPPI, a matching jabatan and a higher target', () => {
    expect(fails(kenaikanPangkatPenyesuaianIjazah({ ...base, lulusUkppi: false }, { asOf: '2025-04-01' }))).toEqual(['ukppi']);
    expect(fails(kenaikanPangkatPenyesuaianIjazah({ ...base, jabatanSesuaiIjazah: false }, { asOf: '2025-04-01' }))).toEqual(['jabatanSesuai']);
    const d = kenaikanPangkatPenyesuaianIjazah({ ...base, golongan: 'III/a' }, { asOf: '2025-04-01' });
    expect(fails(d)).toEqual(['golonganIjazah']);
    expectExplained(d);
  });
});
