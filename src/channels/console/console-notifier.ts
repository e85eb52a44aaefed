// Notifications (a ticket's status, a desk question) for the terminal user, shown in the chat where they type, so
// that the notice's own options ("Reply to the desk") can be chosen like any other.
import type { Notifier, Recipient } from '../../core/notifier.js';
import type { Reply } from '../../core/reply.js';

export class ConsoleNotifier implements Notifier {
  constructor(
    private readonly userId: string,
    private readonly show: (reply: Reply) => void,
  ) {}

  async notify(recipient: Recipient, reply: Reply): Promise<boolean> {
    if (recipient.platform !== 'console' || recipient.userId !== this.userId) return false;
    this.show(reply);
    return true;
  }
}
