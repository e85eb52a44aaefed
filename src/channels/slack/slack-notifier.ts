// The core's messages to a Slack user on its own initiative (ticket status, a desk question): sent to their DM.
import type { Notifier, Recipient } from '../../core/notifier.js';
import type { Reply } from '../../core/reply.js';
import type { DirectMessages } from './delivery/direct-messages.js';
import type { SlackDeliverer } from './delivery/slack-deliverer.js';

export class SlackNotifier implements Notifier {
  constructor(
    private readonly deliverer: SlackDeliverer,
    private readonly directMessages: DirectMessages,
  ) {}

  async notify(recipient: Recipient, reply: Reply): Promise<boolean> {
    if (recipient.platform !== 'slack') return false;
    const channel = await this.directMessages.channelFor(recipient.userId);
    await this.deliverer.deliver(
      reply,
      { userId: recipient.userId, channel: { id: channel, dm: true } },
      { id: channel, kind: 'dm' },
    );
    return true;
  }
}
