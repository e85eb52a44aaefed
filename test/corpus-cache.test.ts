import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnswerService } from '../src/answer/answer-service.js';
import { KnowledgeBase, type KnowledgeOptions } from '../src/knowledge/knowledge-base.js';
import { silentLogger } from '../src/log.js';

const QUESTIONS = [
  'Who can I ask about knowledge security in the Netherlands?',
  'Do I need an export licence to share dual-use software with a partner in China?',
  'What should I do with my laptop before I travel abroad?',
  'Welke regels gelden voor een gastonderzoeker uit Iran?',
  'What is the RCAT and when did it start?',
];

function answerService(knowledge: KnowledgeBase) {
  return new AnswerService({ knowledge, log: silentLogger(), deskName: 'the desk', today: () => '2026-11-24' });
}

function cacheFiles(directory: string): string[] {
  return readdirSync(directory).filter((name) => name.startsWith('index-'));
}

function fixtureCorpus(): { options: KnowledgeOptions; corpus: string; cacheDir: string } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'ressec-cache-'));
  const corpus = path.join(root, 'knowledge');
  cpSync(path.resolve('test/fixtures/knowledge'), corpus, { recursive: true });
  const cacheDir = path.join(root, 'data', 'cache');
  return { options: { dir: corpus, institutionDirs: [], cache: { dir: cacheDir, version: 'test' } }, corpus, cacheDir };
}

describe('the persisted corpus', () => {
  it('answers from the cache exactly as from a fresh analysis', async () => {
    const cacheDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'ressec-cache-')), 'cache');
    const options: KnowledgeOptions = {
      dir: path.resolve('knowledge'),
      institutionDirs: [],
      institutionJurisdiction: 'NL',
      cache: { dir: cacheDir, version: 'test' },
    };
    const fresh = await KnowledgeBase.load({ ...options, cache: undefined });
    const built = await KnowledgeBase.load(options);
    const cached = await KnowledgeBase.load(options);
    expect(built.cache?.kind).toBe('built');
    expect(cached.cache?.kind).toBe('hit');
    expect(cached.problems).toEqual(fresh.problems);
    expect(cached.knowledge.documents).toEqual(fresh.knowledge.documents);
    expect(cached.knowledge.passages).toEqual(fresh.knowledge.passages);
    // The term statistics counted while reading the file are those a fresh analysis counts.
    const statistics = (knowledge: KnowledgeBase) => knowledge.analysis.statistics;
    expect(statistics(cached.knowledge).passageCount).toBe(statistics(fresh.knowledge).passageCount);
    const terms = new Set(
      fresh.knowledge.passages.flatMap((passage) => [...(fresh.knowledge.analysis.passage(passage.id)?.terms ?? [])]),
    );
    for (const term of terms) {
      expect(statistics(cached.knowledge).frequency(term), term).toBe(statistics(fresh.knowledge).frequency(term));
    }
    // Each passage's term sets, built on first use from the cache, are those a fresh analysis builds.
    for (const passage of fresh.knowledge.passages) {
      const [was, now] = [fresh, cached].map((loaded) => loaded.knowledge.analysis.passage(passage.id));
      expect(now?.terms, passage.id).toEqual(was?.terms);
      expect(now?.headingTerms, passage.id).toEqual(was?.headingTerms);
    }
    for (const question of QUESTIONS) {
      const ranked = (knowledge: KnowledgeBase) =>
        knowledge.retrieve(question).hits.map((hit) => [hit.passage.id, hit.score]);
      expect(ranked(cached.knowledge)).toEqual(ranked(fresh.knowledge));
      const [fromCache, fromFresh] = await Promise.all([
        answerService(cached.knowledge).answer(question),
        answerService(fresh.knowledge).answer(question),
      ]);
      expect(fromCache.text).toBe(fromFresh.text);
      expect(fromCache.citations).toEqual(fromFresh.citations);
    }
    const [file] = cacheFiles(cacheDir);
    expect(statSync(path.join(cacheDir, file ?? '')).mode & 0o777).toBe(0o600);
    expect(statSync(cacheDir).mode & 0o777).toBe(0o700);
  });

  it('is not used once a document changes, and the old file is replaced', async () => {
    const { options, corpus, cacheDir } = fixtureCorpus();
    await KnowledgeBase.load(options);
    const before = cacheFiles(cacheDir);
    const file = path.join(corpus, 'general', readdirSync(path.join(corpus, 'general'))[0] ?? '');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n## /, '\nA zanzibarian sentence added.\n\n## '));
    const changed = await KnowledgeBase.load(options);
    expect(changed.cache?.kind).toBe('built');
    expect(changed.knowledge.passages.some((passage) => passage.text.includes('zanzibarian'))).toBe(true);
    expect(changed.knowledge.retrieve('zanzibarian').hits.length).toBeGreaterThan(0);
    const after = cacheFiles(cacheDir);
    expect(after).toHaveLength(1);
    expect(after).not.toEqual(before);
    expect((await KnowledgeBase.load(options)).cache?.kind).toBe('hit');
  });

  it('rebuilds a cut-short or garbled file, with the reason, and never fails the load', async () => {
    const { options, cacheDir } = fixtureCorpus();
    const fresh = await KnowledgeBase.load(options);
    const file = path.join(cacheDir, cacheFiles(cacheDir)[0] ?? '');
    truncateSync(file, Math.floor(statSync(file).size / 2));
    const truncated = await KnowledgeBase.load(options);
    expect(truncated.cache).toMatchObject({ kind: 'rebuilt', reason: 'cut short' });
    expect(truncated.knowledge.passages).toEqual(fresh.knowledge.passages);
    expect((await KnowledgeBase.load(options)).cache?.kind).toBe('hit');
    writeFileSync(file, 'ressec-corpus\n12\n{"schema": 1,');
    expect((await KnowledgeBase.load(options)).cache?.kind).toBe('rebuilt');
    writeFileSync(file, Buffer.from([0, 159, 146, 150]));
    const garbled = await KnowledgeBase.load(options);
    expect(garbled.cache).toMatchObject({ kind: 'rebuilt', reason: 'not a corpus cache file' });
    expect(garbled.knowledge.retrieve('laptop travel').hits.map((hit) => hit.passage.id)).toEqual(
      fresh.knowledge.retrieve('laptop travel').hits.map((hit) => hit.passage.id),
    );
  });

  it('still loads when the cache folder cannot be written', async () => {
    const { options } = fixtureCorpus();
    const blocked = path.join(mkdtempSync(path.join(os.tmpdir(), 'ressec-cache-')), 'file');
    writeFileSync(blocked, '');
    const loaded = await KnowledgeBase.load({
      ...options,
      cache: { dir: path.join(blocked, 'cache'), version: 'test' },
    });
    expect(loaded.cache?.kind).toBe('unwritable');
    expect(loaded.knowledge.passages.length).toBeGreaterThan(0);
  });
});
