/** Progress of a long batch run on stderr: a bar, rows, rate and time left, redrawn at most every `intervalMs`. */

export interface ProgressSink {
  write(chunk: string): unknown;
}

const WIDTH = 24;

/** `0:07`, `1:02:03`: whole seconds, for the time left. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

/** One progress line: the share of the file read (by bytes), rows so far, rows per second and the estimated time left. */
export function progressLine(bytesDone: number, bytesTotal: number, rows: number, elapsedSeconds: number): string {
  const fraction = bytesTotal > 0 ? Math.min(1, bytesDone / bytesTotal) : 0;
  const filled = Math.round(fraction * WIDTH);
  const rate = elapsedSeconds > 0 ? rows / elapsedSeconds : 0;
  const eta = fraction > 0 && fraction < 1 ? formatDuration((elapsedSeconds * (1 - fraction)) / fraction) : '—';
  const percent = `${Math.floor(fraction * 100)}%`.padStart(4);
  return `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${percent}  ${rows.toLocaleString('en')} rows  ${Math.round(rate).toLocaleString('en')} rows/s  ETA ${eta}`;
}

export function progressReporter(sink: ProgressSink, bytesTotal: number, intervalMs = 200, now: () => number = () => performance.now()) {
  const started = now();
  let lastDraw = -Infinity;
  let drawn = false;
  return {
    /** Redraws when at least `intervalMs` passed since the last drawing. */
    update(bytesDone: number, rows: number): void {
      const t = now();
      if (t - lastDraw < intervalMs) return;
      lastDraw = t;
      drawn = true;
      sink.write(`\r${progressLine(bytesDone, bytesTotal, rows, (t - started) / 1000)}`);
    },
    /** Clears the bar so the summary line starts clean. */
    done(): void {
      if (drawn) sink.write(`\r${' '.repeat(WIDTH + 64)}\r`);
    },
  };
}
