import { describe, expect, it } from 'vitest';
import { decision, reason } from '../../src/core/decision.js';
import {
  createExplainer,
  explainReason,
  formatCitation,
  labelOf,
  mergeCatalogues,
  regulationShortName,
  renderTemplate,
} from '../../src/core/explain.js';

const labels = {
  BUTUH_PERBAIKAN: { id: 'Butuh Perbaikan', en: 'Needs Improvement' },
  KURANG: { id: 'Kurang', en: 'Poor' },
};

describe('renderTemplate: facts in each language', () => {
  it.each([
    [true, 'ya', 'yes'],
    [false, 'tidak', 'no'],
    [2.5, '2,5', '2.5'],
    [-0.75, '-0,75', '-0.75'],
    [12, '12', '12'],
    ['89.99', '89,99', '89.99'],
    ['-2.5', '-2,5', '-2.5'],
    ['120', '120', '120'],
    // an ISO date reads as an SK writes it; the data keeps ISO
    ['2024-02-29', '29 Februari 2024', '29 February 2024'],
    ['2013-05', 'Mei 2013', 'May 2013'],
    // only a plain decimal gets a decimal comma: text around a number is left alone
    ['versi 2.5', 'versi 2.5', 'versi 2.5'],
    ['2.5 jam', '2.5 jam', '2.5 jam'],
    [null, '—', '—'],
  ])('%j → id %s, en %s', (value, id, en) => {
    expect(renderTemplate('{v}', { v: value }, 'id', labels)).toBe(id);
    expect(renderTemplate('{v}', { v: value }, 'en', labels)).toBe(en);
  });

  it('a fact the reason does not hold renders as a dash', () => {
    expect(renderTemplate('[{missing}]', {}, 'id')).toBe('[—]');
    expect(renderTemplate('[{missing}]', {}, 'en')).toBe('[—]');
  });

  it('enumeration values render by their label, also when joined with + or a comma', () => {
    expect(renderTemplate('{p}', { p: 'KURANG' }, 'en', labels)).toBe('Poor');
    expect(renderTemplate('{p}', { p: 'BUTUH_PERBAIKAN+KURANG' }, 'id', labels)).toBe('Butuh Perbaikan + Kurang');
    expect(renderTemplate('{p}', { p: 'BUTUH_PERBAIKAN, KURANG' }, 'en', labels)).toBe('Needs Improvement, Poor');
    expect(renderTemplate('{p}', { p: 'BUTUH_PERBAIKAN / KURANG' }, 'en', labels)).toBe('Needs Improvement / Poor');
    expect(renderTemplate('{p}', { p: 'LAINNYA / KURANG' }, 'en', labels)).toBe('LAINNYA / KURANG');
    // a list with an unlabelled part is left as it is
    expect(renderTemplate('{p}', { p: 'KURANG+LAINNYA' }, 'id', labels)).toBe('KURANG+LAINNYA');
    expect(renderTemplate('{p}', { p: 'LAINNYA, KURANG' }, 'id', labels)).toBe('LAINNYA, KURANG');
    expect(renderTemplate('{p}', { p: 'LAINNYA' }, 'id', labels)).toBe('LAINNYA');
  });
});

describe('regulation short names', () => {
  it.each([
    ['UU_20_2023', 'UU 20/2023'],
    ['PP_30_2019', 'PP 30/2019'],
    ['PERPRES_116_2022', 'Perpres 116/2022'],
    ['PERMENPANRB_6_2022', 'PermenPANRB 6/2022'],
    ['KEPMENPANRB_54_2023', 'KepmenPANRB 54/2023'],
    ['SE_MENPANRB_3_2023', 'SE MenPANRB 3/2023'],
    ['PERBKN_4_2025', 'Peraturan BKN 4/2025'],
    ['PERKA_BKN_1_2013', 'Perka BKN 1/2013'],
    ['KEPKA_BKN_12_2002', 'Keputusan Kepala BKN 12/2002'],
    ['KMK_5_2022', 'KMK 5/2022'],
    ['PERBRIN_3_2023', 'Peraturan BRIN 3/2023'],
    ['PERBAN_BGN_4_2025', 'Peraturan BGN 4/2025'],
    ['PERBAN_BADAN_PANGAN_2_2024', 'Peraturan BADAN PANGAN 2/2024'],
    ['PERMENTAN_68_2012', 'Permentan 68/2012'],
    ['PERATURAN_LAIN_1_2020', 'Peraturan lain 1/2020'],
  ])('%s → %s', (id, short) => {
    expect(regulationShortName(id)).toBe(short);
  });

  it('an id not of the form JENIS_NOMOR_TAHUN is shown as it is', () => {
    expect(regulationShortName('SKB')).toBe('SKB');
    expect(regulationShortName('PP_30_20190')).toBe('PP_30_20190');
  });

  it('a citation joins the regulation, the article and the annex', () => {
    expect(formatCitation({ regulation: 'PP_30_2019', article: 'Pasal 41', annex: 'Lampiran I' })).toBe('PP 30/2019 Pasal 41 Lampiran I');
    expect(formatCitation({ regulation: 'PP_30_2019', unlocated: 'the article was not found in the sources read' })).toBe(
      'PP 30/2019 (pasal belum ditemukan)',
    );
    expect(formatCitation({ regulation: 'PP_30_2019', unlocated: 'the article was not found in the sources read' }, 'en')).toBe(
      'PP 30/2019 (article not located)',
    );
  });
});

describe('explainReason', () => {
  const catalogue = {
    messages: { 'x.m': { id: 'Nilai {n}', en: 'Score {n}' } },
    labels: {},
  };

  it('marks the outcome and lists every citation', () => {
    const r = reason(
      'x.r',
      'x.m',
      'FAIL',
      [
        { regulation: 'PP_30_2019', article: 'Pasal 41' },
        { regulation: 'PERMENPANRB_6_2022', annex: 'Lampiran' },
      ],
      {
        n: '70.5',
      },
    );
    expect(explainReason(r, 'id', catalogue)).toBe('Tidak terpenuhi: Nilai 70,5 (PP 30/2019 Pasal 41; PermenPANRB 6/2022 Lampiran)');
    expect(explainReason({ ...r, outcome: 'PASS' }, 'en', catalogue)).toBe(
      'Met: Score 70.5 (PP 30/2019 Pasal 41; PermenPANRB 6/2022 Lampiran)',
    );
    expect(explainReason({ ...r, outcome: 'APPLIES' }, 'id', catalogue)).toBe(
      'Berlaku: Nilai 70,5 (PP 30/2019 Pasal 41; PermenPANRB 6/2022 Lampiran)',
    );
    expect(explainReason({ ...r, outcome: 'INFO', citations: [] }, 'en', catalogue)).toBe('Note: Score 70.5');
  });
});

describe('catalogues', () => {
  const a = { domain: 'a', messages: { 'a.m': { id: 'A {v}', en: 'A {v}' } }, labels: { X: { id: 'x-a', en: 'x-a' } } };
  const b = { messages: { 'b.m': { id: 'B {v}', en: 'B {v}' } }, labels: { X: { id: 'x-b', en: 'x-b' }, Y: { id: 'ye', en: 'why' } } };

  it('merging keeps every message and lets a later catalogue win a label', () => {
    const merged = mergeCatalogues(a, b);
    expect(Object.keys(merged.messages).sort()).toEqual(['a.m', 'b.m']);
    expect(merged.labels.X).toEqual({ id: 'x-b', en: 'x-b' });
  });

  it('a reason of a domain without its own catalogue uses the merged labels', () => {
    const explain = createExplainer(a, b);
    expect(explain(decision(0, [reason('b.r', 'b.m', 'INFO', [], { v: 'X' })]), 'en')).toEqual(['Note: B x-b']);
    expect(explain(decision(0, [reason('a.r', 'a.m', 'INFO', [], { v: 'X' })]), 'en')).toEqual(['Note: A x-a']);
  });

  it('labelOf gives a label in a language, Indonesian by default, or the value itself', () => {
    expect(labelOf(b, 'Y')).toBe('ye');
    expect(labelOf(b, 'Y', 'en')).toBe('why');
    expect(labelOf(b, 'Z', 'en')).toBe('Z');
  });
});
