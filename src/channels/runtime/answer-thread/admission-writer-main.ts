// The admission writer thread: writes each batch of admitted turns to the inbox, synced to disk, and says which were
// new. The disk sync blocks this thread, not the one that acknowledges. A batch holds a group per answer thread (each
// with its lease) and one for nobody; all of them go in one transaction, so one sync covers the whole batch.
import { parentPort, workerData } from 'node:worker_threads';
import type { Platform } from '../../../core/turn.js';
import { openSqlDatabase, sqlDatabasePath } from '../../../store/sql-database.js';
import { whenWritable } from '../../../store/when-writable.js';
import type { AdmissionGroup } from '../group-admission.js';
import { SqliteInbox } from '../sqlite-inbox.js';

export type ToAdmissionWriter = { type: 'admit'; id: number; groups: AdmissionGroup[]; now: number } | { type: 'stop' };

export type FromAdmissionWriter =
  | { type: 'ready' }
  | { type: 'admitted'; id: number; admitted: boolean[][] }
  | { type: 'failed'; id: number; message: string };

if (parentPort) {
  const port = parentPort;
  const { dataDir, platform } = workerData as { dataDir: string; platform: Platform };
  const database = openSqlDatabase(sqlDatabasePath(dataDir));
  database.pragma('synchronous = FULL');
  // No sleeping busy handler on this connection: whenWritable retries within microseconds.
  database.pragma('busy_timeout = 0');
  const inbox = new SqliteInbox(database, platform);
  // SqliteInbox.admit writes synchronously, in a transaction of its own; inside this one that is a savepoint, so the
  // groups commit (and sync) together. A failure fails the whole batch back to Slack, which retries; a row that was
  // written all the same is a duplicate then, and runs once its lease runs out.
  const transaction = database.transaction((groups: AdmissionGroup[], now: number) =>
    groups.map((group) => inbox.admit(group.entries, group.lease, now)),
  );
  const admitGroups = (groups: AdmissionGroup[], now: number) => whenWritable(() => transaction.immediate(groups, now));
  port.on('message', (message: ToAdmissionWriter) => {
    if (message.type === 'stop') {
      database.close();
      port.close();
      return;
    }
    let writes: Promise<boolean[]>[];
    try {
      writes = admitGroups(message.groups, message.now);
    } catch (error) {
      writes = [Promise.reject(error)];
    }
    Promise.all(writes).then(
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
