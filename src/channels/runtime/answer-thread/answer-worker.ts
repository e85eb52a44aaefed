// One answer thread as the acknowledging thread sees it: starts it, knows its lease owner and how full its queue is
// (the thread reports its depth), hands it turns, makes calls into it with a timeout, and starts it again when it dies
// (what it held is taken over when its leases run out).
import type { Worker } from 'node:worker_threads';
import { ConfigError } from '../../../config.js';
import type { Logger } from '../../../log.js';
import type { AnswerThreadData, Call, FromAnswerThread, ToAnswerThread } from './messages.js';
import { spawnThread } from './spawn-thread.js';

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

const RESTART_DELAYS_MS = [500, 1_000, 2_000, 5_000, 10_000, 30_000];

export interface AnswerWorkerOptions {
  data: AnswerThreadData;
  log: Logger;
  /** How long a call may take before it is given up (a dialog's first pass has 3 s in all). */
  callTimeoutMs: number;
}

export class AnswerWorker {
  /** Its name on inbox leases; '' while it is not running. */
  owner = '';
  capacity = 0;
  leaseMs = 30_000;
  /** Turns queued or running in the thread, as it last reported. */
  queued = 0;
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextCall = 0;
  private stopping = false;
  private restarts = 0;

  constructor(private readonly options: AnswerWorkerOptions) {}

  /** Resolves once the thread has built its core and works turns off. */
  start(): Promise<void> {
    // A young generation of 16 MB, not V8's default for a thread: the Slack bench at 100 events/s measured the
    // process's RSS under load at median 281 MB against 299 MB, for 0.4 ms more CPU per event.
    const worker = spawnThread('answer-thread-main', this.options.data, { maxYoungGenerationSizeMb: 16 });
    this.worker = worker;
    return new Promise<void>((resolve, reject) => {
      worker.on('message', (message: FromAnswerThread) => {
        if (message.type === 'ready') {
          this.owner = message.owner;
          this.capacity = message.capacity;
          this.leaseMs = message.leaseMs;
          this.restarts = 0;
          resolve();
        } else if (message.type === 'fatal') {
          // A configuration problem stops ressec as it would have in this thread: exit 2, naming the variable.
          reject(message.problems ? new ConfigError(message.problems) : new Error(message.message));
        } else this.receive(message);
      });
      worker.once('error', (error) => reject(error));
      worker.once('exit', (code) => {
        reject(new Error(`the answer thread exited (${code}) before it was ready`));
        this.exited(worker, code);
      });
    });
  }

  /** Room left in its queue, besides `reserved` turns admitted to it and not yet handed over. */
  room(reserved: number): number {
    return this.owner === '' ? 0 : this.capacity - this.queued - reserved;
  }

  run(key: string, lane: string, signed = false): void {
    this.post({ type: 'run', key, lane, signed });
  }

  /** Its queue is at least half full: its event loop is busy with answers, and a first sign sent there waits. */
  get busy(): boolean {
    return this.owner !== '' && this.queued * 2 >= this.capacity;
  }

  sign(key: string): void {
    this.post({ type: 'sign', key });
  }

  call(call: Call, timeoutMs = this.options.callTimeoutMs): Promise<unknown> {
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

  /** Lets the thread finish its running turns and hand the rest back to the inbox, then ends it. */
  async stop(): Promise<void> {
    this.stopping = true;
    const worker = this.worker;
    if (!worker || worker.threadId === -1) return;
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    this.post({ type: 'stop' });
    const timeout = setTimeout(() => void worker.terminate(), 15_000);
    await exited;
    clearTimeout(timeout);
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

  private post(message: ToAnswerThread): void {
    this.worker?.postMessage(message);
  }

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
      this.start().catch((error: unknown) =>
        this.options.log.error(
          { event: 'answer-thread-failed', err: error as Error },
          'the answer thread did not start',
        ),
      );
    }, delay).unref();
  }
}
