import { describe, expect, it } from 'vitest';
import { MeritInputError } from '../../src/core/errors.js';
import { RUMUS_TANGGAL_BERLAKU_HUKUMAN, tanggalBerlakuHukuman, tanggalBerlakuHukumanRule } from '../../src/discipline/index.js';
import { explain } from '../../src/explain.js';
import { reasonLines } from '../explain/lines.js';

const pp94 = (article: string) => ({ regulation: 'PP_94_2021', article });

/** PP 94/2021 Pasal 8: each jenis hukuman with its tingkat, duration and ayat/huruf (research notes §1.1). */
const PASAL_8 = [
  ['TEGURAN_LISAN', 'RINGAN', null, 'Pasal 8 ayat (2) huruf a'],
  ['TEGURAN_TERTULIS', 'RINGAN', null, 'Pasal 8 ayat (2) huruf b'],
  ['PERNYATAAN_TIDAK_PUAS_TERTULIS', 'RINGAN', null, 'Pasal 8 ayat (2) huruf c'],
  ['POTONGAN_TUKIN_6_BULAN', 'SEDANG', 6, 'Pasal 8 ayat (3) huruf a'],
  ['POTONGAN_TUKIN_9_BULAN', 'SEDANG', 9, 'Pasal 8 ayat (3) huruf b'],
  ['POTONGAN_TUKIN_12_BULAN', 'SEDANG', 12, 'Pasal 8 ayat (3) huruf c'],
  ['PENURUNAN_JABATAN', 'BERAT', 12, 'Pasal 8 ayat (4) huruf a'],
  ['PEMBEBASAN_DARI_JABATAN', 'BERAT', 12, 'Pasal 8 ayat (4) huruf b'],
  ['PDHTAPS', 'BERAT', 'PERMANEN', 'Pasal 8 ayat (4) huruf c'],
] as const;

describe('tanggalBerlakuHukuman (PerBKN 6/2022 contoh 22)', () => {
  it('TV-19: received Tue 8 Feb 2022, 28 Feb a holiday → 2 Mar 2022, ringan served that day', () => {
    const d = tanggalBerlakuHukuman({ jenis: 'TEGURAN_LISAN', tanggalDiterima: '2022-02-08' }, { kalender: { holidays: ['2022-02-28'] } });
    expect(d.value).toEqual({ jenis: 'TEGURAN_LISAN', tmt: '2022-03-02', hariTerakhir: '2022-03-02', selesai: '2022-03-03' });
  });

  it('without the holiday the 15th working day is 1 Mar', () => {
    expect(tanggalBerlakuHukuman({ jenis: 'TEGURAN_LISAN', tanggalDiterima: '2022-02-08' }).value.tmt).toBe('2022-03-01');
  });

  it('TV-20 (known-ambiguous): received Mon 14 Feb 2022 → 8 Mar without Nyepi, 9 Mar with it', () => {
    const base = { jenis: 'TEGURAN_TERTULIS', tanggalDiterima: '2022-02-14' } as const;
    expect(tanggalBerlakuHukuman(base, { kalender: { holidays: ['2022-02-28'] } }).value.tmt).toBe('2022-03-08');
    expect(tanggalBerlakuHukuman(base, { kalender: { holidays: ['2022-02-28', '2022-03-03'] } }).value.tmt).toBe('2022-03-09');
  });

  it('the receipt day is not counted: 14 working days is one day short', () => {
    expect(tanggalBerlakuHukuman({ jenis: 'TEGURAN_LISAN', tanggalDiterima: '2026-07-14' }, { hariKe: 14 }).value.tmt).toBe('2026-08-03');
    expect(tanggalBerlakuHukuman({ jenis: 'TEGURAN_LISAN', tanggalDiterima: '2026-07-14' }).value.tmt).toBe('2026-08-04');
  });

  it('calendar-day counting is available as a setting', () => {
    expect(
      tanggalBerlakuHukuman({ jenis: 'TEGURAN_LISAN', tanggalDiterima: '2022-02-08' }, { satuanHari: 'HARI_KALENDER' }).value.tmt,
    ).toBe('2022-02-23');
  });

  it.each([
    ['POTONGAN_TUKIN_6_BULAN', '2022-09-01', '2022-09-02'],
    ['POTONGAN_TUKIN_9_BULAN', '2022-12-01', '2022-12-02'],
    ['POTONGAN_TUKIN_12_BULAN', '2023-03-01', '2023-03-02'],
    ['PENURUNAN_JABATAN', '2023-03-01', '2023-03-02'],
    ['PEMBEBASAN_DARI_JABATAN', '2023-03-01', '2023-03-02'],
  ] as const)('%s from 2 Mar 2022 ends on %s (first day after: %s)', (jenis, hariTerakhir, selesai) => {
    const d = tanggalBerlakuHukuman({ jenis, tanggalDiterima: '2022-02-08' }, { kalender: { holidays: ['2022-02-28'] } });
    expect(d.value).toEqual({ jenis, tmt: '2022-03-02', hariTerakhir, selesai });
  });

  it('month-end: a 6-month hukuman from 31 Aug ends on 28 Feb', () => {
    const d = tanggalBerlakuHukuman(
      { jenis: 'POTONGAN_TUKIN_6_BULAN', tanggalDiterima: '2022-08-09' },
      { kalender: { holidays: ['2022-08-17'] } },
    );
    expect(d.value.tmt).toBe('2022-08-31');
    expect(d.value.selesai).toBe('2023-02-28');
  });

  it('PDHTAPS is permanent; upaya administratif sets its own date', () => {
    expect(tanggalBerlakuHukuman({ jenis: 'PDHTAPS', tanggalDiterima: '2022-02-08' }).value).toMatchObject({
      hariTerakhir: null,
      selesai: null,
    });
    expect(
      tanggalBerlakuHukuman({ jenis: 'PENURUNAN_JABATAN', tanggalDiterima: '2022-02-08', tanggalBerlakuUpayaAdministratif: '2022-06-01' })
        .value,
    ).toMatchObject({ tmt: '2022-06-01', selesai: '2023-06-01' });
  });

  it('rejects a bad date', () => {
    expect(() => tanggalBerlakuHukuman({ jenis: 'PDHTAPS', tanggalDiterima: '2022-13-01' })).toThrow(MeritInputError);
  });
});

describe('tanggalBerlakuHukuman: the end of each jenis of PP 94/2021 Pasal 8 ayat (2)–(4)', () => {
  it.each(PASAL_8)('%s (%s, %s months): tanggalBerlakuHukuman gives its end and cites %s', (jenis, _tingkat, durasi, ayat) => {
    // received Tuesday 1 March 2022: the 15th working day after is Tuesday 22 March 2022 (no holidays given)
    const d = tanggalBerlakuHukuman({ jenis, tanggalDiterima: '2022-03-01' });
    expect(d.value.tmt).toBe('2022-03-22');
    const last = d.reasons[1]!;
    expect(last.citations[0]).toEqual(pp94(ayat));
    if (durasi === 'PERMANEN') {
      expect(last.code).toBe('discipline.tanggalBerlakuHukuman.permanen');
      expect(d.value).toMatchObject({ hariTerakhir: null, selesai: null });
    } else if (durasi === null) {
      // ringan: served on the day it takes effect (PerBKN 6/2022 contoh 22)
      expect(last.code).toBe('discipline.tanggalBerlakuHukuman.ringan');
      expect(d.value).toMatchObject({ hariTerakhir: '2022-03-22', selesai: '2022-03-23' });
    } else {
      expect(last.code).toBe('discipline.tanggalBerlakuHukuman.durasi');
      expect(last.facts.durasiBulan).toBe(durasi);
    }
  });
});

describe('tanggalBerlakuHukuman: upaya administratif and PDHTAPS', () => {
  it('upaya administratif (PP 79/2021): its decision sets the TMT, and the reason says so', () => {
    const d = tanggalBerlakuHukuman({ jenis: 'PDHTAPS', tanggalDiterima: '2022-02-08', tanggalBerlakuUpayaAdministratif: '2022-06-01' });
    expect(d.value).toEqual({ jenis: 'PDHTAPS', tmt: '2022-06-01', hariTerakhir: null, selesai: null });
    expect(d.reasons[0]).toEqual({
      rule: 'discipline.tanggalBerlakuHukuman',
      code: 'discipline.tanggalBerlakuHukuman.upayaAdministratif',
      outcome: 'INFO',
      citations: [
        {
          regulation: 'PP_94_2021',
          unlocated: expect.stringMatching(/^"Keputusan Hukuman Disiplin yang diajukan Upaya Administratif berlaku sesuai/),
        },
        { regulation: 'PP_79_2021', article: 'Pasal 1 angka 4' },
        { regulation: 'PP_79_2021', article: 'Pasal 1 angka 5' },
      ],
      facts: { tmt: '2022-06-01' },
    });
    expect(explain(d, 'en')).toMatchInlineSnapshot(`
      [
        "Note: An administrative appeal was filed: the penalty takes effect as its decision says, 1 June 2022 [1, 2, 3]",
        "Note: honourable dismissal not at own request (PDHTAPS) takes effect on 1 June 2022 and is permanent [4]",
        "Legal basis:",
        "[1] PP 94/2021 (article not located)",
        "[2] PP 79/2021 Pasal 1 angka 4",
        "[3] PP 79/2021 Pasal 1 angka 5",
        "[4] PP 94/2021 Pasal 8 ayat (4) huruf c",
      ]
    `);
  });

  it('PDHTAPS is permanent (Pasal 8 ayat (4) huruf c): the permanen reason, not the ringan one', () => {
    const d = tanggalBerlakuHukuman({ jenis: 'PDHTAPS', tanggalDiterima: '2022-03-01' });
    expect(d.reasons[1]).toEqual({
      rule: 'discipline.tanggalBerlakuHukuman',
      code: 'discipline.tanggalBerlakuHukuman.permanen',
      outcome: 'INFO',
      citations: [{ regulation: 'PP_94_2021', article: 'Pasal 8 ayat (4) huruf c' }],
      facts: { jenis: 'PDHTAPS', tmt: '2022-03-22' },
    });
    expect(reasonLines(d, 'id')[1]).toMatchInlineSnapshot(
      `"Catatan: pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS berlaku 22 Maret 2022 dan bersifat tetap [3]"`,
    );
  });
});

describe('tanggalBerlakuHukuman: the date rule on its rule page', () => {
  it('a formula table: the TMT (15 working days, or the upaya administratif date), then the end of each jenis', () => {
    expect(tanggalBerlakuHukumanRule.tables).toEqual([RUMUS_TANGGAL_BERLAKU_HUKUMAN]);
    expect(RUMUS_TANGGAL_BERLAKU_HUKUMAN.columns).toEqual(['langkah', 'rumus']);
    const [tmt, upaya, ...akhir] = RUMUS_TANGGAL_BERLAKU_HUKUMAN.rows;
    expect(tmt![1]).toMatch(/^tanggalDiterima \+ 15 hari kerja /);
    expect(upaya![1]).toMatch(/^tanggalBerlakuUpayaAdministratif/);
    expect(akhir.map((r) => r[0])).toEqual(PASAL_8.map(([jenis]) => `akhir ${jenis}`));
    expect(akhir.find((r) => r[0] === 'akhir POTONGAN_TUKIN_9_BULAN')![1]).toMatch(/^selesai = TMT \+ 9 bulan/);
  });

  it.each(PASAL_8)('%s: the row cites what the decision cites', (jenis) => {
    const i = RUMUS_TANGGAL_BERLAKU_HUKUMAN.rows.findIndex((r) => r[0] === `akhir ${jenis}`);
    const d = tanggalBerlakuHukuman({ jenis, tanggalDiterima: '2022-03-01' });
    expect(RUMUS_TANGGAL_BERLAKU_HUKUMAN.dasar![0]).toEqual(d.reasons[0]!.citations);
    expect(RUMUS_TANGGAL_BERLAKU_HUKUMAN.dasar![i]).toEqual(d.reasons[1]!.citations);
  });

  it('the upaya administratif row cites what its reason cites', () => {
    const d = tanggalBerlakuHukuman({
      jenis: 'TEGURAN_LISAN',
      tanggalDiterima: '2022-03-01',
      tanggalBerlakuUpayaAdministratif: '2022-04-01',
    });
    expect(RUMUS_TANGGAL_BERLAKU_HUKUMAN.dasar![1]).toEqual(d.reasons[0]!.citations);
  });
});
