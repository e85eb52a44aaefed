import { describe, expect, it } from 'vitest';
import { MAX_RETRY_AFTER_MS, retryDelayMs } from './backoff.js';

const options = { baseMs: 1_000, maxMs: 60_000 };

describe('retryDelayMs', () => {
  it('doubles per attempt with jitter between half and the full delay, up to the cap', () => {
    expect(retryDelayMs(1, options, () => 0)).toBe(500);
    expect(retryDelayMs(1, options, () => 0.999_999)).toBe(1_000);
    expect(retryDelayMs(4, options, () => 0)).toBe(4_000);
    expect(retryDelayMs(4, options, () => 0.5)).toBe(6_000);
    expect(retryDelayMs(30, options, () => 0.999_999)).toBe(60_000);
  });

  it('never retries sooner than Retry-After, but caps an absurd one', () => {
    expect(retryDelayMs(1, options, () => 0, 5_000)).toBe(5_000);
    expect(retryDelayMs(4, options, () => 0.5, 1_000)).toBe(6_000);
    expect(retryDelayMs(1, options, () => 0, 7 * 24 * 3_600_000)).toBe(MAX_RETRY_AFTER_MS);
  });
});
