import { describe, expect, it } from 'vitest';
import { MeritInputError } from '../../src/core/errors.js';
import { ATURAN_GABUNG_HUKUMAN, gabungHukuman, gabungHukumanRule } from '../../src/index.js';
import { explain } from '../../src/explain.js';
import { thrownIssues } from '../input-issues.js';
import { reasonLines } from '../explain/lines.js';

describe('gabungHukuman regressions', () => {
  it('a running hukuman superseded on its first day has no last day served', () => {
    const d = gabungHukuman({ berjalan: { jenis: 'TEGURAN_LISAN', tmt: '2022-01-01' }, baru: { jenis: 'PDHTAPS', tmt: '2022-01-01' } });
    expect(d.value.berjalan.tmt).toBe('2022-01-01');
    expect(d.value.berjalan.hariTerakhir).toBeNull();
    expect(d.value.berjalan.selesai).toBe('2022-01-01');
  });

  it('a running hukuman superseded on its second day served exactly one day', () => {
    const d = gabungHukuman({
      berjalan: { jenis: 'POTONGAN_TUKIN_12_BULAN', tmt: '2022-01-01' },
      baru: { jenis: 'PDHTAPS', tmt: '2022-01-02' },
    });
    expect(d.value.berjalan.hariTerakhir).toBe('2022-01-01');
  });
});

describe('gabungHukuman (PerBKN 6/2022 contoh 24)', () => {
  it('TV-23: a heavier new hukuman ends the running one now', () => {
    const d = gabungHukuman({
      berjalan: { jenis: 'POTONGAN_TUKIN_12_BULAN', tmt: '2022-03-01' },
      baru: { jenis: 'PENURUNAN_JABATAN', tmt: '2022-07-15' },
    });
    expect(d.value.berjalan.selesai).toBe('2022-07-15');
    expect(d.value.baru).toMatchObject({ tmt: '2022-07-15', selesai: '2023-07-15' });
  });

  it('TV-24: a lighter new hukuman waits until the running one ends', () => {
    const d = gabungHukuman({
      berjalan: { jenis: 'PENURUNAN_JABATAN', tmt: '2022-03-01' },
      baru: { jenis: 'POTONGAN_TUKIN_12_BULAN', tmt: '2022-07-15' },
    });
    expect(d.value.berjalan.selesai).toBe('2023-03-01');
    expect(d.value.baru).toMatchObject({ tmt: '2023-03-01', selesai: '2024-03-01' });
  });

  it('an equal hukuman also waits', () => {
    const d = gabungHukuman({
      berjalan: { jenis: 'POTONGAN_TUKIN_6_BULAN', tmt: '2022-03-01' },
      baru: { jenis: 'POTONGAN_TUKIN_6_BULAN', tmt: '2022-04-01' },
    });
    expect(d.value.baru.tmt).toBe('2022-09-01');
  });

  it('a hukuman already served does not interact', () => {
    const d = gabungHukuman({
      berjalan: { jenis: 'POTONGAN_TUKIN_6_BULAN', tmt: '2022-03-01' },
      baru: { jenis: 'TEGURAN_LISAN', tmt: '2022-09-01' },
    });
    expect(d.value.baru.tmt).toBe('2022-09-01');
    expect(d.reasons[0]!.code).toBe('discipline.gabungHukuman.sudahSelesai');
  });

  it('nothing can be queued behind PDHTAPS', () => {
    const d = gabungHukuman({ berjalan: { jenis: 'PDHTAPS', tmt: '2022-03-01' }, baru: { jenis: 'PENURUNAN_JABATAN', tmt: '2022-04-01' } });
    expect(d.value.baru).toEqual({ jenis: 'PENURUNAN_JABATAN', tmt: null, hariTerakhir: null, selesai: null });
  });

  it('rejects a new hukuman dated before the running one', () => {
    expect(() =>
      gabungHukuman({ berjalan: { jenis: 'PDHTAPS', tmt: '2022-03-01' }, baru: { jenis: 'TEGURAN_LISAN', tmt: '2022-02-01' } }),
    ).toThrow(MeritInputError);
  });
});

describe('gabungHukuman: the cases of contoh 24 and the TMT check', () => {
  it('the new hukuman may start on the TMT of the running one but not before it', () => {
    expect(
      gabungHukuman({ berjalan: { jenis: 'TEGURAN_LISAN', tmt: '2022-01-03' }, baru: { jenis: 'PDHTAPS', tmt: '2022-01-03' } }).value.baru
        .tmt,
    ).toBe('2022-01-03');
    expect(
      thrownIssues(() =>
        gabungHukuman({ berjalan: { jenis: 'TEGURAN_LISAN', tmt: '2022-01-03' }, baru: { jenis: 'PDHTAPS', tmt: '2022-01-02' } }),
      ),
    ).toEqual([
      {
        path: ['baru', 'tmt'],
        message: 'the new hukuman cannot take effect before the running one',
        text: {
          en: 'the new hukuman cannot take effect before the running one',
          id: 'hukuman baru tidak dapat berlaku sebelum hukuman yang sedang dijalani',
        },
        code: 'contradiction',
      },
    ]);
  });

  it('a running hukuman already served is not concurrent: the text gives the day it ended', () => {
    const d = gabungHukuman({
      berjalan: { jenis: 'POTONGAN_TUKIN_6_BULAN', tmt: '2022-01-03' },
      baru: { jenis: 'TEGURAN_TERTULIS', tmt: '2022-08-01' },
    });
    expect(d.value.baru.tmt).toBe('2022-08-01');
    expect(d.reasons[0]).toMatchObject({
      code: 'discipline.gabungHukuman.sudahSelesai',
      facts: { berjalan: 'POTONGAN_TUKIN_6_BULAN', baru: 'TEGURAN_TERTULIS', tmtBaru: '2022-08-01', selesaiBerjalan: '2022-07-03' },
    });
    expect(reasonLines(d, 'en')[0]).toMatchInlineSnapshot(
      `"Note: 25% performance-allowance cut for 6 months was over on 3 July 2022, before written reprimand takes effect on 1 August 2022: not concurrent [1]"`,
    );
  });

  it('behind a PDHTAPS a lighter hukuman can never be served (contoh 24b)', () => {
    const d = gabungHukuman({ berjalan: { jenis: 'PDHTAPS', tmt: '2022-01-03' }, baru: { jenis: 'PENURUNAN_JABATAN', tmt: '2022-02-01' } });
    expect(d.value.baru).toEqual({ jenis: 'PENURUNAN_JABATAN', tmt: null, hariTerakhir: null, selesai: null });
    expect(d.reasons[0]).toMatchObject({ code: 'discipline.gabungHukuman.tidakDapatDijalani', facts: { tmtBaruDijadwalkan: null } });
    // a lighter one behind a finite hukuman waits instead
    const e = gabungHukuman({
      berjalan: { jenis: 'PENURUNAN_JABATAN', tmt: '2022-01-03' },
      baru: { jenis: 'TEGURAN_LISAN', tmt: '2022-02-01' },
    });
    expect(e.reasons[0]).toMatchObject({ code: 'discipline.gabungHukuman.menunggu', facts: { tmtBaruDijadwalkan: '2023-01-03' } });
  });
});

describe('gabungHukuman: the cases on its rule page', () => {
  const kasus = {
    sudahSelesai: {
      berjalan: { jenis: 'POTONGAN_TUKIN_6_BULAN', tmt: '2022-01-03' },
      baru: { jenis: 'TEGURAN_TERTULIS', tmt: '2022-08-01' },
    },
    lebihBerat: {
      berjalan: { jenis: 'POTONGAN_TUKIN_12_BULAN', tmt: '2022-03-01' },
      baru: { jenis: 'PENURUNAN_JABATAN', tmt: '2022-07-01' },
    },
    menunggu: {
      berjalan: { jenis: 'PENURUNAN_JABATAN', tmt: '2022-03-01' },
      baru: { jenis: 'POTONGAN_TUKIN_12_BULAN', tmt: '2022-07-01' },
    },
    tidakDapatDijalani: { berjalan: { jenis: 'PDHTAPS', tmt: '2022-01-03' }, baru: { jenis: 'PENURUNAN_JABATAN', tmt: '2022-02-01' } },
  } as const;

  it('one row per case, keyed by the reason it gives, citing what the reason cites', () => {
    const [tabel] = gabungHukumanRule.tables!;
    expect(tabel!.rows.map((r) => r[0])).toEqual(Object.keys(ATURAN_GABUNG_HUKUMAN));
    expect(tabel!.rows.map((r) => r[0])).toEqual(Object.keys(kasus));
    tabel!.rows.forEach((row, i) => {
      const d = gabungHukuman(kasus[row[0] as keyof typeof kasus]);
      expect(d.reasons.map((r) => r.code)).toEqual([`discipline.gabungHukuman.${row[0]}`]);
      expect(d.reasons[0]!.citations).toEqual(tabel!.dasar![i]);
    });
    expect(tabel!.dasar!.map((c) => c.map((x) => x.annex))).toEqual([
      ['Lampiran, contoh kasus 24'],
      ['Lampiran, contoh kasus 24a'],
      ['Lampiran, contoh kasus 24b'],
      ['Lampiran, contoh kasus 24b'],
    ]);
  });
});
