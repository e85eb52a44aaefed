// When to retry a failed delivery: exponential backoff with jitter, never sooner than the sink's Retry-After.
export interface BackoffOptions {
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 2_000, maxMs: 10 * 60_000 };

/** A Retry-After longer than this is treated as this, so one misconfigured sink cannot park a delivery for days. */
export const MAX_RETRY_AFTER_MS = 60 * 60_000;

/** `attempt` is the attempt that just failed (1-based); `random` returns [0, 1). */
export function retryDelayMs(
  attempt: number,
  options: BackoffOptions,
  random: () => number,
  retryAfterMs?: number,
): number {
  const ceiling = Math.min(options.maxMs, options.baseMs * 2 ** Math.max(0, attempt - 1));
  // "Equal jitter": half the delay fixed, half random, so retries spread out but never collapse to zero.
  const jittered = ceiling / 2 + random() * (ceiling / 2);
  const floor = Math.min(MAX_RETRY_AFTER_MS, Math.max(0, retryAfterMs ?? 0));
  return Math.round(Math.max(jittered, floor));
}
