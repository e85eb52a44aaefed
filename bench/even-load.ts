// Evenly spaced HTTP load: `rate` POSTs a second for `seconds`, each sent at its due time (not in bursts) on a shared
// keep-alive agent. Every request is recorded; one without a 200 within the timeout counts as infinitely slow.
import { Agent, request } from 'node:http';

export interface Shot {
  index: number;
  /** Epoch milliseconds at sending. */
  sentAt: number;
  /** Milliseconds to the 200; Infinity when there was none. */
  latency: number;
}

export interface EvenLoadOptions {
  url: string;
  rate: number;
  seconds: number;
  timeoutMs: number;
  request(index: number): { body: string; headers: Record<string, string> };
}

function shoot(url: URL, agent: Agent, timeoutMs: number, body: string, headers: Record<string, string>, shot: Shot) {
  const begin = performance.now();
  return new Promise<void>((resolve) => {
    const call = request(url, { method: 'POST', agent, timeout: timeoutMs, headers }, (response) => {
      response.resume();
      response.on('end', () => {
        if (response.statusCode === 200) shot.latency = performance.now() - begin;
        resolve();
      });
    });
    call.on('timeout', () => call.destroy());
    call.on('error', () => resolve());
    call.end(body);
  });
}

export async function evenLoad(options: EvenLoadOptions): Promise<Shot[]> {
  const agent = new Agent({ keepAlive: true, maxSockets: 512 });
  const url = new URL(options.url);
  const total = Math.round(options.rate * options.seconds);
  const shots: Shot[] = [];
  const pending: Promise<void>[] = [];
  const start = performance.now();
  for (let index = 0; index < total; index += 1) {
    const wait = start + (index * 1_000) / options.rate - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const { body, headers } = options.request(index);
    const shot: Shot = { index, sentAt: Date.now(), latency: Number.POSITIVE_INFINITY };
    shots.push(shot);
    pending.push(shoot(url, agent, options.timeoutMs, body, headers, shot));
  }
  await Promise.all(pending);
  agent.destroy();
  return shots;
}
