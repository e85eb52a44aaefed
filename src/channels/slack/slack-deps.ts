// What the listeners share: the Slack settings, the core's router (for command names), the runtime's inbox and
// memories, and the desk channel's cards.
import type { Config } from '../../config.js';
import type { Router } from '../../core/router.js';
import type { Turn, TurnConversation, TurnInput } from '../../core/turn.js';
import type { DeskCards } from '../runtime/desk-cards/desk-cards.js';
import type { TurnIntake } from '../runtime/turn-intake.js';

export type SlackSettings = NonNullable<Config['slack']>;

export interface SlackDeps {
  settings: SlackSettings;
  router: Router;
  intake: TurnIntake;
  deskCards: DeskCards;
  /** How long a modal submission may wait for the core before the modal closes and the reply follows in chat. */
  formBudgetMs: number;
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
