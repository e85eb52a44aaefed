// Inbox admissions written by a thread of their own: the acknowledging event loop hands a batch over and goes on
// reading requests while the batch is synced to disk, so one slow sync no longer holds every request behind it.
// A writer that dies is started again; the admissions it had not confirmed fail, and Slack retries them.
import type { Worker } from 'node:worker_threads';
import type { Platform } from '../../../core/turn.js';
import type { Logger } from '../../../log.js';
import type { AdmissionGroup, AdmissionStore } from '../group-admission.js';
import type { FromAdmissionWriter, ToAdmissionWriter } from './admission-writer-main.js';
import { spawnThread } from './spawn-thread.js';

interface Pending {
  resolve: (admitted: boolean[][]) => void;
  reject: (error: Error) => void;
}

export class AdmissionWriter implements AdmissionStore {
  private worker: Worker | undefined;
  private ready: Promise<void> | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private stopping = false;

  constructor(private readonly options: { dataDir: string; platform: Platform; log: Logger }) {}

  start(): Promise<void> {
    // It holds a batch of rows at a time: a small young generation keeps its heap (and the process's RSS) small.
    const worker = spawnThread(
      'admission-writer-main',
      { dataDir: this.options.dataDir, platform: this.options.platform },
      { maxYoungGenerationSizeMb: 4 },
    );
    this.worker = worker;
    this.ready = new Promise<void>((resolve, reject) => {
      worker.on('message', (message: FromAdmissionWriter) => {
        if (message.type === 'ready') return resolve();
        const pending = this.pending.get(message.id);
        if (!pending) return;
        this.pending.delete(message.id);
        if (message.type === 'admitted') pending.resolve(message.admitted);
        else pending.reject(new Error(message.message));
      });
      worker.once('error', reject);
      worker.once('exit', (code) => {
        reject(new Error(`the admission writer exited (${code})`));
        this.exited(worker, code);
      });
    });
    return this.ready;
  }

  async admitGroups(groups: readonly AdmissionGroup[], now: number): Promise<boolean[][]> {
    await this.ready;
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker?.postMessage({ type: 'admit', id, groups: [...groups], now } satisfies ToAdmissionWriter);
    });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    const worker = this.worker;
    if (!worker) return;
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    worker.postMessage({ type: 'stop' } satisfies ToAdmissionWriter);
    await exited;
  }

  private exited(worker: Worker, code: number): void {
    if (worker !== this.worker) return;
    for (const pending of this.pending.values()) pending.reject(new Error('the admission writer stopped'));
    this.pending.clear();
    if (this.stopping) return;
    this.options.log.error({ event: 'admission-writer-exited', statusCode: code }, 'the admission writer stopped');
    this.start().catch((error: unknown) =>
      this.options.log.error({ event: 'admission-writer-failed', err: error as Error }, 'no admission writer'),
    );
  }
}
