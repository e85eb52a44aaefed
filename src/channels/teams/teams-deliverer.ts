// Posts replies through the Bot Connector: in the personal chat, or in the reply chain of a channel post. What is
// meant for one person (a private reply, every appraisal) never goes to a channel: it goes to their personal chat,
// opened if need be. A connector failure that trying again can fix is thrown for the inbox to retry; one that it
// cannot (the bot was removed, the conversation is gone) is logged and the reply dropped.
import type { Reply } from '../../core/reply.js';
import type { TurnConversation } from '../../core/turn.js';
import type { Logger } from '../../log.js';
import type { Deliverer } from '../runtime/deliverer.js';
import type { ReplyTarget } from '../runtime/reply-target.js';
import { referencesOf } from './activity-origin.js';
import { postAddress } from './activity-turn.js';
import { ConnectorFailure, type TeamsConnector } from './connector/teams-connector.js';
import { messageActivity } from './message-activity.js';
import type { ConversationReferences } from './store/conversation-references.js';

export class UnreachableError extends Error {
  override name = 'UnreachableError';
}

function forOnePerson(reply: Reply): boolean {
  return reply.visibility === 'private' || reply.blocks.some((block) => block.kind === 'appraisal');
}

export class TeamsDeliverer implements Deliverer {
  constructor(
    private readonly connector: TeamsConnector,
    private readonly references: ConversationReferences,
    private readonly log: Logger,
  ) {}

  async deliver(reply: Reply, target: ReplyTarget, conversation: TurnConversation): Promise<void> {
    await this.remember(target);
    try {
      const address = await this.addressFor(reply, target, conversation);
      await this.connector.send(address.serviceUrl, address.conversationId, messageActivity(reply));
    } catch (error) {
      this.dropUnlessRetryable(error);
    }
  }

  async showWorking(target: ReplyTarget): Promise<void> {
    const where = target.working?.conversationId;
    if (!where) return;
    // Typing is the first sign of life: it goes to the activity's own serviceUrl while the references are written.
    const remembering = this.remember(target);
    let serviceUrl = target.origin?.serviceUrl;
    if (!serviceUrl) {
      await remembering;
      serviceUrl = await this.serviceUrlOf(where, target.userId);
    }
    await this.connector.send(serviceUrl, where, { type: 'typing' });
    await remembering;
  }

  async finishWorking(target: ReplyTarget): Promise<void> {
    // A receipt's address is the conversation (reply chain) where the person acted.
    if (!target.receipt) return;
    await this.remember(target);
    const where = target.receipt.replyUrl;
    await this.connector.send(await this.serviceUrlOf(where, target.userId), where, {
      type: 'message',
      text: target.receipt.text,
    });
  }

  /** The personal chat with this person, created (and remembered) the first time it is needed. */
  async openDirectConversation(userId: string, target?: ReplyTarget): Promise<string> {
    if (target) await this.remember(target);
    const person = await this.references.person(userId);
    if (!person) throw new UnreachableError('this person has not talked to the bot in Teams yet');
    if (person.personalConversation) return person.personalConversation;
    const created = await this.connector.create(person.serviceUrl, {
      isGroup: false,
      bot: { id: this.connector.botId, name: 'ressec' },
      members: [{ id: person.memberId, name: '' }],
      tenantId: person.tenantId,
      channelData: person.tenantId ? { tenant: { id: person.tenantId } } : undefined,
    } as Parameters<TeamsConnector['create']>[1]);
    await this.references.rememberPerson({ ...person, personalConversation: created.id });
    await this.references.rememberConversation({
      conversationId: created.id,
      serviceUrl: person.serviceUrl,
      tenantId: person.tenantId,
    });
    return created.id;
  }

  /** Keeps where the turn came from before anything is posted for it: addresses are looked up there. */
  private async remember(target: ReplyTarget): Promise<void> {
    const references = referencesOf(target);
    if (references) await this.references.remember(references.person, references.conversation);
  }

  private async addressFor(
    reply: Reply,
    target: ReplyTarget,
    conversation: TurnConversation,
  ): Promise<{ serviceUrl: string; conversationId: string }> {
    if (conversation.kind !== 'dm' && forOnePerson(reply)) {
      const conversationId = await this.openDirectConversation(target.userId);
      return { conversationId, serviceUrl: await this.serviceUrlOf(conversationId, target.userId) };
    }
    return {
      conversationId: postAddress(conversation),
      serviceUrl: await this.serviceUrlOf(conversation.id, target.userId),
    };
  }

  /** The serviceUrl a verified activity gave for this conversation, else the one it gave for this person. */
  private async serviceUrlOf(conversationId: string, userId?: string): Promise<string> {
    const base = conversationId.split(';messageid=')[0] ?? conversationId;
    const known =
      (await this.references.conversation(base))?.serviceUrl ??
      (userId ? (await this.references.person(userId))?.serviceUrl : undefined);
    if (!known) throw new UnreachableError('no verified activity has given this conversation a serviceUrl');
    return known;
  }

  private dropUnlessRetryable(error: unknown): void {
    // A reference whose write failed is tried again with the reply.
    if ((error instanceof ConnectorFailure && error.retryable) || error instanceof UnreachableError) throw error;
    if (error instanceof ConnectorFailure) {
      this.log.warn(
        {
          event: 'teams-reply-dropped',
          statusCode: error instanceof ConnectorFailure ? error.statusCode : undefined,
          errorName: error.name,
        },
        'a reply could not be delivered and was dropped',
      );
      return;
    }
    throw error;
  }
}
