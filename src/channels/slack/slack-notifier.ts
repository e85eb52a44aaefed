// The core's messages to a Slack user on its own initiative (ticket status, a desk question): sent to their DM.
import type { Notifier, Recipient } from '../../core/notifier.js';
import type { Reply } from '../../core/reply.js';
import type { SlackDeliverer } from './delivery/slack-deliverer.js';

export class SlackNotifier implements Notifier {
  constructor(private readonly deliverer: SlackDeliverer) {}

  async notify(recipient: Recipient, reply: Reply): Promise<boolean> {
    if (recipient.platform !== 'slack') return false;
    const channel = await this.deliverer.openDirectConversation(recipient.userId);
    const conversation = { id: channel, kind: 'dm' as const };
    await this.deliverer.deliver(reply, { userId: recipient.userId, conversation }, conversation);
    return true;
  }
}
