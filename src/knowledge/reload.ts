// Reloads the corpus while the process runs: when an institution folder changes (a file watch), when the reload stamp
// in the data folder is touched (`ressec knowledge reload`, or SIGHUP), or when a verified answer is saved or
// retired. The new corpus is loaded and checked beside the old one and swapped in whole; a corpus whose folders
// are missing or empty is not swapped in, so a half-copied folder never leaves ressec answering from nothing.
import { existsSync, type FSWatcher, mkdirSync, watch, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../log.js';
import type { KnowledgeBase } from './knowledge-base.js';
import type { KnowledgeHolder } from './knowledge-holder.js';
import type { CorpusProblem } from './load-corpus.js';

export const RELOAD_STAMP = 'knowledge-reload';
const SETTLE_MS = 250;

export interface LoadedKnowledge {
  knowledge: KnowledgeBase;
  problems: CorpusProblem[];
  folderProblems: string[];
}

export type ReloadOutcome =
  | { kind: 'reloaded'; documents: number; problems: number; version: number }
  | { kind: 'kept'; problems: string[] };

export interface ReloaderOptions {
  holder: KnowledgeHolder;
  load: () => Promise<LoadedKnowledge>;
  log: Logger;
}

/** Asks every live process on this data folder to reload: they watch the stamp file. */
export function requestReload(dataDir: string): string {
  mkdirSync(dataDir, { recursive: true });
  const stamp = path.join(dataDir, RELOAD_STAMP);
  writeFileSync(stamp, `${new Date().toISOString()}\n`);
  return stamp;
}

export class KnowledgeReloader {
  private running: Promise<ReloadOutcome> | undefined;
  private queued: Promise<ReloadOutcome> | undefined;
  private readonly watchers: FSWatcher[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly options: ReloaderOptions) {}

  /** Loads and swaps; a reload asked for while one runs is done once, after it, so no change is missed. */
  reload(reason: string): Promise<ReloadOutcome> {
    if (!this.running) {
      this.running = this.load(reason).finally(() => {
        this.running = undefined;
      });
      return this.running;
    }
    this.queued ??= this.running
      .catch(() => undefined)
      .then(() => {
        this.queued = undefined;
        return this.reload(reason);
      });
    return this.queued;
  }

  /** Watches the folders (recursively) and the reload stamp in the data folder; changes settle before a reload. */
  watch(folders: string[], dataDir: string): void {
    const settle = (reason: string) => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.reload(reason).catch(() => {}), SETTLE_MS);
      this.timer.unref();
    };
    for (const folder of folders) {
      if (!existsSync(folder)) continue;
      this.add(() =>
        watch(folder, { recursive: true }, (_event, name) => {
          // Editors' swap and backup files are not documents (nor lists, which are JSON).
          if (name && !/\.(md|ya?ml|json)$/i.test(String(name))) return;
          settle('folder-changed');
        }),
      );
    }
    const stamp = path.join(dataDir, RELOAD_STAMP);
    if (!existsSync(stamp)) requestReloadQuietly(stamp);
    this.add(() => watch(stamp, () => settle('reload-requested')));
  }

  close(): void {
    clearTimeout(this.timer);
    for (const watcher of this.watchers.splice(0)) watcher.close();
  }

  private add(open: () => FSWatcher): void {
    try {
      const watcher = open();
      // A folder that is removed while watched must not take the process down.
      watcher.on('error', (error) => {
        this.options.log.warn({ event: 'knowledge-watch-failed', err: error }, 'a knowledge folder watch stopped');
      });
      watcher.unref();
      this.watchers.push(watcher);
    } catch (error) {
      this.options.log.warn(
        { event: 'knowledge-watch-failed', err: error as Error },
        'a knowledge folder cannot be watched',
      );
    }
  }

  private async load(reason: string): Promise<ReloadOutcome> {
    const started = Date.now();
    const loaded = await this.options.load();
    if (loaded.folderProblems.length > 0) {
      this.options.log.warn(
        { event: 'knowledge-reload', outcome: 'kept', kind: reason, count: loaded.folderProblems.length },
        'the corpus was not reloaded: a folder is missing or empty',
      );
      return { kind: 'kept', problems: loaded.folderProblems };
    }
    this.options.holder.swap(loaded.knowledge);
    this.options.log.info(
      {
        event: 'knowledge-reload',
        outcome: 'reloaded',
        kind: reason,
        documents: loaded.knowledge.documents.length,
        count: loaded.problems.length,
        durationMs: Date.now() - started,
      },
      'corpus reloaded',
    );
    return {
      kind: 'reloaded',
      documents: loaded.knowledge.documents.length,
      problems: loaded.problems.length,
      version: this.options.holder.version,
    };
  }
}

function requestReloadQuietly(stamp: string): void {
  try {
    writeFileSync(stamp, '', { flag: 'a' });
  } catch {
    // A read-only data folder: the other triggers still work.
  }
}
