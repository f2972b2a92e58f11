import type { Citation } from '../../core/decision.js';
import { deepFreeze } from '../../core/freeze.js';

// Citations shared by several competency rules whose text is not located yet: what was searched and what is
// known, in one place so every rule says the same (docs/sources/competency.md, "Not confirmed").

/** The JPM formula Σ capaian ÷ Σ standar × 100 %: read in secondary sources only. Frozen. */
export const CITE_RUMUS_JPM: readonly Citation[] = deepFreeze([
  {
    regulation: 'PERBKN_26_2019',
    unlocated:
      'JPM = Σ achieved ÷ Σ standard levels × 100 % was read in Lampiran D angka 1 of a JF regulation "Nomor 35 Tahun 2020" (issuer not identified) and in the BKN report template reproduced by assessment applications; Peraturan BKN 26/2019 was read only to Pasal 3.',
  },
]);

/**
 * What one JF regulation's uji kompetensi Lampiran D sets, and no regulation of the catalogue is known to:
 * the MS / MMS / KMS bands, the pass mark and the teknis weights. Frozen.
 */
export const CITE_PERATURAN_JF: readonly Citation[] = deepFreeze([
  {
    regulation: 'PERBKN_26_2019',
    unlocated:
      'The MS ≥ 80 / MMS ≥ 68 / KMS < 68 % bands (angka 1), the 68 % pass mark (angka 2) and the teknis weights 40/50/60 % (angka 3) were read only in Lampiran D of a JF regulation "Nomor 35 Tahun 2020" (issuer not identified), the bands also in assessment applications; Peraturan BKN 26/2019, their presumed national source, was read only to Pasal 3.',
  },
]);

/** The five predikat kinerja of PermenPANRB 6/2022, whose article or Lampiran page is not located. Frozen. */
export const CITE_PREDIKAT_KINERJA: Citation = deepFreeze({
  regulation: 'PERMENPANRB_6_2022',
  unlocated:
    'PermenPANRB 6/2022 sets the predikat kinerja (Sangat Baik … Sangat Kurang); SE MenPANRB 3/2023 cites its Pasal 24–25 for evaluasi kinerja, but no text read places the predikat in a Pasal or on a Lampiran page.',
});
