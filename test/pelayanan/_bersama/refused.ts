import { expect } from 'vitest';
import { MeritInputError } from '../../../src/index.js';

/** The MeritInputError `run` throws, each issue with its text in both languages; fails when `run` is accepted. */
export function refused(run: () => unknown): MeritInputError {
  try {
    run();
  } catch (e) {
    if (MeritInputError.is(e)) {
      for (const issue of e.issues) if (issue.code) expect(issue.text?.id && issue.text.en).toBeTruthy();
      return e;
    }
    throw e;
  }
  throw new Error('accepted');
}
