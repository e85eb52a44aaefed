#!/usr/bin/env node
// `npm start`: runs the compiled app at once, compiling first only when a source changed since the last build
// (build-state.js). `node bin/start.js --build` always compiles and records the build (the `build` script).
import { spawnSync } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { needsBuild, recordBuild } from './build-state.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function build() {
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
  if (result.status !== 0) {
    process.stderr.write('ressec: the TypeScript build failed (see above); nothing was started.\n');
    process.exit(result.status ?? 1);
  }
  // The intent model's files are data, not modules: tsc does not emit them, so they are copied beside the code.
  for (const file of ['intent-model.json', 'intent-model.bin']) {
    copyFileSync(path.join(root, 'src/answer/intent', file), path.join(root, 'dist/src/answer/intent', file));
  }
  // Country names from this Node's ICU, once, instead of at every start (intent-features.ts).
  const features = await import(path.join(root, 'dist/src/answer/intent/intent-features.js'));
  writeFileSync(
    path.join(root, 'dist/src/answer/intent', features.COUNTRY_INDEX_FILE),
    JSON.stringify(features.countryIndexEntries()),
  );
  recordBuild(root);
}

if (process.argv[2] === '--build') {
  await build();
} else {
  if (needsBuild(root)) {
    process.stderr.write('ressec: sources changed since the last build; compiling first…\n');
    await build();
  }
  process.env.RESSEC_BIN = '1';
  await import('../dist/src/main.js');
}
