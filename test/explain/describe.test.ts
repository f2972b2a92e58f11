import { describe, expect, it } from 'vitest';
import { decision, reason } from '../../src/core/decision.js';
import { createDescriber, OUTCOME_WORDS, renderExplanation } from '../../src/core/explain.js';
import { describeDecision, explain, hukumanKetidakhadiran, predikatKinerja } from '../../src/index.js';

const PP94 = (article: string) => ({ regulation: 'PP_94_2021', article }) as const;

describe('describeDecision: structured lines, citations listed once', () => {
  const d = hukumanKetidakhadiran({ hariKumulatif: 11 }, { asOf: '2022-12-31' });

  it('gives each reason its outcome in words, its text and the numbers of its citations', () => {
    const e = describeDecision(d, 'id');
    expect(e.locale).toBe('id');
    expect(e.lines.map((l) => [l.code, l.outcome, l.outcomeText, l.citations])).toEqual([
      ['discipline.hukumanKetidakhadiran.kumulatif', 'APPLIES', 'berlaku', [1, 2]],
      ['discipline.hukumanKetidakhadiran.tidakBerturutTurut', 'PASS', 'terpenuhi', [3, 4, 5, 6]],
    ]);
    expect(e.lines[0]!.text).toBe(
      '11 hari kerja tidak masuk tanpa alasan yang sah dalam tahun berjalan, dalam rentang 11 sampai dengan 13 hari kerja: hukuman disiplin sedang, pemotongan tunjangan kinerja 25% selama 6 bulan',
    );
    expect(e.citations.map((c) => [c.ref, c.text])).toEqual([
      [1, 'PP 94/2021 Pasal 10 ayat (2) huruf f angka 1'],
      [2, 'Peraturan BKN 6/2022 Pasal 10'],
      [3, 'PP 94/2021 Pasal 11 ayat (2) huruf d angka 4'],
      [4, 'PP 94/2021 Pasal 15 ayat (2)'],
      [5, 'Peraturan BKN 6/2022 Pasal 11 ayat (1) huruf e angka 4'],
      [6, 'Peraturan BKN 6/2022 Pasal 12 ayat (1)–(2)'],
    ]);
    expect(e.citations[0]!.citations).toEqual([PP94('Pasal 10 ayat (2) huruf f angka 1')]);
    expect(e.trace).toBeUndefined();
  });

  it('the data keeps its codes: the facts of the decision are untouched (ISO dates, intervals)', () => {
    expect(d.reasons[0]!.facts).toMatchObject({ rentang: '[11, 14)', hukuman: 'POTONGAN_TUKIN_6_BULAN' });
  });

  it('lists a citation shared by several reasons once, and every reason refers to it', () => {
    const c = PP94('Pasal 15 ayat (1)');
    const shared = decision(null, [reason('x.a', 'x.a.one', 'INFO', [c]), reason('x.a', 'x.a.two', 'FAIL', [c, PP94('Pasal 9')])]);
    const e = createDescriber({ messages: { 'x.a.one': { id: 'satu', en: 'one' }, 'x.a.two': { id: 'dua', en: 'two' } }, labels: {} })(
      shared,
      'en',
    );
    expect(e.lines.map((l) => [l.text, l.outcomeText, l.citations])).toEqual([
      ['one', 'note', [1]],
      ['two', 'not met', [1, 2]],
    ]);
    expect(e.citations.map((x) => x.text)).toEqual(['PP 94/2021 Pasal 15 ayat (1)', 'PP 94/2021 Pasal 9']);
    expect(renderExplanation(e)).toEqual([
      'Note: one [1]',
      'Not met: two [1, 2]',
      'Legal basis:',
      '[1] PP 94/2021 Pasal 15 ayat (1)',
      '[2] PP 94/2021 Pasal 9',
    ]);
  });

  it('a reason without citations has no reference, and a decision without any has no citation list', () => {
    const bare = decision(null, [reason('x.a', 'x.a.one', 'PASS', [])]);
    const describe = createDescriber({ messages: { 'x.a.one': { id: 'satu', en: 'one' } }, labels: {} });
    expect(describe(bare, 'id')).toEqual({
      locale: 'id',
      lines: [{ rule: 'x.a', code: 'x.a.one', outcome: 'PASS', outcomeText: 'terpenuhi', text: 'satu', citations: [] }],
      citations: [],
    });
    expect(renderExplanation(describe(bare, 'id'))).toEqual(['Terpenuhi: satu']);
  });

  it('{ trace: true } names the rule and library version, as the last plain-text line', () => {
    const p = predikatKinerja({ hasilKerja: 'SESUAI_EKSPEKTASI', perilakuKerja: 'SESUAI_EKSPEKTASI' });
    const e = describeDecision(p, 'en', { trace: true });
    expect(e.trace).toMatch(/^Decided by performance\.predikatKinerja, sistem-merit /);
    expect(explain(p, 'en', { trace: true }).at(-1)).toBe(e.trace);
  });

  it('has a word for every outcome, in both languages', () => {
    expect(OUTCOME_WORDS).toEqual({
      APPLIES: { id: 'berlaku', en: 'applies' },
      PASS: { id: 'terpenuhi', en: 'met' },
      FAIL: { id: 'tidak terpenuhi', en: 'not met' },
      INFO: { id: 'catatan', en: 'note' },
    });
    expect(Object.isFrozen(OUTCOME_WORDS)).toBe(true);
  });

  it('explain is the plain-text form of describeDecision, in both languages', () => {
    for (const locale of ['id', 'en'] as const) expect(explain(d, locale)).toEqual(renderExplanation(describeDecision(d, locale)));
  });
});

describe('an unknown locale', () => {
  it('is refused by name, by describeDecision and explain alike', () => {
    const d = predikatKinerja({ hasilKerja: 'SESUAI_EKSPEKTASI', perilakuKerja: 'SESUAI_EKSPEKTASI' });
    expect(() => describeDecision(d, 'fr' as never)).toThrow(new RangeError(`locale must be 'id' or 'en', not "fr"`));
    expect(() => explain(d, 'fr' as never)).toThrow(RangeError);
  });
});
