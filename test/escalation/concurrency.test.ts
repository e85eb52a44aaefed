import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createEscalation } from '../../src/escalation/create-escalation.js';
import { silentLogger } from '../../src/log.js';
import { createHarness, type Harness, REQUESTER, temporaryDirectory } from './support/harness.js';

const CHILD = path.resolve('test/escalation/fixtures/submit-child.ts');

function runChild(environment: Record<string, string>): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD], {
      env: { PATH: process.env.PATH ?? '', ...environment },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.once('exit', (code) => (code === 0 ? resolve(JSON.parse(stdout) as string[]) : reject(new Error(stderr))));
  });
}

describe('concurrent submissions', () => {
  let harness: Harness | undefined;
  afterEach(async () => {
    await harness?.close();
  });

  it('50 submissions at once through the router: 50 tickets, unique sequential ids, each with its outbox row', async () => {
    harness = createHarness();
    const ids = await Promise.all(
      Array.from({ length: 50 }, (_, i) => harness!.file(REQUESTER, { subject: `Ticket ${i}` })),
    );
    const year = new Date().getUTCFullYear();
    expect(new Set(ids).size).toBe(50);
    expect([...ids].sort()).toEqual(
      Array.from({ length: 50 }, (_, i) => `RS-${year}-${String(i + 1).padStart(4, '0')}`),
    );
    expect(await harness.escalation.store.list({})).toHaveLength(50);
    expect((await harness.escalation.outbox.counts()).pending).toBe(50);
  });

  it('4 processes submitting 25 each into one database: 100 unique ids, none lost', async () => {
    const dataDir = temporaryDirectory();
    const environment = { RESSEC_DATA_DIR: dataDir, RESSEC_LOG_LEVEL: 'silent', COUNT: '25' };
    const results = await Promise.all([1, 2, 3, 4].map(() => runChild(environment)));
    const ids = results.flat();
    expect(ids).toHaveLength(100);
    expect(new Set(ids).size).toBe(100);
    const escalation = createEscalation({ config: loadConfig(environment), log: silentLogger() });
    try {
      const stored = await escalation.store.list({ limit: 1_000 });
      expect(stored.map((ticket) => ticket.id).sort()).toEqual([...ids].sort());
      const year = new Date().getUTCFullYear();
      expect([...ids].sort()).toEqual(
        Array.from({ length: 100 }, (_, i) => `RS-${year}-${String(i + 1).padStart(4, '0')}`),
      );
      expect((await escalation.outbox.counts()).pending).toBe(100);
    } finally {
      await escalation.close();
    }
  });
});
