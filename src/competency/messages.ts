import type { MessageCatalogue } from '../core/explain.js';

/** Reason texts and labels of the competency domain, in Bahasa Indonesia and English. */
export const competencyMessages: MessageCatalogue = {
  messages: {},
  labels: {},
};
