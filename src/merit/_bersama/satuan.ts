import { deepFreeze } from '../../core/freeze.js';
import type { RangeUnit } from '../../core/words.js';

/**
 * Units the merit texts show numbers with (`units` beside a text): jam pelajaran as the regulations write it
 * (PP 11/2017 Pasal 203 ayat (4), PP 49/2018 Pasal 40: "20 (dua puluh) jam pelajaran"), activities, needs,
 * months, points, competency levels.
 */
export const SATUAN_MERIT = deepFreeze({
  jamPelajaran: { id: 'jam pelajaran', en: 'lesson hours', enSingular: 'lesson hour' },
  menit: { id: 'menit', en: 'minutes', enSingular: 'minute', whole: true },
  bulan: { id: 'bulan', en: 'months', enSingular: 'month', whole: true },
  kegiatan: { id: 'kegiatan', en: 'activities', enSingular: 'activity', whole: true },
  kebutuhan: { id: 'kebutuhan', en: 'needs', enSingular: 'need', whole: true },
  poin: { id: 'poin', en: 'points', enSingular: 'point' },
  level: { id: 'level', en: 'levels', enSingular: 'level', whole: true },
} as const satisfies Readonly<Record<string, RangeUnit>>);
