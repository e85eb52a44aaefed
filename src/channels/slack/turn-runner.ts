// Runs one turn from the inbox: 👀 on the user's message, the core's replies (computed once and saved, so a retry
// delivers instead of asking again), each reply delivered and counted. A bug in the core becomes an apology with a
// reference id; a failed delivery throws, and the inbox worker tries again.
import type { webApi } from '@slack/bolt';
import type { Reply } from '../../core/reply.js';
import { apologyReply, newReferenceId, type Router } from '../../core/router.js';
import type { Turn } from '../../core/turn.js';
import type { Logger } from '../../log.js';
import type { ReplyTarget } from './delivery/reply-target.js';
import type { SlackDeliverer } from './delivery/slack-deliverer.js';
import type { SlackInbox } from './inbox/slack-inbox.js';

export interface TurnJob {
  /** The inbox row this turn runs for; absent for work that is not a Slack delivery (the home tab). */
  key?: string;
  turn: Turn;
  target: ReplyTarget;
}

export interface TurnRunnerDeps {
  router: Router;
  inbox: SlackInbox;
  deliverer: SlackDeliverer;
  client: webApi.WebClient;
  log: Logger;
  /** Awaited before talking to Slack, so that acknowledgements in progress go first. */
  quiet?: () => Promise<void>;
}

export class TurnRunner {
  private readonly computing = new Map<string, Promise<Reply[]>>();

  constructor(private readonly deps: TurnRunnerDeps) {}

  async run(job: TurnJob): Promise<void> {
    const row = job.key ? this.deps.inbox.get(job.key) : undefined;
    const reaction = job.target.reactTo;
    // A retry of a computed turn only delivers: the 👀 went up the first time.
    if (reaction && !row?.replies) await this.react('add', reaction);
    const replies = await this.replies(job);
    await this.deps.quiet?.();
    await this.deliver(job, replies, row?.replies ? row.delivered : 0);
    if (reaction) await this.react('remove', reaction);
  }

  /** The job's replies: saved ones, the computation already under way, or a new one. */
  replies(job: TurnJob): Promise<Reply[]> {
    const { key } = job;
    if (!key) return this.compute(job);
    const saved = this.deps.inbox.get(key)?.replies;
    if (saved) return Promise.resolve(saved);
    const running = this.computing.get(key);
    if (running) return running;
    const computation = this.compute(job).finally(() => this.computing.delete(key));
    this.computing.set(key, computation);
    return computation;
  }

  async deliver(job: TurnJob, replies: Reply[], from: number): Promise<void> {
    for (let index = from; index < replies.length; index += 1) {
      const reply = replies[index];
      if (!reply) continue;
      await this.deps.deliverer.deliver(reply, job.target, job.turn.conversation);
      if (job.key) this.deps.inbox.markDelivered(job.key, index + 1);
    }
  }

  private async compute(job: TurnJob): Promise<Reply[]> {
    const { turn } = job;
    const started = Date.now();
    const fields = { turnId: turn.id, kind: turn.input.kind, verb: 'verb' in turn.input ? turn.input.verb : undefined };
    let replies: Reply[];
    try {
      replies = await this.deps.router.handleTurn(turn);
      this.deps.log.info(
        { event: 'turn', ...fields, outcome: 'replied', count: replies.length, durationMs: Date.now() - started },
        'turn handled',
      );
    } catch (error) {
      const referenceId = newReferenceId();
      this.deps.log.error({ event: 'turn-failed', ...fields, referenceId, err: error as Error }, 'turn failed');
      replies = [apologyReply(referenceId)];
    }
    if (job.key) this.deps.inbox.saveReplies(job.key, replies);
    return replies;
  }

  private async react(action: 'add' | 'remove', message: { channel: string; ts: string }): Promise<void> {
    const request = { channel: message.channel, timestamp: message.ts, name: 'eyes' };
    try {
      if (action === 'add') await this.deps.client.reactions.add(request);
      else await this.deps.client.reactions.remove(request);
    } catch {
      // Only a courtesy: already_reacted, no_reaction or a missing scope must not hold up the answer.
    }
  }
}
