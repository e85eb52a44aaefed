// Forms outlive the moment they were shown: a form that could not be opened as a dialog (no fresh trigger) is kept
// here and shown as a message with an "Open" action carrying its key; a dialog carries its context with it. Either
// way the submission is routed by that context: the verb, the conversation and where the replies go.
import { randomBytes } from 'node:crypto';
import { type Block, carriedValues } from '../../core/reply.js';
import type { StateStore } from '../../core/state-store.js';
import type { Platform, TurnConversation } from '../../core/turn.js';
import type { ReplyTarget } from './reply-target.js';

export type FormBlock = Extract<Block, { kind: 'form' }>;

export interface FormContext {
  verb: string;
  /** The form's fields carried from the context (a ticket id): never shown, sent back with the submission. */
  carried?: Record<string, string>;
  conversation: TurnConversation;
  target: Pick<ReplyTarget, 'userId' | 'conversation' | 'replyUrl'>;
}

export interface StoredForm {
  form: FormBlock;
  context: FormContext;
}

const FORM_TTL_MS = 7 * 24 * 3_600_000;

export function formContext(form: FormBlock, conversation: TurnConversation, target: ReplyTarget): FormContext {
  const carried = carriedValues(form);
  return {
    verb: form.verb,
    ...(Object.keys(carried).length > 0 ? { carried } : {}),
    conversation,
    target: { userId: target.userId, conversation: target.conversation, replyUrl: target.replyUrl },
  };
}

/** A context carried as JSON (a dialog's metadata); undefined when it is missing or not one. */
export function parseFormContext(json: string | undefined): FormContext | undefined {
  if (!json) return undefined;
  try {
    const parsed = JSON.parse(json) as Partial<FormContext>;
    if (typeof parsed.verb !== 'string' || !parsed.conversation || typeof parsed.target?.userId !== 'string')
      return undefined;
    return parsed as FormContext;
  } catch {
    return undefined;
  }
}

export class FormMemory {
  constructor(
    private readonly state: StateStore,
    private readonly platform: Platform,
  ) {}

  async save(stored: StoredForm): Promise<string> {
    const key = randomBytes(9).toString('base64url');
    await this.state.set(this.stateKey(key), stored, FORM_TTL_MS);
    return key;
  }

  async load(key: string): Promise<StoredForm | undefined> {
    return key ? this.state.get<StoredForm>(this.stateKey(key)) : undefined;
  }

  private stateKey(key: string): string {
    return `${this.platform}:form:${key}`;
  }
}
