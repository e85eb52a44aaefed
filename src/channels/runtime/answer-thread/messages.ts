// What the acknowledging thread and the answer thread say to each other over the worker's port.
import type { Config } from '../../../config.js';
import type { Recipient } from '../../../core/notifier.js';
import type { Reply } from '../../../core/reply.js';
import type { Platform } from '../../../core/turn.js';

/** How the answer thread works turns off; plain data, since it crosses into the thread. */
export interface AnswerPolicy {
  concurrency?: number;
  maxAttempts?: number;
  leaseMs?: number;
  pollMs?: number;
  maxQueued?: number;
  busyAfterMs?: number;
}

/** What the answer thread is started with. */
export interface AnswerThreadData {
  config: Config;
  platform: Platform;
  /** The channel module (its URL and export) whose answering half the thread builds. */
  channel: { moduleUrl: string; exportName: string };
  /** The channel's own options for its answering half (plain data). */
  channelOptions: unknown;
  policy: AnswerPolicy;
  /** Where the thread logs: a file, or stderr when absent. */
  logFile?: string;
}

export type Call =
  | { method: 'replies'; key: string }
  | { method: 'saveReplies'; key: string; replies: Reply[] }
  | { method: 'notify'; recipient: Recipient; reply: Reply }
  | { method: 'idle'; timeoutMs: number };

export type ToAnswerThread =
  /** `signed`: the acknowledging thread put the first sign up itself (see AnswerThreadOptions.sign). */
  | { type: 'run'; key: string; lane: string; signed?: boolean }
  /** Put up the first sign of a turn that waits in the inbox, held by no thread. */
  | { type: 'sign'; key: string }
  | ({ type: 'call'; id: number } & Call)
  | { type: 'stop' };

export type FromAnswerThread =
  | { type: 'ready'; owner: string; capacity: number; leaseMs: number }
  | { type: 'depth'; queued: number }
  | { type: 'result'; id: number; value: unknown }
  | { type: 'failed'; id: number; message: string }
  /** The thread could not start; `problems` when the configuration is at fault (a missing corpus folder). */
  | { type: 'fatal'; message: string; problems?: string[] };
