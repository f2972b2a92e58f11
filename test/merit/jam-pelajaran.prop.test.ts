import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jamPelajaranPns, jamPelajaranPppk, SEMUA_BENTUK_PENGEMBANGAN } from '../../src/merit/index.js';

// Activities with JP or minutes (any form) or days (forms with a conversion row), inside 2025.
const tanggal = fc
  .integer({ min: 1, max: 28 })
  .chain((d) => fc.integer({ min: 4, max: 12 }).map((m) => `2025-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`));
const kegiatan = fc.oneof(
  fc.record({ bentuk: fc.constantFrom(...SEMUA_BENTUK_PENGEMBANGAN), tanggal, jp: fc.integer({ min: 0, max: 4000 }).map((n) => n / 100) }),
  fc.record({ bentuk: fc.constantFrom(...SEMUA_BENTUK_PENGEMBANGAN), tanggal, menit: fc.integer({ min: 1, max: 3000 }) }),
  fc.record({
    bentuk: fc.constantFrom('SEMINAR', 'WORKSHOP'),
    tanggal,
    hari: fc.integer({ min: 1, max: 5 }),
    cakupan: fc.constantFrom('NASIONAL', 'INTERNASIONAL'),
  }),
);
const pembulatan = fc.constantFrom('EKSAK', 'BULAT_KE_BAWAH') as fc.Arbitrary<'EKSAK' | 'BULAT_KE_BAWAH'>;

describe('JP properties', () => {
  it('adding an activity never lowers the JP total nor unmeets the PNS minimum', () => {
    fc.assert(
      fc.property(fc.array(kegiatan, { maxLength: 12 }), kegiatan, fc.nat({ max: 12 }), pembulatan, (list, extra, at, p) => {
        const a = jamPelajaranPns({ tahun: 2025, kegiatan: list as never }, { pembulatanJp: p }).value;
        const more = [...list];
        more.splice(Math.min(at, list.length), 0, extra);
        const b = jamPelajaranPns({ tahun: 2025, kegiatan: more as never }, { pembulatanJp: p }).value;
        expect(Number(b.jumlahMenit)).toBeGreaterThanOrEqual(Number(a.jumlahMenit));
        if (a.memenuhiSyarat) expect(b.memenuhiSyarat).toBe(true);
        expect(Number(b.kekuranganJp)).toBeLessThanOrEqual(Number(a.kekuranganJp));
      }),
    );
  });

  it('the PPPK total is the same sum, and within the cap exactly when at most 24 JP', () => {
    fc.assert(
      fc.property(fc.array(kegiatan, { maxLength: 12 }), (list) => {
        const pns = jamPelajaranPns({ tahun: 2025, kegiatan: list as never }).value;
        const pppk = jamPelajaranPppk({ mulaiPerjanjian: '2025-04-01', kegiatan: list as never }).value;
        expect(pppk.jumlahMenit).toBe(pns.jumlahMenit);
        expect(pppk.dalamBatas).toBe(Number(pns.jumlahMenit) <= 24 * 45);
      }),
    );
  });
});
