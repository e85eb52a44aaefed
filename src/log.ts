// pino with an allow-list: only fields named here reach a log line, so message text, names and answers cannot leak.
import pino, { type Logger } from 'pino';

export type { Logger } from 'pino';

export const ALLOWED_LOG_FIELDS = new Set([
  'component',
  'event',
  'turnId',
  'referenceId',
  'platform',
  'kind',
  'verb',
  'command',
  'outcome',
  'mode',
  'durationMs',
  'count',
  'documents',
  'passages',
  'citations',
  'flow',
  'field',
  'appraisalLevel',
  'ticketId',
  'deliveryId',
  'sink',
  'attempt',
  'status',
  'statusCode',
  'retryAfterMs',
  'port',
  'errorName',
  'errorCode',
  'stale',
  'invalid',
  'purged',
  'file',
  // The policy's class and feature names for a refusal: never the text that was refused.
  'policyClass',
  'policyFeatures',
]);

function sanitize(fields: Record<string, unknown> | undefined | null): Record<string, unknown> {
  if (!fields) return {};
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (key === 'err' && value instanceof Error) {
      kept.errorName = value.name;
      const code = (value as { code?: unknown }).code;
      if (typeof code === 'string' || typeof code === 'number') kept.errorCode = code;
      continue;
    }
    if (!ALLOWED_LOG_FIELDS.has(key)) continue;
    if (typeof value === 'string') kept[key] = value.slice(0, 120);
    else if (typeof value === 'number' || typeof value === 'boolean' || value === null) kept[key] = value;
  }
  return kept;
}

export interface LoggerOptions {
  level: string;
  format: 'auto' | 'json' | 'pretty';
  /**
   * Where lines go: a stream (a log file: always JSON), or a file descriptor (2: stderr), which gets readable lines
   * when the format asks for them ("auto": when it is a terminal). Defaults to stdout.
   */
  destination?: pino.DestinationStream | number;
}

/** Readable lines instead of JSON: asked for, or "auto" and the lines go to a terminal. Files always get JSON. */
export function prettyLines(
  format: LoggerOptions['format'],
  destination: LoggerOptions['destination'],
  terminal: { stdout: boolean; stderr: boolean } = {
    stdout: process.stdout.isTTY === true,
    stderr: process.stderr.isTTY === true,
  },
): boolean {
  if (destination !== undefined && typeof destination !== 'number') return false;
  if (format !== 'auto') return format === 'pretty';
  return destination === 2 ? terminal.stderr : terminal.stdout;
}

export function createLogger(options: LoggerOptions): Logger {
  const pretty = prettyLines(options.format, options.destination);
  const base: pino.LoggerOptions = {
    level: options.level,
    base: undefined,
    formatters: { log: sanitize, bindings: sanitize },
    // Only the fixed message passed by code; a merged object never becomes the message.
    messageKey: 'msg',
  };
  const { destination } = options;
  if (destination !== undefined && typeof destination !== 'number') return pino(base, destination);
  const fd = destination;
  if (pretty) {
    return pino({ ...base, transport: { target: 'pino-pretty', options: { colorize: true, destination: fd ?? 2 } } });
  }
  return fd === undefined ? pino(base) : pino(base, pino.destination(fd));
}

export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
