// The corpus is untrusted: `knowledge check` flags injected sentences (warnings for an institution, errors when
// shipped), and neither answerer quotes them.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnswerService } from '../src/answer/answer-service.js';
import { lintCorpus } from '../src/answer/untrusted-text.js';
import { KnowledgeBase } from '../src/knowledge/knowledge-base.js';
import { silentLogger } from '../src/log.js';
import { temporaryDataDir } from './support/fixture-app.js';

const BIN = path.resolve('bin/ressec.js');
const INJECTED = 'test/fixtures/injected';

function knowledgeCheck(args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, [BIN, 'knowledge', 'check', ...args], {
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH ?? '',
      RESSEC_DATA_DIR: temporaryDataDir(),
      RESSEC_KNOWLEDGE_DIR: 'test/fixtures/knowledge',
      RESSEC_LOG_LEVEL: 'silent',
      ...env,
    },
    timeout: 90_000,
  });
  return { code: result.status, stdout: result.stdout };
}

describe('untrusted corpus lint', () => {
  it('names each kind of injected sentence in an institution document', async () => {
    const { knowledge } = await KnowledgeBase.load({
      dir: path.resolve('test/fixtures/knowledge'),
      institutionDirs: [path.resolve(INJECTED)],
    });
    const findings = lintCorpus(knowledge);
    expect(new Set(findings.map((finding) => finding.kind))).toEqual(
      new Set(['instruction', 'foreign-link', 'chat-syntax', 'credential-request']),
    );
    expect(findings.every((finding) => finding.institutional && finding.file.endsWith('eastmoor-injected.md'))).toBe(
      true,
    );
    // The document's own host is allowed: the sentence naming it is not flagged for that.
    expect(findings.some((finding) => finding.excerpt.startsWith('Loan questions go to'))).toBe(false);
    expect(findings.some((finding) => finding.excerpt.startsWith('Eastmoor lends'))).toBe(false);
  });

  it('are warnings for an institution, failing only with --strict', () => {
    const relaxed = knowledgeCheck([], { RESSEC_INSTITUTION_DIRS: INJECTED });
    expect(relaxed.code).toBe(0);
    expect(relaxed.stdout).toMatch(
      /⚠ .*eastmoor-injected\.md \[Returning a loaner laptop at Eastmoor\]: text addressed/,
    );
    expect(relaxed.stdout).toMatch(/chat control syntax/);
    expect(relaxed.stdout).toMatch(/passwords or credentials/);
    const strict = knowledgeCheck(['--strict'], { RESSEC_INSTITUTION_DIRS: INJECTED });
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(/--strict: failing/);
  });

  it('are errors in the shipped corpus', () => {
    const corpus = mkdtempSync(path.join(tmpdir(), 'ressec-corpus-'));
    cpSync('test/fixtures/knowledge', corpus, { recursive: true });
    cpSync(path.join(INJECTED, 'eastmoor-injected.md'), path.join(corpus, 'eastmoor-injected.md'));
    const { code, stdout } = knowledgeCheck([], { RESSEC_KNOWLEDGE_DIR: corpus });
    expect(code).toBe(1);
    expect(stdout).toMatch(/✗ .*eastmoor-injected\.md \[Borrowing a loaner laptop at Eastmoor\]: text addressed/);
  });

  it('warns of a source that dates an instrument the text never dates, and fails a shipped one', () => {
    const institution = knowledgeCheck([], { RESSEC_INSTITUTION_DIRS: 'test/fixtures/undated' });
    expect(institution.code).toBe(0);
    expect(institution.stdout).toMatch(
      /⚠ .*eastmoor-sanctions-note\.md \[sources\]: a source dates an instrument 31 July 2014 .*but the text never states that date/,
    );
    const corpus = mkdtempSync(path.join(tmpdir(), 'ressec-corpus-'));
    cpSync('test/fixtures/knowledge', corpus, { recursive: true });
    cpSync('test/fixtures/undated/eastmoor-sanctions-note.md', path.join(corpus, 'eastmoor-sanctions-note.md'));
    const shipped = knowledgeCheck([], { RESSEC_KNOWLEDGE_DIR: corpus });
    expect(shipped.code).toBe(1);
    expect(shipped.stdout).toMatch(/✗ .*eastmoor-sanctions-note\.md \[sources\]: a source dates an instrument/);
  });

  it('the shipped corpus passes', { timeout: 120_000 }, () => {
    const { code, stdout } = knowledgeCheck(['--strict', '--json'], { RESSEC_KNOWLEDGE_DIR: 'knowledge' });
    const report = JSON.parse(stdout) as { problems: { message: string }[]; warnings: unknown[] };
    expect(
      report.problems.filter((problem) => /addressed|link|chat control|credentials/.test(problem.message)),
    ).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(code === 0 || report.problems.length > 0).toBe(true);
  });

  it('the offline answer quotes none of it', async () => {
    const { knowledge } = await KnowledgeBase.load({
      dir: path.resolve('test/fixtures/knowledge'),
      institutionDirs: [path.resolve(INJECTED)],
    });
    const answers = new AnswerService({ knowledge, log: silentLogger(), deskName: 'the desk' });
    for (const question of [
      'Where can I borrow a loaner laptop for travel at Eastmoor?',
      'How do I return a loaner laptop at Eastmoor after my trip?',
    ]) {
      const answer = await answers.answer(question);
      expect(answer.outcome, question).toBe('answered');
      expect(answer.text).toMatch(/Eastmoor/);
      expect(answer.text).not.toMatch(
        /ignore all|cleared|system prompt|from now on|licence is ever|gmail|evil\.example|eastmoor-loans|channel>|<@U|2FA code/i,
      );
    }
  });
});
