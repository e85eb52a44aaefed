// Recorded-shape Slack payloads from test/fixtures/slack, copied fresh for each use.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/slack');

// biome-ignore lint/suspicious/noExplicitAny: payloads are JSON; tests poke at nested fields freely
export type Payload = Record<string, any>;

export function fixture(name: string, change?: (payload: Payload) => void): Payload {
  const payload = JSON.parse(readFileSync(path.join(FIXTURES, `${name}.json`), 'utf8')) as Payload;
  change?.(payload);
  return payload;
}
