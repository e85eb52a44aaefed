// Threads the bot has answered in: a follow-up there needs no new mention (in channels that opted in).
import type { StateStore } from '../../core/state-store.js';

const THREAD_TTL_MS = 30 * 24 * 3_600_000;

export class ThreadMemory {
  constructor(private readonly state: StateStore) {}

  async remember(channel: string, threadTs: string): Promise<void> {
    await this.state.set(`slack:thread:${channel}:${threadTs}`, true, THREAD_TTL_MS);
  }

  async knows(channel: string, threadTs: string): Promise<boolean> {
    return (await this.state.get<boolean>(`slack:thread:${channel}:${threadTs}`)) === true;
  }
}
