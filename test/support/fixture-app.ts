import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { Logger } from '../../src/log.js';
import { silentLogger } from '../../src/log.js';

export function temporaryDataDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'ressec-test-'));
}

export function fixtureConfig(extra: Record<string, string> = {}) {
  return loadConfig({
    RESSEC_DATA_DIR: temporaryDataDir(),
    RESSEC_KNOWLEDGE_DIR: 'test/fixtures/knowledge',
    RESSEC_OFFLINE: 'true',
    ...extra,
  });
}

export async function fixtureApp(extra: Record<string, string> = {}, log: Logger = silentLogger()) {
  return buildApp(fixtureConfig(extra), log, { stateUrl: 'memory:' });
}
