// handleTurn: routes a Turn in a fixed order (active intake, action verbs, commands, question) to registered handlers.
import type { Logger } from '../log.js';
import type { Reply } from './reply.js';
import type { StateStore } from './state-store.js';
import type { Turn } from './turn.js';

export interface TurnContext {
  log: Logger;
  state: StateStore;
  router: Router;
}

export type TextInterceptor = (text: string, turn: Turn, context: TurnContext) => Promise<Reply[] | undefined>;
export type ActionHandler = (
  input: Extract<Turn['input'], { kind: 'action' | 'form' }>,
  turn: Turn,
  context: TurnContext,
) => Promise<Reply[]>;
export type QuestionHandler = (question: string, turn: Turn, context: TurnContext) => Promise<Reply[]>;

export interface Command {
  name: string;
  aliases?: string[];
  usage: string;
  summary: string;
  /** Whether `name args` without a leading slash is this command (e.g. `check visitor`), not a question. */
  acceptsBare?: (args: string) => boolean;
  run(args: string, turn: Turn, context: TurnContext): Promise<Reply[]>;
}

export class Router {
  private readonly interceptors: { name: string; handle: TextInterceptor }[] = [];
  private readonly actions = new Map<string, ActionHandler>();
  private readonly commands = new Map<string, Command>();
  private questionHandler: QuestionHandler | undefined;

  constructor(
    private readonly log: Logger,
    private readonly state: StateStore,
  ) {}

  /** Tried first for every text turn, in registration order; the first to return replies wins. */
  intercept(name: string, handle: TextInterceptor): this {
    this.interceptors.push({ name, handle });
    return this;
  }

  /** Handles verbs equal to `namespace` or starting with `namespace.` (e.g. `intake.answer`). */
  action(namespace: string, handler: ActionHandler): this {
    this.actions.set(namespace, handler);
    return this;
  }

  command(command: Command): this {
    for (const name of [command.name, ...(command.aliases ?? [])]) this.commands.set(name.toLowerCase(), command);
    return this;
  }

  question(handler: QuestionHandler): this {
    this.questionHandler = handler;
    return this;
  }

  listCommands(): Command[] {
    return [...new Set(this.commands.values())];
  }

  async handleTurn(turn: Turn): Promise<Reply[]> {
    const context: TurnContext = { log: this.log, state: this.state, router: this };
    const input = turn.input;
    if (input.kind === 'action' || input.kind === 'form') {
      const handler = this.actions.get(input.verb) ?? this.actions.get(input.verb.split('.')[0] ?? '');
      if (!handler) {
        this.log.warn({ event: 'unknown-verb', turnId: turn.id }, 'no handler for action verb');
        return [
          {
            visibility: 'private',
            blocks: [{ kind: 'text', markdown: 'That button is no longer active. Type `help` to see what I can do.' }],
            fallbackText: 'That button is no longer active.',
          },
        ];
      }
      return handler(input, turn, context);
    }

    const text = input.text;
    for (const interceptor of this.interceptors) {
      const replies = await interceptor.handle(text, turn, context);
      if (replies) return replies;
    }
    const command = this.matchCommand(text);
    if (command) return command.command.run(command.args, turn, context);
    if (!this.questionHandler) throw new Error('no question handler registered');
    return this.questionHandler(text, turn, context);
  }

  /** Answers text as a question, skipping interceptors and commands: for a side question asked mid-intake. */
  async answerQuestion(question: string, turn: Turn, context: TurnContext): Promise<Reply[]> {
    if (!this.questionHandler) throw new Error('no question handler registered');
    return this.questionHandler(question, { ...turn, input: { kind: 'text', text: question } }, context);
  }

  /** A leading slash always names a command; a bare word only when it is the whole message or the command accepts it. */
  matchCommand(text: string): { command: Command; args: string } | undefined {
    const trimmed = text.trim();
    // Letters of any script: the Dutch, German and French command words include "prüfen" and "vérifier".
    const match = /^(\/)?(\p{L}[\p{L}-]*)(?:\s+([\s\S]*))?$/iu.exec(trimmed);
    if (!match) return undefined;
    const [, slash, name = '', rawArgs = ''] = match;
    const command = this.commands.get(name.toLowerCase());
    if (!command) return undefined;
    const args = rawArgs.trim();
    if (slash || args === '' || command.acceptsBare?.(args)) return { command, args };
    return undefined;
  }
}

export function apologyReply(referenceId: string): Reply {
  const text = `Sorry, something went wrong on my side. Please try again, or contact the advice desk and quote reference ${referenceId}.`;
  return { visibility: 'private', blocks: [{ kind: 'text', markdown: text }], fallbackText: text };
}

export function newReferenceId(): string {
  return `ERR-${Date.now().toString(36).toUpperCase()}-${Math.random().toString(36).slice(2, 6).toUpperCase()}`;
}
