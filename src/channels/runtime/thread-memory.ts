// Threads the app has answered in: a follow-up there needs no new mention (where the channel opted in).
import type { StateStore } from '../../core/state-store.js';
import type { Platform } from '../../core/turn.js';

const THREAD_TTL_MS = 30 * 24 * 3_600_000;

export class ThreadMemory {
  constructor(
    private readonly state: StateStore,
    private readonly platform: Platform,
  ) {}

  async remember(conversationId: string, threadId: string): Promise<void> {
    await this.state.set(this.stateKey(conversationId, threadId), true, THREAD_TTL_MS);
  }

  async knows(conversationId: string, threadId: string): Promise<boolean> {
    return (await this.state.get<boolean>(this.stateKey(conversationId, threadId))) === true;
  }

  private stateKey(conversationId: string, threadId: string): string {
    return `${this.platform}:thread:${conversationId}:${threadId}`;
  }
}
