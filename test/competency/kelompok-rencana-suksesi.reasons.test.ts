import { describe, expect, it } from 'vitest';
import { kelompokRencanaSuksesi } from '../../src/competency/index.js';
import { explain } from '../../src/explain.js';

describe('kelompokRencanaSuksesi: PP 11/2017 Pasal 199 ayat (2) huruf a–c', () => {
  const cite = (huruf: string) => [{ regulation: 'PP_11_2017', article: `Pasal 199 ayat (2) huruf ${huruf}` }];
  const RID = 'competency.kelompokRencanaSuksesi';

  it('one reason per huruf, with its outcome, facts and texts', () => {
    const d = kelompokRencanaSuksesi({
      kompetensiSesuai: false,
      pengembanganKompetensiTerpenuhi: true,
      predikatDuaTahunTerakhir: ['SANGAT_BAIK', 'KURANG'],
    });
    expect(d.value).toBe(false);
    expect(d.reasons).toEqual([
      { rule: RID, code: `${RID}.kompetensi`, outcome: 'FAIL', citations: cite('a'), facts: { terpenuhi: false } },
      { rule: RID, code: `${RID}.pengembangan`, outcome: 'PASS', citations: cite('b'), facts: { terpenuhi: true } },
      {
        rule: RID,
        code: `${RID}.kinerja`,
        outcome: 'FAIL',
        citations: cite('c'),
        facts: { predikat1: 'SANGAT_BAIK', predikat2: 'KURANG' },
      },
    ]);
    expect(explain(d, 'id')).toMatchInlineSnapshot(`
      [
        "Tidak terpenuhi: Kompetensi sesuai klasifikasi jabatan: tidak [1]",
        "Terpenuhi: Kewajiban pengembangan kompetensi terpenuhi: ya [2]",
        "Tidak terpenuhi: Predikat kinerja 2 tahun terakhir Sangat Baik dan Kurang (paling kurang Baik) [3]",
        "Dasar hukum:",
        "[1] PP 11/2017 Pasal 199 ayat (2) huruf a",
        "[2] PP 11/2017 Pasal 199 ayat (2) huruf b",
        "[3] PP 11/2017 Pasal 199 ayat (2) huruf c",
      ]
    `);
    expect(explain(d, 'en')).toMatchInlineSnapshot(`
      [
        "Not met: Competency matches the job classification: no [1]",
        "Met: Competency-development duty fulfilled: yes [2]",
        "Not met: Performance ratings of the last 2 years Very Good (Sangat Baik) and Poor (Kurang) (at least Baik) [3]",
        "Legal basis:",
        "[1] PP 11/2017 Pasal 199 ayat (2) huruf a",
        "[2] PP 11/2017 Pasal 199 ayat (2) huruf b",
        "[3] PP 11/2017 Pasal 199 ayat (2) huruf c",
      ]
    `);
  });

  it('the other outcomes of huruf a and b, and huruf c met', () => {
    const d = kelompokRencanaSuksesi({
      kompetensiSesuai: true,
      pengembanganKompetensiTerpenuhi: false,
      predikatDuaTahunTerakhir: ['BAIK', 'BAIK'],
    });
    expect(d.value).toBe(false);
    expect(d.reasons.map((r) => r.outcome)).toEqual(['PASS', 'FAIL', 'PASS']);
    const ok = kelompokRencanaSuksesi({
      kompetensiSesuai: true,
      pengembanganKompetensiTerpenuhi: true,
      predikatDuaTahunTerakhir: ['SANGAT_BAIK', 'BAIK'],
    });
    expect(ok.value).toBe(true);
    expect(ok.reasons.map((r) => r.outcome)).toEqual(['PASS', 'PASS', 'PASS']);
  });

  it('huruf c needs at least Baik in each of the two years, the older one too', () => {
    for (const [p1, p2, ok] of [
      ['BUTUH_PERBAIKAN', 'SANGAT_BAIK', false],
      ['SANGAT_BAIK', 'BUTUH_PERBAIKAN', false],
      ['KURANG', 'BAIK', false],
      ['SANGAT_KURANG', 'SANGAT_KURANG', false],
      ['BAIK', 'SANGAT_BAIK', true],
    ] as const) {
      const d = kelompokRencanaSuksesi({
        kompetensiSesuai: true,
        pengembanganKompetensiTerpenuhi: true,
        predikatDuaTahunTerakhir: [p1, p2],
      });
      expect(d.value, `${p1}, ${p2}`).toBe(ok);
      expect(d.reasons[2]!.outcome).toBe(ok ? 'PASS' : 'FAIL');
    }
  });
});
