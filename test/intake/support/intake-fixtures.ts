// Shared by the intake tests: the real corpus (loaded once), a test configuration, and a router with intake wired in.
import path from 'node:path';
import { Writable } from 'node:stream';
import { AnswerService } from '../../../src/answer/answer-service.js';
import { registerAnswering } from '../../../src/answer/register-answering.js';
import type { Config } from '../../../src/config.js';
import { helpCommand } from '../../../src/core/help-command.js';
import type { Reply } from '../../../src/core/reply.js';
import { Router } from '../../../src/core/router.js';
import { MemoryStateStore, type StateStore } from '../../../src/core/state-store.js';
import type { Turn, TurnInput } from '../../../src/core/turn.js';
import type { FlowDefinition } from '../../../src/intake/flow.js';
import { registerIntake } from '../../../src/intake/register-intake.js';
import { KnowledgeBase } from '../../../src/knowledge/knowledge-base.js';
import { createLogger, type Logger, silentLogger } from '../../../src/log.js';

let corpus: Promise<KnowledgeBase> | undefined;

/** The project's real corpus, so citations are checked against the documents that ship. */
export function loadCorpus(): Promise<KnowledgeBase> {
  corpus ??= KnowledgeBase.load({ dir: path.resolve('knowledge'), institutionDirs: [] }).then(
    (loaded) => loaded.knowledge,
  );
  return corpus;
}

export type IntakeConfig = Pick<Config, 'desk' | 'institution' | 'policy' | 'state'>;

export function testConfig(overrides: Partial<IntakeConfig['policy']> = {}, ttlMs = 3_600_000): IntakeConfig {
  return {
    desk: { members: [], name: 'the test desk' },
    institution: { name: 'Test University' },
    policy: { escalateTechnologies: [], escalatePartners: [], noticeDays: 0, ...overrides },
    state: { intakeTtlMs: ttlMs, questionTtlMs: 24 * 3_600_000, purgeIntervalMs: 3_600_000 },
  };
}

/** A logger whose JSON lines are kept in memory, to assert what reaches the logs. */
export function capturingLogger(): { log: Logger; lines: string[] } {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, callback) {
      lines.push(String(chunk));
      callback();
    },
  });
  return { log: createLogger({ level: 'trace', format: 'json', destination }), lines };
}

export interface Harness {
  router: Router;
  state: StateStore;
  say(text: string, user?: string): Promise<Reply[]>;
  act(verb: string, value?: string, user?: string): Promise<Reply[]>;
  submit(verb: string, values: Record<string, string | string[]>, user?: string): Promise<Reply[]>;
}

export interface HarnessOptions {
  config?: IntakeConfig;
  flows?: readonly FlowDefinition[];
  state?: StateStore;
  log?: Logger;
  now?: () => Date;
}

let counter = 0;
let sharedAnswers: Promise<AnswerService> | undefined;

/** One answer service for tests that do not inspect its logs: building its term statistics takes a while. */
function quietAnswers(): Promise<AnswerService> {
  sharedAnswers ??= loadCorpus().then(
    (knowledge) => new AnswerService({ knowledge, log: silentLogger(), deskName: 'the test desk' }),
  );
  return sharedAnswers;
}

function turn(input: TurnInput, user = 'researcher-1'): Turn {
  counter += 1;
  return {
    id: `test-turn-${counter}`,
    platform: 'console',
    user: { id: user, name: 'Researcher' },
    conversation: { id: 'dm-1', kind: 'dm' },
    receivedAt: new Date().toISOString(),
    input,
  };
}

export async function intakeHarness(options: HarnessOptions = {}): Promise<Harness> {
  const knowledge = await loadCorpus();
  const log = options.log ?? silentLogger();
  const state = options.state ?? new MemoryStateStore();
  const router = new Router(log, state);
  router.command(helpCommand(router));
  registerAnswering(
    router,
    options.log ? new AnswerService({ knowledge, log, deskName: 'the test desk' }) : await quietAnswers(),
  );
  registerIntake(router, { knowledge, config: options.config ?? testConfig(), flows: options.flows, now: options.now });
  return {
    router,
    state,
    say: (text, user) => router.handleTurn(turn({ kind: 'text', text }, user)),
    act: (verb, value, user) => router.handleTurn(turn({ kind: 'action', verb, value }, user)),
    submit: (verb, values, user) => router.handleTurn(turn({ kind: 'form', verb, values }, user)),
  };
}

/** All text of the replies, for assertions. */
export function textOf(replies: Reply[]): string {
  return replies
    .flatMap((reply) =>
      reply.blocks.map((block) => {
        if (block.kind === 'text') return block.markdown;
        if (block.kind === 'context') return block.text;
        if (block.kind === 'choices') return block.options.map((option) => option.label).join(' | ');
        if (block.kind === 'form') return block.fields.map((field) => field.label).join(' | ');
        if (block.kind === 'appraisal') return `APPRAISAL ${block.appraisal.level}`;
        return block.kind;
      }),
    )
    .join('\n');
}

export function optionsOf(replies: Reply[]) {
  return replies.flatMap((reply) => reply.blocks.flatMap((block) => (block.kind === 'choices' ? block.options : [])));
}
