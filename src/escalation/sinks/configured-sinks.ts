// The sinks the configuration names: the JSON-lines file always, a webhook and e-mail when configured.
import type { Config } from '../../config.js';
import { EmailSink } from './email-sink.js';
import { FileSink } from './file-sink.js';
import type { Sink } from './sink.js';
import { WebhookSink } from './webhook-sink.js';

export function configuredSinks(config: Pick<Config, 'dataDir' | 'sinks'>): Sink[] {
  const sinks: Sink[] = [FileSink.inDataDir(config.dataDir)];
  if (config.sinks.webhook) sinks.push(new WebhookSink(config.sinks.webhook));
  if (config.sinks.email) sinks.push(new EmailSink(config.sinks.email));
  return sinks;
}
