// The admission writer thread: writes each batch of admitted turns to the inbox, synced to disk, and says which were
// new. The disk sync blocks this thread, not the one that acknowledges.
import { parentPort, workerData } from 'node:worker_threads';
import type { Platform } from '../../../core/turn.js';
import { openSqlDatabase, sqlDatabasePath } from '../../../store/sql-database.js';
import type { InboxEntry, Lease } from '../inbox.js';
import { SqliteInbox } from '../sqlite-inbox.js';

export type ToAdmissionWriter =
  | { type: 'admit'; id: number; entries: InboxEntry[]; lease: Lease; now: number }
  | { type: 'stop' };

export type FromAdmissionWriter =
  | { type: 'ready' }
  | { type: 'admitted'; id: number; admitted: boolean[] }
  | { type: 'failed'; id: number; message: string };

if (parentPort) {
  const port = parentPort;
  const { dataDir, platform } = workerData as { dataDir: string; platform: Platform };
  const database = openSqlDatabase(sqlDatabasePath(dataDir));
  database.pragma('synchronous = FULL');
  const inbox = new SqliteInbox(database, platform);
  port.on('message', (message: ToAdmissionWriter) => {
    if (message.type === 'stop') {
      database.close();
      port.close();
      return;
    }
    inbox.admit(message.entries, message.lease, message.now).then(
      (admitted) => port.postMessage({ type: 'admitted', id: message.id, admitted } satisfies FromAdmissionWriter),
      (error: unknown) =>
        port.postMessage({
          type: 'failed',
          id: message.id,
          message: (error as Error).message,
        } satisfies FromAdmissionWriter),
    );
  });
  port.postMessage({ type: 'ready' } satisfies FromAdmissionWriter);
}
