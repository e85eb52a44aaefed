// A write that must not sleep while another connection holds SQLite's write lock for its fraction of a millisecond:
// SQLite's own busy handler sleeps 1, 2, 5, 10… ms between tries, which the acknowledgement of an event would wait
// out. For a connection with busy_timeout = 0 whose write takes the lock first (BEGIN IMMEDIATE, so that only the
// start can be busy and a retry repeats nothing), this retries every 50 µs instead, up to `giveUpMs` in all. It also
// retries a statement SQLite answers "busy" without calling its busy handler at all (where waiting could deadlock:
// two connections switching a fresh file to WAL at once), whatever the connection's busy_timeout.

const PAUSE = new Int32Array(new SharedArrayBuffer(4));

export function whenWritable<T>(write: () => T, giveUpMs = 10_000): T {
  const started = performance.now();
  for (;;) {
    try {
      return write();
    } catch (error) {
      const busy = (error as { code?: unknown }).code === 'SQLITE_BUSY';
      if (!busy || performance.now() - started > giveUpMs) throw error;
      // Blocks this thread for 50 µs: meant for a thread that has nothing else to do meanwhile (a writer thread).
      Atomics.wait(PAUSE, 0, 0, 0.05);
    }
  }
}
