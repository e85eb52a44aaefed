// Conversation state (an intake in progress, the last answer in a thread). keyv satisfies this interface.
export interface StateStore {
  get<T>(key: string): Promise<T | undefined>;
  set<T>(key: string, value: T, ttlMs?: number): Promise<unknown>;
  delete(key: string): Promise<unknown>;
}

/** In-memory store for tests and the `ressec ask` one-shot. */
export class MemoryStateStore implements StateStore {
  private readonly entries = new Map<string, { value: unknown; expiresAt?: number }>();

  async get<T>(key: string): Promise<T | undefined> {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt !== undefined && entry.expiresAt <= Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return structuredClone(entry.value) as T;
  }

  async set<T>(key: string, value: T, ttlMs?: number): Promise<boolean> {
    this.entries.set(key, { value: structuredClone(value), expiresAt: ttlMs ? Date.now() + ttlMs : undefined });
    return true;
  }

  async delete(key: string): Promise<boolean> {
    return this.entries.delete(key);
  }
}
