import { expect } from 'vitest';
import { MeritInputError } from '../src/core/errors.js';

type Issues = MeritInputError['issues'];

/** The issues of the MeritInputError `run` throws; fails the test when it throws nothing or another error. */
export function thrownIssues(run: () => unknown): Issues {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(MeritInputError);
    return (e as MeritInputError).issues;
  }
  return expect.unreachable('expected a MeritInputError');
}

/** The same issues as `path: message` lines, as a reader sees them. */
export const thrownIssueLines = (run: () => unknown): string[] => thrownIssues(run).map((i) => `${i.path.join('.')}: ${i.message}`);

/** The issues of the MeritInputError `run` throws, or none when it decides (another error fails the test). */
export function issuesOf(run: () => unknown): Issues {
  try {
    run();
  } catch (e) {
    if (e instanceof MeritInputError) return e.issues;
    throw e;
  }
  return [];
}

/** The issues of the MeritInputError `run` throws as `{ path, message }` (the English text), or none when it decides. */
export const issueMessagesOf = (run: () => unknown) => issuesOf(run).map(({ path, message }) => ({ path, message }));
