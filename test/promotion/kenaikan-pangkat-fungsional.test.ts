import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MeritInputError } from '../../src/index.js';
import { kenaikanPangkatFungsional, type PegawaiKenaikanPangkatFungsional } from '../../src/promotion/index.js';
import { thrownIssues } from '../input-issues.js';
import { expectExplained } from './explained.js';

const baik = [
  { tahun: 2023, predikat: 'BAIK' as const },
  { tahun: 2024, predikat: 'BAIK' as const },
];
const fails = (d: { reasons: { code: string; outcome: string }[] }) =>
  d.reasons.filter((r) => r.outcome === 'FAIL').map((r) => r.code.split('.').pop());

/** Appraisals for the periods of 2999 (the two years before), so that only time stands between the PNS and the period. */
const PENILAIAN_2997 = [
  { tahun: 2997, predikat: 'BAIK' as const },
  { tahun: 2998, predikat: 'BAIK' as const },
];

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

describe('kenaikanPangkatFungsional tmtPalingCepat: the first period on which the years in pangkat are met and no hukuman blocks', () => {
  const base: PegawaiKenaikanPangkatFungsional = { jenjang: 'AHLI_MUDA', golongan: 'III/c', tmtPangkat: '2023-04-01', akk: 100, riwayatPenilaian: baik };
  const tmt = (p: Partial<PegawaiKenaikanPangkatFungsional>, o: { asOf?: string; minTahunDalamPangkat?: number; tingkatHukumanMenghalangi?: [] } = {}) =>
    kenaikanPangkatFungsional({ ...base, ...p }, { asOf: '2025-04-01', ...o }).value.tmtPalingCepat;

  it('is the period when eligible; a day short in pangkat moves it to the next period (six-period regime)', () => {
    expect(kenaikanPangkatFungsional(base, { asOf: '2025-04-01' }).value).toMatchObject({ memenuhiSyarat: true, tmtPalingCepat: '2025-04-01' });
    expect(tmt({ tmtPangkat: '2023-04-02' })).toBe('2025-06-01');
    // The setting moves it: 3 years from 2023-04-01 falls on 2026-04-01, a period of the monthly regime.
    expect(tmt({}, { minTahunDalamPangkat: 3 })).toBe('2026-04-01');
    expect(tmt({ tmtPangkat: '2023-04-02' }, { minTahunDalamPangkat: 1 })).toBe('2025-04-01');
  });

  it('the AKK and the appraisals are not met by time alone: no earliest period while one is short, and the conditions listed', () => {
    const kurang = kenaikanPangkatFungsional({ ...base, akk: '99.99' }, { asOf: '2025-04-01' }).value;
    expect(kurang).toMatchObject({
      memenuhiSyarat: false,
      periode: '2025-04-01',
      tmtPalingCepat: null,
      syaratTidakTerpenuhi: [{ code: 'promotion.kenaikanPangkatFungsional.angkaKredit', olehWaktuSaja: false }],
    });
    expect(tmt({ riwayatPenilaian: [] })).toBe(null);
    // Years in pangkat short as well: still no date while the AKK is short; with the AKK met, the date.
    const duaSyarat = kenaikanPangkatFungsional({ ...base, akk: '99.99', tmtPangkat: '2023-04-02' }, { asOf: '2025-04-01' }).value;
    expect(duaSyarat.tmtPalingCepat).toBe(null);
    expect(duaSyarat.syaratTidakTerpenuhi.map((s) => s.olehWaktuSaja)).toEqual([true, false]);
    expect(tmt({ tmtPangkat: '2023-04-02' })).toBe('2025-06-01');
  });

  it('waits for a running hukuman to end: ending on a period frees that period, the day after the next one', () => {
    // Pembebasan dari jabatan 12 months: 2025-02-01 … 2026-02-01, a period of the monthly regime.
    expect(tmt({ riwayatHukuman: [{ jenis: 'PEMBEBASAN_DARI_JABATAN', tmt: '2025-02-01' }] })).toBe('2026-02-01');
    expect(tmt({ riwayatHukuman: [{ jenis: 'PEMBEBASAN_DARI_JABATAN', tmt: '2025-02-02' }] })).toBe('2026-03-01');
    // The blocking levels are a setting: none blocks, the period is the earliest.
    expect(tmt({ riwayatHukuman: [{ jenis: 'PEMBEBASAN_DARI_JABATAN', tmt: '2025-02-02' }] }, { tingkatHukumanMenghalangi: [] })).toBe('2025-04-01');
  });

  it('a hukuman starting after the period that runs on the earliest period pushes it past its end', () => {
    // Two years in pangkat on 2025-04-02 → 1 June 2025; the demotion runs 2025-05-15 … 2026-05-15 → 1 June 2026.
    const d = kenaikanPangkatFungsional(
      { ...base, tmtPangkat: '2023-04-02', riwayatHukuman: [{ jenis: 'PENURUNAN_JABATAN', tmt: '2025-05-15' }] },
      { asOf: '2025-03-10' },
    );
    expect(d.value).toMatchObject({ memenuhiSyarat: false, periode: '2025-04-01', tmtPalingCepat: '2026-06-01' });
  });

  it('is null when time cannot cure: the top golongan of the top jenjang, a PDHTAPS', () => {
    expect(tmt({ jenjang: 'AHLI_UTAMA', golongan: 'IV/e', akk: 500 })).toBeNull();
    expect(tmt({ jenjang: 'PENYELIA', golongan: 'III/d' })).toBeNull();
    expect(tmt({ riwayatHukuman: [{ jenis: 'PDHTAPS', tmt: '2025-01-01' }] })).toBeNull();
    // Below the top it is judged normally.
    expect(tmt({ jenjang: 'AHLI_UTAMA', golongan: 'IV/d', akk: 500 })).toBe('2025-04-01');
  });

  it('an earliest period after 2999-12-31 is refused, naming the field that puts it there', () => {
    const issues = thrownIssues(() => kenaikanPangkatFungsional({ ...base, tmtPangkat: '2999-01-01', riwayatPenilaian: PENILAIAN_2997 }, { asOf: '2999-11-15' }));
    expect(issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['tmtPangkat', 'leads to the earliest promotion period 3001-01-01, after 2999-12-31, the last date this library accepts'],
    ]);
    expect(kenaikanPangkatFungsional({ ...base, tmtPangkat: '2997-12-01', riwayatPenilaian: PENILAIAN_2997 }, { asOf: '2999-11-15' }).value.tmtPalingCepat).toBe(
      '2999-12-01',
    );
  });
});

