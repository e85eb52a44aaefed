// Where the replies to one turn go, and what the turn offers for showing them (a trigger to open a modal with).
import type { TurnConversation } from '../../../core/turn.js';

export interface ReplyTarget {
  userId: string;
  /**
   * A conversation the bot posts in; when absent, replies go to the user's DM. Public replies go in `threadTs`;
   * private ones too, unless `privateAtTop` (a click on a top-level card is answered where the user is looking).
   */
  channel?: { id: string; threadTs?: string; dm: boolean; privateAtTop?: boolean };
  /** Slash commands and buttons on ephemeral messages: replies go privately through this URL. */
  responseUrl?: string;
  /** Opens one modal, within 3 seconds of the interaction. */
  trigger?: { id: string; receivedAt: number; inModal: boolean };
  /** The user's message, marked 👀 while the answer is being worked on. */
  reactTo?: { channel: string; ts: string };
}

/** Slack accepts a trigger for 3 s; keep a margin for the views.open round trip. */
export const TRIGGER_LIFETIME_MS = 2_500;

export function hasFreshTrigger(target: ReplyTarget, now: number): boolean {
  return target.trigger !== undefined && now - target.trigger.receivedAt < TRIGGER_LIFETIME_MS;
}

/** What a form remembers to route its submission: the verb, the conversation and where replies go. */
export interface FormContext {
  verb: string;
  conversation: TurnConversation;
  target: Pick<ReplyTarget, 'userId' | 'channel' | 'responseUrl'>;
}

export function formContext(verb: string, conversation: TurnConversation, target: ReplyTarget): FormContext {
  return {
    verb,
    conversation,
    target: { userId: target.userId, channel: target.channel, responseUrl: target.responseUrl },
  };
}

export function parseFormContext(privateMetadata: string | undefined): FormContext | undefined {
  if (!privateMetadata) return undefined;
  try {
    const parsed = JSON.parse(privateMetadata) as Partial<FormContext>;
    if (typeof parsed.verb !== 'string' || !parsed.conversation || !parsed.target?.userId) return undefined;
    return parsed as FormContext;
  } catch {
    return undefined;
  }
}
