// After "Reply to the desk", the requester may simply type the reply: the next text in that conversation is relayed.
import { type Reply, textReply } from '../../core/reply.js';
import type { TextInterceptor } from '../../core/router.js';
import { conversationKey, type Turn } from '../../core/turn.js';

export function pendingReplyKey(turn: Turn): string {
  return `ticket-reply:${conversationKey(turn)}`;
}

export function pendingReplyInterceptor(
  relay: (ticketId: string, text: string, turn: Turn) => Promise<Reply[]>,
): TextInterceptor {
  return async (text, turn, context) => {
    const pending = await context.state.get<{ ticketId: string }>(pendingReplyKey(turn));
    if (!pending) return undefined;
    await context.state.delete(pendingReplyKey(turn));
    if (/^\/?cancel$/i.test(text.trim())) return [textReply('Cancelled; nothing was sent to the desk.', 'private')];
    return relay(pending.ticketId, text, turn);
  };
}
