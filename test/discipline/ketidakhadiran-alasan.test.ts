import { describe, expect, it } from 'vitest';
import {
  hukumanKetidakhadiran,
  peningkatanHukumanKetidakhadiran,
  penyesuaianGajiKetidakhadiran,
  rekapKetidakhadiran,
} from '../../src/discipline/index.js';
import { explain } from '../../src/explain.js';
import { thrownIssues } from '../input-issues.js';

const pp94 = (article: string) => ({ regulation: 'PP_94_2021', article });
const PERBKN_PASAL_10 = { regulation: 'PERBKN_6_2022', article: 'Pasal 10' };

/** Cumulative days of unexcused absence (PP 94/2021 Pasal 9–11, 15 ayat (1)): each row at both of its ends. */
const TABEL = [
  [0, 2, null, [pp94('Pasal 15 ayat (1)')]],
  [3, 3, 'TEGURAN_LISAN', [pp94('Pasal 9 ayat (2) huruf b angka 1')]],
  [4, 6, 'TEGURAN_TERTULIS', [pp94('Pasal 9 ayat (2) huruf b angka 2')]],
  [7, 10, 'PERNYATAAN_TIDAK_PUAS_TERTULIS', [pp94('Pasal 9 ayat (2) huruf b angka 3')]],
  [11, 13, 'POTONGAN_TUKIN_6_BULAN', [pp94('Pasal 10 ayat (2) huruf f angka 1'), PERBKN_PASAL_10]],
  [14, 16, 'POTONGAN_TUKIN_9_BULAN', [pp94('Pasal 10 ayat (2) huruf f angka 2'), PERBKN_PASAL_10]],
  [17, 20, 'POTONGAN_TUKIN_12_BULAN', [pp94('Pasal 10 ayat (2) huruf f angka 3'), PERBKN_PASAL_10]],
  [21, 24, 'PENURUNAN_JABATAN', [pp94('Pasal 11 ayat (2) huruf d angka 1')]],
  [25, 27, 'PEMBEBASAN_DARI_JABATAN', [pp94('Pasal 11 ayat (2) huruf d angka 2')]],
  [28, 366, 'PDHTAPS', [pp94('Pasal 11 ayat (2) huruf d angka 3')]],
] as const;

describe('hukumanKetidakhadiran: every row of the cumulative table with its citations', () => {
  for (const [from, to, hukuman, citations] of TABEL) {
    it(`${from}–${to} days → ${hukuman ?? 'no hukuman'}, citing ${citations.map((c) => c.article).join(' + ')}`, () => {
      for (const hariKumulatif of [from, to]) {
        const d = hukumanKetidakhadiran({ hariKumulatif });
        expect(d.value, `${hariKumulatif}`).toBe(hukuman);
        expect(d.reasons[0]!.citations, `${hariKumulatif}`).toEqual(citations);
        expect(d.reasons[0]!.outcome).toBe(hukuman === null ? 'PASS' : 'FAIL');
      }
    });
  }
});

describe('peningkatanHukumanKetidakhadiran (Pasal 15 ayat (1))', () => {
  it('the days of the year add up to at most 366: 200 + 166 accepted, 200 + 167 refused at hariBaru', () => {
    expect(peningkatanHukumanKetidakhadiran({ hariSebelumnya: 200, hariBaru: 166 }).value).toBe('PDHTAPS');
    expect(thrownIssues(() => peningkatanHukumanKetidakhadiran({ hariSebelumnya: 200, hariBaru: 167 }))).toEqual([
      {
        path: ['hariBaru'],
        message: 'hariSebelumnya + hariBaru (367) must be at most 366: the days are counted within one calendar year',
        text: {
          en: 'hariSebelumnya + hariBaru (367) must be at most 366: the days are counted within one calendar year',
          id: 'hariSebelumnya + hariBaru (367) paling banyak 366: hari dihitung dalam satu tahun kalender',
        },
        code: 'contradiction',
      },
    ]);
  });

  it('below 3 days in total: no hukuman, and neither ditingkatkan nor tetap', () => {
    const d = peningkatanHukumanKetidakhadiran({ hariSebelumnya: 1, hariBaru: 1 });
    expect(d.value).toBeNull();
    expect(d.reasons.map((r) => [r.code, r.outcome])).toEqual([
      ['discipline.peningkatanHukumanKetidakhadiran.total', 'INFO'],
      ['discipline.hukumanKetidakhadiran.dibawahBatas', 'PASS'],
      ['discipline.hukumanKetidakhadiran.tidakBerturutTurut', 'PASS'],
    ]);
    expect(explain(d, 'en')[0]).toBe('• 1 earlier days + 1 new days = 2 working days this year (PP 94/2021 Pasal 15 ayat (1))');
  });

  it('first hukuman of the year (none before): imposed as ditingkatkan', () => {
    const d = peningkatanHukumanKetidakhadiran({ hariSebelumnya: 0, hariBaru: 3 });
    expect(d.value).toBe('TEGURAN_LISAN');
    expect(d.reasons.at(-1)).toMatchObject({
      code: 'discipline.peningkatanHukumanKetidakhadiran.ditingkatkan',
      outcome: 'FAIL',
      facts: { hukumanSebelumnya: null, hukuman: 'TEGURAN_LISAN' },
    });
  });
});

describe('penyesuaianGajiKetidakhadiran (PP 94/2021 Pasal 15 ayat (2); PerBKN 6/2022 contoh 23)', () => {
  it('consecutive days may equal but not exceed the cumulative days', () => {
    expect(
      penyesuaianGajiKetidakhadiran({ hariKumulatifTerbukti: 4, hariBerturutTurutTerbukti: 4, gajiTelahDihentikan: false }).value.hukuman,
    ).toBe('TEGURAN_TERTULIS');
    expect(
      thrownIssues(() =>
        penyesuaianGajiKetidakhadiran({ hariKumulatifTerbukti: 4, hariBerturutTurutTerbukti: 5, gajiTelahDihentikan: false }),
      ),
    ).toEqual([
      {
        path: ['hariBerturutTurutTerbukti'],
        message: 'hariBerturutTurutTerbukti cannot exceed hariKumulatifTerbukti: the consecutive days proven are among the days proven',
        text: {
          en: 'hariBerturutTurutTerbukti cannot exceed hariKumulatifTerbukti: the consecutive days proven are among the days proven',
          id: 'hariBerturutTurutTerbukti tidak boleh melebihi hariKumulatifTerbukti: hari berturut-turut yang terbukti termasuk hari yang terbukti',
        },
        code: 'contradiction',
      },
    ]);
  });

  it.each([
    [true, 9, 'GAJI_DIBAYARKAN_KEMBALI', 'FAIL'],
    [true, 10, 'TANPA_PENYESUAIAN', 'PASS'],
    [false, 9, 'TANPA_PENYESUAIAN', 'PASS'],
    [false, 10, 'GAJI_DIKEMBALIKAN_KE_NEGARA', 'FAIL'],
  ] as const)('salary stopped %s, %i consecutive days proven → %s (%s)', (gajiTelahDihentikan, hari, penyesuaianGaji, outcome) => {
    const d = penyesuaianGajiKetidakhadiran({ hariKumulatifTerbukti: hari, hariBerturutTurutTerbukti: hari, gajiTelahDihentikan });
    expect(d.value.penyesuaianGaji).toBe(penyesuaianGaji);
    expect(d.reasons[2]).toMatchObject({ code: 'discipline.penyesuaianGajiKetidakhadiran.penyesuaian', outcome });
  });

  it('explains "no adjustment" when salary was stopped and 10 consecutive days are proven', () => {
    const d = penyesuaianGajiKetidakhadiran({ hariKumulatifTerbukti: 10, hariBerturutTurutTerbukti: 10, gajiTelahDihentikan: true });
    expect(explain(d, 'en')[2]).toMatch(/^✓ Salary already stopped: yes; 10 consecutive working days proven: no adjustment \(/);
  });
});

/** Every date from `from` to `to`, weekends included (the rule skips them). */
function range(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d.toISOString().slice(0, 10) <= to; d.setUTCDate(d.getUTCDate() + 1))
    out.push(d.toISOString().slice(0, 10));
  return out;
}

describe('rekapKetidakhadiran', () => {
  it('dates in any order: the run is found as if sorted', () => {
    const dates = range('2022-10-03', '2022-10-14').reverse();
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
    expect(explain(d, 'en')[1]).toBe(
      '• Late arrival and early leave of 500 minutes not converted into days (setting) (KMK 5/2022 Lampiran (jam kerja))',
    );
  });

  it('a longer run wholly in another year is refused, not counted as this year’s run', () => {
    // 2021: Mon 6 – Fri 17 Dec, 10 working days; 2022: Mon 3 – Tue 4 Jan, 2 working days (not joined to December)
    const december = range('2021-12-06', '2021-12-17');
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
    const d = rekapKetidakhadiran({ tahun: 2022, tidakMasuk: ['2022-03-01', '2022-03-02', ...range('2022-03-14', '2022-03-25')] });
    expect(d.value).toMatchObject({ hariBerturutTurut: 10, gajiDihentikanMulai: '2022-04-01', hukuman: 'PDHTAPS' });
    expect(d.reasons.at(-1)).toMatchObject({
      code: 'discipline.rekapKetidakhadiran.gajiDihentikan',
      outcome: 'FAIL',
      facts: { hariKe10: '2022-03-25', gajiDihentikanMulai: '2022-04-01' },
    });
  });

  it('9 consecutive days: no salary stop and no gajiDihentikan reason', () => {
    const d = rekapKetidakhadiran({ tahun: 2022, tidakMasuk: range('2022-03-14', '2022-03-24') });
    expect(d.value).toMatchObject({ hariBerturutTurut: 9, gajiDihentikanMulai: null });
    expect(d.reasons.map((r) => r.code)).not.toContain('discipline.rekapKetidakhadiran.gajiDihentikan');
  });
});
