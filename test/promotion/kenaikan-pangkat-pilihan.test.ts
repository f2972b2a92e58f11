import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MeritInputError } from '../../src/index.js';
import {
  ESELON,
  JENJANG_PANGKAT_ESELON,
  kenaikanPangkatFungsional,
  kenaikanPangkatPenyesuaianIjazah,
  kenaikanPangkatPrestasiLuarBiasa,
  kenaikanPangkatStruktural,
  type PegawaiKenaikanPangkatFungsional,
  type PegawaiKenaikanPangkatStruktural,
} from '../../src/promotion/index.js';
import { expectExplained } from './explained.js';

const baik = [
  { tahun: 2023, predikat: 'BAIK' as const },
  { tahun: 2024, predikat: 'BAIK' as const },
];
const fails = (d: { reasons: { code: string; outcome: string }[] }) =>
  d.reasons.filter((r) => r.outcome === 'FAIL').map((r) => r.code.split('.').pop());

describe('kenaikanPangkatFungsional (PP 99/2000 Pasal 13)', () => {
  const base: PegawaiKenaikanPangkatFungsional = { jenjang: 'AHLI_MUDA', golongan: 'III/c', tmtPangkat: '2023-04-01', akk: 100, riwayatPenilaian: baik };

  it('needs exactly 2 years in pangkat (setting), the AKK and Baik for 2 years', () => {
    expect(kenaikanPangkatFungsional(base, { asOf: '2025-04-01' }).value).toMatchObject({ memenuhiSyarat: true, golonganBaru: 'III/d', tmt: '2025-04-01' });
    expect(fails(kenaikanPangkatFungsional({ ...base, tmtPangkat: '2023-04-02' }, { asOf: '2025-04-01' }))).toEqual(['masaDalamPangkat']);
    expect(kenaikanPangkatFungsional({ ...base, tmtPangkat: '2023-04-02' }, { asOf: '2025-04-01', minTahunDalamPangkat: 1 }).value.memenuhiSyarat).toBe(true);
    expect(fails(kenaikanPangkatFungsional({ ...base, akk: '99.99' }, { asOf: '2025-04-01' }))).toEqual(['angkaKredit']);
    expect(fails(kenaikanPangkatFungsional({ ...base, riwayatPenilaian: [baik[0]!] }, { asOf: '2025-04-01' }))).toEqual(['penilaianTidakAda']);
  });

  it('allows one level above the jenjang without KJ, but not beyond the top jenjang', () => {
    const d = kenaikanPangkatFungsional({ ...base, golongan: 'III/d' }, { asOf: '2025-04-01' });
    expect(d.value.golonganBaru).toBe('IV/a');
    expect(d.reasons.some((r) => r.code.endsWith('tanpaKenaikanJenjang'))).toBe(true);
    const top = kenaikanPangkatFungsional({ ...base, jenjang: 'AHLI_UTAMA', golongan: 'IV/e', akk: 500 }, { asOf: '2025-04-01' });
    expect(top.value).toMatchObject({ memenuhiSyarat: false, golonganTujuan: null });
    const penyelia = kenaikanPangkatFungsional({ ...base, jenjang: 'PENYELIA', golongan: 'III/d' }, { asOf: '2025-04-01' });
    expect(penyelia.value.memenuhiSyarat).toBe(false);
    expectExplained(d);
    expectExplained(top);
  });

  it('blocks while a hukuman berat runs', () => {
    const d = kenaikanPangkatFungsional({ ...base, riwayatHukuman: [{ jenis: 'PEMBEBASAN_DARI_JABATAN', tmt: '2025-01-01' }] }, { asOf: '2025-04-01' });
    expect(fails(d)).toEqual(['hukumanBerjalan']);
  });

  it('rejects a golongan outside the jenjang', () => {
    expect(() => kenaikanPangkatFungsional({ ...base, golongan: 'III/a' }, { asOf: '2025-04-01' })).toThrow(MeritInputError);
  });

  it('property: more AK never turns an eligible PNS ineligible; the TMT is never before 2 years in pangkat', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 1500 }), (akk, extra, days) => {
        const tmtPangkat = new Date(Date.UTC(2024, 0, 1 - days)).toISOString().slice(0, 10);
        const a = kenaikanPangkatFungsional({ ...base, akk, tmtPangkat }, { asOf: '2025-04-01' }).value;
        const b = kenaikanPangkatFungsional({ ...base, akk: akk + extra, tmtPangkat }, { asOf: '2025-04-01' }).value;
        if (a.memenuhiSyarat) expect(b.memenuhiSyarat).toBe(true);
        expect(a.memenuhiSyarat).toBe(akk >= 100 && tmtPangkat <= '2023-04-01');
      }),
      { numRuns: 200 },
    );
  });
});

describe('kenaikanPangkatStruktural', () => {
  const base: PegawaiKenaikanPangkatStruktural = {
    eselon: 'IV.a',
    golongan: 'III/c',
    tmtPangkat: '2021-04-01',
    tmtJabatan: '2020-01-01',
    ijazah: 'S1',
    riwayatPenilaian: baik,
  };

  it('has the PP 13/2002 eselon table (digest §3.3, vector 17)', () => {
    expect(ESELON).toHaveLength(9);
    expect(JENJANG_PANGKAT_ESELON['III.a']).toEqual({ terendah: 'IV/a', tertinggi: 'IV/b' });
    expect(JENJANG_PANGKAT_ESELON['IV.a']).toEqual({ terendah: 'III/c', tertinggi: 'III/d' });
    expect(JENJANG_PANGKAT_ESELON['I.a']).toEqual({ terendah: 'IV/d', tertinggi: 'IV/e' });
  });

  it('within the jenjang: 4 years in pangkat (setting)', () => {
    expect(kenaikanPangkatStruktural(base, { asOf: '2025-04-01' }).value.golonganBaru).toBe('III/d');
    expect(fails(kenaikanPangkatStruktural({ ...base, tmtPangkat: '2021-04-02' }, { asOf: '2025-04-01' }))).toEqual(['masaDalamPangkat']);
  });

  it('one level below: 1 year in pangkat and 1 year in jabatan (digest §9 vector 16)', () => {
    const p = { ...base, golongan: 'III/b' as const, tmtPangkat: '2024-04-01', tmtJabatan: '2024-04-01' };
    expect(kenaikanPangkatStruktural(p, { asOf: '2025-04-01' }).value.golonganBaru).toBe('III/c');
    expect(fails(kenaikanPangkatStruktural({ ...p, tmtJabatan: '2024-04-02' }, { asOf: '2025-04-01' }))).toEqual(['masaDalamJabatan']);
  });

  it('more than one level below the jenjang, or at its top: refused (digest §9 vectors 15, 17)', () => {
    expect(fails(kenaikanPangkatStruktural({ ...base, golongan: 'III/a' }, { asOf: '2025-04-01' }))).toEqual(['diBawahJenjang']);
    expect(fails(kenaikanPangkatStruktural({ ...base, golongan: 'III/d', ijazah: 'S2' }, { asOf: '2025-04-01' }))).toEqual(['plafonEselon']);
    const iiiA = kenaikanPangkatStruktural({ ...base, eselon: 'III.a', golongan: 'IV/b', ijazah: 'S2' }, { asOf: '2025-04-01' });
    expect(iiiA.value.memenuhiSyarat).toBe(false);
    expectExplained(iiiA);
  });

  it('needs Ujian Dinas Tingkat II for III/d → IV/a unless exempt', () => {
    const p = { ...base, eselon: 'III.b' as const, golongan: 'III/d' as const };
    expect(fails(kenaikanPangkatStruktural(p, { asOf: '2025-04-01' }))).toEqual(['ujianDinasBelumLulus']);
    expect(kenaikanPangkatStruktural({ ...p, diklatKepemimpinan: ['DIKLATPIM_III'] }, { asOf: '2025-04-01' }).value.memenuhiSyarat).toBe(true);
    expect(kenaikanPangkatStruktural({ ...p, ijazah: 'S2' }, { asOf: '2025-04-01' }).value.memenuhiSyarat).toBe(true);
  });
});

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
