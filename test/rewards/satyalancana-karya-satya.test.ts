import { describe, expect, it } from 'vitest';
import { MeritInputError } from '../../src/core/errors.js';
import { explain } from '../../src/explain.js';
import { satyalancanaKaryaSatya, TAHUN_SLKS } from '../../src/rewards/index.js';
import { reasonLines } from '../explain/lines.js';

const asOf = (d: string) => ({ asOf: d });

describe('satyalancanaKaryaSatya (PP 35/2010 Pasal 22)', () => {
  it.each([
    ['2024-02-29', 9, null, 'SLKS_X', '2024-03-01'],
    ['2024-03-01', 10, 'SLKS_X', 'SLKS_XX', '2034-03-01'],
    ['2034-02-28', 19, 'SLKS_X', 'SLKS_XX', '2034-03-01'],
    ['2034-03-01', 20, 'SLKS_XX', 'SLKS_XXX', '2044-03-01'],
    ['2044-03-01', 30, 'SLKS_XXX', null, null],
  ] as const)('on %s (%i years) → %s, next %s on %s', (date, years, kelas, next, tanggal) => {
    const d = satyalancanaKaryaSatya({ tmtCpns: '2014-03-01' }, asOf(date));
    expect(d.value).toEqual({
      memenuhiSyarat: kelas !== null,
      kelas,
      masaKerjaTahun: years,
      kelasBerikutnya: next,
      tanggalPalingCepat: tanggal,
    });
  });

  it('TV-33: a ringan hukuman does not disqualify', () => {
    const d = satyalancanaKaryaSatya(
      { tmtCpns: '2014-03-01', riwayatHukuman: [{ jenis: 'PERNYATAAN_TIDAK_PUAS_TERTULIS', tmt: '2017-06-01' }] },
      asOf('2024-03-01'),
    );
    expect(d.value.kelas).toBe('SLKS_X');
  });

  it.each(['POTONGAN_TUKIN_6_BULAN', 'PENURUNAN_JABATAN', 'PDHTAPS'] as const)('TV-33b: %s in the counted period disqualifies', (jenis) => {
    const d = satyalancanaKaryaSatya({ tmtCpns: '2014-03-01', riwayatHukuman: [{ jenis, tmt: '2017-06-01' }] }, asOf('2024-03-01'));
    expect(d.value).toMatchObject({ memenuhiSyarat: false, kelas: null, kelasBerikutnya: null });
    expect(d.reasons.some((r) => r.code === 'rewards.satyalancanaKaryaSatya.hukuman' && r.outcome === 'FAIL')).toBe(true);
  });

  it('a hukuman after asOf is not counted yet', () => {
    const d = satyalancanaKaryaSatya(
      { tmtCpns: '2014-03-01', riwayatHukuman: [{ jenis: 'PENURUNAN_JABATAN', tmt: '2024-03-02' }] },
      asOf('2024-03-01'),
    );
    expect(d.value.kelas).toBe('SLKS_X');
  });

  it('TV-33c: 20 years with a CLTN is not eligible; the setting can ignore CLTN', () => {
    const input = { tmtCpns: '2004-01-01', cltn: [{ mulai: '2010-01-01', selesai: '2011-01-01' }] };
    expect(satyalancanaKaryaSatya(input, asOf('2024-01-01')).value.memenuhiSyarat).toBe(false);
    expect(satyalancanaKaryaSatya(input, { asOf: '2024-01-01', cltnMenggugurkan: false }).value.kelas).toBe('SLKS_XX');
  });

  it('classes already held are not proposed again; the previous-class setting proposes the lowest missing', () => {
    expect(satyalancanaKaryaSatya({ tmtCpns: '2004-01-01', kelasDimiliki: ['SLKS_X', 'SLKS_XX'] }, asOf('2024-06-01')).value).toMatchObject(
      {
        kelas: null,
        kelasBerikutnya: 'SLKS_XXX',
        tanggalPalingCepat: '2034-01-01',
      },
    );
    expect(satyalancanaKaryaSatya({ tmtCpns: '2004-01-01' }, asOf('2024-06-01')).value.kelas).toBe('SLKS_XX');
    expect(satyalancanaKaryaSatya({ tmtCpns: '2004-01-01' }, { asOf: '2024-06-01', kelasSebelumnyaWajib: true }).value.kelas).toBe(
      'SLKS_X',
    );
  });

  it('leap day TMT: 10 years from 29 Feb 2012 is reached on 28 Feb 2022', () => {
    expect(satyalancanaKaryaSatya({ tmtCpns: '2012-02-29' }, asOf('2022-02-28')).value.kelas).toBe('SLKS_X');
    expect(satyalancanaKaryaSatya({ tmtCpns: '2012-02-29' }, asOf('2022-02-27')).value.kelas).toBeNull();
  });

  it('needs asOf and valid dates', () => {
    expect(() => satyalancanaKaryaSatya({ tmtCpns: '2014-03-01' })).toThrow(MeritInputError);
    expect(() => satyalancanaKaryaSatya({ tmtCpns: '2014-02-30' }, asOf('2024-03-01'))).toThrow(MeritInputError);
    expect(() =>
      satyalancanaKaryaSatya({ tmtCpns: '2014-03-01', cltn: [{ mulai: '2015-01-01', selesai: '2014-01-01' }] }, asOf('2024-03-01')),
    ).toThrow(MeritInputError);
  });
});

const S = 'rewards.satyalancanaKaryaSatya';
const PASAL_22 = [{ regulation: 'PP_35_2010', article: 'Pasal 22' }];
const MASA_KERJA = [...PASAL_22, { regulation: 'PP_25_1994', article: 'Pasal 4 ayat (2)' }];
const codes = (d: ReturnType<typeof satyalancanaKaryaSatya>) => d.reasons.map((r) => r.code.slice(S.length + 1));

describe('satyalancanaKaryaSatya: the counted service is from TMT CPNS to asOf, both days included (PP 35/2010 Pasal 22)', () => {
  const tmtCpns = '2014-03-01';

  it.each([
    ['2014-03-01', false],
    ['2024-03-01', false],
    ['2024-03-02', true],
  ] as const)('a penurunan jabatan with TMT %s: eligible %s', (tmt, eligible) => {
    const d = satyalancanaKaryaSatya({ tmtCpns, riwayatHukuman: [{ jenis: 'PENURUNAN_JABATAN', tmt }] }, asOf('2024-03-01'));
    expect(d.value.memenuhiSyarat).toBe(eligible);
    expect(codes(d)).toContain(eligible ? 'tanpaHukuman' : 'hukuman');
  });

  it.each([
    ['starting on TMT CPNS', { mulai: '2014-03-01', selesai: '2014-04-01' }, false],
    ['starting on asOf', { mulai: '2024-03-01', selesai: '2025-03-01' }, false],
    ['starting after asOf', { mulai: '2024-03-02', selesai: '2025-03-02' }, true],
    ['still running (no end), started in service', { mulai: '2020-01-01' }, false],
    ['still running (no end), starting after asOf', { mulai: '2024-03-02' }, true],
    ['of a single day', { mulai: '2016-05-10', selesai: '2016-05-10' }, false],
  ] as const)('a CLTN %s: eligible %s', (_what, cltn, eligible) => {
    const d = satyalancanaKaryaSatya({ tmtCpns, cltn: [cltn] }, asOf('2024-03-01'));
    expect(d.value.memenuhiSyarat).toBe(eligible);
    expect(codes(d).includes('cltn')).toBe(!eligible);
  });

  it('a CLTN that ends before it starts is rejected, naming the period and its end', () => {
    try {
      satyalancanaKaryaSatya({ tmtCpns, cltn: [{ mulai: '2015-01-02', selesai: '2015-01-01' }] }, asOf('2024-03-01'));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(MeritInputError);
      expect((e as MeritInputError).issues).toEqual([
        {
          path: ['cltn', 0, 'selesai'],
          message: 'a CLTN period cannot end before it starts',
          text: { en: 'a CLTN period cannot end before it starts', id: 'masa CLTN tidak mungkin berakhir sebelum dimulai' },
          code: 'contradiction',
        },
      ]);
    }
  });

  it('a hukuman or a CLTN before the TMT CPNS is refused (both exist only for a CPNS/PNS)', () => {
    const lines = (input: Parameters<typeof satyalancanaKaryaSatya>[0]) => {
      try {
        satyalancanaKaryaSatya(input, asOf('2024-03-01'));
      } catch (e) {
        return (e as MeritInputError).describe('id');
      }
      return expect.unreachable();
    };
    expect(lines({ tmtCpns, riwayatHukuman: [{ jenis: 'PENURUNAN_JABATAN', tmt: '2014-02-28' }] })).toEqual([
      'riwayatHukuman[0].tmt: hukuman disiplin dengan TMT 2014-02-28 sebelum TMT CPNS 2014-03-01',
    ]);
    expect(
      lines({
        tmtCpns,
        cltn: [
          { mulai: '2013-01-01', selesai: '2014-02-28' },
          { mulai: '2014-01-01', selesai: '2015-01-01' },
        ],
      }),
    ).toEqual([
      'cltn[0].mulai: CLTN yang dimulai 2013-01-01 sebelum TMT CPNS 2014-03-01',
      'cltn[1].mulai: CLTN yang dimulai 2014-01-01 sebelum TMT CPNS 2014-03-01',
    ]);
  });
});

describe('satyalancanaKaryaSatya reasons', () => {
  const input = { tmtCpns: '2014-03-01', cltn: [{ mulai: '2016-01-04', selesai: '2017-01-04' }] };

  it('TV-33c: a CLTN disqualifies with a FAIL reason citing Pasal 22', () => {
    const d = satyalancanaKaryaSatya(input, asOf('2024-03-01'));
    expect(codes(d)).toEqual(['masaKerja', 'tanpaHukuman', 'cltn']);
    expect(d.reasons[2]).toEqual({ rule: S, code: `${S}.cltn`, outcome: 'FAIL', citations: PASAL_22, facts: { mulai: '2016-01-04' } });
    expect(reasonLines(d, 'id')[2]).toMatchInlineSnapshot(
      `"Tidak terpenuhi: Pernah menjalani cuti di luar tanggungan negara (mulai 4 Januari 2016): tidak memenuhi syarat [1]"`,
    );
    expect(reasonLines(d, 'en')[2]).toMatchInlineSnapshot(
      `"Not met: Took unpaid leave outside state responsibility (from 4 January 2016): not eligible [1]"`,
    );
  });

  it('with the setting that ignores CLTN, the CLTN is still reported (INFO) and the class is proposed', () => {
    const d = satyalancanaKaryaSatya(input, { asOf: '2024-03-01', cltnMenggugurkan: false });
    expect(codes(d)).toEqual(['masaKerja', 'tanpaHukuman', 'cltnDiabaikan', 'kelas', 'berikutnya']);
    expect(d.reasons[2]).toEqual({
      rule: S,
      code: `${S}.cltnDiabaikan`,
      outcome: 'INFO',
      citations: PASAL_22,
      facts: { mulai: '2016-01-04' },
    });
    expect(reasonLines(d, 'id')[2]).toMatchInlineSnapshot(
      `"Catatan: Cuti di luar tanggungan negara (mulai 4 Januari 2016) tidak menggugurkan menurut pengaturan [1]"`,
    );
    expect(reasonLines(d, 'en')[2]).toMatchInlineSnapshot(
      `"Note: Unpaid leave (from 4 January 2016) does not disqualify under the setting [1]"`,
    );
    expect(d.value.kelas).toBe('SLKS_X');
  });

  it('without a CLTN there is no CLTN reason, whatever the setting', () => {
    expect(codes(satyalancanaKaryaSatya({ tmtCpns: '2014-03-01' }, { asOf: '2024-03-01', cltnMenggugurkan: false }))).toEqual([
      'masaKerja',
      'tanpaHukuman',
      'kelas',
      'berikutnya',
    ]);
  });

  it('not yet 10 years: a FAIL reason naming the next class and the day it is reached, and no separate next-class reason', () => {
    const d = satyalancanaKaryaSatya({ tmtCpns: '2014-03-01' }, asOf('2020-03-01'));
    expect(codes(d)).toEqual(['masaKerja', 'tanpaHukuman', 'belumCukup']);
    expect(d.reasons[2]).toEqual({
      rule: S,
      code: `${S}.belumCukup`,
      outcome: 'FAIL',
      citations: MASA_KERJA,
      facts: { masaKerjaTahun: 6, kelasBerikutnya: 'SLKS_X', tanggalPalingCepat: '2024-03-01' },
    });
    expect(reasonLines(d, 'id')[2]).toMatchInlineSnapshot(
      `"Tidak terpenuhi: Masa kerja 6 tahun belum memenuhi kelas berikutnya; Satyalancana Karya Satya X Tahun dapat dicapai pada 1 Maret 2024 [1, 2]"`,
    );
    expect(reasonLines(d, 'en')[2]).toMatchInlineSnapshot(
      `"Not met: 6 years of service do not yet meet the next class; Satyalancana Karya Satya, 10 years can be reached on 1 March 2024 [1, 2]"`,
    );
  });

  it('every class met already held: not yet the next class (belumCukup), next is SLKS XXX', () => {
    const d = satyalancanaKaryaSatya({ tmtCpns: '2004-01-01', kelasDimiliki: ['SLKS_X', 'SLKS_XX'] }, asOf('2024-06-01'));
    expect(codes(d)).toEqual(['masaKerja', 'tanpaHukuman', 'belumCukup']);
    expect(d.reasons[2]!.facts).toEqual({ masaKerjaTahun: 20, kelasBerikutnya: 'SLKS_XXX', tanggalPalingCepat: '2034-01-01' });
  });

  it('disqualified: no class and no not-yet reason', () => {
    const d = satyalancanaKaryaSatya(
      { tmtCpns: '2014-03-01', riwayatHukuman: [{ jenis: 'PDHTAPS', tmt: '2016-01-01' }] },
      asOf('2020-03-01'),
    );
    expect(codes(d)).toEqual(['masaKerja', 'hukuman']);
  });

  it('a class already held counts as reached: the next class is the one above it (SLKS X held at 12 years → next SLKS XX)', () => {
    const d = satyalancanaKaryaSatya({ tmtCpns: '2014-03-01', kelasDimiliki: ['SLKS_X'] }, asOf('2026-03-01'));
    expect(d.value).toEqual({
      memenuhiSyarat: false,
      kelas: null,
      masaKerjaTahun: 12,
      kelasBerikutnya: 'SLKS_XX',
      tanggalPalingCepat: '2034-03-01',
    });
  });

  it('a class held before its years of service, or held twice, is refused', () => {
    try {
      satyalancanaKaryaSatya({ tmtCpns: '2014-03-01', kelasDimiliki: ['SLKS_X'] }, asOf('2019-03-01'));
      expect.unreachable();
    } catch (e) {
      expect((e as MeritInputError).describe('en')).toEqual([
        'kelasDimiliki[0]: SLKS_X needs 10 years of service, but the service on 2019-03-01 is 5 years',
      ]);
      expect((e as MeritInputError).describe('id')).toEqual([
        'kelasDimiliki[0]: SLKS_X memerlukan masa kerja 10 tahun, padahal masa kerja pada 2019-03-01 baru 5 tahun',
      ]);
    }
    try {
      satyalancanaKaryaSatya({ tmtCpns: '2000-03-01', kelasDimiliki: ['SLKS_X', 'SLKS_X'] }, asOf('2024-03-01'));
      expect.unreachable();
    } catch (e) {
      expect((e as MeritInputError).describe('id')).toEqual([
        'kelasDimiliki[1]: SLKS_X tercantum dua kali: satu kelas hanya dianugerahkan sekali',
      ]);
    }
  });
});

describe('presets and tables are frozen: a write throws and the next decision is unchanged', () => {
  it('TAHUN_SLKS', () => {
    expect(() => {
      (TAHUN_SLKS as Record<string, number>)['SLKS_X'] = 1;
    }).toThrow(TypeError);
  });
});
