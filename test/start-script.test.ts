// `npm start` compiles only when the build is out of date (bin/build-state.js), so an up-to-date start runs at once.
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript beside bin/ressec.js, without type declarations
import { needsBuild, recordBuild } from '../bin/build-state.js';

function project(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'ressec-start-'));
  mkdirSync(path.join(root, 'src', 'intake'), { recursive: true });
  mkdirSync(path.join(root, 'dist', 'src'), { recursive: true });
  writeFileSync(path.join(root, 'src', 'intake', 'flow.ts'), 'export {};\n');
  writeFileSync(path.join(root, 'tsconfig.json'), '{}\n');
  writeFileSync(path.join(root, 'dist', 'src', 'main.js'), '\n');
  return root;
}

const at = (file: string, seconds: number) => utimesSync(file, seconds, seconds);

describe('the build check of npm start', () => {
  it('builds when nothing was built yet', () => {
    expect(needsBuild(project())).toBe(true);
  });

  it('does not build when no source changed since the last build', () => {
    const root = project();
    recordBuild(root);
    at(path.join(root, 'dist', '.build-stamp'), 2_000_000_000);
    expect(needsBuild(root)).toBe(false);
  });

  it('builds when a source file, however deep, changed after the last build', () => {
    const root = project();
    recordBuild(root);
    at(path.join(root, 'dist', '.build-stamp'), 1_900_000_000);
    at(path.join(root, 'src', 'intake', 'flow.ts'), 2_000_000_000);
    expect(needsBuild(root)).toBe(true);
  });
});
