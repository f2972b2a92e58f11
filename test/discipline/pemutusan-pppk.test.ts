import { describe, expect, it } from 'vitest';
import { ALASAN_PEMUTUSAN_PPPK, PEMUTUSAN_DISIPLIN_BERAT, PEMUTUSAN_PPPK, pemutusanPppk } from '../../src/discipline/index.js';
import { explain } from '../../src/explain.js';
import { reasonLines } from '../explain/lines.js';

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
      outcome: 'APPLIES',
      citations: [citation],
      facts: { alasan, jenis },
    });
  });

  it.each(TABLE)('%s under the UU 20/2023 setting: only DISIPLIN_BERAT changes', (alasan, jenis, citation) => {
    const d = pemutusanPppk({ alasan }, { disiplinBerat: 'UU_20_2023' });
    if (alasan === 'DISIPLIN_BERAT') {
      expect(d.value.jenis).toBe('TIDAK_DENGAN_HORMAT');
      expect(d.reasons[0]!.citations).toEqual([{ regulation: 'UU_20_2023', article: 'Pasal 52 ayat (3) huruf g dan ayat (4)' }]);
      expect(reasonLines(d, 'en')[0]).toMatchInlineSnapshot(
        `"Applies: Ground severe disciplinary breach: contract ended without honour [1]"`,
      );
    } else {
      expect(d.value.jenis).toBe(jenis);
      expect(d.reasons[0]!.citations).toEqual([citation]);
    }
  });
});

describe('pemutusanPppk (PP 49/2018 Pasal 53)', () => {
  it('TV-34 and the UU 20/2023 setting', () => {
    expect(pemutusanPppk({ alasan: 'DISIPLIN_BERAT' }).value.jenis).toBe('DENGAN_HORMAT_TIDAK_ATAS_PERMINTAAN_SENDIRI');
    expect(pemutusanPppk({ alasan: 'DISIPLIN_BERAT' }, { disiplinBerat: 'UU_20_2023' }).value.jenis).toBe('TIDAK_DENGAN_HORMAT');
    expect(pemutusanPppk({ alasan: 'TIDAK_MEMENUHI_TARGET_KINERJA' }).value.jenis).toBe('DENGAN_HORMAT_TIDAK_ATAS_PERMINTAAN_SENDIRI');
    expect(pemutusanPppk({ alasan: 'KEJAHATAN_JABATAN' }).value.jenis).toBe('TIDAK_DENGAN_HORMAT');
  });
});

describe('pemutusanPppk: the setting disiplinBerat reads its table', () => {
  it('PEMUTUSAN_DISIPLIN_BERAT gives each setting its kind and article', () => {
    expect(PEMUTUSAN_DISIPLIN_BERAT.PP_49_2018).toEqual(PEMUTUSAN_PPPK.DISIPLIN_BERAT);
    for (const disiplinBerat of ['PP_49_2018', 'UU_20_2023'] as const) {
      const d = pemutusanPppk({ alasan: 'DISIPLIN_BERAT' }, { disiplinBerat });
      expect(d.value.jenis).toBe(PEMUTUSAN_DISIPLIN_BERAT[disiplinBerat].jenis);
      expect(d.reasons[0]!.citations).toEqual([PEMUTUSAN_DISIPLIN_BERAT[disiplinBerat].citation]);
    }
  });
});
