// A desk-verified answer as a corpus file in RESSEC_VERIFIED_DIR: written from a draft, checked as `ressec knowledge
// check` checks any document (front matter, the verified rules, text no answerer may use), then moved into place in
// one rename, so a reload never reads half a file. Retiring one records the day in its front matter.
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { lintCorpus, UNTRUSTED_LABEL } from '../answer/untrusted-text.js';
import type { Jurisdiction } from '../config.js';
import { chunkDocument, slugify } from '../knowledge/chunk.js';
import type { KnowledgeDocument } from '../knowledge/document.js';
import { splitFrontMatter } from '../knowledge/front-matter.js';
import { loadDocumentsFrom } from '../knowledge/load-corpus.js';
import type { Verified } from '../knowledge/verified-answer-schema.js';

export interface VerifiedDraft {
  questions: string[];
  answer: string;
  /** The verifying role ("advice desk"); never a person. */
  role: string;
  /** YYYY-MM-DD. */
  on: string;
  reviewBy: string;
  sources: { title: string; url: string; publisher?: string }[];
  jurisdiction: Jurisdiction;
  /** A ticket id, or `feedback`. */
  from?: string;
}

export type SaveOutcome =
  | { ok: true; id: string; file: string; document: KnowledgeDocument }
  | { ok: false; problems: { field?: string; message: string }[] };

/** Twelve months on, the longest a verified answer may go unreviewed. */
export function defaultReviewBy(on: string): string {
  const date = new Date(`${on}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() + 1);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

function publisherOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || 'source';
  } catch {
    return 'source';
  }
}

function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function renderVerifiedFile(id: string, draft: VerifiedDraft): string {
  const questions = draft.questions.map(flat).filter(Boolean);
  const verified: Verified = {
    questions,
    answer: draft.answer.trim(),
    role: flat(draft.role),
    on: draft.on,
    ...(draft.from ? { from: draft.from } : {}),
  };
  const front = {
    id,
    title: `Verified answer: ${(questions[0] ?? 'a question').slice(0, 140)}`,
    jurisdiction: draft.jurisdiction,
    topics: ['institutional'],
    sources: draft.sources.map((source) => ({
      title: flat(source.title) || publisherOf(source.url),
      publisher: flat(source.publisher ?? '') || publisherOf(source.url),
      url: source.url.trim(),
      date: draft.on,
    })),
    last_reviewed: draft.on,
    review_by: draft.reviewBy,
    verified,
  };
  const sourceList = draft.sources.map((_, index) => index + 1).join(', ');
  const body = `## ${questions[0] ?? 'Question'}\n\n${verified.answer}\n${sourceList ? `<!-- sources: ${sourceList} -->\n` : ''}`;
  return `---\n${stringify(front, { lineWidth: 0 })}---\n${body}`;
}

/** Checks a file's text as the knowledge check would; returns its document or the problems, naming fields. */
export async function checkVerifiedFile(
  id: string,
  text: string,
): Promise<{ document?: KnowledgeDocument; problems: { field?: string; message: string }[] }> {
  const staging = mkdtempSync(path.join(os.tmpdir(), 'ressec-verified-'));
  try {
    writeFileSync(path.join(staging, `${id}.md`), text);
    const loaded = await loadDocumentsFrom(staging, true);
    const problems = loaded.problems.map(({ field, message }) => ({ field, message }));
    const document = loaded.documents[0];
    if (document && !document.verified) problems.push({ field: 'verified', message: 'not a verified answer' });
    if (document) {
      const passages = chunkDocument(document);
      for (const finding of lintCorpus({ passages, document: () => document })) {
        problems.push({
          field: 'answer',
          message: `${UNTRUSTED_LABEL[finding.kind]}: "${finding.excerpt}…" (add a source from that site, or leave it out)`,
        });
      }
    }
    return { document: problems.length === 0 ? document : undefined, problems };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

function moveIntoPlace(directory: string, id: string, text: string): string {
  mkdirSync(directory, { recursive: true });
  const file = path.join(directory, `${id}.md`);
  // Not *.md until the rename, so a reload between the two never reads half a file.
  const temporary = path.join(directory, `.${id}.${randomBytes(4).toString('hex')}.tmp`);
  writeFileSync(temporary, text);
  renameSync(temporary, file);
  return file;
}

export async function saveVerifiedAnswer(directory: string, draft: VerifiedDraft): Promise<SaveOutcome> {
  const questions = draft.questions.map(flat).filter(Boolean);
  if (questions.length === 0)
    return { ok: false, problems: [{ field: 'questions', message: 'Give at least one question.' }] };
  if (draft.sources.length === 0) {
    return {
      ok: false,
      problems: [
        { field: 'sources', message: 'Give at least one source: a title and an https:// link, one per line.' },
      ],
    };
  }
  const id = `verified-${slugify(questions[0] ?? '')
    .slice(0, 48)
    .replace(/-+$/, '')}-${randomBytes(2).toString('hex')}`;
  const text = renderVerifiedFile(id, { ...draft, questions });
  const checked = await checkVerifiedFile(id, text);
  if (!checked.document) return { ok: false, problems: checked.problems };
  const file = moveIntoPlace(directory, id, text);
  return { ok: true, id, file, document: checked.document };
}

export interface VerifiedListing {
  id: string;
  file: string;
  questions: string[];
  on: string;
  reviewBy: string;
  retired?: string;
}

/** The verified answers in the folder, in force or not, newest first. */
export function listVerifiedAnswers(directory: string): VerifiedListing[] {
  let names: string[];
  try {
    names = readdirSync(directory).filter((name) => name.endsWith('.md'));
  } catch {
    return [];
  }
  const listings: VerifiedListing[] = [];
  for (const name of names) {
    const file = path.join(directory, name);
    try {
      const split = splitFrontMatter(readFileSync(file, 'utf8'));
      const data = split?.data as { id?: string; review_by?: unknown; verified?: Partial<Verified> } | undefined;
      if (!data?.verified || !data.id) continue;
      const day = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? ''));
      listings.push({
        id: data.id,
        file,
        questions: data.verified.questions ?? [],
        on: day(data.verified.on),
        reviewBy: day(data.review_by),
        ...(data.verified.retired ? { retired: day(data.verified.retired) } : {}),
      });
    } catch {
      // An unreadable file is the knowledge check's to report.
    }
  }
  return listings.sort((a, b) => b.on.localeCompare(a.on) || a.id.localeCompare(b.id));
}

/** Marks the verified answer retired from `today`; false when there is no such answer in the folder. */
export function retireVerifiedAnswer(directory: string, id: string, today: string): boolean {
  if (!/^verified-[a-z0-9-]+$/.test(id)) return false;
  const file = path.join(directory, `${id}.md`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return false;
  }
  const split = splitFrontMatter(text);
  const data = split?.data as { verified?: Record<string, unknown> } | undefined;
  if (!split || !data?.verified) return false;
  data.verified.retired = today;
  moveIntoPlace(directory, id, `---\n${stringify(data, { lineWidth: 0 })}---\n${split.body}`);
  return true;
}
