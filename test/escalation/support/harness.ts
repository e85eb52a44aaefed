// The escalation feature as the app wires it (router, state, escalation, a recording notifier), in a temp folder.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../../src/config.js';
import type { Notifier, Recipient } from '../../../src/core/notifier.js';
import { type Reply, textReply } from '../../../src/core/reply.js';
import { Router } from '../../../src/core/router.js';
import { MemoryStateStore } from '../../../src/core/state-store.js';
import type { Platform, Turn, TurnInput, TurnUser } from '../../../src/core/turn.js';
import { createEscalation, type Escalation } from '../../../src/escalation/create-escalation.js';
import { DeliveryWorker } from '../../../src/escalation/delivery/delivery-worker.js';
import { registerEscalation } from '../../../src/escalation/register-escalation.js';
import type { Sink } from '../../../src/escalation/sinks/sink.js';
import { type Logger, silentLogger } from '../../../src/log.js';

/** A user on a platform (slack unless said otherwise). */
export type TestUser = TurnUser & { platform?: Platform };

export const REQUESTER: TurnUser = { id: 'U-REQ', name: 'Rita Researcher', email: 'rita@example.edu' };
export const DESK: TurnUser = { id: 'U-DESK', name: 'Dana Desk' };
export const STRANGER: TurnUser = { id: 'U-OTHER', name: 'Sam Stranger' };

export class RecordingNotifier implements Notifier {
  readonly sent: { recipient: Recipient; reply: Reply }[] = [];

  async notify(recipient: Recipient, reply: Reply): Promise<boolean> {
    this.sent.push({ recipient, reply });
    return true;
  }

  textsFor(userId: string): string[] {
    return this.sent.filter((item) => item.recipient.userId === userId).map((item) => replyText(item.reply));
  }
}

/** Every text a reply shows, flattened, for assertions. */
export function replyText(reply: Reply): string {
  return reply.blocks
    .map((block) => {
      if (block.kind === 'text') return block.markdown;
      if (block.kind === 'ticket') return `[ticket ${block.ticket.id} ${block.ticket.status}]`;
      if (block.kind === 'form') return `[form ${block.verb}] ${block.intro ?? ''}`;
      if (block.kind === 'context') return block.text;
      return '';
    })
    .join('\n');
}

export function temporaryDirectory(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'ressec-escalation-'));
}

export interface HarnessOptions {
  environment?: Record<string, string>;
  extraSinks?: Sink[];
  log?: Logger;
  dataDir?: string;
}

export interface Harness {
  router: Router;
  state: MemoryStateStore;
  escalation: Escalation;
  notifier: RecordingNotifier;
  dataDir: string;
  log: Logger;
  send(user: TestUser, input: TurnInput, id?: string): Promise<Reply[]>;
  action(user: TestUser, verb: string, value?: string, id?: string): Promise<Reply[]>;
  form(user: TestUser, verb: string, values: Record<string, string>, id?: string): Promise<Reply[]>;
  text(user: TestUser, text: string, id?: string): Promise<Reply[]>;
  /** Files a free-form ticket as `user` and returns its id. */
  file(user?: TestUser, values?: Record<string, string>): Promise<string>;
  worker(options?: Partial<ConstructorParameters<typeof DeliveryWorker>[0]>): DeliveryWorker;
  close(): Promise<void>;
}

let turnCounter = 0;

export function createHarness(options: HarnessOptions = {}): Harness {
  const dataDir = options.dataDir ?? temporaryDirectory();
  const log = options.log ?? silentLogger();
  const config = loadConfig({
    RESSEC_DATA_DIR: dataDir,
    RESSEC_DESK_MEMBERS: `slack:${DESK.id}, console:local-user`,
    ...options.environment,
  });
  const state = new MemoryStateStore();
  const notifier = new RecordingNotifier();
  const escalation = createEscalation({ config, log, notifier, extraSinks: options.extraSinks });
  const router = new Router(log, state);
  registerEscalation(router, { service: escalation.service, deskName: config.desk.name });
  router.question(async () => [textReply('(a question)')]);

  const send = ({ platform = 'slack', ...user }: TestUser, input: TurnInput, id = `turn-${++turnCounter}`) => {
    const turn: Turn = {
      id,
      platform,
      user,
      conversation: { id: `D-${user.id}`, kind: 'dm' },
      receivedAt: new Date().toISOString(),
      input,
    };
    return router.handleTurn(turn);
  };
  const harness: Harness = {
    router,
    state,
    escalation,
    notifier,
    dataDir,
    log,
    send,
    action: (user, verb, value, id) => send(user, { kind: 'action', verb, value }, id),
    form: (user, verb, values, id) => send(user, { kind: 'form', verb, values }, id),
    text: (user, text, id) => send(user, { kind: 'text', text }, id),
    async file(user = REQUESTER, values = {}) {
      const replies = await harness.form(user, 'ticket.submit', {
        subject: 'A visiting researcher',
        note: '',
        ...values,
      });
      const block = replies[0]?.blocks.find((candidate) => candidate.kind === 'ticket');
      if (block?.kind !== 'ticket') throw new Error(`no ticket filed: ${replies.map(replyText).join('\n')}`);
      return block.ticket.id;
    },
    worker: (overrides = {}) =>
      new DeliveryWorker({
        outbox: escalation.outbox,
        sinks: escalation.sinks,
        log,
        maxAttempts: config.tickets.maxDeliveryAttempts,
        backoff: { baseMs: 10, maxMs: 100 },
        ...overrides,
      }),
    close: () => escalation.close(),
  };
  return harness;
}
