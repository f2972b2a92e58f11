import { defineMessages } from '../core/messages.js';

/** Reason texts of `performance.nilaiKinerjaPp30`. */
export const NILAI_KINERJA_PP30_MESSAGES = defineMessages('performance.nilaiKinerjaPp30', {
  bobot: {
    id: 'Nilai kinerja = {bobotSkp} × nilai SKP {nilaiSkp} + {bobotPerilaku} × nilai perilaku kerja {nilaiPerilaku} = {nilai} (bobot {bobot})',
    en: 'Performance score = {bobotSkp} × SKP score {nilaiSkp} + {bobotPerilaku} × work-behaviour score {nilaiPerilaku} = {nilai} (weights {bobot})',
  },
  sangatBaik: {
    id: 'Nilai {nilai} berada pada 110–120 dan PNS menciptakan ide baru atau cara baru: predikat {predikat}',
    en: 'Score {nilai} is within 110–120 and the civil servant created a new idea or way of working: rating {predikat}',
  },
  tanpaInovasi: {
    id: 'Nilai {nilai} berada pada 110–120 tetapi tanpa ide baru atau cara baru, sehingga tidak berpredikat Sangat Baik',
    en: 'Score {nilai} is within 110–120 but without a new idea or way of working, so it is not rated Sangat Baik',
  },
  rentang: {
    id: 'Nilai {nilai} berada pada rentang {rentang}: predikat {predikat}',
    en: 'Score {nilai} is in the range {rentang}: rating {predikat}',
  },
});
