import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { cekHukumanBerjalan, CITATION_HUKUMAN, tingkatHukumanMenghalangiSchema } from '../../../src/promotion/_bersama/hukuman.js';

import { HUKUMAN } from '../dasar-kp.js';

describe('cekHukumanBerjalan (_bersama/hukuman; digest §2.2 R9, §7)', () => {
  it('cekHukumanBerjalan: reasons, running list and end date', () => {
    const riwayat = [
      { jenis: 'POTONGAN_TUKIN_6_BULAN' as const, tmt: '2025-01-01' },
      { jenis: 'PENURUNAN_JABATAN' as const, tmt: '2025-02-01' },
    ];
    const c = cekHukumanBerjalan('x', riwayat, ['2025-03-01', '2025-04-01'], ['SEDANG', 'BERAT']);
    expect(c.reasons).toEqual([
      {
        rule: 'x',
        code: 'x.hukumanBerjalan',
        outcome: 'FAIL',
        citations: HUKUMAN,
        facts: { jenis: 'PENURUNAN_JABATAN', tmtHukuman: '2025-02-01', selesai: '2026-02-01' },
      },
    ]);
    expect(c.berjalan.map((h) => h.jenis)).toEqual(['PENURUNAN_JABATAN', 'POTONGAN_TUKIN_6_BULAN']);
    expect(c.selesai).toBe('2026-02-01');
    expect(cekHukumanBerjalan('x', riwayat, ['2024-12-31'], ['SEDANG'])).toEqual({
      reasons: [{ rule: 'x', code: 'x.hukumanTidakAda', outcome: 'PASS', citations: HUKUMAN, facts: { tanggal: '2024-12-31' } }],
      berjalan: [],
      selesai: '2024-12-31',
    });
    expect(cekHukumanBerjalan('x', riwayat, ['2025-03-01'], [])).toEqual({
      reasons: [{ rule: 'x', code: 'x.hukumanTidakDiperiksa', outcome: 'INFO', citations: HUKUMAN, facts: {} }],
      berjalan: [],
      selesai: '2025-03-01',
    });
    // The heaviest of all dates is reported, not the first date's: a sedang one running on both dates and a
    // berat one starting between them.
    const dua = [
      { jenis: 'POTONGAN_TUKIN_12_BULAN' as const, tmt: '2024-06-01' },
      { jenis: 'PENURUNAN_JABATAN' as const, tmt: '2025-03-20' },
    ];
    const c2 = cekHukumanBerjalan('x', dua, ['2025-03-10', '2025-04-01'], ['SEDANG', 'BERAT']);
    expect(c2.reasons.map((x) => x.facts)).toEqual([{ jenis: 'PENURUNAN_JABATAN', tmtHukuman: '2025-03-20', selesai: '2026-03-20' }]);
    expect(c2.berjalan.map((h) => h.jenis)).toEqual(['PENURUNAN_JABATAN', 'POTONGAN_TUKIN_12_BULAN']);
    expect(c2.selesai).toBe('2026-03-20');
    // A dismissal among them: no end date at all, whichever comes first.
    for (const urutan of [
      [{ jenis: 'PDHTAPS' as const, tmt: '2025-01-01' }, dua[0]!],
      [dua[0]!, { jenis: 'PDHTAPS' as const, tmt: '2025-01-01' }],
    ]) {
      const c3 = cekHukumanBerjalan('x', urutan, ['2025-03-10'], ['SEDANG', 'BERAT']);
      expect(c3.selesai).toBeNull();
      expect(c3.reasons).toEqual([
        { rule: 'x', code: 'x.diberhentikan', outcome: 'FAIL', citations: HUKUMAN, facts: { tmtHukuman: '2025-01-01' } },
      ]);
    }
    expect(CITATION_HUKUMAN).toEqual(HUKUMAN);
    expect(z.parse(tingkatHukumanMenghalangiSchema, undefined)).toEqual(['SEDANG', 'BERAT']);
  });
});
