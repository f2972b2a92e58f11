import { describe, expect, it } from 'vitest';
import { addDays, countWorkingDays } from '../../src/core/calendar.js';
import { MeritInputError } from '../../src/core/errors.js';
import { rekapKetidakhadiran } from '../../src/discipline/index.js';
import { explain } from '../../src/explain.js';
import { thrownIssues } from '../input-issues.js';
import { reasonLines } from '../explain/lines.js';

/** Every date from `from` to `to`, weekends included (the rule must skip them). */
function range(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

describe('rekapKetidakhadiran', () => {
  it('TV-18: every day 1–14 Oct 2022 → 10 working days in a row, PDHTAPS, salary stopped from November', () => {
    const d = rekapKetidakhadiran({ tahun: 2022, tidakMasuk: range('2022-10-01', '2022-10-14') });
    expect(d.value).toMatchObject({
      hariTidakMasuk: 10,
      hariBerturutTurut: 10,
      awalBerturutTurut: '2022-10-03',
      gajiDihentikanMulai: '2022-11-01',
      hukuman: 'PDHTAPS',
    });
  });

  it('contoh 23/2: 17–31 Oct 2022 is 11 working days and still PDHTAPS', () => {
    const d = rekapKetidakhadiran({ tahun: 2022, tidakMasuk: range('2022-10-17', '2022-10-31') });
    expect(d.value.hariBerturutTurut).toBe(11);
    expect(d.value.hukuman).toBe('PDHTAPS');
  });

  it('a holiday inside a run does not break it, and is not counted', () => {
    const cal = { holidays: ['2022-10-10'] };
    // 3–14 Oct without the holiday: 9 working days → not yet PDHTAPS
    const d = rekapKetidakhadiran({ tahun: 2022, tidakMasuk: range('2022-10-03', '2022-10-14') }, { kalender: cal });
    expect(d.value.hariTidakMasuk).toBe(9);
    expect(d.value.hariBerturutTurut).toBe(9);
    expect(d.value.hukuman).toBe('PERNYATAAN_TIDAK_PUAS_TERTULIS');
    // … and the Monday after completes it
    const e = rekapKetidakhadiran({ tahun: 2022, tidakMasuk: [...range('2022-10-03', '2022-10-14'), '2022-10-17'] }, { kalender: cal });
    expect(e.value.hariBerturutTurut).toBe(10);
    expect(e.value.hukuman).toBe('PDHTAPS');
  });

  it('a working day present breaks the run', () => {
    const dates = range('2022-10-03', '2022-10-14').filter((d) => d !== '2022-10-07');
    const d = rekapKetidakhadiran({ tahun: 2022, tidakMasuk: [...dates, '2022-10-17'] });
    expect(d.value.hariTidakMasuk).toBe(10);
    expect(d.value.hariBerturutTurut).toBe(6);
    expect(d.value.gajiDihentikanMulai).toBeNull();
    expect(d.value.hukuman).toBe('PERNYATAAN_TIDAK_PUAS_TERTULIS');
  });

  it('resets on 1 January: each year counts its own days, and early-December days given for the next year are refused, not dropped', () => {
    const dec = ['2022-12-01', '2022-12-02', '2022-12-05', '2022-12-06'];
    const jan = ['2023-01-02', '2023-01-03'];
    expect(rekapKetidakhadiran({ tahun: 2022, tidakMasuk: dec }).value.hariKumulatif).toBe(4);
    const d = rekapKetidakhadiran({ tahun: 2023, tidakMasuk: jan });
    expect(d.value.hariKumulatif).toBe(2);
    expect(d.value.hukuman).toBeNull();
    // 6 December does not join 2 January (the working days between are not listed): no run reaches into 2023
    const issues = thrownIssues(() => rekapKetidakhadiran({ tahun: 2023, tidakMasuk: [...dec, ...jan] }));
    expect(issues.map((i) => i.path)).toEqual([0, 1, 2, 3].map((i) => ['tidakMasuk', i]));
    expect(issues[3]!.text).toEqual({
      en: '2022-12-06 is outside 2023 and not part of a run of consecutive working days of absence reaching into it: the count is per calendar year (PP 94/2021 Pasal 15 ayat (1))',
      id: '2022-12-06 di luar tahun 2023 dan bukan bagian dari rangkaian hari kerja tidak masuk berturut-turut yang berlanjut ke tahun itu: penghitungan per tahun kalender (PP 94/2021 Pasal 15 ayat (1))',
    });
  });

  it('a consecutive run across 1 January counts by default, and not when the setting is off', () => {
    const dates = [...range('2022-12-26', '2022-12-30'), ...range('2023-01-02', '2023-01-06')];
    expect(countWorkingDays('2022-12-26', '2023-01-06')).toBe(10);
    const d = rekapKetidakhadiran({ tahun: 2023, tidakMasuk: dates });
    expect(d.value.hariKumulatif).toBe(5);
    expect(d.value.hariBerturutTurut).toBe(10);
    expect(d.value.gajiDihentikanMulai).toBe('2023-02-01');
    expect(d.value.hukuman).toBe('PDHTAPS');
    // the weekend of 31 December / 1 January lies inside the run: accepted, not counted
    expect(rekapKetidakhadiran({ tahun: 2023, tidakMasuk: range('2022-12-26', '2023-01-06') }).value).toMatchObject(d.value);
    // with the setting off, the December days cannot count towards 2023: refused by index, in both languages
    const off = { berturutTurutLintasTahun: false };
    const issues = thrownIssues(() => rekapKetidakhadiran({ tahun: 2023, tidakMasuk: dates }, off));
    expect(issues.map((i) => i.path)).toEqual([0, 1, 2, 3, 4].map((i) => ['tidakMasuk', i]));
    expect(issues[0]!.text).toEqual({
      en: '2022-12-26 is outside 2023: the count is per calendar year (PP 94/2021 Pasal 15 ayat (1)) and berturutTurutLintasTahun is off',
      id: '2022-12-26 di luar tahun 2023: penghitungan per tahun kalender (PP 94/2021 Pasal 15 ayat (1)) dan berturutTurutLintasTahun tidak aktif',
    });
    const e = rekapKetidakhadiran({ tahun: 2023, tidakMasuk: range('2023-01-02', '2023-01-06') }, off);
    expect(e.value.hariBerturutTurut).toBe(5);
    expect(e.value.hukuman).toBe('TEGURAN_TERTULIS');
  });

  it('a run from late December 2022 into January 2023 also counts for 2022 (it includes days of 2022)', () => {
    const d = rekapKetidakhadiran({ tahun: 2022, tidakMasuk: range('2022-12-26', '2023-01-06') });
    expect(d.value).toMatchObject({ hariKumulatif: 5, hariBerturutTurut: 10, gajiDihentikanMulai: '2023-02-01', hukuman: 'PDHTAPS' });
    expect(d.reasons[0]!.facts).toMatchObject({ hariTidakMasuk: 5, diluarTahun: 5 });
  });

  it('a six-day week counts Saturdays', () => {
    const d = rekapKetidakhadiran({ tahun: 2022, tidakMasuk: range('2022-10-03', '2022-10-13') }, { kalender: { weekendDays: [0] } });
    expect(d.value.hariTidakMasuk).toBe(10);
    expect(d.value.hariBerturutTurut).toBe(10);
  });

  it('TV-27: 30 minutes late on 15 days = 450 minutes = 1 day; 449 minutes = 0 days', () => {
    const late = range('2022-03-01', '2022-03-31')
      .filter((d) => countWorkingDays(d, d) === 1)
      .slice(0, 15);
    const d = rekapKetidakhadiran({ tahun: 2022, keterlambatan: late.map((tanggal) => ({ tanggal, menit: 30 })) });
    expect(d.value).toMatchObject({ menitKeterlambatan: 450, hariDariKeterlambatan: 1, sisaMenit: 0, hariKumulatif: 1 });
    const e = rekapKetidakhadiran({ tahun: 2022, keterlambatan: [{ tanggal: '2022-03-01', menit: 449 }] });
    expect(e.value).toMatchObject({ hariDariKeterlambatan: 0, sisaMenit: 449 });
  });

  it('converted lateness adds to absent days and can reach the next band', () => {
    const absent = ['2022-05-02', '2022-05-03'];
    const d = rekapKetidakhadiran({ tahun: 2022, tidakMasuk: absent, keterlambatan: [{ tanggal: '2022-06-01', menit: 450 }] });
    expect(d.value.hariKumulatif).toBe(3);
    expect(d.value.hukuman).toBe('TEGURAN_LISAN');
    expect(d.value.hariBerturutTurut).toBe(2); // converted days are never consecutive
  });

  it('conversion can be switched off or rounded half up (settings)', () => {
    const late = [{ tanggal: '2022-06-01', menit: 700 }];
    expect(rekapKetidakhadiran({ tahun: 2022, keterlambatan: late }, { konversiKeterlambatan: { aktif: false } }).value.hariKumulatif).toBe(
      0,
    );
    expect(
      rekapKetidakhadiran({ tahun: 2022, keterlambatan: late }, { konversiKeterlambatan: { pembulatan: 'SETENGAH_KE_ATAS' } }).value,
    ).toMatchObject({ hariDariKeterlambatan: 2, sisaMenit: 0 });
    expect(
      rekapKetidakhadiran({ tahun: 2022, keterlambatan: late }, { konversiKeterlambatan: { menitPerHari: 480 } }).value.sisaMenit,
    ).toBe(220);
  });

  it('ignores weekend dates and duplicates, and does not mutate its input', () => {
    const tidakMasuk = ['2022-10-08', '2022-10-03', '2022-10-03'];
    const copy = [...tidakMasuk];
    const d = rekapKetidakhadiran({ tahun: 2022, tidakMasuk });
    expect(d.value.hariTidakMasuk).toBe(1);
    expect(d.reasons[0]!.facts).toMatchObject({ bukanHariKerja: 1 });
    expect(tidakMasuk).toEqual(copy);
  });

  it('rejects bad dates and minutes with MeritInputError naming the field', () => {
    expect(() => rekapKetidakhadiran({ tahun: 2022, tidakMasuk: ['2022-02-30'] })).toThrow(MeritInputError);
    try {
      rekapKetidakhadiran({ tahun: 2022, keterlambatan: [{ tanggal: '2022-01-03', menit: -5 }] });
      expect.unreachable();
    } catch (e) {
      expect((e as MeritInputError).issues[0]!.path).toEqual(['keterlambatan', 0, 'menit']);
    }
    expect(() => rekapKetidakhadiran({ tahun: 2022 }, { kalender: { holidays: ['x'] } })).toThrow(MeritInputError);
  });
});

/** Every date from `from` to `to`, weekends included (the rule skips them). */
function rangeUtc(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d.toISOString().slice(0, 10) <= to; d.setUTCDate(d.getUTCDate() + 1))
    out.push(d.toISOString().slice(0, 10));
  return out;
}

describe('rekapKetidakhadiran', () => {
  it('dates in any order: the run is found as if sorted', () => {
    const dates = rangeUtc('2022-10-03', '2022-10-14').reverse();
    const d = rekapKetidakhadiran({ tahun: 2022, tidakMasuk: dates });
    expect(d.value).toMatchObject({
      hariTidakMasuk: 10,
      hariBerturutTurut: 10,
      awalBerturutTurut: '2022-10-03',
      akhirBerturutTurut: '2022-10-14',
      gajiDihentikanMulai: '2022-11-01',
    });
  });

  it('late minutes of another year are refused, not silently left out (the count resets each 1 January)', () => {
    const keterlambatan = [
      { tanggal: '2021-12-31', menit: 450 },
      { tanggal: '2022-01-03', menit: 30 },
      { tanggal: '2023-01-02', menit: 450 },
    ];
    const issues = thrownIssues(() => rekapKetidakhadiran({ tahun: 2022, keterlambatan }));
    expect(issues.map((i) => i.path)).toEqual([
      ['keterlambatan', 0, 'tanggal'],
      ['keterlambatan', 2, 'tanggal'],
    ]);
    expect(issues[0]!.text).toEqual({
      en: '2021-12-31 is outside 2022: late arrival and early leave are counted within the calendar year (PP 94/2021 Pasal 15 ayat (1))',
      id: '2021-12-31 di luar tahun 2022: keterlambatan dan pulang cepat dihitung dalam tahun kalender (PP 94/2021 Pasal 15 ayat (1))',
    });
    const d = rekapKetidakhadiran({ tahun: 2022, keterlambatan: [keterlambatan[1]!] });
    expect(d.value).toMatchObject({ menitKeterlambatan: 30, hariDariKeterlambatan: 0, sisaMenit: 30 });
  });

  it('a late arrival on a day of absence, or more minutes on one day than a day has, is refused', () => {
    const issues = thrownIssues(() =>
      rekapKetidakhadiran({
        tahun: 2022,
        tidakMasuk: ['2022-03-01'],
        keterlambatan: [
          { tanggal: '2022-03-01', menit: 30 },
          { tanggal: '2022-03-02', menit: 1000 },
          { tanggal: '2022-03-02', menit: 440 },
          { tanggal: '2022-03-02', menit: 1 },
        ],
      }),
    );
    expect(issues.map((i) => [i.path, i.text])).toEqual([
      [
        ['keterlambatan', 0, 'tanggal'],
        {
          en: '2022-03-01 is also listed in tidakMasuk: a day of absence has no late arrival or early leave',
          id: '2022-03-01 juga tercantum dalam tidakMasuk: hari tidak masuk kerja tidak mempunyai keterlambatan atau pulang cepat',
        },
      ],
      [
        ['keterlambatan', 3, 'menit'],
        {
          en: 'the minutes recorded on 2022-03-02 add up to 1441, more than the 1440 minutes of a day',
          id: 'menit yang dicatat pada 2022-03-02 berjumlah 1441, lebih dari 1440 menit dalam sehari',
        },
      ],
    ]);
    // 1440 minutes on one day is the most a day holds
    const d = rekapKetidakhadiran({
      tahun: 2022,
      keterlambatan: [
        { tanggal: '2022-03-02', menit: 1000 },
        { tanggal: '2022-03-02', menit: 440 },
      ],
    });
    expect(d.value.menitKeterlambatan).toBe(1440);
  });

  it.each([
    // [minutes, KE_BAWAH days, KE_BAWAH rest, SETENGAH_KE_ATAS days, SETENGAH_KE_ATAS rest]
    [449, 0, 449, 1, 0],
    [450, 1, 0, 1, 0],
    [500, 1, 50, 1, 50],
    [674, 1, 224, 1, 224],
    [675, 1, 225, 2, 0],
    [1125, 2, 225, 3, 0],
  ] as const)(
    '%i minutes at 450 per day (KMK 5/KMK.01/2022): %i day(s) rest %i rounding down, %i day(s) rest %i rounding half up',
    (menit, bawah, sisaBawah, atas, sisaAtas) => {
      const input = { tahun: 2022, keterlambatan: [{ tanggal: '2022-03-01', menit }] };
      const down = rekapKetidakhadiran(input);
      expect(down.value).toMatchObject({ hariDariKeterlambatan: bawah, sisaMenit: sisaBawah, hariKumulatif: bawah });
      const up = rekapKetidakhadiran(input, { konversiKeterlambatan: { pembulatan: 'SETENGAH_KE_ATAS' } });
      expect(up.value).toMatchObject({ hariDariKeterlambatan: atas, sisaMenit: sisaAtas, hariKumulatif: atas });
      expect(up.reasons[1]).toMatchObject({
        code: 'discipline.rekapKetidakhadiran.konversi',
        facts: {
          menitKeterlambatan: menit,
          menitPerHari: 450,
          pembulatan: 'SETENGAH_KE_ATAS',
          hariDariKeterlambatan: atas,
          sisaMenit: sisaAtas,
        },
      });
    },
  );

  it('the conversion switched off: the minutes are reported, not converted', () => {
    const d = rekapKetidakhadiran(
      { tahun: 2022, keterlambatan: [{ tanggal: '2022-10-04', menit: 500 }] },
      { konversiKeterlambatan: { aktif: false } },
    );
    expect(d.value).toMatchObject({ menitKeterlambatan: 500, hariDariKeterlambatan: 0, sisaMenit: 500 });
    expect(d.reasons[1]).toEqual({
      rule: 'discipline.rekapKetidakhadiran',
      code: 'discipline.rekapKetidakhadiran.tanpaKonversi',
      outcome: 'INFO',
      citations: [{ regulation: 'KMK_5_2022', annex: 'Lampiran (jam kerja)' }],
      facts: { menitKeterlambatan: 500 },
    });
    expect(reasonLines(d, 'en')[1]).toMatchInlineSnapshot(
      `"Note: Late arrival and early leave of 500 minutes not converted into days (setting) [2]"`,
    );
  });

  it('a longer run wholly in another year is refused, not counted as this year’s run', () => {
    // 2021: Mon 6 – Fri 17 Dec, 10 working days; 2022: Mon 3 – Tue 4 Jan, 2 working days (not joined to December)
    const december = rangeUtc('2021-12-06', '2021-12-17');
    const issues = thrownIssues(() => rekapKetidakhadiran({ tahun: 2022, tidakMasuk: [...december, '2022-01-03', '2022-01-04'] }));
    expect(issues.map((i) => i.path)).toEqual(december.map((_, i) => ['tidakMasuk', i]));
    const d = rekapKetidakhadiran({ tahun: 2022, tidakMasuk: ['2022-01-03', '2022-01-04'] });
    expect(d.value).toMatchObject({
      hariTidakMasuk: 2,
      hariBerturutTurut: 2,
      awalBerturutTurut: '2022-01-03',
      akhirBerturutTurut: '2022-01-04',
      gajiDihentikanMulai: null,
      hukuman: null,
    });
    expect(d.reasons.map((r) => r.code)).not.toContain('discipline.rekapKetidakhadiran.gajiDihentikan');
  });

  it('two runs of equal length: the first one is reported', () => {
    const d = rekapKetidakhadiran({ tahun: 2022, tidakMasuk: ['2022-03-01', '2022-03-02', '2022-03-08', '2022-03-09'] });
    expect(d.value).toMatchObject({ hariBerturutTurut: 2, awalBerturutTurut: '2022-03-01', akhirBerturutTurut: '2022-03-02' });
  });

  it('salary stops after the first run that reaches 10 days, even after a shorter run (Pasal 15 ayat (2))', () => {
    // 1–2 Mar (2 days), then Mon 14 – Fri 25 Mar (10 working days)
    const d = rekapKetidakhadiran({ tahun: 2022, tidakMasuk: ['2022-03-01', '2022-03-02', ...rangeUtc('2022-03-14', '2022-03-25')] });
    expect(d.value).toMatchObject({ hariBerturutTurut: 10, gajiDihentikanMulai: '2022-04-01', hukuman: 'PDHTAPS' });
    expect(d.reasons.at(-1)).toMatchObject({
      code: 'discipline.rekapKetidakhadiran.gajiDihentikan',
      outcome: 'APPLIES',
      facts: { hariKe10: '2022-03-25', gajiDihentikanMulai: '2022-04-01' },
    });
  });

  it('9 consecutive days: no salary stop and no gajiDihentikan reason', () => {
    const d = rekapKetidakhadiran({ tahun: 2022, tidakMasuk: rangeUtc('2022-03-14', '2022-03-24') });
    expect(d.value).toMatchObject({ hariBerturutTurut: 9, gajiDihentikanMulai: null });
    expect(d.reasons.map((r) => r.code)).not.toContain('discipline.rekapKetidakhadiran.gajiDihentikan');
  });
});

describe('rekapKetidakhadiran: its reasons under its own prefix', () => {
  it('count, conversion, longest run, cumulative and consecutive hukuman, salary stop: all rekapKetidakhadiran codes', () => {
    const d = rekapKetidakhadiran({ tahun: 2022, tidakMasuk: rangeUtc('2022-10-03', '2022-10-14') });
    expect(d.reasons.map((r) => [r.rule, r.code])).toEqual(
      ['hariTidakMasuk', 'konversi', 'rangkaianTerpanjang', 'kumulatif', 'berturutTurut', 'gajiDihentikan'].map((key) => [
        'discipline.rekapKetidakhadiran',
        `discipline.rekapKetidakhadiran.${key}`,
      ]),
    );
    expect(reasonLines(d, 'en')[2]).toMatchInlineSnapshot(
      `"Note: Longest run of consecutive absence: 10 working days, 3 October 2022 to 14 October 2022 (across years: yes) [1]"`,
    );
  });
});
