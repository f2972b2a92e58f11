import { deepFreeze } from '../../core/freeze.js';

/** The text of an annulled hukuman's reason, included in the messages of each rule that reads a record. */
export const TEKS_HUKUMAN_DIBATALKAN = deepFreeze({
  id: '{jenis} (TMT {tmtHukuman}) dibatalkan pada {tanggalDibatalkan} ({dasarPembatalan}): tidak diperhitungkan',
  en: '{jenis} (TMT {tmtHukuman}) was annulled on {tanggalDibatalkan} ({dasarPembatalan}): it does not count',
} as const);
