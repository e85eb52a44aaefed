// Notifications (a ticket's status, a desk question) for the terminal user, printed where they chat.
import type { Writable } from 'node:stream';
import type { Notifier, Recipient } from '../../core/notifier.js';
import type { Reply } from '../../core/reply.js';
import { plainStyle, renderReplies, type TerminalStyle } from './render-terminal.js';

export class ConsoleNotifier implements Notifier {
  constructor(
    private readonly output: Writable,
    private readonly userId: string,
    private readonly style: TerminalStyle = plainStyle,
  ) {}

  async notify(recipient: Recipient, reply: Reply): Promise<boolean> {
    if (recipient.platform !== 'console' || recipient.userId !== this.userId) return false;
    this.output.write(`${this.style.dim('🔔 notification')}\n${renderReplies([reply], this.style).text}\n\n`);
    return true;
  }
}
