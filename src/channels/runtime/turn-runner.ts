// Runs one turn from the inbox for any channel: the first visible sign on the user's message, the core's replies
// (computed once and saved, so a retry delivers instead of asking again), each reply delivered and counted, then the
// sign taken back. Each post is fenced by the lease: right before it goes out the reply is claimed on the row, which
// checks this process still holds it and extends the lease, so a process starved past its lease (whose row another
// took over) posts nothing, and no other takes the row over while the post is under way. A reply claimed before and
// never recorded as posted (a crash in between) is looked for in the conversation first, where the channel can read
// its posts back. A bug in the core becomes an apology with a reference id; a failed delivery throws, and the inbox
// worker tries again.
import { type Reply, textReply } from '../../core/reply.js';
import { apologyReply, newReferenceId, type Router } from '../../core/router.js';
import type { Logger } from '../../log.js';
import type { Deliverer, ReplyMark } from './deliverer.js';
import { type Inbox, type Lease, LeaseLostError, type PendingRow } from './inbox.js';
import type { ReplyTarget } from './reply-target.js';
import { isDirectConversationToOpen } from './reply-target.js';

export interface TurnRunnerOptions {
  router: Router;
  inbox: Inbox;
  /** This process's name on its inbox leases. */
  owner: string;
  /** The lease a post extends the row's to (this process's name, and now plus the lease time). */
  lease: () => Lease;
  deliverer: Deliverer;
  log: Logger;
  /** Awaited before replies go out, so that acknowledgements in progress go first. */
  beforeDeliver?: () => Promise<void>;
}

/** Said when a turn waits long for its turn: the platform is busy, and the question is not lost. */
export const QUEUED_NOTICE: Reply = textReply(
  "⏳ I'm busy right now: your message is queued, and I'll answer as soon as I can.",
  'private',
);

export class TurnRunner {
  private readonly computing = new Map<string, Promise<Reply[]>>();
  /** First visible signs already on their way, by row: put up as a turn is queued, before it waits for its turn. */
  private readonly signing = new Map<string, Promise<void>>();

  constructor(private readonly options: TurnRunnerOptions) {}

  async run(row: PendingRow): Promise<void> {
    const { inbox, owner, deliverer } = this.options;
    const addressed = await this.addressed(row);
    const computedBefore = row.replies !== undefined;
    const early = this.signing.get(row.key);
    this.signing.delete(row.key);
    // A retry of a computed turn only delivers: the sign went up the first time. A sign put up on admission went up
    // as the turn was stored, wherever it waited since.
    if (early) await early;
    else if (!computedBefore && !addressed.target.working?.shownOnAdmission) {
      await this.courtesy(() => deliverer.showWorking?.(addressed.target));
    }
    const replies = await this.replies(addressed);
    await this.options.beforeDeliver?.();
    for (let index = computedBefore ? row.delivered : 0; index < replies.length; index += 1) {
      const reply = replies[index];
      if (!reply) continue;
      const claimed = await inbox.claimPost(row.key, this.options.lease(), index);
      if (!claimed) throw new LeaseLostError(row.key);
      const mark: ReplyMark = { key: row.key, index, receivedAt: row.receivedAt };
      if (claimed.repeat && (await this.postedBefore(mark, addressed))) {
        this.options.log.info(
          { event: 'reply-post-found', turnId: row.key, count: index + 1 },
          'a reply an earlier attempt posted before it stopped is in the conversation: not posted again',
        );
      } else {
        if (claimed.repeat) {
          this.options.log.warn(
            { event: 'reply-post-repeated', turnId: row.key, count: index + 1 },
            'posting a reply an earlier attempt may have posted before it stopped',
          );
        }
        await deliverer.deliver(reply, addressed.target, addressed.turn.conversation, mark);
      }
      if (!(await inbox.markDelivered(row.key, owner, index + 1))) throw new LeaseLostError(row.key);
    }
    await this.courtesy(() => deliverer.finishWorking?.(addressed.target));
  }

  /** Whether the channel finds the reply in the conversation; unknown (no read-back, or it failed) counts as no. */
  private async postedBefore(mark: ReplyMark, row: PendingRow): Promise<boolean> {
    const posted = this.options.deliverer.posted;
    if (!posted) return false;
    try {
      return await posted.call(this.options.deliverer, mark, row.target, row.turn.conversation);
    } catch (error) {
      this.options.log.warn(
        { event: 'reply-post-check-failed', turnId: mark.key, err: error as Error },
        'could not read the conversation back: the reply is posted again',
      );
      return false;
    }
  }

  /** The row's replies: saved ones, the computation already under way, or a new one (saved before it resolves). */
  replies(row: PendingRow): Promise<Reply[]> {
    if (row.replies) return Promise.resolve(row.replies);
    const running = this.computing.get(row.key);
    if (running) return running;
    const computation = this.compute(row).finally(() => this.computing.delete(row.key));
    this.computing.set(row.key, computation);
    return computation;
  }

  /** Puts the first visible sign up as soon as a turn is queued, so that it does not wait behind other turns. */
  sign(key: string): void {
    const deliverer = this.options.deliverer;
    if (!deliverer.showWorking || this.signing.has(key)) return;
    const signing = this.options.inbox.get(key).then(async (row) => {
      if (row?.state !== 'pending' || !row.target || row.replies) return;
      await this.courtesy(() => deliverer.showWorking?.(row.target as ReplyTarget));
    });
    this.signing.set(
      key,
      signing.catch(() => undefined),
    );
  }

  /**
   * Puts the first visible sign up for a turn no queue has taken yet (its target asks for the sign on admission):
   * whoever runs it later does not put it up again.
   */
  async signNow(key: string): Promise<void> {
    const deliverer = this.options.deliverer;
    if (!deliverer.showWorking) return;
    const row = await this.options.inbox.get(key).catch(() => undefined);
    if (row?.state !== 'pending' || !row.target || row.replies) return;
    await this.courtesy(() => deliverer.showWorking?.(row.target as ReplyTarget));
  }

  /** Tells the user that their turn is queued (it has waited long); nothing when it has started or finished. */
  async showQueued(key: string): Promise<void> {
    const row = await this.options.inbox.get(key);
    if (row?.state !== 'pending' || !row.turn || !row.target || row.target.home || row.replies) return;
    const addressed = await this.addressed({ ...row, turn: row.turn, target: row.target });
    await this.courtesy(() =>
      this.options.deliverer.deliver(QUEUED_NOTICE, addressed.target, addressed.turn.conversation),
    );
  }

  /** A turn addressed to a direct conversation not yet opened gets its id now. */
  private async addressed(row: PendingRow): Promise<PendingRow> {
    if (!isDirectConversationToOpen(row.turn.conversation)) return row;
    const open = this.options.deliverer.openDirectConversation;
    if (!open) throw new Error('this channel cannot open a direct conversation');
    const id = await open.call(this.options.deliverer, row.target.userId, row.target);
    return { ...row, turn: { ...row.turn, conversation: { id, kind: 'dm' } } };
  }

  private async compute(row: PendingRow): Promise<Reply[]> {
    const { turn } = row;
    const { log, router, inbox, owner } = this.options;
    const started = Date.now();
    const fields = { turnId: turn.id, kind: turn.input.kind, verb: 'verb' in turn.input ? turn.input.verb : undefined };
    let replies: Reply[];
    try {
      replies = await router.handleTurn(turn);
      log.info(
        { event: 'turn', ...fields, outcome: 'replied', count: replies.length, durationMs: Date.now() - started },
        'turn handled',
      );
    } catch (error) {
      const referenceId = newReferenceId();
      log.error({ event: 'turn-failed', ...fields, referenceId, err: error as Error }, 'turn failed');
      replies = [apologyReply(referenceId)];
    }
    if (!(await inbox.saveReplies(row.key, owner, replies))) throw new LeaseLostError(row.key);
    return replies;
  }

  /** A courtesy (the working sign, a receipt) must not hold up or fail the answer. */
  private async courtesy(action: () => Promise<void> | undefined): Promise<void> {
    try {
      await action();
    } catch {
      // already_reacted, no_reaction, a missing scope: the answer matters, not the sign.
    }
  }
}
