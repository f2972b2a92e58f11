import { describe, expect, it } from 'vitest';
import { ESELON, JENJANG_PANGKAT_ESELON, kenaikanPangkatStruktural, type PegawaiKenaikanPangkatStruktural } from '../../src/promotion/index.js';
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

describe('kenaikanPangkatStruktural tmtPalingCepat: the first period on which the years are met and no hukuman blocks', () => {
  const base: PegawaiKenaikanPangkatStruktural = {
    eselon: 'IV.a',
    golongan: 'III/c',
    tmtPangkat: '2021-04-01',
    tmtJabatan: '2020-01-01',
    ijazah: 'S1',
    riwayatPenilaian: baik,
  };
  // S-b: III/b is one level below the jenjang of IV.a (III/c–III/d).
  const sb = { ...base, golongan: 'III/b' as const, tmtPangkat: '2024-04-01', tmtJabatan: '2024-04-01' };
  const tmt = (p: PegawaiKenaikanPangkatStruktural, o: { asOf?: string; minTahunDalamJenjang?: number } = {}) =>
    kenaikanPangkatStruktural(p, { asOf: '2025-04-01', ...o }).value.tmtPalingCepat;

  it('within the jenjang: the period when eligible; a day short in pangkat moves it to the next period; the setting moves it', () => {
    expect(kenaikanPangkatStruktural(base, { asOf: '2025-04-01' }).value).toMatchObject({ memenuhiSyarat: true, tmtPalingCepat: '2025-04-01' });
    expect(tmt({ ...base, tmtPangkat: '2021-04-02' })).toBe('2025-06-01');
    // 5 years from 2021-04-01 falls on 2026-04-01, a period of the monthly regime.
    expect(tmt(base, { minTahunDalamJenjang: 5 })).toBe('2026-04-01');
  });

  it('one level below: the later of a year in pangkat and a year in jabatan decides', () => {
    expect(tmt(sb)).toBe('2025-04-01');
    expect(tmt({ ...sb, tmtJabatan: '2024-04-02' })).toBe('2025-06-01');
    expect(tmt({ ...sb, tmtPangkat: '2024-04-02' })).toBe('2025-06-01');
    expect(tmt({ ...sb, tmtPangkat: '2024-06-02', tmtJabatan: '2024-04-02' })).toBe('2025-08-01');
  });

  it('the appraisals and ujian dinas are not met by time alone: no earliest period while one is missing (the exam listed)', () => {
    expect(tmt({ ...base, riwayatPenilaian: [] })).toBe(null);
    const ujian = kenaikanPangkatStruktural({ ...base, eselon: 'III.b', golongan: 'III/d' }, { asOf: '2025-04-01' }).value;
    expect(ujian).toMatchObject({
      memenuhiSyarat: false,
      tmtPalingCepat: null,
      syaratTidakTerpenuhi: [{ code: 'promotion.kenaikanPangkatStruktural.ujianDinasBelumLulus', olehWaktuSaja: false }],
    });
  });

  it('waits for a running hukuman, and for one starting later that runs on the earliest period', () => {
    expect(tmt({ ...base, riwayatHukuman: [{ jenis: 'PEMBEBASAN_DARI_JABATAN', tmt: '2025-02-01' }] })).toBe('2026-02-01');
    expect(tmt({ ...base, riwayatHukuman: [{ jenis: 'PEMBEBASAN_DARI_JABATAN', tmt: '2025-02-02' }] })).toBe('2026-03-01');
    const later = kenaikanPangkatStruktural(
      { ...base, tmtPangkat: '2021-04-02', riwayatHukuman: [{ jenis: 'PENURUNAN_JABATAN', tmt: '2025-05-15' }] },
      { asOf: '2025-03-10' },
    );
    expect(later.value).toMatchObject({ memenuhiSyarat: false, periode: '2025-04-01', tmtPalingCepat: '2026-06-01' });
  });

  it('is null when time cannot cure: above the eselon\'s highest pangkat, IV/e, more than one level below the jenjang, a PDHTAPS', () => {
    expect(tmt({ ...base, golongan: 'III/d', ijazah: 'S2' })).toBeNull();
    expect(tmt({ ...base, eselon: 'I.a', golongan: 'IV/e', ijazah: 'S3' })).toBeNull();
    expect(tmt({ ...base, golongan: 'III/a' })).toBeNull();
    expect(tmt({ ...base, riwayatHukuman: [{ jenis: 'PDHTAPS', tmt: '2025-01-01' }] })).toBeNull();
  });

  it('an earliest period after 2999-12-31 is refused, naming the field that puts it there', () => {
    const late = { ...sb, tmtPangkat: '2999-01-01', tmtJabatan: '2999-02-01', riwayatPenilaian: PENILAIAN_2997 };
    expect(thrownIssues(() => kenaikanPangkatStruktural(late, { asOf: '2999-11-15' })).map((i) => [i.path.join('.'), i.message])).toEqual([
      ['tmtJabatan', 'leads to the earliest promotion period 3000-02-01, after 2999-12-31, the last date this library accepts'],
    ]);
    expect(
      kenaikanPangkatStruktural({ ...late, tmtPangkat: '2998-12-01', tmtJabatan: '2998-11-01' }, { asOf: '2999-11-15' }).value.tmtPalingCepat,
    ).toBe('2999-12-01');
  });
});

