// What the listeners share: the core's router, the inbox, delivery and the channel's small stores.
import type { webApi } from '@slack/bolt';
import type { Config } from '../../config.js';
import type { Router } from '../../core/router.js';
import type { Turn, TurnConversation, TurnInput } from '../../core/turn.js';
import type { Logger } from '../../log.js';
import type { DirectMessages } from './delivery/direct-messages.js';
import type { FormStore } from './delivery/form-store.js';
import type { DeskCards } from './desk/desk-cards.js';
import type { SlackInbox } from './inbox/slack-inbox.js';
import type { InboxContext } from './receivers/inbox-gate.js';
import type { ThreadMemory } from './thread-memory.js';
import type { TurnRunner } from './turn-runner.js';

export type SlackSettings = NonNullable<Config['slack']>;

export interface SlackDeps {
  router: Router;
  settings: SlackSettings;
  client: webApi.WebClient;
  inbox: SlackInbox;
  turns: TurnRunner;
  forms: FormStore;
  directMessages: DirectMessages;
  threads: ThreadMemory;
  deskCards: DeskCards;
  log: Logger;
  about: { institution: string; deskName: string };
  /** How long a modal submission may wait for the core before the modal closes and the reply follows in chat. */
  formBudgetMs: number;
  now: () => number;
}

/** The inbox row a listener runs for, and when it was received (a trigger is fresh for 3 s from then). */
export function inboxRun(deps: SlackDeps, context: object): { key?: string; inAck: boolean; receivedAt: number } {
  const { inboxKey: key, inAck } = context as InboxContext;
  const receivedAt = (key ? deps.inbox.get(key)?.receivedAt : undefined) ?? deps.now();
  return { key, inAck: inAck === true, receivedAt };
}

export function slackTurn(
  id: string,
  userId: string,
  conversation: TurnConversation,
  input: TurnInput,
  receivedAt: number,
): Turn {
  return {
    id,
    platform: 'slack',
    user: { id: userId },
    conversation,
    input,
    receivedAt: new Date(receivedAt).toISOString(),
  };
}

export function isDirectMessageChannel(channelId: string): boolean {
  return channelId.startsWith('D');
}
