// Whether this thread's event loop has had no time to spare lately: its utilisation (the share of time it was not
// waiting for I/O) since the last look, at least half a second back, above a threshold.
import { performance } from 'node:perf_hooks';

export function loopSaturation(threshold = 0.9, windowMs = 500): () => boolean {
  let since = performance.eventLoopUtilization();
  let sinceAt = performance.now();
  let saturated = false;
  return () => {
    const now = performance.now();
    if (now - sinceAt >= windowMs) {
      const current = performance.eventLoopUtilization();
      saturated = performance.eventLoopUtilization(current, since).utilization > threshold;
      since = current;
      sinceAt = now;
    }
    return saturated;
  };
}
