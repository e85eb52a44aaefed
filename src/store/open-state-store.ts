// Conversation state behind keyv: SQLite in the data folder by default, memory for one-shot commands.
import path from 'node:path';
import Keyv from 'keyv';
import type { StateStore } from '../core/state-store.js';
import { ensurePrivateDir, makeDatabasePrivate } from './private-files.js';
import { SqliteKeyvStore } from './sqlite-keyv-store.js';

export interface OpenedStateStore {
  state: StateStore;
  purgeExpired(): number;
  close(): Promise<void>;
}

export function openStateStore(dataDir: string, url?: string): OpenedStateStore {
  if (url === 'memory:' || url === 'memory') {
    const keyv = new Keyv({ namespace: 'ressec' });
    return { state: keyv, purgeExpired: () => 0, close: async () => {} };
  }
  if (url && !url.startsWith('sqlite:')) {
    throw new Error(`RESSEC_STATE_URL: unsupported scheme in "${url.split(':')[0]}:" (use sqlite:<file> or memory:)`);
  }
  const file = url ? url.slice('sqlite:'.length) : path.join(dataDir, 'state.sqlite');
  ensurePrivateDir(path.dirname(file));
  const store = new SqliteKeyvStore(file);
  makeDatabasePrivate(file);
  const keyv = new Keyv({ store, namespace: 'ressec' });
  return {
    state: keyv,
    purgeExpired: () => store.purgeExpired(),
    close: async () => store.close(),
  };
}
