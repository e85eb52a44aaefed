import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { readyPort } from './ready-port.js';

export interface SlackProcess {
  child: ChildProcess;
  url: string;
  kill(): Promise<void>;
}

const ROOT = path.resolve(import.meta.dirname, '../../..');

export async function spawnSlackProcess(environment: Record<string, string>): Promise<SlackProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'test/slack/support/slack-process.ts')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      RESSEC_KNOWLEDGE_DIR: 'test/fixtures/knowledge',
      RESSEC_OFFLINE: 'true',
      ...environment,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
  });
  const port = await readyPort(child, (code) => `slack process exited (${code}): ${errors}`);
  return {
    child,
    url: `http://127.0.0.1:${port}/slack/events`,
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    },
  };
}
