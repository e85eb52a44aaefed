// The process boundary is what is tested: a several-hundred-MB line must not take `ask --jsonl` down or its memory up.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporaryDataDir } from './support/fixture-app.js';

const HUGE_LINE_MB = 300;

function residentMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? /VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return kb / 1024;
  } catch {
    return 0;
  }
}

describe('ask --jsonl with a huge line', () => {
  it('answers the line after it, reports it invalid, and stays under 200 MB', async () => {
    const child = spawn(process.execPath, [path.resolve('bin/ressec.js'), 'ask', '--jsonl'], {
      env: {
        PATH: process.env.PATH ?? '',
        RESSEC_DATA_DIR: temporaryDataDir(),
        RESSEC_KNOWLEDGE_DIR: 'test/fixtures/knowledge',
        RESSEC_LOG_LEVEL: 'silent',
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      stdout += text;
    });
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    const send = (data: string | Buffer) =>
      new Promise<void>((resolve) => (child.stdin.write(data) ? resolve() : child.stdin.once('drain', resolve)));

    let peakMb = 0;
    await send(
      `${JSON.stringify({ id: 'before', question: 'What should I do with my laptop before I travel abroad?' })}\n`,
    );
    const megabyte = Buffer.alloc(1024 * 1024, 'a');
    await send('{"id":"huge","question":"');
    for (let written = 0; written < HUGE_LINE_MB; written++) {
      await send(megabyte);
      if (written % 16 === 0) peakMb = Math.max(peakMb, residentMb(child.pid ?? 0));
    }
    await send('"}\n');
    await send(
      `${JSON.stringify({ id: 'after', question: 'What should I do with my laptop before I travel abroad?' })}\n`,
    );
    peakMb = Math.max(peakMb, residentMb(child.pid ?? 0));
    child.stdin.end();
    expect(await exited).toBe(0);

    const records = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(records.map((record) => [record.id, record.outcome])).toEqual([
      ['before', 'answered'],
      [null, 'invalid'],
      ['after', 'answered'],
    ]);
    expect(records[1].error).toMatch(/line 2: longer than 64 KB/);
    expect(peakMb).toBeGreaterThan(0);
    expect(peakMb).toBeLessThan(200);
    process.stderr.write(`ask --jsonl peak RSS with a ${HUGE_LINE_MB} MB line: ${peakMb.toFixed(0)} MB\n`);
  }, 120_000);
});
