// Whether the compiled app in dist/ is older than its sources: a walk over modification times (a few ms), so that
// `npm start` need not run `tsc`, which takes seconds even when nothing changed.
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const INPUTS = ['src', 'tsconfig.json', 'tsconfig.build.json'];

/** The newest modification time under `target`, in ms (0 when it does not exist). */
function newest(target) {
  if (!existsSync(target)) return 0;
  const stats = statSync(target);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let latest = stats.mtimeMs;
  for (const entry of readdirSync(target)) latest = Math.max(latest, newest(path.join(target, entry)));
  return latest;
}

function stampFile(root) {
  return path.join(root, 'dist', '.build-stamp');
}

/** True when there is no recorded build, or a source or compiler setting changed after it. */
export function needsBuild(root) {
  const stamp = stampFile(root);
  if (!existsSync(stamp) || !existsSync(path.join(root, 'dist', 'src', 'main.js'))) return true;
  const built = statSync(stamp).mtimeMs;
  return INPUTS.some((input) => newest(path.join(root, input)) > built);
}

/** Called after a successful build. */
export function recordBuild(root) {
  writeFileSync(stampFile(root), `${new Date().toISOString()}\n`);
}
