// An answer thread gives way to the thread that acknowledges: on Linux each thread has a nice value of its own, so
// raising this thread's makes the scheduler run the acknowledging thread first whenever both want a core, and leaves
// answers every core nobody else wants. Elsewhere, or where it is refused, answers keep the process's priority.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/** Nice 10: the acknowledging thread (nice 0) gets about nine tenths of a core both want. */
export const ANSWER_THREAD_NICE = 10;

/** Lowers the calling thread's priority; returns the kernel's id for the thread, or undefined when it could not. */
export function yieldToAcknowledgements(): number | undefined {
  try {
    // "<pid>/task/<tid>": the calling thread, not the process.
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(threadId) || threadId <= 0) return undefined;
    setPriority(threadId, ANSWER_THREAD_NICE);
    return threadId;
  } catch {
    return undefined;
  }
}
