// The whole way through the channel runtime with a chat platform that lives in memory, not Slack: a question, a risk
// check, an escalation to the desk, a desk action and the researcher's reply relayed back. The fake channel is what
// any channel is: an adapter (what a user does → a neutral turn in the inbox), a renderer (a reply → lines) and a
// deliverer, plus a desk sink that only renders the escalation's case file and wording.
import { afterEach, describe, expect, it } from 'vitest';
import { type App, buildApp } from '../../src/app.js';
import type { Channel, ChannelHealth } from '../../src/channels/runtime/channel.js';
import { ChannelRuntime } from '../../src/channels/runtime/channel-runtime.js';
import type { Deliverer } from '../../src/channels/runtime/deliverer.js';
import type { ReplyTarget } from '../../src/channels/runtime/reply-target.js';
import { SqliteInbox } from '../../src/channels/runtime/sqlite-inbox.js';
import type { Notifier, Recipient } from '../../src/core/notifier.js';
import type { Block, ChoiceOption, Reply } from '../../src/core/reply.js';
import type { TurnInput } from '../../src/core/turn.js';
import { caseFile, describeChange, ticketActions } from '../../src/escalation/case-file.js';
import type { Delivery } from '../../src/escalation/delivery/outbox.js';
import {
  type RunningDeliveryWorker,
  startDeliveryWorker,
} from '../../src/escalation/delivery/start-delivery-worker.js';
import type { Sink, SinkResult } from '../../src/escalation/sinks/sink.js';
import { travelFlow } from '../../src/intake/flows/travel.js';
import { silentLogger } from '../../src/log.js';
import { channelCore, startChannel } from '../../src/main.js';
import { openSqlDatabase } from '../../src/store/sql-database.js';
import { BENIGN } from '../intake/support/answer-sets.js';
import { walkFlow } from '../intake/support/walk-flow.js';
import { fixtureConfig } from '../support/fixture-app.js';

const RESEARCHER = 'researcher-1';
const DESK = 'desk-1';
/** The researcher's conversation is the one the intake test helpers look in. */
const CONVERSATIONS: Record<string, string> = { [RESEARCHER]: 'dm-1', [DESK]: 'dm-desk' };

type FormBlock = Extract<Block, { kind: 'form' }>;

/** The renderer: a reply as the lines a plain-text platform would show. */
function render(reply: Reply): string[] {
  return reply.blocks.flatMap(lines);
}

function lines(block: Block): string[] {
  switch (block.kind) {
    case 'text':
      return [block.markdown];
    case 'citations':
      return block.items.map((citation) => `[${citation.n}] ${citation.title}`);
    case 'choices':
      return [block.options.map((option) => `(${option.label})`).join(' ')];
    case 'form':
      return [`form ${block.title}: ${block.fields.map((field) => field.label).join(', ')}`];
    case 'appraisal':
      return [`appraisal ${block.appraisal.flowTitle}: ${block.appraisal.level}`];
    case 'ticket':
      return [`ticket ${block.ticket.id} ${block.ticket.status}`];
    case 'context':
      return [block.text];
  }
  return [];
}

interface Shown {
  reply: Reply;
  lines: string[];
}

/** The deliverer: every reply a user was shown, in order. */
class MemoryDeliverer implements Deliverer {
  readonly shown = new Map<string, Shown[]>();

  async deliver(reply: Reply, target: ReplyTarget): Promise<void> {
    const list = this.shown.get(target.userId) ?? [];
    list.push({ reply, lines: render(reply) });
    this.shown.set(target.userId, list);
  }
}

/** The desk's view of each ticket: the case file, then one line per change, and the buttons of the card. */
class MemoryDeskSink implements Sink {
  readonly name = 'memory-desk';
  readonly threads = new Map<string, string[]>();
  readonly cards = new Map<string, ChoiceOption[]>();
  private readonly delivered = new Set<string>();

  async deliver(delivery: Delivery): Promise<SinkResult> {
    if (this.delivered.has(delivery.id)) return { ok: true };
    const { ticket, entry, type } = delivery.event;
    const thread = this.threads.get(ticket.id) ?? [];
    if (type === 'ticket.created') {
      const file = caseFile(ticket);
      thread.push(file.title, ...file.sections.flatMap((section) => [section.heading, ...section.lines]));
    } else {
      const change = describeChange(entry);
      thread.push(`${entry.actor.userId} ${change.did}${change.text ? `: ${change.text}` : ''}`);
    }
    this.threads.set(ticket.id, thread);
    this.cards.set(ticket.id, ticketActions(ticket, 'desk'));
    this.delivered.add(delivery.id);
    return { ok: true };
  }
}

class FakeChannel implements Channel {
  readonly platform = 'console' as const;
  readonly deliverer = new MemoryDeliverer();
  readonly deskSink = new MemoryDeskSink();
  readonly notifier: Notifier = {
    notify: async (recipient: Recipient, reply: Reply) => {
      const conversation = { id: CONVERSATIONS[recipient.userId] ?? recipient.userId, kind: 'dm' as const };
      await this.deliverer.deliver(reply, { userId: recipient.userId, conversation });
      return true;
    },
  };
  private sequence = 0;

  constructor(private readonly runtime: ChannelRuntime) {}

  async start(): Promise<void> {
    this.runtime.start(this.deliverer);
  }

  async stop(): Promise<void> {
    await this.runtime.stop();
  }

  async health(): Promise<ChannelHealth> {
    const { inbox, queued } = await this.runtime.counts();
    return { platform: this.platform, ok: true, inbox, queued };
  }

  /** The adapter: what the user did, as a turn in the inbox; resolves with the replies it brought them. */
  async act(userId: string, input: TurnInput): Promise<Reply[]> {
    this.sequence += 1;
    const key = `fake-${this.sequence}`;
    const conversation = { id: CONVERSATIONS[userId] ?? userId, kind: 'dm' as const };
    const before = this.deliverer.shown.get(userId)?.length ?? 0;
    const turn = {
      id: key,
      platform: this.platform,
      user: { id: userId },
      conversation,
      input,
      receivedAt: new Date().toISOString(),
    };
    expect(await this.runtime.admit({ key, lane: userId, turn, target: { userId, conversation } })).toBe(true);
    this.runtime.run({ key, lane: userId });
    await this.runtime.idle(10_000);
    return (this.deliverer.shown.get(userId) ?? []).slice(before).map((shown) => shown.reply);
  }

  say(userId: string, text: string): Promise<Reply[]> {
    return this.act(userId, { kind: 'text', text });
  }

  click(userId: string, option: ChoiceOption): Promise<Reply[]> {
    return this.act(userId, { kind: 'action', verb: option.verb, value: option.value });
  }

  /** Fills a form as a user would: the values given, and what the form already holds. */
  submit(userId: string, form: FormBlock, values: Record<string, string>): Promise<Reply[]> {
    const filled: Record<string, string | string[] | undefined> = {};
    for (const field of form.fields) filled[field.id] = values[field.id] ?? field.initial;
    return this.act(userId, { kind: 'form', verb: form.verb, values: filled });
  }

  lastShown(userId: string): Shown | undefined {
    return this.deliverer.shown.get(userId)?.at(-1);
  }
}

const blocksOf = (replies: Reply[]) => replies.flatMap((reply) => reply.blocks);
const formIn = (replies: Reply[]) =>
  blocksOf(replies).find((block): block is FormBlock => block.kind === 'form') ?? expect.fail('no form replied');
const optionIn = (replies: Reply[], label: string): ChoiceOption => {
  for (const block of blocksOf(replies)) {
    const options = block.kind === 'choices' ? block.options : block.kind === 'ticket' ? (block.actions ?? []) : [];
    const option = options.find((candidate) => candidate.label === label);
    if (option) return option;
  }
  return expect.fail(`no "${label}" among the replies`);
};

let app: App | undefined;
let delivery: RunningDeliveryWorker | undefined;
let channel: FakeChannel | undefined;
afterEach(async () => {
  await delivery?.stop();
  await channel?.stop();
  await app?.close();
});

describe('a channel is an adapter and a renderer on the runtime', () => {
  it('carries a question, a risk check, an escalation, a desk action and a relayed reply', async () => {
    const config = fixtureConfig({ RESSEC_DESK_MEMBERS: `console:${DESK}` });
    app = await buildApp(config, silentLogger(), { stateUrl: 'memory:' });
    const runtime = new ChannelRuntime({
      platform: 'console',
      inbox: new SqliteInbox(openSqlDatabase(':memory:'), 'console'),
      ...channelCore(app),
      pollMs: 20,
    });
    channel = new FakeChannel(runtime);
    await startChannel(app, channel);
    delivery = startDeliveryWorker({ escalation: app.escalation, log: silentLogger(), pollMs: 20 });
    const fake = channel;

    // A question: answered from the corpus, with citations.
    const answer = await fake.say(RESEARCHER, 'What should I do with my laptop before travelling abroad?');
    expect(blocksOf(answer).some((block) => block.kind === 'citations')).toBe(true);

    // A risk check, walked through the channel as the researcher would type it.
    const say = (text: string) => fake.say(RESEARCHER, text);
    const { appraisal } = await walkFlow({ say, state: app.state.state } as never, travelFlow, BENIGN.travel!);
    expect(appraisal.flowTitle).toBe(travelFlow.title);
    const appraisalReplies = [fake.lastShown(RESEARCHER)?.reply].filter((reply): reply is Reply => !!reply);

    // The escalation: "Send to the advice desk", the form, a ticket, and the desk has the case file.
    const ticketForm = formIn(await fake.click(RESEARCHER, optionIn(appraisalReplies, 'Send to the advice desk')));
    const filed = await fake.submit(RESEARCHER, ticketForm, { subject: 'Conference trip to Canada' });
    const ticketId = /RS-\d{4}-\d{4}/.exec(JSON.stringify(filed))?.[0] ?? expect.fail('no ticket id replied');
    await waitFor(() => fake.deskSink.threads.get(ticketId)?.[0] === `Case file for ${ticketId}`);
    expect(fake.deskSink.threads.get(ticketId)).toContain(`Risk check: ${travelFlow.title}, overall LOW`);

    // A desk action from the card: Claim. The researcher hears that the ticket is in review.
    const onCard = (label: string) =>
      fake.deskSink.cards.get(ticketId)?.find((option) => option.label === label) ??
      expect.fail(`no "${label}" on the card`);
    const claimed = await fake.click(DESK, onCard('Claim'));
    expect(JSON.stringify(claimed)).toContain(ticketId);
    await waitFor(() => fake.deskSink.threads.get(ticketId)?.includes(`${DESK} claimed the ticket`) === true);
    expect(fake.lastShown(RESEARCHER)?.lines.join('\n')).toMatch(/in review/);

    // The desk asks the researcher; the question reaches them with a way to reply.
    const askForm = formIn(await fake.click(DESK, onCard('Ask the requester')));
    await fake.submit(DESK, askForm, { message: 'Which conference, and will you present unpublished work?' });
    const question = fake.lastShown(RESEARCHER);
    expect(question?.lines.join('\n')).toContain('Which conference');

    // The researcher's reply is relayed: into the desk's thread, and to the desk member who claimed the ticket.
    const replyForm = formIn(await fake.click(RESEARCHER, optionIn([question!.reply], 'Reply to the desk')));
    await fake.submit(RESEARCHER, replyForm, { message: 'The IEEE one in Toronto; published work only.' });
    await waitFor(
      () =>
        fake.deskSink.threads
          .get(ticketId)
          ?.includes(`${RESEARCHER} replied: The IEEE one in Toronto; published work only.`) === true,
    );
    expect(fake.lastShown(DESK)?.lines.join('\n')).toContain('The IEEE one in Toronto');

    // Every turn was answered exactly once, and nothing is left in the inbox.
    const health = await fake.health();
    expect(health.inbox.pending).toBe(0);
    expect(health.inbox.failed).toBe(0);
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
