import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ASPEK_SISTEM_MERIT_2018,
  type AspekSistemMerit2018,
  indeksSistemMerit,
  KATEGORI_NISM,
  KATEGORI_SISTEM_MERIT,
} from '../../src/merit/index.js';

// Aspect ranges under the preset instrument (weights × levels 1–4), in half points as published scores are.
const BOBOT = [6, 6, 20, 10, 20, 15, 4, 19];
const aspek = fc.tuple(...BOBOT.map((b) => fc.integer({ min: 2 * b, max: 8 * b }).map((h) => h / 2)));
const skorAspek = (s: number[]) =>
  Object.fromEntries(ASPEK_SISTEM_MERIT_2018.map((a, i) => [a, s[i]!])) as Record<AspekSistemMerit2018, number>;
const cara = fc.constantFrom('BATAS_BAWAH', 'BULATKAN') as fc.Arbitrary<'BATAS_BAWAH' | 'BULATKAN'>;
const rank = (k: string | null) => KATEGORI_SISTEM_MERIT.indexOf(k as never);

describe('indeksSistemMerit properties', () => {
  it('a higher score on any aspect never lowers the category (40/2018)', () => {
    fc.assert(
      fc.property(aspek, fc.nat({ max: 7 }), fc.integer({ min: 1, max: 60 }), cara, (s, i, naik, c) => {
        const hi = [...s];
        hi[i] = Math.min(hi[i]! + naik / 2, 4 * BOBOT[i]!);
        const a = indeksSistemMerit({ tanggalPenilaian: '2022-11-01', skorAspek: skorAspek(s) }, { skorAntaraPita: c }).value;
        const b = indeksSistemMerit({ tanggalPenilaian: '2022-11-01', skorAspek: skorAspek(hi) }, { skorAntaraPita: c }).value;
        expect(rank(b.kategori)).toBeGreaterThanOrEqual(rank(a.kategori));
        expect(Number(b.skor)).toBeGreaterThanOrEqual(Number(a.skor));
      }),
    );
  });

  it('a higher index never lowers the NISM category (19/2025, presentation figures)', () => {
    const idx = fc.integer({ min: 0, max: 1000 }).map((n) => (n / 1000).toString());
    fc.assert(
      fc.property(idx, idx, fc.integer({ min: 0, max: 1000 }), cara, (m, k, naik, c) => {
        const run = (mm: string) =>
          indeksSistemMerit(
            { tanggalPenilaian: '2026-02-01', indeksMaturitas: mm, indeksKepuasan: k },
            { skema2025: 'PAPARAN_KEMENPANRB_2025', skorAntaraPita: c },
          ).value;
        const hi = Math.min(1, Number(m) + naik / 1000).toString();
        expect(KATEGORI_NISM.indexOf(run(hi).kategori as never)).toBeGreaterThanOrEqual(KATEGORI_NISM.indexOf(run(m).kategori as never));
      }),
    );
  });

  it('raising an aspect by its kenaikanDiperlukan, when it fits, reaches the next category', () => {
    fc.assert(
      fc.property(aspek, cara, (s, c) => {
        const v = indeksSistemMerit({ tanggalPenilaian: '2022-11-01', skorAspek: skorAspek(s) }, { skorAntaraPita: c }).value;
        for (const g of v.kesenjangan.filter((x) => x.cukupSendiri)) {
          const i = ASPEK_SISTEM_MERIT_2018.indexOf(g.komponen as never);
          const hi = [...s];
          hi[i] = hi[i]! + Number(g.kenaikanDiperlukan);
          const w = indeksSistemMerit({ tanggalPenilaian: '2022-11-01', skorAspek: skorAspek(hi) }, { skorAntaraPita: c }).value;
          expect(w.kategori).toBe(v.kategoriBerikutnya);
        }
      }),
    );
  });

  it('never counts an unassessed aspect: any null gives no total and no category', () => {
    fc.assert(
      fc.property(aspek, fc.nat({ max: 7 }), (s, i) => {
        const t = skorAspek(s) as Record<string, number | null>;
        t[ASPEK_SISTEM_MERIT_2018[i]!] = null;
        const v = indeksSistemMerit({ tanggalPenilaian: '2022-11-01', skorAspek: t as never }).value;
        expect(v).toMatchObject({ status: 'TIDAK_DINILAI', skor: null, kategori: null, kesenjangan: [] });
      }),
    );
  });
});
