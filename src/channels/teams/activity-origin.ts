// Where a verified activity came from, kept on its inbox entry (the reply target's origin): the answering side turns
// it into the conversation references that this turn's replies, and later notices, are sent with. Acknowledging only
// copies these fields; nothing is written but the inbox row.
import type { Activity } from 'botbuilder';
import type { ReplyTarget } from '../runtime/reply-target.js';
import { placeOf } from './activity-turn.js';
import type { ConversationReference, PersonReference } from './store/reference-rows.js';

export function originOf(activity: Activity): Record<string, string> {
  const tenantId =
    activity.conversation.tenantId ?? (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
  const place = placeOf(activity);
  return {
    serviceUrl: activity.serviceUrl,
    memberId: activity.from.id,
    conversationId: place.id,
    ...(typeof tenantId === 'string' ? { tenantId } : {}),
    ...(place.kind === 'dm' ? { personalConversation: place.id } : {}),
  };
}

/** The person and conversation references a target's origin gives; undefined for a target without one. */
export function referencesOf(
  target: ReplyTarget,
): { person: PersonReference; conversation: ConversationReference } | undefined {
  const { serviceUrl, memberId, conversationId, tenantId, personalConversation } = target.origin ?? {};
  if (!serviceUrl || !memberId || !conversationId) return undefined;
  return {
    person: {
      userId: target.userId,
      memberId,
      serviceUrl,
      tenantId,
      ...(personalConversation ? { personalConversation } : {}),
    },
    conversation: { conversationId, serviceUrl, tenantId },
  };
}
