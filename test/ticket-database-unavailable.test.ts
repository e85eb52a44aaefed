// A broken ticket database must not stop `ask` or `chat`: only escalation reports it, naming the file.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporaryDataDir } from './support/fixture-app.js';

function ressec(args: string[], dataDir: string, input = '') {
  const result = spawnSync(process.execPath, [path.resolve('bin/ressec.js'), ...args], {
    input,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH ?? '',
      RESSEC_DATA_DIR: dataDir,
      RESSEC_KNOWLEDGE_DIR: 'test/fixtures/knowledge',
      RESSEC_LOG_LEVEL: 'silent',
    },
    timeout: 20_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const breakages: [string, (file: string) => void][] = [
  [
    'corrupt',
    (file) => writeFileSync(file, 'this is not a database, it is a text file of sufficient length '.repeat(200)),
  ],
  ['not a file', (file) => mkdirSync(file)],
];

describe.each(breakages)('with a %s ticket database', (_name, breakIt) => {
  it('ask and chat still answer, and the ticket commands name the file', () => {
    const dataDir = temporaryDataDir();
    const file = path.join(dataDir, 'ressec.sqlite');
    breakIt(file);

    const asked = ressec(['ask', 'What should I do with my laptop before I travel abroad?'], dataDir);
    expect(asked.code).toBe(0);
    expect(asked.stdout).toMatch(/loaner laptop/);

    const chat = ressec(
      ['chat'],
      dataDir,
      'What should I do with my laptop before I travel abroad?\n/tickets\n/quit\n',
    );
    expect(chat.code).toBe(0);
    expect(chat.stdout).toMatch(/loaner laptop/);
    expect(chat.stdout).toContain(`Tickets are unavailable right now: the ticket database ${file} could not be opened`);
  });
});
