// Admissions that arrive together are written in one transaction: one disk sync for a burst instead of one each,
// so a fully synced inbox stays fast under load. Each caller still waits for its own row to be durable.
import type { InboxEntry, SlackInbox } from './slack-inbox.js';

interface Waiting {
  entry: InboxEntry;
  body: unknown;
  resolve: (admitted: boolean) => void;
  reject: (error: unknown) => void;
}

export class GroupAdmission {
  private waiting: Waiting[] = [];

  constructor(private readonly inbox: SlackInbox) {}

  admit(entry: InboxEntry, body: unknown): Promise<boolean> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ entry, body, resolve, reject });
      if (this.waiting.length === 1) setImmediate(() => this.flush());
    });
  }

  private flush(): void {
    const batch = this.waiting;
    this.waiting = [];
    try {
      const admitted = this.inbox.admitAll(batch);
      for (const [index, waiting] of batch.entries()) waiting.resolve(admitted[index] === true);
    } catch (error) {
      for (const waiting of batch) waiting.reject(error);
    }
  }
}
