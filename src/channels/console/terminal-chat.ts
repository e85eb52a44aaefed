// The interactive terminal chat: a channel like any other, turning lines into Turns and replies into text.
// What a line means is decided here, in this order: the chat's own commands (/quit, /help, /cancel, /back), a form
// being filled in, a key shown on the screen (a number, a letter or a word), the numbers of a pick list, and
// otherwise the text itself, for the core to read.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { type ChoiceOption, carriedValues, type Reply } from '../../core/reply.js';
import { apologyReply, newReferenceId, type Router } from '../../core/router.js';
import type { Turn, TurnInput } from '../../core/turn.js';
import { TICKET_VERBS } from '../../escalation/ticket-verbs.js';
import { INTAKE_VERBS } from '../../intake/intake-verbs.js';
import type { Logger } from '../../log.js';
import { LETTER_KEYS } from './option-keys.js';
import { ansiStyle, plainStyle, type RenderedTerminal, renderReplies, visibleFields } from './render-terminal.js';
import { type FormStep, pickNumbers, TerminalForm } from './terminal-form.js';

/** The core once it is built, and a line saying what was loaded. */
export interface LoadedCore {
  router: Router;
  note?: string;
}

export interface TerminalChatOptions {
  /**
   * The core, or how to build it: then the greeting and the prompt come first, lines typed meanwhile wait, and they
   * are answered in order once the core is ready (loading the guidance takes seconds on a slow machine).
   */
  router: Router | (() => Promise<LoadedCore>);
  log: Logger;
  input: Readable;
  output: Writable;
  color?: boolean;
  userId?: string;
  userName?: string;
  greeting?: string;
  /** Sent as the user's first message, e.g. `check visitor` for `ressec check visitor`. */
  initialInput?: string;
}

export const CHAT_COMMANDS = '/back /cancel /help /quit';

const FORM_HELP =
  'You are filling in a form. Enter keeps the value shown in [brackets], `-` clears an optional field, `/back` returns to the field before, `/cancel` leaves the form without sending anything, and `/quit` leaves ressec.';

export class TerminalChat {
  private readonly style;
  private keys = new Map<string, ChoiceOption>();
  private picker: RenderedTerminal['picker'];
  private form: TerminalForm | undefined;
  private counter = 0;
  private router: Router | undefined;

  constructor(private readonly options: TerminalChatOptions) {
    this.style = options.color ? ansiStyle : plainStyle;
    if (typeof options.router !== 'function') this.router = options.router;
  }

  /** A notification (a desk question, a status change) becomes the screen, unless a form is being filled in. */
  notify(reply: Reply): void {
    const rendered = renderReplies([reply], this.style);
    this.write(`${this.style.dim('🔔 notification')}\n${rendered.text}\n`);
    if (this.form) return;
    this.show(rendered);
  }

  async run(): Promise<void> {
    const { options } = this;
    const lines = createInterface({ input: options.input, terminal: false, crlfDelay: Number.POSITIVE_INFINITY });
    // Taken before the first await: readline drops lines that arrive while no iterator is listening.
    const typed = lines[Symbol.asyncIterator]();
    if (options.greeting) this.write(options.greeting);
    this.write(this.style.dim(`Type a question, or \`check\` for a risk check. ${CHAT_COMMANDS} work everywhere.`));
    if (typeof options.router === 'function') {
      const loaded = await options.router().catch((error: unknown) => {
        lines.close();
        throw error;
      });
      this.router = loaded.router;
      if (loaded.note) this.write(loaded.note);
    }
    if (options.initialInput) await this.send({ kind: 'text', text: options.initialInput });
    // An unfinished check from an earlier session is offered, not continued: the first line typed is not its answer.
    else await this.send({ kind: 'action', verb: INTAKE_VERBS.sessionStart }, { quietWhenEmpty: true });
    for await (const rawLine of { [Symbol.asyncIterator]: () => typed }) {
      const line = rawLine.replace(/\r$/, '');
      const command = line.trim().toLowerCase();
      if (command === '/quit' || command === '/exit') break;
      if (command === '/help') await this.help();
      else if (command === '/cancel') await this.cancel();
      else if (command === '/back') await this.back();
      else if (this.form) await this.formStep(this.form.input(line));
      else await this.line(line);
    }
    lines.close();
    this.write('Goodbye.');
  }

  private async line(line: string): Promise<void> {
    const trimmed = line.trim();
    if (trimmed === '') return;
    const option = this.keys.get(trimmed.toLowerCase());
    if (option) return this.send({ kind: 'action', verb: option.verb, value: option.value });
    const field = this.picker ? visibleFields(this.picker.form)[0] : undefined;
    if (this.picker && field?.options) {
      const picked = pickNumbers(trimmed, field.options, this.picker.first);
      if (picked) {
        const value = field.kind === 'multiselect' ? picked : picked[0];
        // Fields carried from the context (the answer a 👎 reason is for) go back with the pick.
        const carried = carriedValues(this.picker.form);
        if (value !== undefined)
          return this.send({ kind: 'form', verb: this.picker.form.verb, values: { ...carried, [field.id]: value } });
      }
    }
    await this.send({ kind: 'text', text: line });
  }

  private async help(): Promise<void> {
    if (this.form) {
      this.write(FORM_HELP);
      return this.formStep(this.form.prompt());
    }
    await this.send({ kind: 'text', text: 'help' }, { keepScreen: true });
    this.write(
      `In this terminal: type the number of an option, ${LETTER_KEYS.join('/')} for the lettered actions (👍, 👎, a risk check, the advice desk), or the word shown after "Or type". ${CHAT_COMMANDS} work everywhere, also inside a form.`,
    );
    this.write(this.style.dim(this.hint()));
  }

  private async cancel(): Promise<void> {
    if (this.form) {
      const { form } = this.form;
      this.form = undefined;
      this.write('Form cancelled; nothing was sent.');
      this.write(this.style.dim(this.hint()));
      if (form.verb === TICKET_VERBS.reply) {
        // The core also waits for a typed reply after "Reply to the desk"; an empty reply form ends that wait, so
        // the next line is not relayed to the desk. Its "the message is empty" answer is not for the user.
        await this.core().handleTurn(
          this.turnFor({ kind: 'form', verb: form.verb, values: { ...carriedValues(form), message: '' } }),
        );
      }
      return;
    }
    const option = this.keys.get('cancel');
    if (option) return this.send({ kind: 'action', verb: option.verb, value: option.value });
    this.write('There is nothing to cancel here. (`/quit` leaves ressec.)');
    this.write(this.style.dim(this.hint()));
  }

  private async back(): Promise<void> {
    if (this.form) {
      const step = this.form.back();
      if (step) return this.formStep(step);
      this.write('This is the first field. `/cancel` leaves the form without sending anything.');
      return this.formStep(this.form.prompt());
    }
    const option = this.keys.get('back');
    if (option) return this.send({ kind: 'action', verb: option.verb, value: option.value });
    this.write('There is nothing to go back to here.');
    this.write(this.style.dim(this.hint()));
  }

  private async formStep(step: FormStep): Promise<void> {
    if (step.kind === 'ask') {
      this.write(step.text);
      return;
    }
    const form = this.form?.form;
    this.form = undefined;
    if (form) await this.send({ kind: 'form', verb: form.verb, values: step.values });
  }

  private async send(
    input: TurnInput,
    behaviour: { keepScreen?: boolean; quietWhenEmpty?: boolean } = {},
  ): Promise<void> {
    let replies: Reply[];
    try {
      replies = await this.core().handleTurn(this.turnFor(input));
    } catch (error) {
      const referenceId = newReferenceId();
      this.options.log.error({ event: 'turn-failed', referenceId, err: error as Error }, 'turn failed');
      replies = [apologyReply(referenceId)];
    }
    if (replies.length === 0 && behaviour.quietWhenEmpty) return;
    const rendered = renderReplies(replies, this.style);
    this.write(rendered.text);
    this.write('');
    if (behaviour.keepScreen) return;
    this.show(rendered);
    if (rendered.form) {
      this.form = new TerminalForm(rendered.form, this.style);
      await this.formStep(this.form.prompt());
    }
  }

  /** Makes what was rendered the screen: its keys are what a number, letter or word now means. */
  private show(rendered: RenderedTerminal): void {
    this.keys = rendered.keys;
    this.picker = rendered.picker;
    if (!rendered.form) this.write(this.style.dim(this.hint()));
  }

  private hint(): string {
    const numbers = [...this.keys.keys()].filter((key) => /^\d+$/.test(key)).map(Number);
    const letters = [...this.keys.keys()].filter((key) => key.length === 1 && !/\d/.test(key));
    const parts: string[] = [];
    if (this.picker) parts.push('the numbers of your choice');
    else if (numbers.length > 0) parts.push(`${Math.min(...numbers)}–${Math.max(...numbers)} to choose`);
    if (letters.length > 0) parts.push(letters.join('/'));
    // A check's question without choices is answered in words.
    const free = parts.length === 0 && this.keys.has('later') ? 'your answer or a question' : 'a question';
    const choices = parts.length > 0 ? `${parts.join(', ')} or ` : '';
    return `› Type ${choices}${free}. ${CHAT_COMMANDS}`;
  }

  private core(): Router {
    if (!this.router) throw new Error('the terminal chat has no core yet');
    return this.router;
  }

  private turnFor(input: TurnInput): Turn {
    this.counter += 1;
    return {
      id: `console-${Date.now().toString(36)}-${this.counter}`,
      platform: 'console',
      user: { id: this.options.userId ?? 'local-user', name: this.options.userName ?? 'You' },
      conversation: { id: 'terminal', kind: 'dm' },
      receivedAt: new Date().toISOString(),
      input,
    };
  }

  private write(text: string): void {
    this.options.output.write(`${text}\n`);
  }
}

export async function runTerminalChat(options: TerminalChatOptions): Promise<void> {
  await new TerminalChat(options).run();
}
