import { describe, expect, it } from 'vitest';
import {
  kotakTalenta,
  kotakTalentaRule,
  kotakTalentaOptions,
  masukKelompokRencanaSuksesi,
  NOMOR_KOTAK,
  PEMETAAN_PREDIKAT_PRESET,
  PENOMORAN_KOTAK,
  REKOMENDASI_KOTAK,
  REKOMENDASI_TALENTA,
  selKotak,
  type TingkatKinerja,
  type TingkatPotensial,
} from '../../src/competency/index.js';
import { MeritInputError } from '../../src/core/index.js';
import { explain } from '../../src/explain.js';
import { jsonSchemaOf } from '../../src/schema.js';
import { reasonLines } from '../explain/lines.js';

const RID = 'competency.kotakTalenta';
const SUMBU = [
  { regulation: 'PERMENPANRB_3_2020', article: 'Pasal 17 ayat (1)' },
  { regulation: 'PERMENPANRB_20_2025', article: 'Pasal 17 ayat (1)' },
];
const KOTAK = [
  {
    regulation: 'PERMENPANRB_3_2020',
    unlocated:
      'The box numbering, the recommendations per box and the talent pool of boxes 7–9 come from ≥ 7 consistent public implementations (one cites a "Lampiran A"); no copy of the PermenPANRB 3/2020 Lampiran was read.',
  },
];
const PREDIKAT = [
  { regulation: 'PERMENPANRB_3_2020', article: 'Pasal 17 ayat (2) huruf a' },
  { regulation: 'PERMENPANRB_20_2025', article: 'Pasal 17 ayat (2) huruf a' },
  {
    regulation: 'PERMENPANRB_6_2022',
    unlocated:
      'PermenPANRB 6/2022 sets the predikat kinerja (Sangat Baik … Sangat Kurang); SE MenPANRB 3/2023 cites its Pasal 24–25 for evaluasi kinerja, but no text read places the predikat in a Pasal or on a Lampiran page.',
  },
];
const SUMBU_TEXT = '(PermenPANRB 3/2020 Pasal 17 ayat (1); PermenPANRB 20/2025 Pasal 17 ayat (1))';
const KOTAK_TEXT = '(PermenPANRB 3/2020 (pasal belum ditemukan))';
const KOTAK_TEXT_EN = '(PermenPANRB 3/2020 (article not located))';

/**
 * The nine boxes (research notes §3.2 national numbering, the Kemenkeu variant, §3.3 recommendations),
 * with the recommendation texts as the national nine-box words them, in Indonesian and English.
 */
const SEL: [TingkatKinerja, TingkatPotensial, number, number, string, string][] = [
  [
    'DI_ATAS_EKSPEKTASI',
    'TINGGI',
    9,
    9,
    'Dipromosikan dan dipertahankan, Masuk kelompok rencana suksesi instansi/nasional, Penghargaan',
    'Promote and retain, Enter the agency/national succession pool, Award',
  ],
  [
    'SESUAI_EKSPEKTASI',
    'TINGGI',
    8,
    7,
    'Dipertahankan, Masuk kelompok rencana suksesi instansi, Rotasi/perluasan jabatan, Bimbingan kinerja',
    'Retain, Enter the agency succession pool, Rotation/job enlargement, Performance coaching',
  ],
  [
    'DI_ATAS_EKSPEKTASI',
    'MENENGAH',
    7,
    8,
    'Dipertahankan, Masuk kelompok rencana suksesi instansi, Rotasi/pengayaan jabatan, Pengembangan kompetensi, Tugas belajar',
    'Retain, Enter the agency succession pool, Rotation/job enrichment, Competency development, Study assignment',
  ],
  [
    'DI_BAWAH_EKSPEKTASI',
    'TINGGI',
    6,
    3,
    'Penempatan yang sesuai, Bimbingan kinerja, Konseling kinerja',
    'Suitable placement, Performance coaching, Performance counselling',
  ],
  [
    'SESUAI_EKSPEKTASI',
    'MENENGAH',
    5,
    6,
    'Penempatan yang sesuai, Bimbingan kinerja, Pengembangan kompetensi',
    'Suitable placement, Performance coaching, Competency development',
  ],
  ['DI_ATAS_EKSPEKTASI', 'RENDAH', 4, 5, 'Rotasi, Pengembangan kompetensi', 'Rotation, Competency development'],
  [
    'DI_BAWAH_EKSPEKTASI',
    'MENENGAH',
    3,
    2,
    'Bimbingan kinerja, Konseling kinerja, Pengembangan kompetensi, Penempatan yang sesuai',
    'Performance coaching, Performance counselling, Competency development, Suitable placement',
  ],
  [
    'SESUAI_EKSPEKTASI',
    'RENDAH',
    2,
    4,
    'Bimbingan kinerja, Pengembangan kompetensi, Penempatan yang sesuai',
    'Performance coaching, Competency development, Suitable placement',
  ],
  [
    'DI_BAWAH_EKSPEKTASI',
    'RENDAH',
    1,
    1,
    'Diproses sesuai ketentuan peraturan perundang-undangan',
    'Handled under the applicable regulations',
  ],
];
const KINERJA_ID = {
  DI_ATAS_EKSPEKTASI: 'Di Atas Ekspektasi',
  SESUAI_EKSPEKTASI: 'Sesuai Ekspektasi',
  DI_BAWAH_EKSPEKTASI: 'Di Bawah Ekspektasi',
};
const KINERJA_EN = {
  DI_ATAS_EKSPEKTASI: 'Above Expectations',
  SESUAI_EKSPEKTASI: 'Meets Expectations',
  DI_BAWAH_EKSPEKTASI: 'Below Expectations',
};
const POTENSIAL_ID = { TINGGI: 'tinggi', MENENGAH: 'menengah', RENDAH: 'rendah' };
const POTENSIAL_EN = { TINGGI: 'high', MENENGAH: 'medium', RENDAH: 'low' };

describe('kotakTalenta: every cell of the nine-box (numbering from implementations, Lampiran not located; Pasal 17 as worded by PermenPANRB 20/2025)', () => {
  it.each(SEL)(
    '%s × %s: national box %i, Kemenkeu box %i, recommendations and talent-pool flag',
    (kinerja, potensial, nasional, kemenkeu, recId, recEn) => {
      const krs = nasional >= 7;
      for (const [penomoran, kotak] of [
        ['PERMENPANRB_3_2020', nasional],
        ['KEMENKEU', kemenkeu],
      ] as const) {
        const d = kotakTalenta({ kinerja, potensial }, { penomoran });
        expect(d.value).toEqual({
          kotak,
          kinerja,
          potensial,
          penomoran,
          rekomendasi: [...REKOMENDASI_KOTAK[kinerja][potensial]],
          kelompokRencanaSuksesi: krs,
        });
        // a status and a level given directly need no mapping reason
        expect(d.reasons).toEqual([
          {
            rule: RID,
            code: 'competency.kotakTalenta.kotak',
            outcome: 'APPLIES',
            citations: KOTAK,
            facts: { kinerja, potensial, kotak, penomoran },
          },
          {
            rule: RID,
            code: 'competency.kotakTalenta.rekomendasi',
            outcome: 'INFO',
            citations: KOTAK,
            facts: { kotak, rekomendasi: REKOMENDASI_KOTAK[kinerja][potensial].join(', ') },
          },
          {
            rule: RID,
            code: krs ? `${RID}.talenta` : `${RID}.bukanTalenta`,
            outcome: krs ? 'PASS' : 'FAIL',
            citations: KOTAK,
            facts: { kotak },
          },
        ]);
        const numId = penomoran === 'KEMENKEU' ? 'penomoran Kemenkeu' : 'penomoran PermenPANRB 3/2020';
        const numEn = penomoran === 'KEMENKEU' ? 'Ministry of Finance numbering' : 'PermenPANRB 3/2020 numbering';
        expect(reasonLines(d, 'id')).toEqual([
          `Berlaku: Kinerja ${KINERJA_ID[kinerja]} dan potensial ${POTENSIAL_ID[potensial]}: kotak ${kotak} (${numId}) [1]`,
          `Catatan: Rekomendasi kotak ${kotak}: ${recId} [1]`,
          krs
            ? `Terpenuhi: Kotak ${kotak} termasuk kelompok rencana suksesi (talent pool) [1]`
            : `Tidak terpenuhi: Kotak ${kotak} tidak termasuk kelompok rencana suksesi (hanya kotak 7, 8, 9) [1]`,
        ]);
        expect(reasonLines(d, 'en')).toEqual([
          `Applies: Performance ${KINERJA_EN[kinerja]} and potential ${POTENSIAL_EN[potensial]}: box ${kotak} (${numEn}) [1]`,
          `Note: Recommendations for box ${kotak}: ${recEn} [1]`,
          krs
            ? `Met: Box ${kotak} belongs to the succession pool (talent pool) [1]`
            : `Not met: Box ${kotak} is not in the succession pool (boxes 7, 8, 9 only) [1]`,
        ]);
        expect(explain(d, 'id').slice(3)).toEqual(['Dasar hukum:', `[1] ${KOTAK_TEXT.slice(1, -1)}`]);
        expect(explain(d, 'en').slice(3)).toEqual(['Legal basis:', `[1] ${KOTAK_TEXT_EN.slice(1, -1)}`]);
        expect(selKotak(kotak as 1, penomoran)).toEqual({ kinerja, potensial });
      }
      expect(NOMOR_KOTAK.PERMENPANRB_3_2020[kinerja][potensial]).toBe(nasional);
      expect(NOMOR_KOTAK.KEMENKEU[kinerja][potensial]).toBe(kemenkeu);
      expect(masukKelompokRencanaSuksesi(kinerja, potensial)).toBe(krs);
    },
  );

  it('the recommendation codes, in table order; every one is used by some box', () => {
    expect(REKOMENDASI_TALENTA).toEqual([
      'DIPROMOSIKAN_DAN_DIPERTAHANKAN',
      'MASUK_KRS_INSTANSI_NASIONAL',
      'PENGHARGAAN',
      'DIPERTAHANKAN',
      'MASUK_KRS_INSTANSI',
      'ROTASI_PERLUASAN_JABATAN',
      'ROTASI_PENGAYAAN_JABATAN',
      'ROTASI',
      'TUGAS_BELAJAR',
      'PENEMPATAN_YANG_SESUAI',
      'BIMBINGAN_KINERJA',
      'KONSELING_KINERJA',
      'PENGEMBANGAN_KOMPETENSI',
      'DIPROSES_SESUAI_KETENTUAN',
    ]);
    const used = new Set(Object.values(REKOMENDASI_KOTAK).flatMap((row) => Object.values(row).flat()));
    expect([...used].sort()).toEqual([...REKOMENDASI_TALENTA].sort());
    expect(PENOMORAN_KOTAK).toEqual(['PERMENPANRB_3_2020', 'KEMENKEU']);
  });

  it('the talent pool is national boxes 7, 8, 9 whatever the numbering (Kemenkeu box 7 is national 8)', () => {
    const v = kotakTalenta({ kinerja: 'DI_ATAS_EKSPEKTASI', potensial: 'RENDAH' }, { penomoran: 'KEMENKEU' }).value;
    expect([v.kotak, v.kelompokRencanaSuksesi]).toEqual([5, false]);
    const w = kotakTalenta({ kinerja: 'DI_BAWAH_EKSPEKTASI', potensial: 'TINGGI' }, { penomoran: 'KEMENKEU' }).value;
    expect([w.kotak, w.kelompokRencanaSuksesi]).toEqual([3, false]);
  });

  it('selKotak defaults to the national numbering and refuses a box outside 1–9', () => {
    expect(selKotak(7)).toEqual({ kinerja: 'DI_ATAS_EKSPEKTASI', potensial: 'MENENGAH' });
    expect(selKotak(7, 'KEMENKEU')).toEqual({ kinerja: 'SESUAI_EKSPEKTASI', potensial: 'TINGGI' });
    expect(() => selKotak(10 as 9)).toThrow(new RangeError('no box 10'));
  });
});

describe('kotakTalenta axes from scores (preset 80/60, lower bounds inclusive; agency thresholds as settings)', () => {
  it('score reasons carry the score, both thresholds and the level, with their texts', () => {
    const d = kotakTalenta({ kinerja: '85.5', potensial: 60 });
    expect(d.reasons.slice(0, 2)).toEqual([
      {
        rule: RID,
        code: `${RID}.skorKinerja`,
        outcome: 'INFO',
        citations: SUMBU,
        facts: { skor: '85.5', ambangAtas: '80', ambangSesuai: '60', kinerja: 'DI_ATAS_EKSPEKTASI' },
      },
      {
        rule: RID,
        code: `${RID}.skorPotensial`,
        outcome: 'INFO',
        citations: SUMBU,
        facts: { skor: '60', ambangTinggi: '80', ambangMenengah: '60', potensial: 'MENENGAH' },
      },
    ]);
    expect(explain(d, 'id').slice(0, 2)).toMatchInlineSnapshot(`
      [
        "Catatan: Skor kinerja 85,5 (ambang di atas ekspektasi 80, sesuai ekspektasi 60): Di Atas Ekspektasi [1, 2]",
        "Catatan: Skor potensial 60 (ambang tinggi 80, menengah 60): potensial menengah [1, 2]",
      ]
    `);
    expect(explain(d, 'en').slice(0, 2)).toMatchInlineSnapshot(`
      [
        "Note: Performance score 85.5 (thresholds above expectations 80, meets expectations 60): Above Expectations [1, 2]",
        "Note: Potential score 60 (thresholds high 80, medium 60): potential medium [1, 2]",
      ]
    `);
  });

  it.each([
    ['80', 'DI_ATAS_EKSPEKTASI', 'TINGGI'],
    ['79.99', 'SESUAI_EKSPEKTASI', 'MENENGAH'],
    ['60', 'SESUAI_EKSPEKTASI', 'MENENGAH'],
    ['59.99', 'DI_BAWAH_EKSPEKTASI', 'RENDAH'],
    ['0', 'DI_BAWAH_EKSPEKTASI', 'RENDAH'],
    ['1000', 'DI_ATAS_EKSPEKTASI', 'TINGGI'],
  ] as const)('score %s → kinerja %s, potensial %s', (skor, kinerja, potensial) => {
    expect(kotakTalenta({ kinerja: skor, potensial: skor }).value).toMatchObject({ kinerja, potensial });
  });

  it('agency thresholds: each bound of each axis is its own setting', () => {
    const pengaturan = { ambangKinerja: { atas: 90, sesuai: 70 }, ambangPotensial: { tinggi: 85, menengah: 65 } };
    const at = (k: number | string, p: number | string) => kotakTalenta({ kinerja: k, potensial: p }, pengaturan).value;
    expect(at(90, 85)).toMatchObject({ kinerja: 'DI_ATAS_EKSPEKTASI', potensial: 'TINGGI' });
    expect(at('89.99', '84.99')).toMatchObject({ kinerja: 'SESUAI_EKSPEKTASI', potensial: 'MENENGAH' });
    expect(at(70, 65)).toMatchObject({ kinerja: 'SESUAI_EKSPEKTASI', potensial: 'MENENGAH' });
    expect(at('69.99', '64.99')).toMatchObject({ kinerja: 'DI_BAWAH_EKSPEKTASI', potensial: 'RENDAH' });
    const d = kotakTalenta({ kinerja: 75, potensial: 70 }, pengaturan);
    expect(d.reasons[0]!.facts).toEqual({ skor: '75', ambangAtas: '90', ambangSesuai: '70', kinerja: 'SESUAI_EKSPEKTASI' });
    expect(d.reasons[1]!.facts).toEqual({ skor: '70', ambangTinggi: '85', ambangMenengah: '65', potensial: 'MENENGAH' });
    // setting one bound keeps the other preset
    expect(
      kotakTalenta({ kinerja: 65, potensial: 65 }, { ambangKinerja: { sesuai: 65 }, ambangPotensial: { menengah: 65 } }).reasons.map(
        (r) => r.facts,
      ),
    ).toEqual([
      { skor: '65', ambangAtas: '80', ambangSesuai: '65', kinerja: 'SESUAI_EKSPEKTASI' },
      { skor: '65', ambangTinggi: '80', ambangMenengah: '65', potensial: 'MENENGAH' },
      expect.anything(),
      expect.anything(),
      expect.anything(),
    ]);
  });

  it('thresholds must be ordered and not negative, with the issue path and message', () => {
    const msg = (pengaturan: unknown) => {
      try {
        kotakTalenta({ kinerja: 1, potensial: 1 }, pengaturan as never);
      } catch (e) {
        expect(e).toBeInstanceOf(MeritInputError);
        return (e as MeritInputError).issues.map((i) => `${i.path.join('.')}: ${i.message}`);
      }
      return [];
    };
    expect(msg({ ambangKinerja: { atas: 60, sesuai: 60 } })).toEqual(['options.ambangKinerja: atas must be greater than sesuai']);
    expect(msg({ ambangPotensial: { tinggi: 60, menengah: 60 } })).toEqual([
      'options.ambangPotensial: tinggi must be greater than menengah',
    ]);
    expect(msg({ ambangKinerja: { atas: '60.01', sesuai: 60 }, ambangPotensial: { tinggi: '60.01', menengah: 60 } })).toEqual([]);
    expect(msg({ ambangKinerja: { sesuai: -1 } })).toEqual(['options.ambangKinerja.sesuai: -1 is out of range; must be at least 0']);
    expect(msg({ ambangPotensial: { tinggi: -1 } })).toEqual(['options.ambangPotensial.tinggi: -1 is out of range; must be at least 0']);
    expect(msg({ ambangKinerja: { atas: -1 } })).toEqual(['options.ambangKinerja.atas: -1 is out of range; must be at least 0']);
    expect(msg({ ambangPotensial: { menengah: -1 } })).toEqual([
      'options.ambangPotensial.menengah: -1 is out of range; must be at least 0',
    ]);
    expect(msg({ ambangKinerja: { atas: 0, sesuai: 0 } })).toEqual(['options.ambangKinerja: atas must be greater than sesuai']);
  });

  it('scores are at least 0, on both axes', () => {
    // (a score is one branch of a union: the issue is that branch's, with its range)
    expect(() => kotakTalenta({ kinerja: 0, potensial: -0.01 })).toThrow(
      'competency.kotakTalenta: potensial: -0.01 is out of range; must be at least 0',
    );
    expect(() => kotakTalenta({ kinerja: '-1', potensial: 0 })).toThrow(
      'competency.kotakTalenta: kinerja: "-1" is out of range; must be at least 0',
    );
    expect(kotakTalenta({ kinerja: 0, potensial: 0 }).value.kotak).toBe(1);
  });
});

describe('kotakTalenta: predikat kinerja (PermenPANRB 6/2022) → kinerja axis (PermenPANRB 3/2020 Pasal 17 ayat (2) huruf a)', () => {
  it('the preset mapping, with the mapping reason and its texts', () => {
    expect(PEMETAAN_PREDIKAT_PRESET).toEqual({
      SANGAT_BAIK: 'DI_ATAS_EKSPEKTASI',
      BAIK: 'SESUAI_EKSPEKTASI',
      BUTUH_PERBAIKAN: 'DI_BAWAH_EKSPEKTASI',
      KURANG: 'DI_BAWAH_EKSPEKTASI',
      SANGAT_KURANG: 'DI_BAWAH_EKSPEKTASI',
    });
    for (const [predikat, kinerja] of Object.entries(PEMETAAN_PREDIKAT_PRESET)) {
      const d = kotakTalenta({ kinerja: predikat as 'BAIK', potensial: 'MENENGAH' });
      expect(d.value.kinerja).toBe(kinerja);
      expect(d.reasons[0]).toEqual({
        rule: RID,
        code: `${RID}.predikat`,
        outcome: 'INFO',
        citations: PREDIKAT,
        facts: { predikat, kinerja },
      });
    }
    const d = kotakTalenta({ kinerja: 'BUTUH_PERBAIKAN', potensial: 'RENDAH' });
    expect(reasonLines(d, 'id')[0]).toMatchInlineSnapshot(
      `"Catatan: Predikat kinerja Butuh Perbaikan dipetakan ke status kinerja Di Bawah Ekspektasi [1, 2, 3]"`,
    );
    expect(reasonLines(d, 'en')[0]).toMatchInlineSnapshot(
      `"Note: Performance rating Needs Improvement (Butuh Perbaikan) maps to performance status Below Expectations [1, 2, 3]"`,
    );
  });

  it('each predikat mapping is its own setting', () => {
    const semua = {
      SANGAT_BAIK: 'SESUAI_EKSPEKTASI',
      BAIK: 'DI_ATAS_EKSPEKTASI',
      BUTUH_PERBAIKAN: 'SESUAI_EKSPEKTASI',
      KURANG: 'SESUAI_EKSPEKTASI',
      SANGAT_KURANG: 'SESUAI_EKSPEKTASI',
    } as const;
    for (const [predikat, kinerja] of Object.entries(semua)) {
      expect(
        kotakTalenta({ kinerja: predikat as 'BAIK', potensial: 'TINGGI' }, { pemetaanPredikat: { [predikat]: kinerja } }).value.kinerja,
      ).toBe(kinerja);
    }
    expect(kotakTalentaOptions.parse({})).toMatchObject({
      penomoran: 'PERMENPANRB_3_2020',
      pemetaanPredikat: PEMETAAN_PREDIKAT_PRESET,
    });
    expect(() => kotakTalenta({ kinerja: 'BAIK', potensial: 'TINGGI' }, { pemetaanPredikat: { BAIK: 'TINGGI' as never } })).toThrow(
      /options\.pemetaanPredikat\.BAIK/,
    );
    expect(() => kotakTalenta({ kinerja: 'BAIK', potensial: 'TINGGI' }, { penomoran: 'BKN' as never })).toThrow(/options\.penomoran/);
  });
});

describe('kotakTalenta input JSON Schema (for callers in other languages)', () => {
  it('documents the numeric-score branch of both axes', () => {
    const props = (jsonSchemaOf(kotakTalentaRule) as { properties: Record<string, { anyOf: { description?: string }[] }> }).properties;
    expect(props.kinerja!.anyOf.map((b) => b.description)).toEqual([
      undefined,
      undefined,
      'Numeric score on the agency scale (e.g. 0–100)',
    ]);
    expect(props.potensial!.anyOf.map((b) => b.description)).toEqual([undefined, 'Numeric score on the agency scale (e.g. 0–100)']);
  });
});
