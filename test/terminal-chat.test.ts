// The terminal chat driven through whole conversations, line by line, as a user types them: each line waits for the
// chat's answer (every screen, form prompt and message ends with the line naming /back /cancel /help /quit).
import { existsSync, readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { type App, buildApp } from '../src/app.js';
import { ConsoleNotifier } from '../src/channels/console/console-notifier.js';
import { CHAT_COMMANDS, TerminalChat } from '../src/channels/console/terminal-chat.js';
import type { IntakeState } from '../src/intake/intake-state.js';
import { activeIntakeKey } from '../src/intake/intake-store.js';
import { silentLogger } from '../src/log.js';
import { fixtureApp, fixtureConfig, temporaryDataDir } from './support/fixture-app.js';

const TERMINAL_TURN = {
  platform: 'console' as const,
  user: { id: 'local-user' },
  conversation: { id: 'terminal', kind: 'dm' as const },
};

class ChatDriver {
  private text = '';
  private mark = 0;
  private readonly input = new PassThrough();
  private readonly output = new PassThrough();
  private readonly waiters: (() => void)[] = [];
  readonly done: Promise<void>;

  constructor(readonly app: App) {
    this.output.on('data', (chunk) => {
      this.text += chunk.toString();
      for (const waiter of this.waiters.splice(0)) waiter();
    });
    const chat = new TerminalChat({ router: app.router, log: silentLogger(), input: this.input, output: this.output });
    app.notifier.register('console', new ConsoleNotifier('local-user', (reply) => chat.notify(reply)));
    this.done = chat.run();
  }

  /** Everything printed since the last line typed. */
  get screen(): string {
    return this.text.slice(this.mark);
  }

  get all(): string {
    return this.text;
  }

  /** Resolves once the output after the mark matches `pattern`. */
  async waitFor(pattern: RegExp | string): Promise<string> {
    const matches = () => (typeof pattern === 'string' ? this.screen.includes(pattern) : pattern.test(this.screen));
    while (!matches()) await new Promise<void>((resolve) => this.waiters.push(resolve));
    return this.screen;
  }

  /** Types a line and returns what the chat printed in answer. */
  async type(line: string, until: RegExp | string = CHAT_COMMANDS): Promise<string> {
    this.mark = this.text.length;
    this.input.write(`${line}\n`);
    return this.waitFor(until);
  }

  async quit(): Promise<string> {
    this.mark = this.text.length;
    this.input.end('/quit\n');
    await this.done;
    return this.screen;
  }
}

const apps: App[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
});

async function started(app: App | Promise<App>): Promise<ChatDriver> {
  const built = await app;
  apps.push(built);
  const driver = new ChatDriver(built);
  await driver.waitFor(CHAT_COMMANDS);
  return driver;
}

async function intakeOf(app: App): Promise<IntakeState | undefined> {
  return app.state.state.get<IntakeState>(activeIntakeKey(TERMINAL_TURN));
}

describe('a check with a side question', () => {
  it('keeps the check’s numbers after the answer, so 1 answers the check and never rates the answer', async () => {
    const chat = await started(fixtureApp());
    expect(await chat.type('check travel')).toMatch(/question 1 of \d+[\s\S]*1\) Conference/);
    const side = await chat.type('What should I do with my laptop before travelling abroad?');
    expect(side).toMatch(/g\) 👍 {3}b\) 👎/);
    expect(side).not.toMatch(/\d\) 👍/);
    expect(side).toMatch(/Back to the travel check:[\s\S]*question 1 of[\s\S]*1\) Conference[\s\S]*5\) Other/);
    const next = await chat.type('1');
    expect(next).toMatch(/question 2 of/);
    expect(next).not.toContain('Thanks for the feedback');
    expect((await intakeOf(chat.app))?.answers['trip-purpose']).toBe('conference');
    await chat.quit();
  });

  it('goes through a whole check: pick lists by numbers, the summary’s numbers, the appraisal saved and still sendable', async () => {
    const chat = await started(fixtureApp());
    await chat.type('check travel');
    await chat.type('2'); // fieldwork
    expect(await chat.type('China')).toMatch(/1\) Your work laptop[\s\S]*Type the numbers of all that apply/);
    const afterDevices = await chat.type('1,2');
    expect(afterDevices).toMatch(/question 4 of/);
    expect((await intakeOf(chat.app))?.answers.devices).toEqual(['work-laptop', 'work-phone']);
    // Answer the rest with the first option (or a word for free text) until the summary.
    let screen = afterDevices;
    for (let guard = 0; guard < 12 && !screen.includes('please check your answers'); guard += 1) {
      screen = await chat.type(/1\) /.test(screen) ? (/Yes[\s\S]*No/.test(screen) ? '2' : '1') : '2027-12-01');
    }
    expect(screen).toContain('please check your answers');
    expect(screen).toMatch(/Change an answer: type its number \(1–\d+\)/);
    expect(screen).toMatch(/Or type: confirm \(Confirm and appraise\) · cancel/);
    expect(screen).not.toMatch(/\d+\) 1\. /);
    // The summary's number 2 is the destination.
    expect(await chat.type('2')).toMatch(/Which country are you travelling to\?/);
    expect(await chat.type('China')).toContain('please check your answers');
    const appraisal = await chat.type('confirm');
    expect(appraisal).toMatch(/Risk appraisal: Travel check/);
    expect(appraisal).toMatch(/d\) Send to the advice desk/);
    const saved = await chat.type('1');
    const file = /Saved the appraisal to (\S+\.md)/.exec(saved)?.[1];
    expect(file).toBeDefined();
    expect(existsSync(file ?? '')).toBe(true);
    expect(readFileSync(file ?? '', 'utf8')).toMatch(/^# Travel check: risk appraisal/);
    expect(saved).toMatch(/d\) Send to the advice desk/);
    expect(saved).not.toContain('Save as markdown');
    const form = await chat.type('d');
    expect(form).toMatch(/Subject \[Travel check: \w+ risk\]/);
    await chat.type('');
    await chat.type('');
    await chat.type('');
    await chat.type('');
    const sent = await chat.type('');
    // No desk sink is configured in the fixture: the ticket is saved, and nobody is told it was sent.
    expect(sent).toMatch(/Saved in the ticket database, but no desk channel, webhook or e-mail is configured/);
    expect(sent).not.toContain('Sent to');
    await chat.quit();
  });
});

describe('a reply to the desk', () => {
  it('asks only for the reply: the ticket comes from the notice it answers', async () => {
    const chat = await started(fixtureApp({ RESSEC_DESK_MEMBERS: 'console:desk-1' }));
    expect(await chat.type('desk')).toMatch(/1\/4 Subject:/);
    await chat.type('Hosting a visitor from abroad');
    await chat.type('');
    await chat.type('');
    const invalid = await chat.type('not-an-address');
    expect(invalid).toContain('That is not a valid e-mail address.');
    // The form comes back with the values given; Enter keeps them, and `-` clears the bad optional e-mail.
    await chat.type('');
    await chat.type('');
    await chat.type('');
    expect(chat.screen).toMatch(
      /e-mail address, so the desk can reach you \[not-an-address\] \(optional, Enter keeps it, - clears it\)/,
    );
    const filed = await chat.type('-');
    const id = /RS-\d{4}-\d{4}/.exec(filed)?.[0] ?? '';
    expect(id).not.toBe('');

    const desk = { platform: 'console' as const, userId: 'desk-1', name: 'Desk member' };
    await chat.app.escalation.service.act(id, 'desk-ask-1', desk, {
      kind: 'ask',
      question: 'Which lab will they use?',
    });
    const notice = await chat.waitFor(/Reply to the desk[\s\S]*\/quit/);
    expect(notice).toContain('Which lab will they use?');
    const form = await chat.type('1');
    expect(form).toMatch(/Your reply:/);
    expect(form).not.toMatch(/Ticket \[/);
    const replied = await chat.type('The clean room on the second floor');
    expect(replied).toContain(`Your reply was added to ${id}`);
    expect(replied).not.toContain('is not a ticket id');
    const ticket = await chat.app.escalation.store.get(id);
    expect(ticket?.audit.at(-1)).toMatchObject({
      action: 'requester_replied',
      text: 'The clean room on the second floor',
    });
    await chat.quit();
  });
});

describe('feedback', () => {
  it('says honestly what a 👎 keeps (a reason, no note by default), and /quit inside its form leaves', async () => {
    const chat = await started(fixtureApp());
    await chat.type('What should I do with my laptop before travelling abroad?');
    const reasons = await chat.type('b');
    expect(reasons).toMatch(/What was wrong\?/);
    expect(reasons).toContain('without your question or your name');
    expect(reasons).toContain('Notes are not kept here');
    const thanks = await chat.type('1');
    expect(thanks).toContain('your reason is recorded');
    expect(thanks).not.toMatch(/passed on/);
    expect(thanks).toMatch(/d\) Ask the advice desk/);
    await chat.type('What should I do with my laptop before travelling abroad?');
    await chat.type('b');
    const bye = await chat.quit();
    expect(bye).toContain('Goodbye.');
    expect(bye).not.toContain('Thank you');
  });

  it('rates with a letter, the same on every screen', async () => {
    const chat = await started(fixtureApp());
    await chat.type('What should I do with my laptop before travelling abroad?');
    expect(await chat.type('g')).toContain('Thanks for the feedback.');
    await chat.quit();
  });
});

describe('resuming after a restart', () => {
  it('asks "Continue your travel check, or start over?" before taking anything as an answer', async () => {
    const config = fixtureConfig({ RESSEC_DATA_DIR: temporaryDataDir() });
    const first = await started(buildApp(config, silentLogger()));
    await first.type('check travel');
    await first.type('1');
    await first.quit();
    await first.app.close();
    apps.splice(apps.indexOf(first.app), 1);

    const second = await started(buildApp(config, silentLogger()));
    await second.waitFor(/start over\?[\s\S]*\/quit/);
    expect(second.all).toMatch(
      /You have an unfinished Travel check \(question 2 of \d+\)\. Continue your travel check, or start over\?[\s\S]*1\) Continue the travel check[\s\S]*2\) Start over/,
    );
    await second.type('Hello,');
    expect((await intakeOf(second.app))?.answers).toEqual({ 'trip-purpose': 'conference' });
    expect(await second.type('check')).toContain('Continue your travel check, or start over?');
    expect(await second.type('1')).toMatch(/Which country are you travelling to\?/);
    await second.type('Netherlands');
    expect((await intakeOf(second.app))?.answers['destination-country']).toBe('Netherlands');
    await second.quit();
  });
});

describe('/quit, /cancel, /back and /help', () => {
  it('work inside a form and are never taken as a value', async () => {
    const chat = await started(fixtureApp());
    expect(await chat.type('desk')).toContain(`(${CHAT_COMMANDS})`);
    expect(await chat.type('/help')).toMatch(/You are filling in a form[\s\S]*1\/4 Subject:/);
    expect(await chat.type('/back')).toContain('This is the first field.');
    await chat.type('A subject');
    expect(await chat.type('/back')).toMatch(/Subject \[A subject\]/);
    expect(await chat.type('/cancel')).toContain('Form cancelled; nothing was sent.');
    expect(await chat.app.escalation.store.list({ openOnly: false })).toEqual([]);
    expect(await chat.type('/cancel')).toContain('There is nothing to cancel here.');
    await chat.quit();
  });

  it('go back and cancel in a check', async () => {
    const chat = await started(fixtureApp());
    await chat.type('check travel');
    await chat.type('1');
    expect(await chat.type('/back')).toMatch(/question 1 of[\s\S]*Current answer: Conference/);
    expect(await chat.type('/cancel')).toContain('was cancelled and its answers deleted');
    expect(await intakeOf(chat.app)).toBeUndefined();
    await chat.quit();
  });

  it('survive every kind of bad input', async () => {
    const chat = await started(fixtureApp());
    expect(await chat.type('\u0000\u0001\u0002\u0003\u0004\u0005\u0006')).toContain('did not find a question');
    await chat.type('x'.repeat(50_000));
    await chat.type('🙂🙂🙂');
    expect(await chat.type('Wat doet het Loket Kennisveiligheid?')).toContain('citeert Engelstalige richtlijnen');
    await chat.type('99');
    expect(await chat.type('What should I do with my laptop before travelling abroad?')).toMatch(/loaner laptop/);
    expect(await chat.quit()).toContain('Goodbye.');
  });
});
