import { describe, expect, it } from 'vitest';
import { explain, MeritInputError } from '../../src/index.js';
import {
  batasAtasanBerlaku,
  kenaikanPangkatReguler,
  kenaikanPangkatRegulerOptions,
  type PegawaiKenaikanPangkatReguler,
  TANGGAL_BATAS_ATASAN_DICABUT,
  VERSI_KENAIKAN_PANGKAT_REGULER,
} from '../../src/promotion/index.js';
import * as z from 'zod/mini';
import { thrownIssues } from '../input-issues.js';

const baik = (...tahun: number[]) => tahun.map((t) => ({ tahun: t, predikat: 'BAIK' as const }));

/** Pelaksana S1 at III/b, 4 years on 1 April 2025, Baik in 2023 and 2024. */
const base: PegawaiKenaikanPangkatReguler = {
  golongan: 'III/b',
  tmtPangkat: '2021-04-01',
  ijazah: 'S1',
  riwayatPenilaian: baik(2023, 2024),
};
const codes = (d: { reasons: { code: string; outcome: string }[] }) =>
  d.reasons.filter((r) => r.outcome === 'FAIL').map((r) => r.code.split('.').pop());

/** Appraisals for the periods of 2999 (the two years before), so that only time stands between the PNS and the period. */
const PENILAIAN_2997 = [
  { tahun: 2997, predikat: 'BAIK' as const },
  { tahun: 2998, predikat: 'BAIK' as const },
];

describe('kenaikanPangkatReguler', () => {
  it('promotes at the KP period when every condition holds', () => {
    const d = kenaikanPangkatReguler(base, { asOf: '2025-03-10' });
    expect(d.value).toEqual({
      memenuhiSyarat: true,
      golonganBaru: 'III/c',
      tmt: '2025-04-01',
      periode: '2025-04-01',
      golonganTujuan: 'III/c',
      tmtPalingCepat: '2025-04-01',
      syaratTidakTerpenuhi: [],
    });
    expect(explain(d, 'id').join('\n')).toMatch(/4 tahun/);
    expect(explain(d, 'en').join('\n')).toMatch(/4 years on 1 April 2025/);
  });

  it('needs exactly 4 years: TMT pangkat one day later fails and moves to the next period', () => {
    const d = kenaikanPangkatReguler({ ...base, tmtPangkat: '2021-04-02' }, { asOf: '2025-03-10' });
    expect(d.value.memenuhiSyarat).toBe(false);
    expect(codes(d)).toEqual(['masaKerja']);
    expect(d.value.tmtPalingCepat).toBe('2025-06-01');
  });

  it('counts the first KP from TMT CPNS', () => {
    const pertama = { ...base, golongan: 'III/a' as const, tmtPangkat: '2022-04-01', tmtCpns: '2021-04-01', kenaikanPangkatPertama: true };
    expect(kenaikanPangkatReguler(pertama, { asOf: '2025-04-01' }).value.golonganBaru).toBe('III/b');
    expect(kenaikanPangkatReguler({ ...pertama, kenaikanPangkatPertama: false }, { asOf: '2025-04-01' }).value.memenuhiSyarat).toBe(false);
    expect(() => kenaikanPangkatReguler({ ...pertama, tmtCpns: undefined }, { asOf: '2025-04-01' })).toThrow(MeritInputError);
  });

  it('needs at least Baik in each of the two years before the period (digest §9 vector 12)', () => {
    const kurang = kenaikanPangkatReguler({ ...base, riwayatPenilaian: [{ tahun: 2023, predikat: 'BAIK' }, { tahun: 2024, predikat: 'BUTUH_PERBAIKAN' }] }, { asOf: '2025-04-01' });
    expect(codes(kurang)).toEqual(['penilaian']);
    const hilang = kenaikanPangkatReguler({ ...base, riwayatPenilaian: baik(2024) }, { asOf: '2025-04-01' });
    expect(codes(hilang)).toEqual(['penilaianTidakAda']);
    const sangatBaik = kenaikanPangkatReguler({ ...base, riwayatPenilaian: [{ tahun: 2023, predikat: 'SANGAT_BAIK' }, { tahun: 2024, predikat: 'BAIK' }] }, { asOf: '2025-04-01' });
    expect(sangatBaik.value.memenuhiSyarat).toBe(true);
    // A stricter agency setting.
    expect(kenaikanPangkatReguler(base, { asOf: '2025-04-01', minPredikat: 'SANGAT_BAIK' }).value.memenuhiSyarat).toBe(false);
  });

  it('stops at the ceiling for each ijazah (digest §9 vector 13)', () => {
    const cases: [PegawaiKenaikanPangkatReguler['ijazah'], PegawaiKenaikanPangkatReguler['golongan'], boolean][] = [
      ['SD', 'I/d', true], ['SD', 'II/a', false],
      ['SLTP', 'II/b', true], ['SLTP', 'II/c', false],
      ['SLTP_KEJURUAN', 'II/c', true], ['SLTP_KEJURUAN', 'II/d', false],
      ['SLTA', 'III/a', true], ['SLTA', 'III/b', false],
      ['D_III', 'III/b', true], ['D_III', 'III/c', false],
      ['S1', 'III/c', true], ['S1', 'III/d', false],
      ['S2', 'III/d', true], ['S2', 'IV/a', false],
      ['S3', 'IV/a', true], ['S3', 'IV/b', false],
    ];
    for (const [ijazah, golongan, ok] of cases) {
      // Ujian dinas passed so that only the ceiling decides.
      const d = kenaikanPangkatReguler({ ...base, ijazah, golongan, ujianDinas: ['TINGKAT_I', 'TINGKAT_II'] }, { asOf: '2025-04-01' });
      expect(d.value.memenuhiSyarat, `${ijazah} ${golongan}`).toBe(ok);
      if (!ok) expect(d.value.tmtPalingCepat).toBeNull();
    }
    const puncak = kenaikanPangkatReguler({ ...base, golongan: 'IV/e', ijazah: 'S3' }, { asOf: '2025-04-01' });
    expect(puncak.value).toMatchObject({ memenuhiSyarat: false, golonganTujuan: null, tmtPalingCepat: null });
  });

  it('applies the atasan limit only before Peraturan BKN 2/2025 (digest §9 vector 14)', () => {
    const p = { ...base, golongan: 'III/c' as const, golonganAtasan: 'III/c' as const };
    expect(codes(kenaikanPangkatReguler(p, { asOf: '2025-04-01' }))).toEqual(['atasan']);
    expect(kenaikanPangkatReguler(p, { asOf: '2025-04-01' }).value.tmtPalingCepat).toBe('2025-06-01');
    expect(kenaikanPangkatReguler(p, { asOf: '2025-06-01' }).value.memenuhiSyarat).toBe(true);
    expect(kenaikanPangkatReguler({ ...p, golonganAtasan: 'III/d' }, { asOf: '2025-04-01' }).value.memenuhiSyarat).toBe(true);
    expect(batasAtasanBerlaku('2025-05-19')).toBe(true);
    expect(batasAtasanBerlaku('2025-05-20')).toBe(false);
    // The repeal date is a setting.
    expect(kenaikanPangkatReguler(p, { asOf: '2025-06-01', tanggalBatasAtasanDicabut: '2025-06-02' }).value.memenuhiSyarat).toBe(false);
    expect(kenaikanPangkatReguler(p, { asOf: '2025-06-01', tanggalBatasAtasanDicabut: '2025-06-01' }).value.memenuhiSyarat).toBe(true);
  });

  it('the repeal date is written once: the versions split on it, the setting defaults to it, the limit reads the version in force', () => {
    expect(TANGGAL_BATAS_ATASAN_DICABUT).toBe('2025-05-20');
    expect(VERSI_KENAIKAN_PANGKAT_REGULER.map((v) => [v.id, v.from, v.to, v.value])).toEqual([
      ['BATAS_ATASAN', '2000-01-01', '2025-05-20', { batasAtasan: true }],
      ['TANPA_BATAS_ATASAN', '2025-05-20', undefined, { batasAtasan: false }],
    ]);
    expect(z.parse(kenaikanPangkatRegulerOptions, { asOf: '2025-01-02' }).tanggalBatasAtasanDicabut).toBe(TANGGAL_BATAS_ATASAN_DICABUT);
    const p = { ...base, golongan: 'III/c' as const, golonganAtasan: 'III/c' as const };
    // A setting before the table starts: the limit never applies.
    expect(kenaikanPangkatReguler(p, { asOf: '2025-04-01', tanggalBatasAtasanDicabut: '1999-01-01' }).value.memenuhiSyarat).toBe(true);
    expect(codes(kenaikanPangkatReguler(p, { asOf: '2025-04-01', tanggalBatasAtasanDicabut: '2026-01-01' }))).toEqual(['atasan']);
    expect(kenaikanPangkatReguler(p, { asOf: '2025-04-01', tanggalBatasAtasanDicabut: '2026-01-01' }).value.tmtPalingCepat).toBe('2026-01-01');
  });

  it('an earliest period after 2999-12-31 is refused, naming the field that puts it there', () => {
    const p = { ...base, golongan: 'III/c' as const, golonganAtasan: 'III/c' as const };
    const issues = thrownIssues(() => kenaikanPangkatReguler(p, { asOf: '2025-04-01', tanggalBatasAtasanDicabut: '2999-12-15' }));
    expect(issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['options.tanggalBatasAtasanDicabut', 'leads to the earliest promotion period 3000-01-01, after 2999-12-31, the last date this library accepts'],
    ]);
    const masa = thrownIssues(() => kenaikanPangkatReguler({ ...base, tmtPangkat: '2999-01-01', riwayatPenilaian: PENILAIAN_2997 }, { asOf: '2999-11-15' }));
    expect(masa.map((i) => i.path.join('.'))).toEqual(['tmtPangkat']);
  });

  it('needs the ujian dinas to cross into golongan III and IV, unless exempt', () => {
    const slta = { ...base, golongan: 'II/d' as const, ijazah: 'SLTA' as const };
    expect(codes(kenaikanPangkatReguler(slta, { asOf: '2025-04-01' }))).toEqual(['ujianDinasBelumLulus']);
    expect(kenaikanPangkatReguler({ ...slta, ujianDinas: ['TINGKAT_I'] }, { asOf: '2025-04-01' }).value.memenuhiSyarat).toBe(true);
    expect(kenaikanPangkatReguler({ ...slta, diklatKepemimpinan: ['DIKLATPIM_IV'] }, { asOf: '2025-04-01' }).value.memenuhiSyarat).toBe(true);
    expect(kenaikanPangkatReguler({ ...slta, ijazah: 'S1' }, { asOf: '2025-04-01' }).value.memenuhiSyarat).toBe(true);
    const s2 = { ...base, golongan: 'III/d' as const, ijazah: 'S2' as const };
    expect(kenaikanPangkatReguler(s2, { asOf: '2025-04-01' }).value.memenuhiSyarat).toBe(true);
    // Tingkat I does not exempt from Tingkat II; Diklatpim IV does not either.
    const ii = { ...base, golongan: 'III/d' as const, ijazah: 'S2' as const };
    expect(kenaikanPangkatReguler(ii, { asOf: '2025-04-01' }).reasons.some((r) => r.code.endsWith('ujianDinasDibebaskan'))).toBe(true);
  });

  it('blocks while a hukuman disiplin sedang/berat runs, and tells when it ends', () => {
    const h = { ...base, riwayatHukuman: [{ jenis: 'POTONGAN_TUKIN_9_BULAN' as const, tmt: '2025-01-01' }] };
    const d = kenaikanPangkatReguler(h, { asOf: '2025-03-01' });
    expect(codes(d)).toEqual(['hukumanBerjalan']);
    expect(d.value.tmtPalingCepat).toBe('2025-10-01');
    expect(kenaikanPangkatReguler(h, { asOf: '2025-03-01', tingkatHukumanMenghalangi: [] }).value.memenuhiSyarat).toBe(true);
    const ringan = { ...base, riwayatHukuman: [{ jenis: 'TEGURAN_TERTULIS' as const, tmt: '2025-03-01' }] };
    expect(kenaikanPangkatReguler(ringan, { asOf: '2025-03-01' }).value.memenuhiSyarat).toBe(true);
    const pdhtaps = { ...base, riwayatHukuman: [{ jenis: 'PDHTAPS' as const, tmt: '2025-01-01' }] };
    expect(kenaikanPangkatReguler(pdhtaps, { asOf: '2025-03-01' }).value.tmtPalingCepat).toBeNull();
  });

  it('rejects bad input with MeritInputError naming the field', () => {
    expect(() => kenaikanPangkatReguler({ ...base, golongan: 'III/e' as never }, { asOf: '2025-04-01' })).toThrow(/golongan/);
    expect(() => kenaikanPangkatReguler(base)).toThrow(MeritInputError);
    expect(() => kenaikanPangkatReguler(base, { asOf: '2025-02-30' })).toThrow(/asOf/);
    expect(() => kenaikanPangkatReguler({ ...base, riwayatPenilaian: [...baik(2024), ...baik(2024)] }, { asOf: '2025-04-01' })).toThrow(/twice/);
  });

  it('does not mutate its input', () => {
    const input = structuredClone(base);
    kenaikanPangkatReguler(input, { asOf: '2025-04-01' });
    expect(input).toEqual(base);
  });
});
