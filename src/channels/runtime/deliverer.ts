// What a channel does with neutral replies: renders and posts them. The turn runner drives it; the channel writes it.
import type { Reply } from '../../core/reply.js';
import type { TurnConversation } from '../../core/turn.js';
import type { ReplyTarget } from './reply-target.js';

export interface Deliverer {
  /** Renders and posts one reply; throws when it should be tried again (the platform is down or rate-limiting). */
  deliver(reply: Reply, target: ReplyTarget, conversation: TurnConversation): Promise<void>;
  /** The first visible sign that the turn is being worked on (a reaction, typing). A courtesy: failures are ignored. */
  showWorking?(target: ReplyTarget): Promise<void>;
  /** Takes the sign back and leaves the receipt, once every reply is delivered. A courtesy too. */
  finishWorking?(target: ReplyTarget): Promise<void>;
  /** The id of the user's direct conversation with the app, opening it if needed (for the turn `target`, if any). */
  openDirectConversation?(userId: string, target?: ReplyTarget): Promise<string>;
}
