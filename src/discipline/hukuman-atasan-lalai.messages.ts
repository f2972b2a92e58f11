import { defineMessages } from '../core/messages.js';

/** Reason texts of `discipline.hukumanAtasanLalai`. */
export const HUKUMAN_ATASAN_LALAI_MESSAGES = defineMessages('discipline.hukumanAtasanLalai', {
  lebihBerat: {
    id: 'Atasan yang tidak menjatuhkan {hukumanSeharusnya} dijatuhi hukuman yang lebih berat: {hukuman} (hukuman disiplin {tingkat})',
    en: 'A superior who did not impose {hukumanSeharusnya} receives a heavier penalty: {hukuman} ({tingkat} penalty)',
  },
});
