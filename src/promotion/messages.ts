import type { MessageCatalogue } from '../core/explain.js';

/** Reason texts and labels of the promotion domain, in Bahasa Indonesia and English. */
export const promotionMessages: MessageCatalogue = {
  messages: {},
  labels: {},
};
