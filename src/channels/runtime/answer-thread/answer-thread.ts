// The acknowledging side of a channel whose answers run in a worker thread: here turns are only admitted (batched,
// synced, leased to the answer thread while its queue has room) and handed over; the answer thread runs the core,
// delivers and keeps its leases. So the event loop that acknowledges never waits on an answer. If the thread dies it
// is started again, and its turns are taken over once their leases run out.
import type { Worker } from 'node:worker_threads';
import type { Notifier, Recipient } from '../../../core/notifier.js';
import type { Reply } from '../../../core/reply.js';
import type { StateStore } from '../../../core/state-store.js';
import type { Logger } from '../../../log.js';
import { FormMemory } from '../form-memory.js';
import { GroupAdmission } from '../group-admission.js';
import type { Inbox, InboxEntry, InboxState } from '../inbox.js';
import { ThreadMemory } from '../thread-memory.js';
import type { TurnIntake } from '../turn-intake.js';
import { AdmissionWriter } from './admission-writer.js';
import type { AnswerThreadData, Call, FromAnswerThread, ToAnswerThread } from './messages.js';
import { spawnThread } from './spawn-thread.js';

export interface AnswerThreadOptions {
  data: AnswerThreadData;
  /** This thread's connection to the inbox: admissions and counts. */
  inbox: Inbox;
  state: StateStore;
  log: Logger;
  /** How long a call into the thread may take before it is given up (a dialog's first pass has 3 s in all). */
  callTimeoutMs?: number;
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

const RESTART_DELAYS_MS = [500, 1_000, 2_000, 5_000, 10_000, 30_000];

export class AnswerThread implements TurnIntake {
  readonly forms: FormMemory;
  readonly threads: ThreadMemory;
  /** Delivers the core's own messages through the thread's channel. */
  readonly notifier: Notifier;
  private worker: Worker | undefined;
  private owner = '';
  private capacity = 0;
  private leaseMs = 30_000;
  private queued = 0;
  /** Present for the embedded SQLite inbox, whose disk syncs would block this loop; PostgreSQL is written directly. */
  private readonly writer: AdmissionWriter | undefined;
  private readonly admissions: GroupAdmission;
  private readonly pending = new Map<number, Pending>();
  private nextCall = 0;
  private stopping = false;
  private restarts = 0;
  private ready: Promise<void> | undefined;

  constructor(private readonly options: AnswerThreadOptions) {
    const { platform } = options.data;
    this.forms = new FormMemory(options.state, platform);
    this.threads = new ThreadMemory(options.state, platform);
    // SQLite admissions are synced to disk by a thread of their own, so that this event loop never waits on the disk;
    // a PostgreSQL write is network I/O this loop does not wait on.
    this.writer = options.data.config.database?.postgresUrl
      ? undefined
      : new AdmissionWriter({ dataDir: options.data.config.dataDir, platform, log: options.log });
    // While the thread's queue is full, turns wait in the inbox (held by nobody) until it claims them. Its depth
    // comes every 100 ms at most, so a burst can overshoot the bound by that much.
    this.admissions = new GroupAdmission({
      inbox: this.writer ?? options.inbox,
      lease: () => ({ owner: this.owner, until: Date.now() + this.leaseMs }),
      hasRoom: (reserved) => this.owner !== '' && this.queued + reserved < this.capacity,
    });
    this.notifier = {
      notify: async (recipient: Recipient, reply: Reply) =>
        (await this.call({ method: 'notify', recipient, reply })) === true,
    };
  }

  /** Starts the threads; resolves once the answer thread has built the core and works turns off. */
  async start(): Promise<void> {
    await this.writer?.start();
    await this.startAnswering();
  }

  private startAnswering(): Promise<void> {
    const worker = spawnThread('answer-thread-main', this.options.data);
    this.worker = worker;
    this.ready = new Promise<void>((resolve, reject) => {
      worker.on('message', (message: FromAnswerThread) => {
        if (message.type === 'ready') {
          this.owner = message.owner;
          this.capacity = message.capacity;
          this.leaseMs = message.leaseMs;
          this.restarts = 0;
          resolve();
        } else if (message.type === 'fatal') reject(new Error(message.message));
        else this.receive(message);
      });
      worker.once('error', (error) => reject(error));
      worker.once('exit', (code) => {
        reject(new Error(`the answer thread exited (${code}) before it was ready`));
        this.exited(worker, code);
      });
    });
    return this.ready;
  }

  admit(entry: InboxEntry): Promise<boolean> {
    return this.admissions.admit(entry);
  }

  run(entry: Pick<InboxEntry, 'key' | 'lane'>): void {
    if (!this.admissions.handOver(entry.key)) return;
    this.post({ type: 'run', key: entry.key, lane: entry.lane });
  }

  async replies(key: string): Promise<Reply[] | undefined> {
    return (await this.call({ method: 'replies', key })) as Reply[] | undefined;
  }

  async saveReplies(key: string, replies: Reply[]): Promise<void> {
    await this.call({ method: 'saveReplies', key, replies });
  }

  /** Resolves when the thread has worked off every turn (or the timeout passed). */
  async idle(timeoutMs = 30_000): Promise<boolean> {
    return (await this.call({ method: 'idle', timeoutMs }, timeoutMs + 5_000)) === true;
  }

  async counts(): Promise<{ inbox: Record<InboxState, number>; queued: number }> {
    return { inbox: await this.options.inbox.counts(), queued: this.queued };
  }

  /** Lets the thread finish its running turns and hand the rest back to the inbox, then ends it. */
  async stop(): Promise<void> {
    this.stopping = true;
    const worker = this.worker;
    if (!worker) return this.writer?.stop();
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    this.post({ type: 'stop' });
    const timeout = setTimeout(() => void worker.terminate(), 15_000);
    await exited;
    clearTimeout(timeout);
    await this.writer?.stop();
  }

  private receive(message: FromAnswerThread): void {
    if (message.type === 'depth') {
      this.queued = message.queued;
      return;
    }
    if (message.type !== 'result' && message.type !== 'failed') return;
    const pending = this.pending.get(message.id);
    if (!pending) return;
    this.pending.delete(message.id);
    clearTimeout(pending.timer);
    if (message.type === 'result') pending.resolve(message.value);
    else pending.reject(new Error(message.message));
  }

  private call(call: Call, timeoutMs = this.options.callTimeoutMs ?? 10_000): Promise<unknown> {
    const id = ++this.nextCall;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`the answer thread did not answer ${call.method} in time`));
      }, timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      this.post({ type: 'call', id, ...call });
    });
  }

  private post(message: ToAnswerThread): void {
    this.worker?.postMessage(message);
  }

  /** A thread that dies is started again; what it held is taken over when its leases run out. */
  private exited(worker: Worker, code: number): void {
    if (worker !== this.worker) return;
    for (const [id, pending] of this.pending) {
      clearTimeout(pending.timer);
      pending.reject(new Error('the answer thread stopped'));
      this.pending.delete(id);
    }
    this.owner = '';
    this.queued = 0;
    if (this.stopping) return;
    const delay = RESTART_DELAYS_MS[Math.min(this.restarts, RESTART_DELAYS_MS.length - 1)] ?? 30_000;
    this.restarts += 1;
    this.options.log.error(
      { event: 'answer-thread-exited', statusCode: code, retryAfterMs: delay },
      'the answer thread stopped; starting it again',
    );
    setTimeout(() => {
      if (this.stopping) return;
      this.startAnswering().catch((error: unknown) =>
        this.options.log.error(
          { event: 'answer-thread-failed', err: error as Error },
          'the answer thread did not start',
        ),
      );
    }, delay).unref();
  }
}
