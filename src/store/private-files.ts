// The data folder holds questions, intake answers and tickets: only the service user may read it.
import { chmodSync, existsSync, mkdirSync } from 'node:fs';

export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** Creates the folder (and parents) 0700, and tightens it if it already existed with looser bits. */
export function ensurePrivateDir(directory: string): void {
  mkdirSync(directory, { recursive: true, mode: PRIVATE_DIR_MODE });
  chmodSync(directory, PRIVATE_DIR_MODE);
}

/** A SQLite file and its write-ahead log and shared-memory files, which SQLite creates with the umask's bits. */
export function makeDatabasePrivate(file: string): void {
  for (const candidate of [file, `${file}-wal`, `${file}-shm`]) {
    if (existsSync(candidate)) chmodSync(candidate, PRIVATE_FILE_MODE);
  }
}
