import { describe, expect, it } from 'vitest';
import {
  explain,
  indeksKepuasanMasyarakatResponden,
  kurvaDistribusi,
  MeritInputError,
  PEMETAAN_PERINGKAT_SEJAJAR,
  predikatOrganisasiIkm,
  rekapJawaban,
  UNSUR_SKM_2017,
} from '../../src/index.js';

describe('predikatOrganisasiIkm: an agency mapping, not a regulation', () => {
  it('refuses by default, in both languages, naming the setting', () => {
    try {
      predikatOrganisasiIkm({ mutu: 'A' });
      expect.unreachable();
    } catch (e) {
      expect(MeritInputError.is(e)).toBe(true);
      const err = e as MeritInputError;
      expect(err.issues[0]).toMatchObject({ path: ['options', 'pemetaan'], code: 'not_covered' });
      expect(err.describe('id')[0]).toMatch(/tidak ada peraturan yang dibaca/);
    }
  });

  it('maps each mutu by the illustrative table or the agency’s own, and says it is not a rule', () => {
    for (const mutu of ['A', 'B', 'C', 'D'] as const) {
      expect(predikatOrganisasiIkm({ mutu }, { pemetaan: 'PERINGKAT_SEJAJAR' }).value.predikatOrganisasi).toBe(
        PEMETAAN_PERINGKAT_SEJAJAR[mutu],
      );
    }
    const d = predikatOrganisasiIkm(
      { mutu: 'D' },
      { pemetaan: 'INSTANSI', pemetaanInstansi: { A: 'ISTIMEWA', B: 'BAIK', C: 'KURANG', D: 'SANGAT_KURANG' } },
    );
    expect(d.value).toEqual({ predikatOrganisasi: 'SANGAT_KURANG', pemetaan: 'INSTANSI' });
    expect(explain(d, 'en')[0]).toMatch(/not a regulation’s rule/);
    expect(() => predikatOrganisasiIkm({ mutu: 'A' }, { pemetaan: 'INSTANSI' })).toThrow(/pemetaanInstansi/);
    expect(() =>
      predikatOrganisasiIkm(
        { mutu: 'A' },
        { pemetaan: 'PERINGKAT_SEJAJAR', pemetaanInstansi: { A: 'BAIK', B: 'BAIK', C: 'BAIK', D: 'BAIK' } },
      ),
    ).toThrow(MeritInputError);
  });

  it('end to end: responses → IKM → organisation predikat → kurvaDistribusi', () => {
    const rekap = rekapJawaban();
    for (let i = 0; i < 100; i++) rekap.tambah(Object.fromEntries(UNSUR_SKM_2017.map((u, j) => [u, (i + j) % 10 === 0 ? 3 : 4])));
    const rows = Array.from({ length: 100 }, (_, i) => Object.fromEntries(UNSUR_SKM_2017.map((u, j) => [u, (i + j) % 10 === 0 ? 3 : 4])));
    const ikm = indeksKepuasanMasyarakatResponden({ responden: rows, populasi: 120 }, { asOf: '2024-12-31' });
    expect(ikm.value).toMatchObject({ ikm: '97.50', mutu: 'A', sampel: { sampelMinimum: 92, cukup: true } });
    const org = predikatOrganisasiIkm({ mutu: ikm.value.mutu }, { pemetaan: 'PERINGKAT_SEJAJAR' });
    const kurva = kurvaDistribusi({ predikatOrganisasi: org.value.predikatOrganisasi, jumlah: { SANGAT_BAIK: 8, BAIK: 2 } });
    expect(kurva.value.dalamPola).toBe(false);
  });
});
