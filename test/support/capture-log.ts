import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../src/log.js';

/** A logger at trace level whose every line is kept, so tests can assert what never reaches the logs. */
export function captureLogger(): { log: Logger; lines: string[] } {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, callback) {
      lines.push(
        ...chunk
          .toString()
          .split('\n')
          .filter((line: string) => line.length > 0),
      );
      callback();
    },
  });
  const log = createLogger({ level: 'trace', format: 'json', destination });
  return { log, lines };
}
