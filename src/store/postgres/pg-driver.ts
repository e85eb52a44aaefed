// `pg` takes a noticeable part of a second to load on a busy machine. Only a process that uses PostgreSQL loads it,
// so the embedded default, and every CLI command on it, starts as fast as it did without it.
import { createRequire } from 'node:module';
import type pg from 'pg';

let driver: typeof pg | undefined;

export function pgDriver(): typeof pg {
  driver ??= createRequire(import.meta.url)('pg') as typeof pg;
  return driver;
}
