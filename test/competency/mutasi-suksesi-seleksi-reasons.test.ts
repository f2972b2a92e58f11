import { describe, expect, it } from 'vitest';
import {
  BOBOT_JPT_PRESET,
  competencyMessages,
  BOBOT_TEKNIS_PRESET,
  JENJANG_JF_KEAHLIAN,
  JPM_LULUS_MINIMUM,
  jpmTertimbang,
  KOMPONEN_SELEKSI_JPT,
  kelompokRencanaSuksesi,
  MASA_MUTASI,
  masaMutasi,
  nilaiSeleksiJpt,
  RENTANG_BOBOT_JPT,
  STATUS_MASA_MUTASI,
} from '../../src/competency/index.js';
import { labelOf, MeritInputError } from '../../src/core/index.js';
import { explain } from '../../src/explain.js';
import { thrownIssueLines } from '../input-issues.js';

describe('masaMutasi: PP 11/2017 Pasal 190 ayat (3), at least 2 and at most 5 years in the jabatan', () => {
  const P190 = [{ regulation: 'PP_11_2017', article: 'Pasal 190 ayat (3)' }];
  const CITE = '(PP 11/2017 Pasal 190 ayat (3))';

  it('the window is 2–5 years', () => {
    expect(MASA_MUTASI).toEqual({ minimumTahun: 2, maksimumTahun: 5 });
    expect(STATUS_MASA_MUTASI).toEqual(['BELUM_MEMENUHI', 'MEMENUHI', 'MELEWATI_BATAS']);
  });

  it('status labels for display (labelOf)', () => {
    expect(STATUS_MASA_MUTASI.map((s) => [labelOf(competencyMessages, s, 'id'), labelOf(competencyMessages, s, 'en')])).toEqual([
      ['belum memenuhi', 'not yet'],
      ['MEMENUHI', 'MEMENUHI'],
      ['melewati batas', 'beyond the maximum'],
    ]);
  });

  it('before 2 years: belum, FAIL, with the first possible date', () => {
    const d = masaMutasi({ tmtJabatan: '2019-01-01' }, { asOf: '2020-12-31' });
    expect(d.value).toEqual({ status: 'BELUM_MEMENUHI', bulanDalamJabatan: 23, palingCepat: '2021-01-01', palingLambat: '2024-01-01' });
    expect(d.reasons).toEqual([
      {
        rule: 'competency.masaMutasi',
        code: 'competency.masaMutasi.belum',
        outcome: 'FAIL',
        citations: P190,
        facts: { tmtJabatan: '2019-01-01', asOf: '2020-12-31', bulan: 23, palingCepat: '2021-01-01', palingLambat: '2024-01-01' },
      },
    ]);
    expect(explain(d, 'id')).toEqual([
      `✗ TMT jabatan 2019-01-01: pada 2020-12-31 baru 23 bulan dalam jabatan; mutasi paling cepat 2021-01-01 ${CITE}`,
    ]);
    expect(explain(d, 'en')).toEqual([
      `✗ Post taken up 2019-01-01: on 2020-12-31 only 23 months in post; transfer from 2021-01-01 ${CITE}`,
    ]);
  });

  it('from the second anniversary to the fifth, inclusive: memenuhi, PASS', () => {
    for (const asOf of ['2021-01-01', '2021-06-01', '2024-01-01']) {
      const d = masaMutasi({ tmtJabatan: '2019-01-01' }, { asOf });
      expect(d.value.status, asOf).toBe('MEMENUHI');
      expect(d.reasons[0]).toMatchObject({ code: 'competency.masaMutasi.memenuhi', outcome: 'PASS', citations: P190 });
    }
    const d = masaMutasi({ tmtJabatan: '2019-01-01' }, { asOf: '2021-06-01' });
    expect(d.reasons[0]!.facts).toEqual({
      tmtJabatan: '2019-01-01',
      asOf: '2021-06-01',
      bulan: 29,
      palingCepat: '2021-01-01',
      palingLambat: '2024-01-01',
    });
    expect(explain(d, 'id')).toEqual([
      `✓ TMT jabatan 2019-01-01: pada 2021-06-01 sudah 29 bulan dalam jabatan, dalam rentang mutasi 2021-01-01 s.d. 2024-01-01 ${CITE}`,
    ]);
    expect(explain(d, 'en')).toEqual([
      `✓ Post taken up 2019-01-01: on 2021-06-01 29 months in post, within the transfer window 2021-01-01 to 2024-01-01 ${CITE}`,
    ]);
  });

  it('after the fifth anniversary: melewati batas, INFO', () => {
    const d = masaMutasi({ tmtJabatan: '2019-01-01' }, { asOf: '2024-01-02' });
    expect(d.value).toEqual({ status: 'MELEWATI_BATAS', bulanDalamJabatan: 60, palingCepat: '2021-01-01', palingLambat: '2024-01-01' });
    expect(d.reasons).toEqual([
      {
        rule: 'competency.masaMutasi',
        code: 'competency.masaMutasi.melewati',
        outcome: 'INFO',
        citations: P190,
        facts: { tmtJabatan: '2019-01-01', asOf: '2024-01-02', bulan: 60, palingCepat: '2021-01-01', palingLambat: '2024-01-01' },
      },
    ]);
    expect(explain(d, 'id')).toEqual([
      `• TMT jabatan 2019-01-01: pada 2024-01-02 sudah 60 bulan dalam jabatan, melewati batas paling lama 2024-01-01 (dimulai 2021-01-01) ${CITE}`,
    ]);
    expect(explain(d, 'en')).toEqual([
      `• Post taken up 2019-01-01: on 2024-01-02 60 months in post, beyond the maximum of 2024-01-01 (window opened 2021-01-01) ${CITE}`,
    ]);
  });

  it('a TMT on asOf is 0 months and not yet; a TMT after asOf is refused', () => {
    expect(masaMutasi({ tmtJabatan: '2024-06-15' }, { asOf: '2024-06-15' }).value.status).toBe('BELUM_MEMENUHI');
    expect(thrownIssueLines(() => masaMutasi({ tmtJabatan: '2024-06-16' }, { asOf: '2024-06-15' }))).toEqual([
      'tmtJabatan: must not be after asOf (2024-06-15)',
    ]);
    try {
      masaMutasi({ tmtJabatan: '2024-06-16' }, { asOf: '2024-06-15' });
    } catch (e) {
      expect((e as MeritInputError).rule).toBe('competency.masaMutasi');
    }
  });
});

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
    expect(explain(d, 'id')).toEqual([
      '✗ Kompetensi sesuai klasifikasi jabatan: tidak (PP 11/2017 Pasal 199 ayat (2) huruf a)',
      '✓ Kewajiban pengembangan kompetensi terpenuhi: ya (PP 11/2017 Pasal 199 ayat (2) huruf b)',
      '✗ Predikat kinerja 2 tahun terakhir Sangat Baik dan Kurang (paling kurang Baik) (PP 11/2017 Pasal 199 ayat (2) huruf c)',
    ]);
    expect(explain(d, 'en')).toEqual([
      '✗ Competency matches the job classification: no (PP 11/2017 Pasal 199 ayat (2) huruf a)',
      '✓ Competency-development duty fulfilled: yes (PP 11/2017 Pasal 199 ayat (2) huruf b)',
      '✗ Performance ratings of the last 2 years Very Good (Sangat Baik) and Poor (Kurang) (at least Baik) (PP 11/2017 Pasal 199 ayat (2) huruf c)',
    ]);
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

describe('nilaiSeleksiJpt: PermenPANRB 15/2019 weighted selection score', () => {
  const CITE = [{ regulation: 'PERMENPANRB_15_2019', annex: 'Lampiran (penilaian seleksi terbuka JPT)' }];
  const CT = '(PermenPANRB 15/2019 Lampiran (penilaian seleksi terbuka JPT))';
  const RID = 'competency.nilaiSeleksiJpt';
  const nilai = { makalah: 80, assessmentCenter: '85.5', wawancara: 90, rekamJejak: 75 };

  it('presets: weights 20/25/35/20 within the ranges 15–20/20–25/30–35/15–20', () => {
    expect(KOMPONEN_SELEKSI_JPT).toEqual(['makalah', 'assessmentCenter', 'wawancara', 'rekamJejak']);
    expect(BOBOT_JPT_PRESET).toEqual({ makalah: 20, assessmentCenter: 25, wawancara: 35, rekamJejak: 20 });
    expect(RENTANG_BOBOT_JPT).toEqual({
      makalah: { min: 15, max: 20 },
      assessmentCenter: { min: 20, max: 25 },
      wawancara: { min: 30, max: 35 },
      rekamJejak: { min: 15, max: 20 },
    });
  });

  it('one reason per component with its weighted part, then the exact total, with their texts', () => {
    const d = nilaiSeleksiJpt(nilai);
    expect(d.value).toBe('83.875');
    expect(d.reasons).toEqual([
      {
        rule: RID,
        code: `${RID}.komponen`,
        outcome: 'INFO',
        citations: CITE,
        facts: { komponen: 'makalah', nilai: '80', bobot: '20', hasil: '16' },
      },
      {
        rule: RID,
        code: `${RID}.komponen`,
        outcome: 'INFO',
        citations: CITE,
        facts: { komponen: 'assessmentCenter', nilai: '85.5', bobot: '25', hasil: '21.375' },
      },
      {
        rule: RID,
        code: `${RID}.komponen`,
        outcome: 'INFO',
        citations: CITE,
        facts: { komponen: 'wawancara', nilai: '90', bobot: '35', hasil: '31.5' },
      },
      {
        rule: RID,
        code: `${RID}.komponen`,
        outcome: 'INFO',
        citations: CITE,
        facts: { komponen: 'rekamJejak', nilai: '75', bobot: '20', hasil: '15' },
      },
      { rule: RID, code: `${RID}.total`, outcome: 'INFO', citations: CITE, facts: { nilai: '83.875' } },
    ]);
    expect(explain(d, 'id')).toEqual([
      `• Penulisan makalah: nilai 80 × bobot 20 % = 16 ${CT}`,
      `• Assessment center: nilai 85,5 × bobot 25 % = 21,375 ${CT}`,
      `• Wawancara: nilai 90 × bobot 35 % = 31,5 ${CT}`,
      `• Rekam jejak: nilai 75 × bobot 20 % = 15 ${CT}`,
      `• Nilai akhir seleksi 83,875 ${CT}`,
    ]);
    expect(explain(d, 'en')).toEqual([
      `• Paper: score 80 × weight 20 % = 16 ${CT}`,
      `• Assessment centre: score 85.5 × weight 25 % = 21.375 ${CT}`,
      `• Interview: score 90 × weight 35 % = 31.5 ${CT}`,
      `• Track record: score 75 × weight 20 % = 15 ${CT}`,
      `• Final selection score 83.875 ${CT}`,
    ]);
  });

  it('each component is weighted by its own weight', () => {
    const wide = {
      makalah: { min: 0, max: 100 },
      assessmentCenter: { min: 0, max: 100 },
      wawancara: { min: 0, max: 100 },
      rekamJejak: { min: 0, max: 100 },
    };
    for (const k of KOMPONEN_SELEKSI_JPT) {
      const bobot = { makalah: 0, assessmentCenter: 0, wawancara: 0, rekamJejak: 0, [k]: 100 };
      const skor = { makalah: 10, assessmentCenter: 20, wawancara: 30, rekamJejak: 40 };
      expect(nilaiSeleksiJpt(skor, { settings: { bobot, rentangBobot: wide } }).value).toBe(String(skor[k]));
    }
  });

  it('scores are 0–100', () => {
    expect(nilaiSeleksiJpt({ makalah: 0, assessmentCenter: 0, wawancara: 0, rekamJejak: 0 }).value).toBe('0');
    expect(nilaiSeleksiJpt({ makalah: 100, assessmentCenter: 100, wawancara: 100, rekamJejak: 100 }).value).toBe('100');
    expect(thrownIssueLines(() => nilaiSeleksiJpt({ ...nilai, makalah: '100.01' }))).toEqual(['makalah: must be at most 100']);
    expect(thrownIssueLines(() => nilaiSeleksiJpt({ ...nilai, rekamJejak: -1 }))).toEqual(['rekamJejak: must be at least 0']);
  });

  it('weights must lie within their ranges, each range bound inclusive, with the path and message', () => {
    const rentangBobot = {
      makalah: { min: 10, max: 25 },
      assessmentCenter: { min: 20, max: 25 },
      wawancara: { min: 25, max: 35 },
      rekamJejak: { min: 15, max: 25 },
    };
    // at both ends of a range
    expect(
      nilaiSeleksiJpt(nilai, {
        settings: {
          bobot: { makalah: 10, assessmentCenter: 25, wawancara: 35, rekamJejak: 30 },
          rentangBobot: { ...rentangBobot, rekamJejak: { min: 15, max: 30 } },
        },
      }).value,
    ).toBe('83.375');
    expect(
      nilaiSeleksiJpt(nilai, { settings: { bobot: { makalah: 25, assessmentCenter: 25, wawancara: 35, rekamJejak: 15 }, rentangBobot } })
        .value,
    ).toBe('84.125');
    expect(
      thrownIssueLines(() =>
        nilaiSeleksiJpt(nilai, {
          settings: { bobot: { makalah: '9.99', assessmentCenter: '25.01', wawancara: 35, rekamJejak: 30 }, rentangBobot },
        }),
      ),
    ).toEqual([
      'options.settings.bobot.makalah: must be within 10–25 %',
      'options.settings.bobot.assessmentCenter: must be within 20–25 %',
      'options.settings.bobot.rekamJejak: must be within 15–25 %',
    ]);
    expect(
      thrownIssueLines(() =>
        nilaiSeleksiJpt(nilai, { settings: { bobot: { makalah: 20, assessmentCenter: 25, wawancara: 24, rekamJejak: 31 }, rentangBobot } }),
      ),
    ).toEqual(['options.settings.bobot.wawancara: must be within 25–35 %', 'options.settings.bobot.rekamJejak: must be within 15–25 %']);
  });

  it('weights must add up to 100 %', () => {
    expect(thrownIssueLines(() => nilaiSeleksiJpt(nilai, { settings: { bobot: { makalah: 15 } } }))).toEqual([
      'options.settings.bobot: weights must add up to 100 %, not 95',
    ]);
    const wide = {
      makalah: { min: 0, max: 100 },
      assessmentCenter: { min: 0, max: 100 },
      wawancara: { min: 0, max: 100 },
      rekamJejak: { min: 0, max: 100 },
    };
    expect(thrownIssueLines(() => nilaiSeleksiJpt(nilai, { settings: { bobot: { makalah: '20.5' }, rentangBobot: wide } }))).toEqual([
      'options.settings.bobot: weights must add up to 100 %, not 100.5',
    ]);
    // a weight that does not parse gives its own issue, not a sum
    expect(thrownIssueLines(() => nilaiSeleksiJpt(nilai, { settings: { bobot: { makalah: 'x' } } }))).toEqual([
      'options.settings.bobot.makalah: must be a decimal number in plain notation, e.g. "89.99"',
    ]);
  });

  it('range bounds are 0–100', () => {
    expect(thrownIssueLines(() => nilaiSeleksiJpt(nilai, { settings: { rentangBobot: { makalah: { min: -1, max: 20 } } } }))).toEqual([
      'options.settings.rentangBobot.makalah.min: must be at least 0',
    ]);
    expect(thrownIssueLines(() => nilaiSeleksiJpt(nilai, { settings: { rentangBobot: { wawancara: { min: 30, max: 101 } } } }))).toEqual([
      'options.settings.rentangBobot.wawancara.max: must be at most 100',
    ]);
  });

  it('a range whose min exceeds its max is refused (not read as an empty range that refuses every weight)', () => {
    expect(thrownIssueLines(() => nilaiSeleksiJpt(nilai, { settings: { rentangBobot: { makalah: { min: 21, max: 20 } } } }))).toEqual([
      'options.settings.rentangBobot.makalah.max: min must not exceed max',
    ]);
    expect(
      thrownIssueLines(() => nilaiSeleksiJpt(nilai, { settings: { rentangBobot: { rekamJejak: { min: '20.01', max: 20 } } } })),
    ).toEqual(['options.settings.rentangBobot.rekamJejak.max: min must not exceed max']);
    // min = max is a fixed weight, accepted
    expect(
      nilaiSeleksiJpt(nilai, { settings: { rentangBobot: { makalah: { min: 20, max: 20 }, rekamJejak: { min: 20, max: 20 } } } }).value,
    ).toBe(nilaiSeleksiJpt(nilai).value);
  });

  it('a range set for one component keeps the preset ranges of the others', () => {
    // makalah widened to 10–20, the others stay at 20–25 / 30–35 / 15–20
    expect(
      thrownIssueLines(() =>
        nilaiSeleksiJpt(nilai, {
          settings: {
            bobot: { makalah: 10, assessmentCenter: 25, wawancara: 35, rekamJejak: 30 },
            rentangBobot: { makalah: { min: 10, max: 20 } },
          },
        }),
      ),
    ).toEqual(['options.settings.bobot.rekamJejak: must be within 15–20 %']);
    expect(
      thrownIssueLines(() =>
        nilaiSeleksiJpt(nilai, {
          settings: {
            bobot: { makalah: 20, assessmentCenter: 19, wawancara: 35, rekamJejak: 26 },
            rentangBobot: { rekamJejak: { min: 15, max: 30 } },
          },
        }),
      ),
    ).toEqual(['options.settings.bobot.assessmentCenter: must be within 20–25 %']);
    expect(
      thrownIssueLines(() =>
        nilaiSeleksiJpt(nilai, {
          settings: {
            bobot: { makalah: 20, assessmentCenter: 25, wawancara: 36, rekamJejak: 19 },
            rentangBobot: { rekamJejak: { min: 15, max: 30 } },
          },
        }),
      ),
    ).toEqual(['options.settings.bobot.wawancara: must be within 30–35 %']);
  });
});

describe('jpmTertimbang: overall JPM of a JF uji kompetensi (JF regulation Lampiran D angka 2–3; Peraturan BKN 26/2019 Lampiran)', () => {
  const CITE = [{ regulation: 'PERBKN_26_2019', annex: 'Lampiran' }];
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
    expect(explain(d, 'id')).toEqual([
      '• JPM keseluruhan Ahli Pertama = 60 % × teknis 60,5 + 40 % × manajerial-sosial kultural 75 = 66,30 %: Kurang Memenuhi Syarat (KMS) (Peraturan BKN 26/2019 Lampiran)',
      '✗ Lulus uji kompetensi bila JPM keseluruhan 66,30 % paling rendah 68 % (Peraturan BKN 26/2019 Lampiran)',
    ]);
    expect(explain(d, 'en')).toEqual([
      '• Overall JPM Ahli Pertama (entry expert) = 60 % × technical 60.5 + 40 % × managerial/socio-cultural 75 = 66.30 %: Not Sufficiently Qualified (KMS) (Peraturan BKN 26/2019 Lampiran)',
      '✗ The competency test is passed when the overall JPM 66.30 % is at least 68 % (Peraturan BKN 26/2019 Lampiran)',
    ]);
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
    expect(explain(madya, 'en')[0]).toContain(
      'Overall JPM Ahli Madya (senior expert) = 40 % × technical 90 + 60 % × managerial/socio-cultural 95 = 93.00 %: Optimal',
    );
    expect(explain(madya, 'id')[0]).toBe(
      '• JPM keseluruhan Ahli Madya = 40 % × teknis 90 + 60 % × manajerial-sosial kultural 95 = 93,00 %: Optimal (Peraturan BKN 26/2019 Lampiran)',
    );
    expect(explain(madya, 'id')[1]).toBe(
      '✓ Lulus uji kompetensi bila JPM keseluruhan 93,00 % paling rendah 68 % (Peraturan BKN 26/2019 Lampiran)',
    );
    const muda = jpmTertimbang({ jenjang: 'AHLI_MUDA', jpmTeknis: 70, jpmMansoskul: 80 });
    expect(explain(muda, 'id')[0]).toContain(
      'JPM keseluruhan Ahli Muda = 50 % × teknis 70 + 50 % × manajerial-sosial kultural 80 = 75,00 %: Masih Memenuhi Syarat (MMS)',
    );
    expect(explain(muda, 'en')[0]).toContain('Overall JPM Ahli Muda (junior expert) =');
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
    const settings = { bobotTeknis: { AHLI_MADYA: 10, AHLI_MUDA: 20, AHLI_PERTAMA: 30 } };
    expect(jpmTertimbang({ jenjang: 'AHLI_MADYA', jpmTeknis: 100, jpmMansoskul: 0 }, { settings }).value.persen).toBe('10');
    expect(jpmTertimbang({ jenjang: 'AHLI_MUDA', jpmTeknis: 100, jpmMansoskul: 0 }, { settings }).value.persen).toBe('20');
    expect(jpmTertimbang({ jenjang: 'AHLI_PERTAMA', jpmTeknis: 100, jpmMansoskul: 0 }, { settings }).value.persen).toBe('30');
    expect(
      jpmTertimbang({ jenjang: 'AHLI_MADYA', jpmTeknis: 500, jpmMansoskul: 0 }, { settings: { bobotTeknis: { AHLI_MADYA: 100 } } }).value
        .persen,
    ).toBe('500');
    expect(
      jpmTertimbang({ jenjang: 'AHLI_MADYA', jpmTeknis: 500, jpmMansoskul: 0 }, { settings: { bobotTeknis: { AHLI_MADYA: 0 } } }).value
        .persen,
    ).toBe('0');
    expect(thrownIssueLines(() => jpmTertimbang({ jenjang: 'AHLI_MADYA', jpmTeknis: '500.01', jpmMansoskul: -1 }))).toEqual([
      'jpmTeknis: must be at most 500',
      'jpmMansoskul: must be at least 0',
    ]);
    for (const j of JENJANG_JF_KEAHLIAN) {
      expect(
        thrownIssueLines(() =>
          jpmTertimbang({ jenjang: j, jpmTeknis: 1, jpmMansoskul: 1 }, { settings: { bobotTeknis: { [j]: '100.5' } } }),
        ),
      ).toEqual([`options.settings.bobotTeknis.${j}: must be at most 100`]);
      expect(
        thrownIssueLines(() => jpmTertimbang({ jenjang: j, jpmTeknis: 1, jpmMansoskul: 1 }, { settings: { bobotTeknis: { [j]: -1 } } })),
      ).toEqual([`options.settings.bobotTeknis.${j}: must be at least 0`]);
    }
  });
});
