import { defineMessages } from '../core/messages.js';
import type { HUKUMAN_ATASAN_LALAI_RULE_ID } from './hukuman-atasan-lalai.js';

/** Reason texts of {@link HUKUMAN_ATASAN_LALAI_RULE_ID}. */
export const HUKUMAN_ATASAN_LALAI_MESSAGES = defineMessages('discipline.hukumanAtasanLalai' satisfies typeof HUKUMAN_ATASAN_LALAI_RULE_ID, {
  lebihBerat: {
    id: 'Atasan yang tidak menjatuhkan {hukumanSeharusnya} dijatuhi hukuman yang lebih berat: {hukuman} (hukuman disiplin {tingkat})',
    en: 'A superior who did not impose {hukumanSeharusnya} receives a heavier penalty: {hukuman} ({tingkat} penalty)',
  },
});
