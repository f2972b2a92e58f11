import type { MessageCatalogue } from '../core/explain.js';

/** Reason texts and labels of the discipline domain, in Bahasa Indonesia and English. */
export const disciplineMessages: MessageCatalogue = {
  messages: {},
  labels: {},
};
