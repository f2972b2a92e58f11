import { describe, expect, it } from 'vitest';
import { competencyMessages, MASA_MUTASI, masaMutasi, STATUS_MASA_MUTASI } from '../../src/competency/index.js';
import { labelOf, MeritInputError } from '../../src/core/index.js';
import { explain } from '../../src/explain.js';
import { thrownIssueLines } from '../input-issues.js';

describe('masaMutasi: PP 11/2017 Pasal 190 ayat (3), at least 2 and at most 5 years in the jabatan', () => {
  const P190 = [{ regulation: 'PP_11_2017', article: 'Pasal 190 ayat (3)' }];
  const CITE = '(PP 11/2017 Pasal 190 ayat (3))';

  it('the window is 2–5 years', () => {
    expect(MASA_MUTASI).toEqual({ minimumTahun: 2, maksimumTahun: 5 });
    expect(STATUS_MASA_MUTASI).toEqual(['BELUM_MEMENUHI', 'MEMENUHI', 'MELEWATI_BATAS']);
  });

  it('status labels for display (labelOf)', () => {
    expect(STATUS_MASA_MUTASI.map((s) => [labelOf(competencyMessages, s, 'id'), labelOf(competencyMessages, s, 'en')])).toEqual([
      ['belum memenuhi', 'not yet'],
      ['memenuhi', 'within the period'],
      ['melewati batas', 'beyond the maximum'],
    ]);
  });

  it('before 2 years: belum, FAIL, with the first possible date', () => {
    const d = masaMutasi({ tmtJabatan: '2019-01-01' }, { asOf: '2020-12-31' });
    expect(d.value).toEqual({
      status: 'BELUM_MEMENUHI',
      bulanDalamJabatan: 23,
      tanggalPalingCepat: '2021-01-01',
      tanggalPalingLambat: '2024-01-01',
    });
    expect(d.reasons).toEqual([
      {
        rule: 'competency.masaMutasi',
        code: 'competency.masaMutasi.belum',
        outcome: 'FAIL',
        citations: P190,
        facts: {
          tmtJabatan: '2019-01-01',
          asOf: '2020-12-31',
          bulan: 23,
          tanggalPalingCepat: '2021-01-01',
          tanggalPalingLambat: '2024-01-01',
        },
      },
    ]);
    expect(explain(d, 'id')).toMatchInlineSnapshot(`
      [
        "Tidak terpenuhi: TMT jabatan 1 Januari 2019: pada 31 Desember 2020 baru 23 bulan dalam jabatan; mutasi paling cepat 1 Januari 2021 [1]",
        "Dasar hukum:",
        "[1] PP 11/2017 Pasal 190 ayat (3)",
      ]
    `);
    expect(explain(d, 'en')).toMatchInlineSnapshot(`
      [
        "Not met: Post taken up 1 January 2019: on 31 December 2020 only 23 months in post; transfer from 1 January 2021 [1]",
        "Legal basis:",
        "[1] PP 11/2017 Pasal 190 ayat (3)",
      ]
    `);
  });

  it('from the second anniversary to the fifth, inclusive: memenuhi, PASS', () => {
    for (const asOf of ['2021-01-01', '2021-06-01', '2024-01-01']) {
      const d = masaMutasi({ tmtJabatan: '2019-01-01' }, { asOf });
      expect(d.value.status, asOf).toBe('MEMENUHI');
      expect(d.reasons[0]).toMatchObject({ code: 'competency.masaMutasi.memenuhi', outcome: 'PASS', citations: P190 });
    }
    const d = masaMutasi({ tmtJabatan: '2019-01-01' }, { asOf: '2021-06-01' });
    expect(d.reasons[0]!.facts).toEqual({
      tmtJabatan: '2019-01-01',
      asOf: '2021-06-01',
      bulan: 29,
      tanggalPalingCepat: '2021-01-01',
      tanggalPalingLambat: '2024-01-01',
    });
    expect(explain(d, 'id')).toMatchInlineSnapshot(`
      [
        "Terpenuhi: TMT jabatan 1 Januari 2019: pada 1 Juni 2021 sudah 29 bulan dalam jabatan, dalam rentang mutasi 1 Januari 2021 s.d. 1 Januari 2024 [1]",
        "Dasar hukum:",
        "[1] PP 11/2017 Pasal 190 ayat (3)",
      ]
    `);
    expect(explain(d, 'en')).toMatchInlineSnapshot(`
      [
        "Met: Post taken up 1 January 2019: on 1 June 2021 29 months in post, within the transfer window 1 January 2021 to 1 January 2024 [1]",
        "Legal basis:",
        "[1] PP 11/2017 Pasal 190 ayat (3)",
      ]
    `);
  });

  it('after the fifth anniversary: melewati batas, INFO', () => {
    const d = masaMutasi({ tmtJabatan: '2019-01-01' }, { asOf: '2024-01-02' });
    expect(d.value).toEqual({
      status: 'MELEWATI_BATAS',
      bulanDalamJabatan: 60,
      tanggalPalingCepat: '2021-01-01',
      tanggalPalingLambat: '2024-01-01',
    });
    expect(d.reasons).toEqual([
      {
        rule: 'competency.masaMutasi',
        code: 'competency.masaMutasi.melewati',
        outcome: 'INFO',
        citations: P190,
        facts: {
          tmtJabatan: '2019-01-01',
          asOf: '2024-01-02',
          bulan: 60,
          tanggalPalingCepat: '2021-01-01',
          tanggalPalingLambat: '2024-01-01',
        },
      },
    ]);
    expect(explain(d, 'id')).toMatchInlineSnapshot(`
      [
        "Catatan: TMT jabatan 1 Januari 2019: pada 2 Januari 2024 sudah 60 bulan dalam jabatan, melewati batas paling lama 1 Januari 2024 (dimulai 1 Januari 2021) [1]",
        "Dasar hukum:",
        "[1] PP 11/2017 Pasal 190 ayat (3)",
      ]
    `);
    expect(explain(d, 'en')).toMatchInlineSnapshot(`
      [
        "Note: Post taken up 1 January 2019: on 2 January 2024 60 months in post, beyond the maximum of 1 January 2024 (window opened 1 January 2021) [1]",
        "Legal basis:",
        "[1] PP 11/2017 Pasal 190 ayat (3)",
      ]
    `);
  });

  it('a TMT on asOf is 0 months and not yet; a TMT after asOf is refused', () => {
    expect(masaMutasi({ tmtJabatan: '2024-06-15' }, { asOf: '2024-06-15' }).value.status).toBe('BELUM_MEMENUHI');
    expect(thrownIssueLines(() => masaMutasi({ tmtJabatan: '2024-06-16' }, { asOf: '2024-06-15' }))).toEqual([
      'tmtJabatan: must not be after asOf (2024-06-15)',
    ]);
    try {
      masaMutasi({ tmtJabatan: '2024-06-16' }, { asOf: '2024-06-15' });
    } catch (e) {
      expect((e as MeritInputError).rule).toBe('competency.masaMutasi');
    }
  });
});
