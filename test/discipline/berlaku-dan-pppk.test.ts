import { describe, expect, it } from 'vitest';
import { gabungHukuman, tanggalBerlakuHukuman } from '../../src/discipline/index.js';
import { explain } from '../../src/explain.js';
import { thrownIssues } from '../input-issues.js';

describe('tanggalBerlakuHukuman: upaya administratif and PDHTAPS', () => {
  it('upaya administratif (PP 79/2021): its decision sets the TMT, and the reason says so', () => {
    const d = tanggalBerlakuHukuman({ jenis: 'PDHTAPS', tanggalDiterima: '2022-02-08', tanggalBerlakuUpayaAdministratif: '2022-06-01' });
    expect(d.value).toEqual({ jenis: 'PDHTAPS', tmt: '2022-06-01', hariTerakhir: null, selesai: null });
    expect(d.reasons[0]).toEqual({
      rule: 'discipline.tanggalBerlakuHukuman',
      code: 'discipline.tanggalBerlakuHukuman.upayaAdministratif',
      outcome: 'INFO',
      citations: [{ regulation: 'PP_79_2021' }],
      facts: { tmt: '2022-06-01' },
    });
    expect(explain(d, 'en')).toEqual([
      '• An administrative appeal was filed: the penalty takes effect as its decision says, 2022-06-01 (PP 79/2021)',
      '• honourable dismissal not at own request (PDHTAPS) takes effect on 2022-06-01 and is permanent (PP 94/2021 Pasal 8 ayat (4) huruf c)',
    ]);
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
    expect(explain(d, 'id')[1]).toBe(
      '• pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS berlaku 2022-03-22 dan bersifat tetap (PP 94/2021 Pasal 8 ayat (4) huruf c)',
    );
  });
});

describe('gabungHukuman (PerBKN 6/2022 contoh 24)', () => {
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
    expect(explain(d, 'en')[0]).toBe(
      '• 25% performance-allowance cut for 6 months was over on 2022-07-03, before written reprimand takes effect on 2022-08-01: not concurrent (Peraturan BKN 6/2022 Lampiran, contoh kasus 24)',
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
