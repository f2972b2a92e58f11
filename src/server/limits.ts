/** The bounds of the HTTP service: every request is bounded in size, time and rows. */
export interface ServerLimits {
  /** Largest body of a single decision, in bytes (larger: 413). */
  bodyBytes: number;
  /** Largest line of a batch, in bytes (larger: that row is refused, the batch goes on). */
  lineBytes: number;
  /** Most rows in one batch request (beyond: the batch stops with an error line). */
  batchRows: number;
  /** Time to receive a single decision's body, in ms (slower: 408). */
  bodyTimeoutMs: number;
  /** A connection silent for this long (ms) is closed, a batch included. */
  idleTimeoutMs: number;
  /** Time to receive a request's headers, in ms. */
  headersTimeoutMs: number;
}

export const DEFAULT_LIMITS: Readonly<ServerLimits> = Object.freeze({
  bodyBytes: 1024 * 1024,
  lineBytes: 256 * 1024,
  batchRows: 1_000_000,
  bodyTimeoutMs: 10_000,
  idleTimeoutMs: 30_000,
  headersTimeoutMs: 10_000,
});
