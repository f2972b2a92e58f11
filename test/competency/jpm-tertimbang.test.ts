import { describe, expect, it } from 'vitest';
import { jpmTertimbang, MeritInputError } from '../../src/index.js';

describe('jpmTertimbang (JF uji kompetensi weighting) — TV-JPM-9…11', () => {
  it.each([
    ['AHLI_MUDA', 70, 80, '75', true],
    ['AHLI_MADYA', 60, 75, '69', true],
    ['AHLI_PERTAMA', 60, 75, '66', false],
    ['AHLI_MUDA', 68, 68, '68', true],
    ['AHLI_MUDA', '67.99', 68, '67.995', false],
  ] as const)('%s teknis %s, mansoskul %s → %s (lulus %s)', (jenjang, t, m, persen, lulus) => {
    expect(jpmTertimbang({ jenjang, jpmTeknis: t, jpmMansoskul: m }).value).toMatchObject({ persen, lulus });
  });
  it('weights are a setting', () => {
    expect(jpmTertimbang({ jenjang: 'AHLI_MUDA', jpmTeknis: 70, jpmMansoskul: 80 }, { bobotTeknis: { AHLI_MUDA: 30 } }).value.persen).toBe(
      '77',
    );
    expect(() => jpmTertimbang({ jenjang: 'AHLI_MUDA', jpmTeknis: 70, jpmMansoskul: 80 }, { bobotTeknis: { AHLI_MUDA: 130 } })).toThrow(
      MeritInputError,
    );
  });
});
