import { spawnSync } from 'node:child_process';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, prettyLines } from './log.js';

const terminal = { stdout: true, stderr: true };
const piped = { stdout: false, stderr: false };

/** Logs one line to stderr from a child process, as `ressec <command>` does, and returns what stderr got. */
function stderrOf(format: string): string {
  const script = `import { createLogger } from './src/log.ts'; createLogger({ level: 'info', format: '${format}', destination: 2 }).info({ event: 'started', count: 3 }, 'started');`;
  return spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' })
    .stderr;
}

describe('log lines', () => {
  it('are readable on a terminal and JSON when piped or in a file', () => {
    expect(prettyLines('auto', 2, terminal)).toBe(true);
    expect(prettyLines('auto', 2, piped)).toBe(false);
    expect(prettyLines('auto', undefined, { stdout: false, stderr: true })).toBe(false);
    expect(prettyLines('pretty', 2, piped)).toBe(true);
    expect(prettyLines('json', 2, terminal)).toBe(false);
    const file = new Writable({ write: (_chunk, _encoding, callback) => callback() });
    expect(prettyLines('pretty', file, terminal)).toBe(false);
  });

  it('go to stderr as JSON when it is not a terminal, and as readable lines when asked', () => {
    expect(JSON.parse(stderrOf('auto').trim())).toMatchObject({ event: 'started', count: 3, msg: 'started' });
    const pretty = stderrOf('pretty');
    expect(pretty).toMatch(/INFO.*started/);
    expect(() => JSON.parse(pretty.trim())).toThrow();
  });

  it('keep only allow-listed fields', () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk, _encoding, callback) {
        lines.push(String(chunk));
        callback();
      },
    });
    createLogger({ level: 'info', format: 'json', destination }).info({ event: 'asked', question: 'secret' }, 'x');
    expect(lines.join('')).toContain('"event":"asked"');
    expect(lines.join('')).not.toContain('secret');
  });
});
