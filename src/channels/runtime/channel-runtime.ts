// Everything that makes a channel lose nothing and answer once, put together for one channel: the channel's adapter
// admits each turn here before acknowledging it, and its deliverer is handed the replies. Tested once, against a
// fake channel (test/runtime).
import { hostname } from 'node:os';
import type { Reply } from '../../core/reply.js';
import type { Router } from '../../core/router.js';
import type { StateStore } from '../../core/state-store.js';
import type { Platform } from '../../core/turn.js';
import type { Logger } from '../../log.js';
import type { Deliverer } from './deliverer.js';
import { FormMemory } from './form-memory.js';
import { admissionStore, GroupAdmission } from './group-admission.js';
import type { Inbox, InboxEntry, InboxState } from './inbox.js';
import { InboxWorker, type InboxWorkPolicy } from './inbox-worker.js';
import type { ReplyTarget } from './reply-target.js';
import { ThreadMemory } from './thread-memory.js';
import type { TurnIntake } from './turn-intake.js';
import { TurnRunner } from './turn-runner.js';

export interface ChannelRuntimeOptions extends InboxWorkPolicy {
  platform: Platform;
  inbox: Inbox;
  router: Router;
  state: StateStore;
  log: Logger;
  /** Awaited before work runs and before replies go out: the receiver's quiet moment, so acknowledgements go first. */
  quiet?: () => Promise<void>;
}

/** Finished rows are kept this long, so that a late retry or replay is still recognised as a duplicate. */
const KEEP_FINISHED_MS = 24 * 3_600_000;
const PURGE_INTERVAL_MS = 3_600_000;

export class ChannelRuntime implements TurnIntake {
  readonly inbox: Inbox;
  readonly forms: FormMemory;
  readonly threads: ThreadMemory;
  private readonly owner = `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
  private readonly worker: InboxWorker;
  private readonly admissions: GroupAdmission;
  private runner: TurnRunner | undefined;
  private purging: NodeJS.Timeout | undefined;

  constructor(private readonly options: ChannelRuntimeOptions) {
    this.inbox = options.inbox;
    this.forms = new FormMemory(options.state, options.platform);
    this.threads = new ThreadMemory(options.state, options.platform);
    this.worker = new InboxWorker({
      ...options,
      owner: this.owner,
      beforeRun: options.quiet,
      run: (row) => this.turns().run(row),
      onLongWait: (key) => this.turns().showQueued(key),
    });
    this.admissions = new GroupAdmission({
      store: admissionStore(options.inbox),
      pick: (reserved) =>
        this.worker.depth + (reserved.get(this.owner) ?? 0) < this.worker.capacity ? this.owner : undefined,
      lease: () => this.worker.lease(),
    });
  }

  /** Starts working off turns, with `deliverer` posting the replies; rows a previous run left are claimed too. */
  start(deliverer: Deliverer): void {
    const { router, inbox, log, quiet } = this.options;
    this.runner = new TurnRunner({
      router,
      inbox,
      owner: this.owner,
      lease: () => this.worker.lease(),
      deliverer,
      log,
      beforeDeliver: quiet,
    });
    void this.purge();
    this.purging = setInterval(() => void this.purge(), PURGE_INTERVAL_MS);
    this.purging.unref();
    this.worker.start();
  }

  /** This process's name on its inbox leases. */
  get leaseOwner(): string {
    return this.owner;
  }

  /** Turns queued or running here. */
  get depth(): number {
    return this.worker.depth;
  }

  /** Turns queued or running here at most. */
  get capacity(): number {
    return this.worker.capacity;
  }

  get leaseMs(): number {
    return this.worker.leaseMs;
  }

  /**
   * Writes the turn durably; false when its key was seen before (a retry, a replay). It is leased to this process
   * while its queue has room; otherwise it waits in the inbox, for whoever has room first.
   */
  admit(entry: InboxEntry): Promise<boolean> {
    return this.admissions.admit(entry);
  }

  run(entry: Pick<InboxEntry, 'key' | 'lane'> & { target?: ReplyTarget }): void {
    if (this.admissions.handOver(entry.key) === undefined) {
      if (entry.target?.working?.shownOnAdmission) this.signNow(entry.key);
      return;
    }
    this.turns().sign(entry.key);
    this.worker.enqueue(entry.key, entry.lane);
  }

  /** Puts up the first sign of a turn that waits in the inbox for a queue with room (see TurnRunner.signNow). */
  signNow(key: string): void {
    void this.turns().signNow(key);
  }

  /** Queues a turn that another thread admitted, leased to this runtime (see AnswerThread); `signed`: its sign is up. */
  take(entry: Pick<InboxEntry, 'key' | 'lane'>, signed = false): void {
    if (!signed) this.turns().sign(entry.key);
    this.worker.enqueue(entry.key, entry.lane);
  }

  async replies(key: string): Promise<Reply[] | undefined> {
    const row = await this.inbox.get(key);
    if (row?.state !== 'pending' || !row.turn || !row.target) return undefined;
    return this.turns().replies({ ...row, turn: row.turn, target: row.target });
  }

  async saveReplies(key: string, replies: Reply[]): Promise<void> {
    await this.inbox.saveReplies(key, this.owner, replies);
  }

  /** Resolves when every admitted turn has been worked off (or the timeout passed). */
  idle(timeoutMs?: number): Promise<boolean> {
    return this.worker.idle(timeoutMs);
  }

  async counts(): Promise<{ inbox: Record<InboxState, number>; queued: number }> {
    return { inbox: await this.inbox.counts(), queued: this.worker.depth };
  }

  /** Stops taking work, waits up to `timeoutMs` for running turns, and hands the rest back to the inbox. */
  async stop(timeoutMs?: number): Promise<void> {
    clearInterval(this.purging);
    await this.worker.stop(timeoutMs);
  }

  private turns(): TurnRunner {
    if (!this.runner) throw new Error('the channel runtime has not been started');
    return this.runner;
  }

  private async purge(): Promise<void> {
    try {
      const purged = await this.inbox.purgeFinishedBefore(Date.now() - KEEP_FINISHED_MS);
      if (purged > 0) this.options.log.debug({ event: 'inbox-purged', purged }, 'finished inbox rows forgotten');
    } catch (error) {
      this.options.log.warn({ event: 'inbox-purge-failed', err: error as Error }, 'inbox purge failed');
    }
  }
}
