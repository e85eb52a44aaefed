// The acknowledging side of a channel whose answers run in worker threads: here turns are only admitted (batched,
// synced, leased to an answer thread whose queue has room) and handed over; the answer threads run the core, deliver
// and keep their leases. So the event loop that acknowledges never waits on an answer. There is one answer thread per
// core the machine can spare (os.availableParallelism() − 1, at least one; RESSEC_ANSWER_THREADS overrides), each with
// its own core and its own lease owner, so a thread that dies is started again and only its own turns are taken over
// once their leases run out. While every queue is full, turns wait in the inbox, held by nobody, until a thread
// claims them; a turn that waits long tells its user it is queued.
import { availableParallelism } from 'node:os';
import type { Notifier, Recipient } from '../../../core/notifier.js';
import type { Reply } from '../../../core/reply.js';
import type { StateStore } from '../../../core/state-store.js';
import type { Logger } from '../../../log.js';
import { FormMemory } from '../form-memory.js';
import { admissionStore, GroupAdmission } from '../group-admission.js';
import type { Inbox, InboxEntry, InboxState } from '../inbox.js';
import type { ReplyTarget } from '../reply-target.js';
import { ThreadMemory } from '../thread-memory.js';
import type { TurnIntake } from '../turn-intake.js';
import { AdmissionWriter } from './admission-writer.js';
import { AnswerWorker } from './answer-worker.js';
import type { AnswerThreadData, Call } from './messages.js';

export interface AnswerThreadOptions {
  data: AnswerThreadData;
  /** This thread's connection to the inbox: admissions and counts. */
  inbox: Inbox;
  state: StateStore;
  log: Logger;
  /** How long a call into a thread may take before it is given up (a dialog's first pass has 3 s in all). */
  callTimeoutMs?: number;
  /**
   * Puts a turn's first sign up from this thread, for a target that asks for it on admission. Used while the turn
   * waits in the inbox or goes to a thread whose queue is half full: that thread's event loop is busy with answers,
   * and a sign sent from there waits its turn (at 300 events/s, seconds). A courtesy: its failures are ignored.
   */
  sign?: (target: ReplyTarget) => Promise<void>;
}

/** How often the queue depth is logged while turns are queued: overload shows in the log, not only on /healthz. */
const DEPTH_LOG_MS = 10_000;

/** Answer threads for a machine: one per core the acknowledging thread leaves free, at least one. */
export function answerThreadCount(configured: number | undefined): number {
  return configured ?? Math.max(1, availableParallelism() - 1);
}

export class AnswerThread implements TurnIntake {
  readonly forms: FormMemory;
  readonly threads: ThreadMemory;
  /** Delivers the core's own messages through the channel, from the least busy thread. */
  readonly notifier: Notifier;
  private readonly workers: AnswerWorker[];
  /** Present for the embedded SQLite inbox, whose disk syncs would block this loop; PostgreSQL is written directly. */
  private readonly writer: AdmissionWriter | undefined;
  private readonly admissions: GroupAdmission;
  private depthLog: NodeJS.Timeout | undefined;

  constructor(private readonly options: AnswerThreadOptions) {
    const { platform, config } = options.data;
    this.forms = new FormMemory(options.state, platform);
    this.threads = new ThreadMemory(options.state, platform);
    const worker = { data: options.data, log: options.log, callTimeoutMs: options.callTimeoutMs ?? 10_000 };
    this.workers = Array.from({ length: answerThreadCount(config.answerThreads) }, () => new AnswerWorker(worker));
    // SQLite admissions are synced to disk by a thread of their own, so that this event loop never waits on the disk;
    // a PostgreSQL write is network I/O this loop does not wait on.
    this.writer = config.database?.postgresUrl
      ? undefined
      : new AdmissionWriter({ dataDir: config.dataDir, platform, log: options.log });
    // A thread's depth comes every 100 ms at most, so a burst can overshoot its bound by that much.
    this.admissions = new GroupAdmission({
      store: this.writer ?? admissionStore(options.inbox),
      pick: (reserved) => this.roomiest(reserved)?.owner,
      lease: (owner) => ({ owner, until: Date.now() + (this.byOwner(owner)?.leaseMs ?? 30_000) }),
    });
    this.notifier = {
      notify: async (recipient: Recipient, reply: Reply) =>
        (await this.call(undefined, { method: 'notify', recipient, reply })) === true,
    };
  }

  /** How many answer threads there are. */
  get size(): number {
    return this.workers.length;
  }

  /** Starts the threads; resolves once every answer thread has built its core and works turns off. */
  async start(): Promise<void> {
    await this.writer?.start();
    await Promise.all(this.workers.map((worker) => worker.start()));
    this.depthLog = setInterval(() => this.logDepth(), DEPTH_LOG_MS);
    this.depthLog.unref();
  }

  admit(entry: InboxEntry): Promise<boolean> {
    return this.admissions.admit(entry);
  }

  run(entry: Pick<InboxEntry, 'key' | 'lane'> & { target?: ReplyTarget }): void {
    const owner = this.admissions.handOver(entry.key);
    const worker = owner === undefined ? undefined : this.byOwner(owner);
    const { target } = entry;
    // A turn no thread has room for waits in the inbox; its first sign goes up now all the same: from here while the
    // answer threads are busy, else from the least busy one.
    let signed = false;
    if (target?.working?.shownOnAdmission && this.options.sign && (worker === undefined || worker.busy)) {
      this.options.sign(target).catch(() => undefined);
      signed = true;
    }
    if (worker) worker.run(entry.key, entry.lane, signed);
    else if (target?.working?.shownOnAdmission && !signed) this.leastBusy()?.sign(entry.key);
  }

  async replies(key: string): Promise<Reply[] | undefined> {
    return (await this.call(key, { method: 'replies', key })) as Reply[] | undefined;
  }

  async saveReplies(key: string, replies: Reply[]): Promise<void> {
    await this.call(key, { method: 'saveReplies', key, replies });
  }

  /** Resolves when the threads have worked off every turn (or the timeout passed). */
  async idle(timeoutMs = 30_000): Promise<boolean> {
    const idle = await Promise.all(
      this.workers.map((worker) => worker.call({ method: 'idle', timeoutMs }, timeoutMs + 5_000)),
    );
    return idle.every((each) => each === true);
  }

  async counts(): Promise<{ inbox: Record<InboxState, number>; queued: number }> {
    return { inbox: await this.options.inbox.counts(), queued: this.queued() };
  }

  /** Lets the threads finish their running turns and hand the rest back to the inbox, then ends them. */
  async stop(): Promise<void> {
    clearInterval(this.depthLog);
    await Promise.all(this.workers.map((worker) => worker.stop()));
    await this.writer?.stop();
  }

  private queued(): number {
    return this.workers.reduce((sum, worker) => sum + worker.queued, 0);
  }

  private logDepth(): void {
    const queued = this.queued();
    if (queued === 0) return;
    this.options.log.info({ event: 'answer-queue', count: queued }, 'turns queued or running in the answer threads');
  }

  private byOwner(owner: string): AnswerWorker | undefined {
    return this.workers.find((worker) => worker.owner === owner && owner !== '');
  }

  /** The running thread with the most room, counting the turns admitted to it and not yet handed over. */
  private roomiest(reserved: ReadonlyMap<string, number>): AnswerWorker | undefined {
    let best: AnswerWorker | undefined;
    let bestRoom = 0;
    for (const worker of this.workers) {
      const room = worker.room(reserved.get(worker.owner) ?? 0);
      if (room > bestRoom) {
        best = worker;
        bestRoom = room;
      }
    }
    return best;
  }

  /**
   * A call about a turn goes to the thread its row is leased to (only that one may save its replies); any other call,
   * or one about a turn nobody holds, to the least busy running thread.
   */
  private call(key: string | undefined, call: Call): Promise<unknown> {
    const owner = key === undefined ? undefined : this.admissions.ownerOf(key);
    const worker = (owner === undefined ? undefined : this.byOwner(owner)) ?? this.leastBusy();
    if (!worker) return Promise.reject(new Error('no answer thread is running'));
    return worker.call(call);
  }

  private leastBusy(): AnswerWorker | undefined {
    const running = this.workers.filter((worker) => worker.owner !== '');
    return running.sort((a, b) => a.queued - b.queued)[0];
  }
}
