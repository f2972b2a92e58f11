import type { MessageCatalogue } from '../core/explain.js';

/** Reason texts and labels of the rewards domain, in Bahasa Indonesia and English. */
export const rewardsMessages: MessageCatalogue = {
  messages: {},
  labels: {},
};
