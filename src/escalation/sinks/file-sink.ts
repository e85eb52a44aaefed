// The embedded default, always on: each event appended as one JSON line to a file in the data folder,
// readable only by the owner. Lines carry the delivery id; a reader dedupes on it (delivery is at least once).
import { appendFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Delivery } from '../delivery/outbox.js';
import type { Sink, SinkResult } from './sink.js';

export const FILE_SINK_NAME = 'file';
export const ESCALATIONS_FILE = 'escalations.jsonl';

export class FileSink implements Sink {
  readonly name = FILE_SINK_NAME;

  constructor(private readonly file: string) {}

  static inDataDir(dataDir: string): FileSink {
    return new FileSink(path.join(dataDir, ESCALATIONS_FILE));
  }

  async deliver(delivery: Delivery): Promise<SinkResult> {
    const line = `${JSON.stringify({ deliveryId: delivery.id, deliveredAt: new Date().toISOString(), event: delivery.event })}\n`;
    try {
      await mkdir(path.dirname(this.file), { recursive: true });
      await appendFile(this.file, line, { encoding: 'utf8', mode: 0o600 });
      return { ok: true };
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      return {
        ok: false,
        retryable: true,
        reason: typeof code === 'string' ? `file-${code.toLowerCase()}` : 'file-error',
      };
    }
  }
}
