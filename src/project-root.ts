// Where knowledge/, prompts/ and package.json live, in its own module so a lean command can find them without
// loading the whole core (src/app.ts).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root, whether running from src/ or dist/src/. */
export const PROJECT_ROOT = (() => {
  const here = path.dirname(fileURLToPath(import.meta.url));
  return here.includes(`${path.sep}dist${path.sep}`) ? path.resolve(here, '..', '..') : path.resolve(here, '..');
})();

export function resolveFromRoot(target: string): string {
  return path.isAbsolute(target) ? target : path.resolve(PROJECT_ROOT, target);
}
