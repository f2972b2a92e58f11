import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../src/index.js';
import { sebutanPp46 } from '../../../src/performance/_bersama/sebutan-pp46.js';
import type { TAFSIR_BATAS_PP46 } from '../../../src/performance/index.js';

const d = (v: string | number) => new Decimal(v);

describe('sebutanPp46: the sebutan of a value shown on the form (PP 46/2011, Perka BKN 1/2013 Lampiran)', () => {
  const s = (tafsirBatas: (typeof TAFSIR_BATAS_PP46)[number]) => ({ desimal: 2, pembulatan: 'HALF_UP' as const, tafsirBatas });
  it.each([
    ['90.5', 'BATAS_ATAS_INKLUSIF', 'SANGAT_BAIK'],
    ['90.5', 'BATAS_BAWAH_BULAT', 'BAIK'],
    ['90', 'BATAS_ATAS_INKLUSIF', 'BAIK'],
    ['76', 'BATAS_BAWAH_BULAT', 'BAIK'],
    ['60.5', 'BATAS_ATAS_INKLUSIF', 'CUKUP'],
    ['60.5', 'BATAS_BAWAH_BULAT', 'KURANG'],
    ['50', 'BATAS_ATAS_INKLUSIF', 'BURUK'],
    ['0', 'BATAS_BAWAH_BULAT', 'BURUK'],
    ['120', 'BATAS_BAWAH_BULAT', 'SANGAT_BAIK'],
  ] as const)('%s under %s → %s', (nilai, tafsirBatas, expected) => {
    expect(sebutanPp46(d(nilai), s(tafsirBatas))).toBe(expected);
  });
});
