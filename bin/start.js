#!/usr/bin/env node
// `npm start`: runs the compiled app at once, compiling first only when a source file changed since the last build.
// A full `tsc` takes seconds even when nothing changed, so the check is a walk over modification times (a few ms).
// `node bin/start.js --build` always compiles and records the build (the `build` and `prepare` scripts).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stamp = path.join(root, 'dist', '.build-stamp');
const inputs = ['src', 'tsconfig.json', 'tsconfig.build.json'];

/** The newest modification time under `target`, in ms (0 when it does not exist). */
function newest(target) {
  if (!existsSync(target)) return 0;
  const stats = statSync(target);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let latest = stats.mtimeMs;
  for (const entry of readdirSync(target)) latest = Math.max(latest, newest(path.join(target, entry)));
  return latest;
}

function build() {
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
  if (result.status !== 0) {
    process.stderr.write('ressec: the TypeScript build failed (see above); nothing was started.\n');
    process.exit(result.status ?? 1);
  }
  writeFileSync(stamp, `${new Date().toISOString()}\n`);
}

const args = process.argv.slice(2);
if (args[0] === '--build') {
  build();
} else {
  const built = existsSync(stamp) && existsSync(path.join(root, 'dist', 'src', 'main.js'));
  const stale = !built || Math.max(...inputs.map((input) => newest(path.join(root, input)))) > statSync(stamp).mtimeMs;
  if (stale) {
    process.stderr.write('ressec: sources changed since the last build; compiling first…\n');
    build();
  }
  process.env.RESSEC_BIN = '1';
  await import('../dist/src/main.js');
}
