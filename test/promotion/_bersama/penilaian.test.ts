import { describe, expect, it } from 'vitest';
import { reasonsPenilaian } from '../../../src/promotion/_bersama/penilaian.js';

describe('reasonsPenilaian (_bersama/penilaian)', () => {
  it('reasonsPenilaian gives one reason per required year, in the order asked', () => {
    const riwayat = [
      { tahun: 2021, predikat: 'BURUK' as const },
      { tahun: 2020, predikat: 'SANGAT_BAIK' as const },
    ];
    expect(reasonsPenilaian('x.y', riwayat, [2020, 2021, 2022], 'KURANG', [])).toEqual([
      {
        rule: 'x.y',
        code: 'x.y.penilaian',
        outcome: 'PASS',
        citations: [],
        facts: { tahun: 2020, predikat: 'SANGAT_BAIK', minimum: 'KURANG' },
      },
      { rule: 'x.y', code: 'x.y.penilaian', outcome: 'FAIL', citations: [], facts: { tahun: 2021, predikat: 'BURUK', minimum: 'KURANG' } },
      { rule: 'x.y', code: 'x.y.penilaianTidakAda', outcome: 'FAIL', citations: [], facts: { tahun: 2022, minimum: 'KURANG' } },
    ]);
    expect(reasonsPenilaian('x.y', riwayat, [], 'BAIK', [])).toEqual([]);
  });
});
