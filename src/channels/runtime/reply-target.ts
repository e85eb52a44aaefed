// Where the replies to one turn go, in terms every chat platform has, and what the turn offers for showing them.
// The inbox stores this with the turn, so a retry or a restart delivers to the same place without the platform
// payload; only the channel's deliverer reads it.
import type { TurnConversation } from '../../core/turn.js';

export interface TargetConversation {
  id: string;
  threadId?: string;
  kind: TurnConversation['kind'];
  /** Private replies to a click on a top-level message show where the user is looking, not in its thread. */
  privateAtTop?: boolean;
}

/** Opens one dialog for a short while after the interaction (a Slack trigger_id). */
export interface Trigger {
  id: string;
  /** Epoch milliseconds: when the interaction arrived. */
  receivedAt: number;
  /** The interaction came from inside a dialog: a new one stacks on it. */
  inDialog: boolean;
}

export interface ReplyTarget {
  userId: string;
  /** The conversation replies are posted in; when absent they go to the user's direct conversation. */
  conversation?: TargetConversation;
  /** A short-lived address that answers this interaction privately (a Slack response_url). */
  replyUrl?: string;
  trigger?: Trigger;
  /**
   * The user's message, marked while its answer is worked on: the first visible sign. `shownOnAdmission`: the sign
   * goes up as soon as the turn is stored (Teams' typing), from the answering side even while no queue has room for
   * the turn, and not again when the turn starts.
   */
  working?: { conversationId: string; messageId: string; shownOnAdmission?: boolean };
  /**
   * What the platform said, in a verified request, about where the turn came from (Teams: the serviceUrl, tenant and
   * member id), for the channel's answering side to keep for later replies and notices. Only the channel reads it.
   */
  origin?: Readonly<Record<string, string>>;
  /** Said where the user acted once every reply has gone elsewhere (a shortcut answered in the DM). */
  receipt?: { replyUrl: string; text: string };
  /** The replies are the user's own page in the app (Slack's App Home), not messages. */
  home?: boolean;
}

/**
 * The conversation of a turn addressed to the user's direct conversation before its id is known (a shortcut used in
 * a channel, a button on the App Home): the turn runner opens it through the deliverer and fills the id in.
 */
export function directConversationToOpen(): TurnConversation {
  return { id: '', kind: 'dm' };
}

export function isDirectConversationToOpen(conversation: TurnConversation): boolean {
  return conversation.id === '' && conversation.kind === 'dm';
}
