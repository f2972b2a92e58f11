import type { RuleExample } from '../../core/rule.js';
import type { IndeksKepuasanMasyarakat } from '../_bersama/skema-ikm.js';
import { UNSUR_IKM_2004, UNSUR_SKM_2017 } from '../types.js';

/** A perfect 2017 survey of 50 respondents (every answer 4) under a weight. */
function perfect(bobot: string, nilaiIndeks: string, ikm: string): IndeksKepuasanMasyarakat {
  const tertimbang = bobot === '1/9' ? '0.4444' : '0.4440';
  const unsur = UNSUR_SKM_2017;
  return {
    pedoman: 'PERMENPANRB_14_2017',
    bobot,
    unsur: unsur.map((u) => ({ unsur: u, jumlahJawaban: 50, jumlahNilai: 200, nrr: '4.0000', nrrTertimbang: tertimbang })),
    nilaiIndeks,
    ikm,
    mutu: 'A',
    kinerjaUnit: 'SANGAT_BAIK',
    prioritasPerbaikan: [...unsur],
    jumlahResponden: 50,
    sampel: null,
  };
}

/** The worked examples of `indeksKepuasanMasyarakat`: published figures of the digest. */
export const CONTOH_INDEKS_KEPUASAN_MASYARAKAT: RuleExample[] = [
  {
    title: {
      id: 'Survei sempurna (semua jawaban 4), bobot eksak 1/9: IKM 100,00',
      en: 'A perfect survey (every answer 4), exact weight 1/9: IKM 100.00',
    },
    input: {
      unsur: Object.fromEntries(UNSUR_SKM_2017.map((u) => [u, { sebaran: { '4': 50 } }])),
    },
    options: { asOf: '2024-12-31' },
    expected: perfect('1/9', '4.0000', '100.00'),
    source: 'Tulang Bawang Barat e-SMILE portal reports 100 for an all-4 survey (it prints 0,111 but computes 1/9)',
  },
  {
    title: {
      id: 'Survei sempurna dengan bobot tercetak 0,111: IKM 99,90',
      en: 'A perfect survey with the printed weight 0.111: IKM 99.90',
    },
    input: {
      unsur: Object.fromEntries(UNSUR_SKM_2017.map((u) => [u, { sebaran: { '4': 50 } }])),
    },
    options: { asOf: '2024-12-31', bobotUnsur: 'TERCETAK' },
    expected: perfect('0.111', '3.9960', '99.90'),
    source: 'PermenPANRB 14/2017 Lampiran as agencies print it: 4 × 0,111 × 9 × 25 = 99,90',
  },
  {
    title: { id: 'Unit 2012 dengan IKM 76,47: B menurut KepmenPAN 25/2004', en: 'A 2012 unit at IKM 76.47: B under KepmenPAN 25/2004' },
    input: {
      unsur: Object.fromEntries(UNSUR_IKM_2004.map((u) => [u, { nrr: '3.0588' }])),
    },
    options: { asOf: '2012-12-31' },
    expected: {
      pedoman: 'KEPMENPAN_25_2004',
      bobot: '1/14',
      unsur: UNSUR_IKM_2004.map((unsur) => ({
        unsur,
        jumlahJawaban: null,
        jumlahNilai: null,
        nrr: '3.0588',
        nrrTertimbang: '0.2185',
      })),
      nilaiIndeks: '3.0588',
      ikm: '76.47',
      mutu: 'B',
      kinerjaUnit: 'BAIK',
      prioritasPerbaikan: [...UNSUR_IKM_2004],
      jumlahResponden: null,
      sampel: null,
    },
    source: 'A 2012 unit at IKM 76,47, B in 2004 terms and C in 2017 terms (2012 puskesmas report); NRR derived as 76,47 ÷ 25',
  },
];
