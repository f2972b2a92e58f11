import { describe, expect, it } from 'vitest';
import { ALASAN_PEMUTUSAN_PPPK, gabungHukuman, pemutusanPppk, tanggalBerlakuHukuman } from '../../src/discipline/index.js';
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

describe('pemutusanPppk (PP 49/2018 Pasal 53; UU 20/2023 Pasal 52)', () => {
  const ayat2 = (huruf: string) => ({ regulation: 'PP_49_2018', article: `Pasal 53 ayat (2) huruf ${huruf}` });
  const ayat3 = { regulation: 'PP_49_2018', article: 'Pasal 53 ayat (3)' };
  const TABLE = [
    ['PIDANA_PENJARA_TIDAK_BERENCANA', 'DENGAN_HORMAT_TIDAK_ATAS_PERMINTAAN_SENDIRI', ayat2('a')],
    ['DISIPLIN_BERAT', 'DENGAN_HORMAT_TIDAK_ATAS_PERMINTAAN_SENDIRI', ayat2('b')],
    ['TIDAK_MEMENUHI_TARGET_KINERJA', 'DENGAN_HORMAT_TIDAK_ATAS_PERMINTAAN_SENDIRI', ayat2('c')],
    ['PENYELEWENGAN_PANCASILA_UUD', 'TIDAK_DENGAN_HORMAT', ayat3],
    ['KEJAHATAN_JABATAN', 'TIDAK_DENGAN_HORMAT', ayat3],
    ['ANGGOTA_PENGURUS_PARTAI_POLITIK', 'TIDAK_DENGAN_HORMAT', ayat3],
    ['PIDANA_PENJARA_BERENCANA', 'TIDAK_DENGAN_HORMAT', ayat3],
  ] as const;

  it('the table covers every ground', () => {
    expect(TABLE.map(([alasan]) => alasan)).toEqual([...ALASAN_PEMUTUSAN_PPPK]);
  });

  it.each(TABLE)('%s → %s, citing %o (preset PP 49/2018)', (alasan, jenis, citation) => {
    const d = pemutusanPppk({ alasan });
    expect(d.value).toEqual({ jenis, upayaAdministratif: 'BANDING_ADMINISTRATIF_BPASN' });
    expect(d.reasons[0]).toMatchObject({
      code: 'discipline.pemutusanPppk.alasan',
      outcome: 'FAIL',
      citations: [citation],
      facts: { alasan, jenis },
    });
  });

  it.each(TABLE)('%s under the UU 20/2023 setting: only DISIPLIN_BERAT changes', (alasan, jenis, citation) => {
    const d = pemutusanPppk({ alasan }, { disiplinBerat: 'UU_20_2023' });
    if (alasan === 'DISIPLIN_BERAT') {
      expect(d.value.jenis).toBe('TIDAK_DENGAN_HORMAT');
      expect(d.reasons[0]!.citations).toEqual([{ regulation: 'UU_20_2023', article: 'Pasal 52 ayat (3) huruf g dan ayat (4)' }]);
      expect(explain(d, 'en')[0]).toBe(
        '✗ Ground severe disciplinary breach: contract ended without honour (UU 20/2023 Pasal 52 ayat (3) huruf g dan ayat (4))',
      );
    } else {
      expect(d.value.jenis).toBe(jenis);
      expect(d.reasons[0]!.citations).toEqual([citation]);
    }
  });
});
