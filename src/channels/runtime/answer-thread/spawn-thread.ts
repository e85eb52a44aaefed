// Starts one of the runtime's worker threads from its entry module next to this file: the compiled file, or (running
// from source, in development and tests) the TypeScript file loaded through tsx, a development dependency.
import { createRequire } from 'node:module';
import { type ResourceLimits, Worker } from 'node:worker_threads';

export function spawnThread(entryName: string, workerData: unknown, resourceLimits?: ResourceLimits): Worker {
  const source = import.meta.url.endsWith('.ts');
  const entry = new URL(`./${entryName}${source ? '.ts' : '.js'}`, import.meta.url);
  if (!source) return new Worker(entry, { workerData, resourceLimits });
  const tsx = createRequire(import.meta.url)
    .resolve('tsx/esm/api')
    .replace(/index\.cjs$/, 'index.mjs');
  const bootstrap = `import { tsImport } from ${JSON.stringify(new URL(`file://${tsx}`).href)};
await tsImport(${JSON.stringify(entry.href)}, import.meta.url);`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`), { workerData, resourceLimits });
}
