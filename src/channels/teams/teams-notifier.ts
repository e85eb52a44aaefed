// The core's messages to a Teams user on its own initiative (a ticket's status, a desk question): proactive, in their
// personal chat, through the conversation reference stored when they first talked to the bot or installed it.
import type { Notifier, Recipient } from '../../core/notifier.js';
import type { Reply } from '../../core/reply.js';
import type { ConversationReferences } from './store/conversation-references.js';
import type { TeamsDeliverer } from './teams-deliverer.js';

export class TeamsNotifier implements Notifier {
  constructor(
    private readonly deliverer: TeamsDeliverer,
    private readonly references: ConversationReferences,
  ) {}

  async notify(recipient: Recipient, reply: Reply): Promise<boolean> {
    // Nobody can be reached in Teams before they have used the app once: the notice stays in their ticket history.
    if (recipient.platform !== 'teams' || !(await this.references.person(recipient.userId))) return false;
    const personalChat = await this.deliverer.openDirectConversation(recipient.userId);
    await this.deliverer.deliver(reply, { userId: recipient.userId }, { id: personalChat, kind: 'dm' });
    return true;
  }
}
