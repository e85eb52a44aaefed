// Preloaded (`node --import`) into the benchmarked server by bench/slack-ack.ts, so that the figures say how busy the
// acknowledging event loop itself was, not only how long requests took from outside. On SIGUSR2 it prints one line,
// `LOOP {"p50":…,"p99":…,"max":…,"utilization":…}` (delays in ms), to stderr, about the time since the previous
// signal. Only the main thread: worker threads load preloads too, and their loops are not the one that acknowledges.
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { isMainThread } from 'node:worker_threads';

if (isMainThread) {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  let since = performance.eventLoopUtilization();
  process.on('SIGUSR2', () => {
    const now = performance.eventLoopUtilization();
    const used = performance.eventLoopUtilization(now, since);
    since = now;
    const ms = (nanoseconds) => Math.round(nanoseconds / 10_000) / 100;
    const line = {
      p50: ms(delay.percentile(50)),
      p99: ms(delay.percentile(99)),
      max: ms(delay.max),
      utilization: Math.round(used.utilization * 1_000) / 1_000,
    };
    delay.reset();
    process.stderr.write(`LOOP ${JSON.stringify(line)}\n`);
  });
}
