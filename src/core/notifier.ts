// Messages the core sends on its own initiative (status changes, desk questions) to a user on their platform.
import type { Reply } from './reply.js';
import type { Platform } from './turn.js';

export interface Recipient {
  platform: Platform;
  userId: string;
}

export interface Notifier {
  /** Delivers a reply to the user's direct conversation; returns false when the platform is not connected. */
  notify(recipient: Recipient, reply: Reply): Promise<boolean>;
}

/** Routes each notification to the notifier of the recipient's platform. */
export class NotifierHub implements Notifier {
  private readonly byPlatform = new Map<Platform, Notifier>();

  register(platform: Platform, notifier: Notifier): void {
    this.byPlatform.set(platform, notifier);
  }

  async notify(recipient: Recipient, reply: Reply): Promise<boolean> {
    const notifier = this.byPlatform.get(recipient.platform);
    return notifier ? notifier.notify(recipient, reply) : false;
  }
}
