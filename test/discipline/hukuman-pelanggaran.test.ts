import { describe, expect, it } from 'vitest';
import { MeritInputError } from '../../src/core/errors.js';
import { hukumanPelanggaran, KODE_KETENTUAN, KETENTUAN_DISIPLIN } from '../../src/discipline/index.js';
import { explain } from '../../src/explain.js';

describe('hukumanPelanggaran (PP 94/2021 Pasal 9–14)', () => {
  it.each([
    ['PASAL_3_A', 'UNIT_KERJA', 'BERAT'],
    ['PASAL_3_B', 'INSTANSI', 'SEDANG'],
    ['PASAL_3_B', 'NEGARA', 'BERAT'],
    ['PASAL_3_C', 'UNIT_KERJA', 'RINGAN'],
    ['PASAL_3_C', 'INSTANSI', 'SEDANG'],
    ['PASAL_3_C', 'NEGARA', 'BERAT'],
    ['PASAL_5_F', 'UNIT_KERJA', 'RINGAN'], // contoh 16: computer damaged by misuse
    ['PASAL_5_F', 'INSTANSI', 'SEDANG'], // sold illegally, audit finding
    ['PASAL_5_F', 'NEGARA', 'BERAT'], // state-security data lost
    ['PASAL_5_G', 'UNIT_KERJA', 'SEDANG'], // Pasal 13 huruf b
    ['PASAL_5_G', 'NEGARA', 'BERAT'], // Pasal 14 huruf b
  ] as const)('%s with impact on %s → %s', (ketentuan, dampak, tingkat) => {
    expect(hukumanPelanggaran({ ketentuan, dampak }).value.tingkat).toBe(tingkat);
  });

  it('TV-26: pungutan liar, LHKPN and campaign cases', () => {
    const pungli = hukumanPelanggaran({ ketentuan: 'PASAL_5_G', dampak: 'INSTANSI' });
    expect(pungli.value.tingkat).toBe('SEDANG');
    expect(pungli.reasons[0]!.citations).toContainEqual({ regulation: 'PP_94_2021', article: 'Pasal 13 huruf b' });
    expect(hukumanPelanggaran({ ketentuan: 'PASAL_5_G', dampak: 'NEGARA' }).reasons[0]!.citations).toContainEqual({
      regulation: 'PP_94_2021',
      article: 'Pasal 14 huruf b',
    });
    expect(hukumanPelanggaran({ ketentuan: 'PASAL_4_E', jabatan: 'ADMINISTRATOR' }).value.tingkat).toBe('SEDANG');
    expect(hukumanPelanggaran({ ketentuan: 'PASAL_4_E', jabatan: 'FUNGSIONAL' }).value.tingkat).toBe('SEDANG');
    expect(hukumanPelanggaran({ ketentuan: 'PASAL_4_E', jabatan: 'JPT' }).value.tingkat).toBe('BERAT');
    expect(hukumanPelanggaran({ ketentuan: 'PASAL_5_N_2' }).value.tingkat).toBe('SEDANG');
    expect(hukumanPelanggaran({ ketentuan: 'PASAL_5_N_3' }).value.tingkat).toBe('BERAT');
  });

  it('cites the kewajiban Pasal 9–11 and the larangan Pasal 12–14', () => {
    const k = hukumanPelanggaran({ ketentuan: 'PASAL_3_D', dampak: 'UNIT_KERJA' });
    expect(k.reasons[0]!.citations.map((c) => c.article)).toEqual(['Pasal 3 huruf d', 'Pasal 9']);
    const l = hukumanPelanggaran({ ketentuan: 'PASAL_5_H', dampak: 'INSTANSI' });
    expect(l.reasons[0]!.citations.map((c) => c.article)).toEqual(['Pasal 5 huruf h', 'Pasal 13']);
    expect(explain(l, 'en')[0]).toContain('Article 5(h)');
  });

  it('gives the jenis of the tingkat to choose from (contoh 18a)', () => {
    expect(hukumanPelanggaran({ ketentuan: 'PASAL_3_C', dampak: 'UNIT_KERJA' }).value.jenisPilihan).toEqual([
      'TEGURAN_LISAN',
      'TEGURAN_TERTULIS',
      'PERNYATAAN_TIDAK_PUAS_TERTULIS',
    ]);
  });

  it('unlisted dampak: nearest listed tingkat by default, refused under TOLAK', () => {
    const d = hukumanPelanggaran({ ketentuan: 'PASAL_4_G', dampak: 'NEGARA' });
    expect(d.value.tingkat).toBe('SEDANG');
    expect(d.reasons[0]!.code).toBe('discipline.hukumanPelanggaran.dampakTidakTercantum');
    expect(hukumanPelanggaran({ ketentuan: 'PASAL_4_D', dampak: 'UNIT_KERJA' }).value.tingkat).toBe('SEDANG');
    expect(hukumanPelanggaran({ ketentuan: 'PASAL_5_M', dampak: 'NEGARA' }).value.tingkat).toBe('SEDANG');
    expect(() => hukumanPelanggaran({ ketentuan: 'PASAL_4_G', dampak: 'NEGARA' }, { dampakTidakTercantum: 'TOLAK' })).toThrow(MeritInputError);
  });

  it('"ikut kampanye" follows its setting', () => {
    expect(hukumanPelanggaran({ ketentuan: 'PASAL_5_N_1' }).value.tingkat).toBe('SEDANG');
    expect(hukumanPelanggaran({ ketentuan: 'PASAL_5_N_1' }, { tingkatIkutKampanye: 'BERAT' }).value.tingkat).toBe('BERAT');
  });

  it('pengulangan: heavier than the last hukuman, rising a tingkat when needed', () => {
    // TV-22, contoh 18c
    expect(hukumanPelanggaran({ ketentuan: 'PASAL_3_E', dampak: 'UNIT_KERJA', hukumanTerakhir: 'TEGURAN_TERTULIS' }).value).toEqual({
      tingkat: 'RINGAN',
      jenisPilihan: ['PERNYATAAN_TIDAK_PUAS_TERTULIS'],
    });
    expect(
      hukumanPelanggaran({ ketentuan: 'PASAL_3_E', dampak: 'UNIT_KERJA', hukumanTerakhir: 'PERNYATAAN_TIDAK_PUAS_TERTULIS' }).value,
    ).toEqual({ tingkat: 'SEDANG', jenisPilihan: ['POTONGAN_TUKIN_6_BULAN'] });
    expect(hukumanPelanggaran({ ketentuan: 'PASAL_5_A', hukumanTerakhir: 'PEMBEBASAN_DARI_JABATAN' }).value).toEqual({
      tingkat: 'BERAT',
      jenisPilihan: ['PDHTAPS'],
    });
    // a lighter earlier hukuman does not restrict the tingkat
    expect(hukumanPelanggaran({ ketentuan: 'PASAL_3_E', dampak: 'INSTANSI', hukumanTerakhir: 'TEGURAN_LISAN' }).value.jenisPilihan).toHaveLength(3);
  });

  it('needs dampak or jabatan when the tingkat depends on it', () => {
    for (const [input, path] of [
      [{ ketentuan: 'PASAL_3_C' }, ['dampak']],
      [{ ketentuan: 'PASAL_4_E' }, ['jabatan']],
      [{ ketentuan: 'PASAL_4_F' }, ['ketentuan']],
      [{ ketentuan: 'PASAL_3_C', dampak: 'DUNIA' }, ['dampak']],
    ] as const) {
      try {
        hukumanPelanggaran(input as never);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(MeritInputError);
        expect((e as MeritInputError).issues[0]!.path).toEqual(path);
      }
    }
  });

  it('points Pasal 4 huruf f to the absence rule', () => {
    expect(() => hukumanPelanggaran({ ketentuan: 'PASAL_4_F' } as never)).toThrow(/hukumanKetidakhadiran/);
  });

  it('every ketentuan in the table gives a tingkat for every dampak (totality)', () => {
    for (const ketentuan of KODE_KETENTUAN) {
      for (const dampak of ['UNIT_KERJA', 'INSTANSI', 'NEGARA'] as const) {
        const d = hukumanPelanggaran({ ketentuan, dampak, jabatan: 'JPT' });
        expect(d.value.jenisPilihan.length, `${ketentuan} ${dampak}`).toBeGreaterThan(0);
      }
      expect(KETENTUAN_DISIPLIN[ketentuan].pasal).toMatch(/^Pasal [345] huruf [a-n]/);
    }
  });
});
