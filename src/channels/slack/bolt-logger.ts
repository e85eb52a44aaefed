// Bolt and the Web API client log free text (sometimes with payloads); only a fixed message and error codes pass.
import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../../log.js';

function errorFields(args: unknown[]): Record<string, unknown> {
  const error = args.find((arg) => arg instanceof Error);
  return error ? { err: error } : {};
}

export function boltLogger(log: Logger): BoltLogger {
  let level: LogLevel = LogLevel.WARN;
  return {
    debug: () => {},
    info: () => {},
    warn: (...args: unknown[]) => log.warn({ event: 'bolt-warning', ...errorFields(args) }, 'slack sdk warning'),
    error: (...args: unknown[]) => log.error({ event: 'bolt-error', ...errorFields(args) }, 'slack sdk error'),
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
