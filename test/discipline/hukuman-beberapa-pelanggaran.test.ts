import { describe, expect, it } from 'vitest';
import { MeritInputError } from '../../src/core/errors.js';
import { hukumanBeberapaPelanggaran, hukumanPelanggaran } from '../../src/discipline/index.js';
import { explain } from '../../src/explain.js';
import { reasonLines } from '../explain/lines.js';

describe('hukumanBeberapaPelanggaran (PerBKN 6/2022 contoh 18b)', () => {
  it('TV-21: one hukuman, the heaviest tingkat', () => {
    const d = hukumanBeberapaPelanggaran({ pelanggaran: [{ ketentuan: 'PASAL_5_A' }, { ketentuan: 'PASAL_5_K' }] });
    expect(d.value.tingkat).toBe('BERAT');
    const e = hukumanBeberapaPelanggaran({
      pelanggaran: [
        { ketentuan: 'PASAL_3_C', dampak: 'UNIT_KERJA' },
        { ketentuan: 'PASAL_5_G', dampak: 'INSTANSI' },
        { ketentuan: 'PASAL_4_G', dampak: 'UNIT_KERJA' },
      ],
    });
    expect(e.value.tingkat).toBe('SEDANG');
    expect(e.reasons).toHaveLength(4);
  });

  it('names the bad breach by its index', () => {
    try {
      hukumanBeberapaPelanggaran({ pelanggaran: [{ ketentuan: 'PASAL_5_A' }, { ketentuan: 'PASAL_3_C' }] });
      expect.unreachable();
    } catch (e) {
      expect((e as MeritInputError).issues[0]!.path).toEqual(['pelanggaran', 1, 'dampak']);
    }
    expect(() => hukumanBeberapaPelanggaran({ pelanggaran: [] })).toThrow(MeritInputError);
  });
});

describe('hukumanBeberapaPelanggaran: its reasons under its own rule id', () => {
  it('each breach, pengulangan and the heaviest tingkat are coded discipline.hukumanBeberapaPelanggaran.*', () => {
    const d = hukumanBeberapaPelanggaran({
      pelanggaran: [
        { ketentuan: 'PASAL_5_A' },
        { ketentuan: 'PASAL_3_C', dampak: 'INSTANSI' },
        { ketentuan: 'PASAL_4_E', jabatan: 'FUNGSIONAL' },
      ],
      hukumanTerakhir: 'PENURUNAN_JABATAN',
    });
    expect(d.value).toEqual({ tingkat: 'BERAT', jenisPilihan: ['PEMBEBASAN_DARI_JABATAN', 'PDHTAPS'] });
    expect(d.reasons.map((r) => [r.rule, r.code])).toEqual(
      ['tetap', 'dampak', 'jabatan', 'terberat', 'pengulangan'].map((k) => [
        'discipline.hukumanBeberapaPelanggaran',
        `discipline.hukumanBeberapaPelanggaran.${k}`,
      ]),
    );
  });

  it('a breach reads as it does under hukumanPelanggaran: same text, facts and citations', () => {
    for (const p of [
      { ketentuan: 'PASAL_5_N_1' },
      { ketentuan: 'PASAL_4_G', dampak: 'NEGARA' },
      { ketentuan: 'PASAL_4_E', jabatan: 'JPT' },
      { ketentuan: 'PASAL_5_G', dampak: 'INSTANSI' },
    ] as const) {
      const satu = hukumanPelanggaran(p);
      const beberapa = hukumanBeberapaPelanggaran({ pelanggaran: [p] });
      expect(beberapa.reasons[0]).toEqual({
        ...satu.reasons[0],
        rule: 'discipline.hukumanBeberapaPelanggaran',
        code: satu.reasons[0]!.code.replace('hukumanPelanggaran', 'hukumanBeberapaPelanggaran'),
      });
      for (const locale of ['id', 'en'] as const) expect(reasonLines(beberapa, locale)[0]).toBe(reasonLines(satu, locale)[0]);
    }
  });

  it('explains the heaviest tingkat', () => {
    const d = hukumanBeberapaPelanggaran({ pelanggaran: [{ ketentuan: 'PASAL_5_A' }, { ketentuan: 'PASAL_5_K' }] });
    expect(reasonLines(d, 'en')[2]).toMatchInlineSnapshot(
      `"Note: 2 breaches in one examination: one penalty is imposed, at the heaviest level severe [4]"`,
    );
  });
});
