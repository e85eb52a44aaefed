// What a channel's adapter hands turns over to: it admits each one before acknowledging it and runs it after. The
// runtime in this thread (ChannelRuntime) and an answer thread (AnswerThread) both take turns this way.
import type { Reply } from '../../core/reply.js';
import type { FormMemory } from './form-memory.js';
import type { InboxEntry } from './inbox.js';
import type { ReplyTarget } from './reply-target.js';
import type { ThreadMemory } from './thread-memory.js';

export interface TurnIntake {
  readonly forms: FormMemory;
  readonly threads: ThreadMemory;
  /** Writes the turn durably; false when its key was seen before (a retry, a replay). */
  admit(entry: InboxEntry): Promise<boolean>;
  /**
   * Queues an admitted turn; call it once the platform has its acknowledgement. A turn whose target asks for its sign
   * on admission (`working.shownOnAdmission`) gets it now from the answering side, even while no queue has room.
   */
  run(entry: Pick<InboxEntry, 'key' | 'lane'> & { target?: ReplyTarget }): void;
  /**
   * The replies to an admitted turn, computed once: for a channel that must show them inside its acknowledgement (a
   * dialog's next step). Whatever it does not show it saves back with `saveReplies`, to be delivered after the ack.
   */
  replies(key: string): Promise<Reply[] | undefined>;
  saveReplies(key: string, replies: Reply[]): Promise<void>;
}
