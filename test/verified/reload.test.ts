// Corpus reload without a restart: a file watch on the institution folders, `ressec knowledge reload` and SIGHUP;
// the swap is whole, a question in flight finishes on the corpus it started with, and a folder left empty is not
// swapped in. And the promise: a verified answer saved from a ticket in one process is used for a new
// question by another process that is already running.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AnswerService } from '../../src/answer/answer-service.js';
import type { LlmAnswerer } from '../../src/answer/llm-answerer.js';
import { type App, buildApp } from '../../src/app.js';
import { textTurn } from '../../src/core/turn.js';
import { KnowledgeBase } from '../../src/knowledge/knowledge-base.js';
import { KnowledgeHolder } from '../../src/knowledge/knowledge-holder.js';
import { silentLogger } from '../../src/log.js';
import { main } from '../../src/main.js';
import { fixtureConfig } from '../support/fixture-app.js';
import { ADVICE, deskSavesVerifiedAnswer, QUESTION } from './support/desk-verifies.js';

const NEW_DOCUMENT = `---
id: eastmoor-test-export-office
title: Eastmoor export control office (fictitious test fixture)
jurisdiction: NL
topics: [institutional]
sources:
  - { title: Eastmoor export office, publisher: University of Eastmoor, url: "https://eastmoor.example/export", date: 2026-09 }
last_reviewed: 2026-11-01
review_by: 2099-05-01
---
## The Eastmoor export control office

The Eastmoor export control office checks every shipment of lab samples to a partner abroad within three working days.
`;
const NEW_QUESTION = 'Who checks a shipment of lab samples to a partner abroad at Eastmoor?';

const open: App[] = [];
afterEach(async () => {
  for (const app of open.splice(0)) await app.close();
});

function institutionFolder(): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'ressec-institution-'));
  copyFileSync('test/fixtures/institution/eastmoor-test-procedure.md', path.join(folder, 'eastmoor-test-procedure.md'));
  return folder;
}

async function liveApp(extra: Record<string, string>) {
  const config = fixtureConfig({ RESSEC_INSTITUTION_JURISDICTION: 'NL', ...extra });
  const app = await buildApp(config, silentLogger(), { stateUrl: 'memory:', watchKnowledge: true });
  open.push(app);
  return { app, config };
}

async function answerText(app: App, question: string): Promise<string> {
  const replies = await app.router.handleTurn(textTurn(question));
  return replies
    .flatMap((reply) => reply.blocks)
    .map((block) => (block.kind === 'text' ? block.markdown : block.kind === 'context' ? block.text : ''))
    .join('\n');
}

describe('corpus reload', () => {
  it('reloads when a document is added to an institution folder, with no restart', async () => {
    const folder = institutionFolder();
    const { app } = await liveApp({ RESSEC_INSTITUTION_DIRS: folder });
    expect(app.knowledge.document('eastmoor-test-export-office')).toBeUndefined();
    writeFileSync(path.join(folder, 'eastmoor-test-export-office.md'), NEW_DOCUMENT);
    await vi.waitUntil(() => app.knowledgeHolder.version > 1, { timeout: 10_000, interval: 20 });
    expect(app.knowledge.document('eastmoor-test-export-office')).toBeDefined();
    expect(await answerText(app, NEW_QUESTION)).toContain('three working days');
  });

  it('`ressec knowledge reload` checks the corpus, then every live process on the data folder reloads; so does SIGHUP', async () => {
    const folder = institutionFolder();
    const { app, config } = await liveApp({ RESSEC_INSTITUTION_DIRS: folder, RESSEC_WATCH_KNOWLEDGE: 'false' });
    let output = '';
    const stdout = new Writable({
      write(chunk, _encoding, callback) {
        output += chunk.toString();
        callback();
      },
    });
    const environment = {
      RESSEC_DATA_DIR: config.dataDir,
      RESSEC_KNOWLEDGE_DIR: 'test/fixtures/knowledge',
      RESSEC_INSTITUTION_DIRS: folder,
      RESSEC_LOG_LEVEL: 'silent',
    };
    const io = { stdin: new PassThrough(), stdout, stderr: new PassThrough(), isTTY: false };
    expect(await main(['knowledge', 'reload'], environment, io)).toBe(0);
    expect(output).toContain('to reload the corpus');
    await vi.waitUntil(() => app.knowledgeHolder.version === 2, { timeout: 10_000, interval: 20 });

    process.emit('SIGHUP', 'SIGHUP');
    await vi.waitUntil(() => app.knowledgeHolder.version === 3, { timeout: 10_000, interval: 20 });

    // A broken document fails the check: nothing is signalled.
    writeFileSync(path.join(folder, 'broken.md'), '---\nid: Broken Id\n---\n');
    expect(await main(['knowledge', 'reload'], environment, io)).toBe(1);
  });

  it('keeps the corpus in use when a folder is left empty, and answers on', async () => {
    const folder = institutionFolder();
    const { app } = await liveApp({ RESSEC_INSTITUTION_DIRS: folder, RESSEC_WATCH_KNOWLEDGE: 'false' });
    rmSync(path.join(folder, 'eastmoor-test-procedure.md'));
    const outcome = await app.reloader.reload('test');
    expect(outcome).toMatchObject({ kind: 'kept' });
    expect(app.knowledge.document('eastmoor-test-procedure')).toBeDefined();
    expect(app.knowledgeHolder.version).toBe(1);
    expect(
      await answerText(
        app,
        'How long before signing a partnership agreement do I consult the Eastmoor Research Security Desk?',
      ),
    ).toContain('six weeks');
  });

  it('a question in flight finishes on the corpus it started with while the corpus is swapped', async () => {
    const folder = institutionFolder();
    writeFileSync(path.join(folder, 'eastmoor-test-export-office.md'), NEW_DOCUMENT);
    const before = await KnowledgeBase.load({ dir: 'test/fixtures/knowledge', institutionDirs: [folder] });
    const after = await KnowledgeBase.load({ dir: 'test/fixtures/knowledge', institutionDirs: [] });
    const holder = new KnowledgeHolder(before.knowledge);
    let release: () => void = () => {};
    let entered: () => void = () => {};
    const inModel = new Promise<void>((resolve) => {
      entered = resolve;
    });
    // A model call that waits: the corpus is swapped while the answer is being worded.
    const llm = {
      answer: async () => {
        entered();
        await new Promise<void>((resolve) => {
          release = resolve;
        });
        return { ok: false as const, reason: 'timeout' };
      },
    } as unknown as LlmAnswerer;
    const service = new AnswerService({ knowledge: holder, log: silentLogger(), llm, deskName: 'the desk' });
    const pending = service.answer(NEW_QUESTION);
    await inModel;
    holder.swap(after.knowledge);
    release();
    const answer = await pending;
    expect(answer.outcome).toBe('answered');
    expect(answer.citations.map((citation) => citation.documentId)).toContain('eastmoor-test-export-office');
    // The next question reads the new corpus.
    expect((await service.answer(NEW_QUESTION)).citations.map((citation) => citation.documentId)).not.toContain(
      'eastmoor-test-export-office',
    );
  });
});

describe('a verified answer saved in one process is used by another, running process', () => {
  let child: ChildProcessWithoutNullStreams | undefined;
  afterEach(() => {
    child?.kill();
  });

  it('with no restart', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'ressec-two-processes-'));
    const environment = {
      RESSEC_DATA_DIR: path.join(root, 'data'),
      RESSEC_VERIFIED_DIR: path.join(root, 'verified'),
      RESSEC_KNOWLEDGE_DIR: 'test/fixtures/knowledge',
      RESSEC_OFFLINE: 'true',
      RESSEC_DESK_MEMBERS: 'console:desk-anna',
      RESSEC_LOG_LEVEL: 'info',
    };
    mkdirSync(environment.RESSEC_DATA_DIR, { recursive: true });
    // The running process: the terminal chat, a separate Node process on the same folders.
    const running = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', 'chat'], {
      env: { PATH: process.env.PATH ?? '', ...environment },
    });
    child = running;
    let screen = '';
    running.stdout.on('data', (chunk: Buffer) => {
      screen += chunk.toString();
    });
    // On a timeout, say what the chat printed instead: a declined question reads differently from a hung process.
    const seen = (text: string, from: number) =>
      vi
        .waitUntil(() => screen.slice(from).includes(text), { timeout: 30_000, interval: 25 })
        .catch(() => {
          throw new Error(`the chat never printed "${text}"; it printed:\n${screen.slice(from).slice(-1500)}`);
        });
    await seen('guidance documents loaded', 0);
    let mark = screen.length;
    running.stdin.write(`${QUESTION}\n`);
    await seen('› Type', mark);
    expect(screen.slice(mark)).not.toContain('Verified by the advice desk');

    // The desk, in this process: ticket, advice, close, "Save as verified answer".
    const desk = await buildApp(fixtureConfig(environment), silentLogger(), { stateUrl: 'memory:' });
    try {
      await deskSavesVerifiedAnswer(desk);
    } finally {
      await desk.close();
    }
    const log = path.join(environment.RESSEC_DATA_DIR, 'ressec.log');
    await vi.waitUntil(() => existsSync(log) && readFileSync(log, 'utf8').includes('"outcome":"reloaded"'), {
      timeout: 15_000,
      interval: 25,
    });

    mark = screen.length;
    running.stdin.write('Can I take my own laptop to a conference in Brazil?\n');
    await seen('Verified by the advice desk on', mark);
    expect(screen.slice(mark)).toContain(ADVICE.slice(0, 60));
    running.stdin.write('/quit\n');
    await new Promise((resolve) => running.once('exit', resolve));
  }, 90_000);
});
