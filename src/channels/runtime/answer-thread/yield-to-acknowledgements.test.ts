import { readdirSync, readFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { describe, expect, it } from 'vitest';
import { ANSWER_THREAD_NICE, yieldToAcknowledgements } from './yield-to-acknowledgements.js';

/** Every thread of this process with its nice value (field 19 of its /proc stat line). */
function niceValues(): Map<number, number> {
  const values = new Map<number, number>();
  for (const task of readdirSync('/proc/self/task')) {
    const fields = readFileSync(`/proc/self/task/${task}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    values.set(Number(task), Number(fields[16]));
  }
  return values;
}

describe.runIf(process.platform === 'linux')('an answer thread yields to acknowledgements', () => {
  it('lowers the priority of the calling thread, and of no other thread of the process', () => {
    const before = niceValues();
    const threadId = yieldToAcknowledgements();
    try {
      expect(threadId).toBeDefined();
      const after = niceValues();
      expect(after.get(threadId!)).toBe(ANSWER_THREAD_NICE);
      for (const [other, nice] of before) {
        if (other !== threadId && after.has(other)) expect(after.get(other)).toBe(nice);
      }
    } finally {
      if (threadId) setPriority(threadId, before.get(threadId) ?? 0);
    }
  });
});
