import { describe, expect, it } from 'vitest';
import {
  efekHukuman,
  hukumanBerjalanPada,
  hukumanTerberat,
  JENIS_HUKUMAN,
  tanggalBerlakuHukuman,
} from '../../src/discipline/index.js';
import { explain } from '../../src/explain.js';

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

describe('jenis hukuman of PP 94/2021 Pasal 8 ayat (2)–(4)', () => {
  it('the table lists every jenis, lightest first', () => {
    expect(PASAL_8.map(([jenis]) => jenis)).toEqual([...JENIS_HUKUMAN]);
  });

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

  it('hukumanTerberat picks the heavier of two, in either order', () => {
    expect(hukumanTerberat('TEGURAN_LISAN', 'PDHTAPS')).toBe('PDHTAPS');
    expect(hukumanTerberat('PDHTAPS', 'TEGURAN_LISAN')).toBe('PDHTAPS');
    expect(hukumanTerberat('POTONGAN_TUKIN_9_BULAN', 'POTONGAN_TUKIN_6_BULAN')).toBe('POTONGAN_TUKIN_9_BULAN');
    expect(hukumanTerberat('TEGURAN_TERTULIS', 'TEGURAN_TERTULIS')).toBe('TEGURAN_TERTULIS');
  });
});

describe('hukumanBerjalanPada: running hukuman, heaviest first', () => {
  it('orders by severity whatever the order of the record', () => {
    const riwayat = [
      { jenis: 'POTONGAN_TUKIN_6_BULAN', tmt: '2024-01-01' },
      { jenis: 'TEGURAN_LISAN', tmt: '2024-03-01' },
      { jenis: 'PENURUNAN_JABATAN', tmt: '2024-02-01' },
      { jenis: 'POTONGAN_TUKIN_12_BULAN', tmt: '2023-06-01' },
    ] as const;
    expect(hukumanBerjalanPada([...riwayat], '2024-03-01', ['RINGAN', 'SEDANG', 'BERAT']).map((h) => h.jenis)).toEqual([
      'PENURUNAN_JABATAN',
      'POTONGAN_TUKIN_12_BULAN',
      'POTONGAN_TUKIN_6_BULAN',
      'TEGURAN_LISAN',
    ]);
    // default: sedang and berat only; a finished one (12 months from 2023-06-01) drops out
    expect(hukumanBerjalanPada([...riwayat], '2024-06-01').map((h) => h.jenis)).toEqual(['PENURUNAN_JABATAN', 'POTONGAN_TUKIN_6_BULAN']);
  });
});

describe('efekHukuman (PP 94/2021 Pasal 8; PerBKN 6/2022 Pasal 55 ayat (1))', () => {
  it('reports the heaviest running hukuman even when it is listed last', () => {
    const d = efekHukuman({
      riwayat: [
        { jenis: 'POTONGAN_TUKIN_6_BULAN', tmt: '2024-01-01' },
        { jenis: 'PENURUNAN_JABATAN', tmt: '2024-02-01' },
      ],
      tanggal: '2024-03-01',
    });
    expect(d.value).toMatchObject({ hukumanBerjalan: 'PENURUNAN_JABATAN', tingkat: 'BERAT', berakhir: '2025-02-01' });
    expect(d.reasons[0]).toMatchObject({ code: 'discipline.efekHukuman.berjalan', citations: [pp94('Pasal 8 ayat (4) huruf a')] });
  });

  it('no hukuman running: a PASS reason citing Pasal 8, with the date in the text', () => {
    const d = efekHukuman({ riwayat: [{ jenis: 'TEGURAN_LISAN', tmt: '2024-01-02' }], tanggal: '2024-01-03' });
    expect(d.value.hukumanBerjalan).toBeNull();
    expect(d.reasons).toEqual([
      {
        rule: 'discipline.efekHukuman',
        code: 'discipline.efekHukuman.tidakAda',
        outcome: 'PASS',
        citations: [pp94('Pasal 8')],
        facts: { tanggal: '2024-01-03' },
      },
    ]);
    expect(explain(d, 'en')).toEqual(['✓ On 2024-01-03 no disciplinary penalty is being served (PP 94/2021 Pasal 8)']);
    expect(explain(d, 'id')).toEqual(['✓ Pada 2024-01-03 tidak ada hukuman disiplin yang sedang dijalani (PP 94/2021 Pasal 8)']);
  });

  it('no KP pengabdian from the day PDHTAPS takes effect (Pasal 8 ayat (4) huruf c), not the day before', () => {
    const riwayat = [
      { jenis: 'TEGURAN_LISAN', tmt: '2020-01-06' },
      { jenis: 'PDHTAPS', tmt: '2024-01-02' },
    ] as const;
    const before = efekHukuman({ riwayat: [...riwayat], tanggal: '2024-01-01' });
    expect(before.value.tanpaKpPengabdian).toBe(false);
    expect(before.reasons.map((r) => r.code)).toEqual(['discipline.efekHukuman.tidakAda']);

    const on = efekHukuman({ riwayat: [...riwayat], tanggal: '2024-01-02' });
    expect(on.value).toMatchObject({ hukumanBerjalan: 'PDHTAPS', berakhir: null, tanpaKpPengabdian: true });
    expect(on.reasons.at(-1)).toEqual({
      rule: 'discipline.efekHukuman',
      code: 'discipline.efekHukuman.tanpaKpPengabdian',
      outcome: 'FAIL',
      citations: [pp94('Pasal 8 ayat (4) huruf c')],
      facts: {},
    });
    expect(explain(on, 'en').at(-1)).toBe(
      '✗ The civil servant was dismissed by PDHTAPS: no service-based final promotion (PP 94/2021 Pasal 8 ayat (4) huruf c)',
    );
  });

  it('a PDHTAPS still in the future has no effect yet', () => {
    const d = efekHukuman({ riwayat: [{ jenis: 'PDHTAPS', tmt: '2030-01-01' }], tanggal: '2029-12-31' });
    expect(d.value).toMatchObject({ hukumanBerjalan: null, tanpaKpPengabdian: false, kgbDanKpDitunda: false });
  });
});
