// What a channel does with neutral replies: renders and posts them. The turn runner drives it; the channel writes it.
import type { Reply } from '../../core/reply.js';
import type { TurnConversation } from '../../core/turn.js';
import type { ReplyTarget } from './reply-target.js';

export interface Deliverer {
  /**
   * Renders and posts one reply; throws when it should be tried again (the platform is down or rate-limiting).
   * `mark` names this reply of this turn: a channel that can read its posts back attaches it, for `posted`.
   */
  deliver(reply: Reply, target: ReplyTarget, conversation: TurnConversation, mark?: ReplyMark): Promise<void>;
  /**
   * Whether a post carrying this mark is already in the conversation: asked when an earlier attempt claimed the
   * reply and stopped before recording it as posted (a crash in between), so that it is not posted twice. Channels
   * that cannot read their posts back leave it out, and such a reply is posted again.
   */
  posted?(mark: ReplyMark, target: ReplyTarget, conversation: TurnConversation): Promise<boolean>;
  /** The first visible sign that the turn is being worked on (a reaction, typing). A courtesy: failures are ignored. */
  showWorking?(target: ReplyTarget): Promise<void>;
  /** Takes the sign back and leaves the receipt, once every reply is delivered. A courtesy too. */
  finishWorking?(target: ReplyTarget): Promise<void>;
  /** The id of the user's direct conversation with the app, opening it if needed (for the turn `target`, if any). */
  openDirectConversation?(userId: string, target?: ReplyTarget): Promise<string>;
}

/** One reply of one turn: the inbox key, the reply's place among the turn's replies, and when the turn arrived. */
export interface ReplyMark {
  key: string;
  index: number;
  receivedAt: number;
}
