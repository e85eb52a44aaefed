// CPU time a process has used, from Linux's /proc: wall-clock latency means little on a shared machine, CPU time per
// request does. The main thread's task id is the process id; /proc/<pid>/stat counts every thread together.
import { readFileSync } from 'node:fs';

/** Clock ticks per second; USER_HZ is 100 on every Linux Node runs on. */
const TICKS_PER_SECOND = 100;

export interface ThreadCpu {
  /** The main thread (the event loop that acknowledges). */
  mainMs: number;
  /** Every thread of the process together. */
  processMs: number;
}

function taskMs(pid: number, task: number): number {
  // Fields after the parenthesised command name: state is field 3, utime 14 and stime 15.
  const stat = readFileSync(`/proc/${pid}/task/${task}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1_000) / TICKS_PER_SECOND;
}

/** The CPU time the process has used so far; undefined where there is no /proc (not Linux, or it has exited). */
export function threadCpu(pid: number | undefined): ThreadCpu | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime + stime of the process include threads that have already exited.
    const processMs = ((Number(fields[11]) + Number(fields[12])) * 1_000) / TICKS_PER_SECOND;
    return { mainMs: taskMs(pid, pid), processMs };
  } catch {
    return undefined;
  }
}

/** CPU used between two readings. */
export function cpuSince(before: ThreadCpu | undefined, after: ThreadCpu | undefined): ThreadCpu | undefined {
  if (!before || !after) return undefined;
  return { mainMs: after.mainMs - before.mainMs, processMs: after.processMs - before.processMs };
}
