// Wake-ups between replicas: one connection per process LISTENs on the channels subscribed to. A lost connection is
// reopened with backoff, and every listener is woken once it is back, since notifications sent meanwhile are gone.
// Callers keep polling as well: a wake-up only shortens the wait, it never carries data.
import type pg from 'pg';
import type { Logger } from '../../log.js';
import { pgDriver } from './pg-driver.js';

const RECONNECT_MIN_MS = 250;
const RECONNECT_MAX_MS = 10_000;

export class PostgresNotifications {
  private readonly listeners = new Map<string, Set<() => void>>();
  private client?: pg.Client;
  private connecting?: Promise<void>;
  private reconnectTimer?: NodeJS.Timeout;
  private failures = 0;
  private closed = false;

  constructor(
    private readonly connection: pg.ClientConfig,
    /** Read on every use: the database may be handed a better logger after it opened (see openPostgres). */
    private readonly logger: () => Logger,
  ) {}

  /** Calls `listener` whenever a NOTIFY on `channel` arrives (from any process); returns an unsubscribe function. */
  subscribe(channel: string, listener: () => void): () => void {
    assertChannelName(channel);
    let set = this.listeners.get(channel);
    if (!set) {
      set = new Set();
      this.listeners.set(channel, set);
      if (this.client) void this.client.query(`LISTEN ${channel}`).catch(() => this.dropConnection());
    }
    set.add(listener);
    void this.ensureConnected();
    return () => {
      set.delete(listener);
    };
  }

  /** Resolves once the LISTEN connection is up (for tests and start-up ordering). */
  async ready(): Promise<void> {
    await this.ensureConnected();
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.reconnectTimer);
    await this.connecting?.catch(() => {});
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => {});
  }

  private ensureConnected(): Promise<void> {
    if (this.closed || this.client) return Promise.resolve();
    this.connecting ??= this.connect().finally(() => {
      this.connecting = undefined;
    });
    return this.connecting;
  }

  private async connect(): Promise<void> {
    const client = new (pgDriver().Client)(this.connection);
    client.on('notification', (message) => this.wake(message.channel));
    client.on('error', () => this.dropConnection());
    client.on('end', () => this.dropConnection());
    try {
      await client.connect();
      for (const channel of this.listeners.keys()) await client.query(`LISTEN ${channel}`);
    } catch (error) {
      client.removeAllListeners();
      await client.end().catch(() => {});
      this.logger().warn({ event: 'listen-connect-failed', err: error as Error }, 'wake-up connection failed; polling');
      this.scheduleReconnect();
      return;
    }
    if (this.closed) {
      await client.end().catch(() => {});
      return;
    }
    this.client = client;
    if (this.failures > 0) {
      this.logger().info({ event: 'listen-reconnected' }, 'wake-up connection restored');
      for (const channel of this.listeners.keys()) this.wake(channel);
    }
    this.failures = 0;
  }

  private dropConnection(): void {
    const client = this.client;
    if (!client) return;
    this.client = undefined;
    client.removeAllListeners();
    client.on('error', () => {});
    void client.end().catch(() => {});
    if (!this.closed) {
      this.logger().warn({ event: 'listen-connection-lost' }, 'wake-up connection lost; polling until it is back');
      this.scheduleReconnect();
    }
  }

  private scheduleReconnect(): void {
    if (this.closed) return;
    this.failures += 1;
    const delay = Math.min(RECONNECT_MAX_MS, RECONNECT_MIN_MS * 2 ** Math.min(this.failures, 6));
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = setTimeout(() => void this.ensureConnected(), delay);
    // Reconnecting must never keep a finished command alive.
    this.reconnectTimer.unref();
  }

  private wake(channel: string): void {
    for (const listener of this.listeners.get(channel) ?? []) listener();
  }
}

/** Channel names are written into LISTEN as identifiers: only fixed, simple names are accepted. */
function assertChannelName(channel: string): void {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(channel)) throw new Error(`invalid notification channel name "${channel}"`);
}
