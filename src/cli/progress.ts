/**
 * Progress on stderr for long scans, only when stderr is a terminal: objects done of total, MB/s, elapsed.
 * Redrawn at most a few times a second; cleared before anything else is printed.
 */
export interface ProgressLine {
  update(done: number, total: number | undefined, bytes: number): void;
  clear(): void;
}

export function progressLine(stream: NodeJS.WriteStream, label: string): ProgressLine {
  const started = Date.now();
  let lastDraw = 0;
  let drawn = false;
  return {
    update(done, total, bytes) {
      const now = Date.now();
      if (now - lastDraw < 200) return;
      lastDraw = now;
      const seconds = (now - started) / 1000;
      const rate = seconds > 0 ? bytes / (1024 * 1024) / seconds : 0;
      const of = total ? ` of ${total.toLocaleString('en-US')} (${Math.min(100, Math.floor((done / total) * 100))}%)` : '';
      stream.write(`\r\x1b[K${label}: ${done.toLocaleString('en-US')}${of}, ${rate.toFixed(1)} MB/s, ${seconds.toFixed(0)}s`);
      drawn = true;
    },
    clear() {
      if (drawn) stream.write('\r\x1b[K');
      drawn = false;
    },
  };
}
