import { describe, expect, it } from 'vitest';
import { BOBOT_TEKNIS_PRESET, JENJANG_JF_KEAHLIAN, JPM_LULUS_MINIMUM, jpmTertimbang } from '../../src/competency/index.js';
import { explain } from '../../src/explain.js';
import { thrownIssueLines } from '../input-issues.js';
import { reasonLines } from '../explain/lines.js';

describe('jpmTertimbang: overall JPM of a JF uji kompetensi (JF regulation Lampiran D angka 2–3, not located in a national regulation)', () => {
  // One JF regulation's Lampiran D sets the weights, the pass mark and the MS / MMS / KMS bands: cited once.
  const CITE = [
    {
      regulation: 'PERBKN_26_2019',
      unlocated:
        'The MS ≥ 80 / MMS ≥ 68 / KMS < 68 % bands (angka 1), the 68 % pass mark (angka 2) and the teknis weights 40/50/60 % (angka 3) were read only in Lampiran D of a JF regulation "Nomor 35 Tahun 2020" (issuer not identified), the bands also in assessment applications; Peraturan BKN 26/2019, their presumed national source, was read only to Pasal 3.',
    },
  ];
  const BRIN_1 = { regulation: 'PERBRIN_3_2023', article: 'Pasal 33 ayat (1)' };
  const RID = 'competency.jpmTertimbang';

  it('presets: teknis 40/50/60 % for Ahli Madya/Muda/Pertama, pass at 68 %', () => {
    expect(JENJANG_JF_KEAHLIAN).toEqual(['AHLI_MADYA', 'AHLI_MUDA', 'AHLI_PERTAMA']);
    expect(BOBOT_TEKNIS_PRESET).toEqual({ AHLI_MADYA: 40, AHLI_MUDA: 50, AHLI_PERTAMA: 60 });
    expect(JPM_LULUS_MINIMUM).toBe(68);
  });

  it('TV-JPM-11 with decimals: the weighting and pass reasons, and their texts', () => {
    const d = jpmTertimbang({ jenjang: 'AHLI_PERTAMA', jpmTeknis: '60.5', jpmMansoskul: 75 });
    expect(d.value).toEqual({ persen: '66.3', kategori: 'KURANG_MEMENUHI_SYARAT', lulus: false });
    expect(d.reasons).toEqual([
      {
        rule: RID,
        code: `${RID}.bobot`,
        outcome: 'INFO',
        citations: CITE,
        facts: {
          jenjang: 'AHLI_PERTAMA',
          bobotTeknis: '60',
          jpmTeknis: '60.5',
          bobotMansoskul: '40',
          jpmMansoskul: '75',
          persen: '66.30',
          kategori: 'KURANG_MEMENUHI_SYARAT',
        },
      },
      { rule: RID, code: `${RID}.lulus`, outcome: 'FAIL', citations: CITE, facts: { persen: '66.30', minimum: 68 } },
    ]);
    expect(explain(d, 'id')).toMatchInlineSnapshot(`
      [
        "Catatan: JPM keseluruhan Ahli Pertama = 60 % × teknis 60,5 + 40 % × manajerial-sosial kultural 75 = 66,30 %: Kurang Memenuhi Syarat (KMS) [1]",
        "Tidak terpenuhi: Lulus uji kompetensi bila JPM keseluruhan 66,30 % paling rendah 68 % [1]",
        "Dasar hukum:",
        "[1] Peraturan BKN 26/2019 (pasal belum ditemukan)",
      ]
    `);
    expect(explain(d, 'en')).toMatchInlineSnapshot(`
      [
        "Note: Overall JPM Ahli Pertama (entry expert) = 60 % × technical 60.5 + 40 % × managerial/socio-cultural 75 = 66.30 %: Not Sufficiently Qualified (KMS) [1]",
        "Not met: The competency test is passed when the overall JPM 66.30 % is at least 68 % [1]",
        "Legal basis:",
        "[1] Peraturan BKN 26/2019 (article not located)",
      ]
    `);
  });

  it('jenjang labels and a pass', () => {
    const madya = jpmTertimbang({ jenjang: 'AHLI_MADYA', jpmTeknis: 90, jpmMansoskul: 95 }, { skema: 'PEMETAAN' });
    expect(madya.value).toEqual({ persen: '93', kategori: 'OPTIMAL', lulus: true });
    expect(madya.reasons[1]).toEqual({
      rule: RID,
      code: `${RID}.lulus`,
      outcome: 'PASS',
      citations: CITE,
      facts: { persen: '93.00', minimum: 68 },
    });
    expect(reasonLines(madya, 'en')[0]).toContain(
      'Overall JPM Ahli Madya (senior expert) = 40 % × technical 90 + 60 % × managerial/socio-cultural 95 = 93.00 %: Optimal',
    );
    expect(reasonLines(madya, 'id')[0]).toMatchInlineSnapshot(
      `"Catatan: JPM keseluruhan Ahli Madya = 40 % × teknis 90 + 60 % × manajerial-sosial kultural 95 = 93,00 %: Optimal [1, 2]"`,
    );
    expect(reasonLines(madya, 'id')[1]).toMatchInlineSnapshot(
      `"Terpenuhi: Lulus uji kompetensi bila JPM keseluruhan 93,00 % paling rendah 68 % [1]"`,
    );
    const muda = jpmTertimbang({ jenjang: 'AHLI_MUDA', jpmTeknis: 70, jpmMansoskul: 80 });
    expect(reasonLines(muda, 'id')[0]).toContain(
      'JPM keseluruhan Ahli Muda = 50 % × teknis 70 + 50 % × manajerial-sosial kultural 80 = 75,00 %: Masih Memenuhi Syarat (MMS)',
    );
    expect(reasonLines(muda, 'en')[0]).toContain('Overall JPM Ahli Muda (junior expert) =');
  });

  it('pass at exactly 68 %, not below (Masih Memenuhi Syarat)', () => {
    expect(jpmTertimbang({ jenjang: 'AHLI_MUDA', jpmTeknis: 68, jpmMansoskul: 68 }).value).toEqual({
      persen: '68',
      kategori: 'MASIH_MEMENUHI_SYARAT',
      lulus: true,
    });
    expect(jpmTertimbang({ jenjang: 'AHLI_MUDA', jpmTeknis: '67.98', jpmMansoskul: 68 }).value).toEqual({
      persen: '67.99',
      kategori: 'KURANG_MEMENUHI_SYARAT',
      lulus: false,
    });
  });

  it('each jenjang uses its own weight setting; JPM 0–500 (JPM_MAKSIMUM) and weights 0–100 %', () => {
    const pengaturan = { bobotTeknis: { AHLI_MADYA: 10, AHLI_MUDA: 20, AHLI_PERTAMA: 30 } };
    expect(jpmTertimbang({ jenjang: 'AHLI_MADYA', jpmTeknis: 100, jpmMansoskul: 0 }, pengaturan).value.persen).toBe('10');
    expect(jpmTertimbang({ jenjang: 'AHLI_MUDA', jpmTeknis: 100, jpmMansoskul: 0 }, pengaturan).value.persen).toBe('20');
    expect(jpmTertimbang({ jenjang: 'AHLI_PERTAMA', jpmTeknis: 100, jpmMansoskul: 0 }, pengaturan).value.persen).toBe('30');
    expect(
      jpmTertimbang({ jenjang: 'AHLI_MADYA', jpmTeknis: 500, jpmMansoskul: 0 }, { bobotTeknis: { AHLI_MADYA: 100 } }).value.persen,
    ).toBe('500');
    expect(jpmTertimbang({ jenjang: 'AHLI_MADYA', jpmTeknis: 500, jpmMansoskul: 0 }, { bobotTeknis: { AHLI_MADYA: 0 } }).value.persen).toBe(
      '0',
    );
    expect(thrownIssueLines(() => jpmTertimbang({ jenjang: 'AHLI_MADYA', jpmTeknis: '500.01', jpmMansoskul: -1 }))).toEqual([
      'jpmTeknis: "500.01" is out of range; must be from 0 to 500',
      'jpmMansoskul: -1 is out of range; must be from 0 to 500',
    ]);
    for (const j of JENJANG_JF_KEAHLIAN) {
      expect(
        thrownIssueLines(() => jpmTertimbang({ jenjang: j, jpmTeknis: 1, jpmMansoskul: 1 }, { bobotTeknis: { [j]: '100.5' } })),
      ).toEqual([`options.bobotTeknis.${j}: "100.5" is out of range; must be from 0 to 100`]);
      expect(thrownIssueLines(() => jpmTertimbang({ jenjang: j, jpmTeknis: 1, jpmMansoskul: 1 }, { bobotTeknis: { [j]: -1 } }))).toEqual([
        `options.bobotTeknis.${j}: -1 is out of range; must be from 0 to 100`,
      ]);
    }
  });

  it('the category reads ambangPemetaan / ambangPengisian, and the pass mark is ambangPengisian.masihMemenuhiSyarat (boundary inclusive)', () => {
    const opsi = { ambangPengisian: { memenuhiSyarat: 85, masihMemenuhiSyarat: '72.5' } };
    const at = (teknis: string | number) => jpmTertimbang({ jenjang: 'AHLI_MUDA', jpmTeknis: teknis, jpmMansoskul: teknis }, opsi);
    expect(at('72.5').value).toEqual({ persen: '72.5', kategori: 'MASIH_MEMENUHI_SYARAT', lulus: true });
    expect(at('72.49').value).toEqual({ persen: '72.49', kategori: 'KURANG_MEMENUHI_SYARAT', lulus: false });
    expect(at(85).value).toEqual({ persen: '85', kategori: 'MEMENUHI_SYARAT', lulus: true });
    expect(at('72.49').reasons[1]).toEqual({
      rule: RID,
      code: `${RID}.lulus`,
      outcome: 'FAIL',
      citations: CITE,
      facts: { persen: '72.49', minimum: 72.5 },
    });
    expect(explain(at('72.49'), 'id')[1]).toMatchInlineSnapshot(
      `"Tidak terpenuhi: Lulus uji kompetensi bila JPM keseluruhan 72,49 % paling rendah 72,5 % [1]"`,
    );
    // 70 is MMS at the preset (68) and KMS at 72.5.
    expect(jpmTertimbang({ jenjang: 'AHLI_MUDA', jpmTeknis: 70, jpmMansoskul: 70 }).value.lulus).toBe(true);
    expect(jpmTertimbang({ jenjang: 'AHLI_MUDA', jpmTeknis: 70, jpmMansoskul: 70 }, opsi).value.lulus).toBe(false);
    // Under PEMETAAN the category follows ambangPemetaan and cites its ayat; the pass mark stays ambangPengisian's.
    const pemetaan = jpmTertimbang(
      { jenjang: 'AHLI_MUDA', jpmTeknis: 80, jpmMansoskul: 80 },
      { skema: 'PEMETAAN', ambangPemetaan: { optimal: 80, cukupOptimal: 60 } },
    );
    expect(pemetaan.value).toEqual({ persen: '80', kategori: 'OPTIMAL', lulus: true });
    expect(pemetaan.reasons[0]!.citations).toEqual([...CITE, BRIN_1]);
  });
});
