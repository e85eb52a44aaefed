// Evaluation question sets: the old corpus-derived set and the blind set (tuning and locked halves), read into one
// shape. Old key facts are strings with `|` between accepted wordings; blind ones are lists of accepted wordings.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const OUTCOMES = ['answered', 'no-grounding', 'declined', 'refused'] as const;

const rawQuestionSchema = z.object({
  id: z.string().min(1),
  question: z.string().min(1),
  expected: z.enum(OUTCOMES),
  jurisdiction: z.string().default('GENERAL'),
  language: z.string().default('en'),
  style: z.string().optional(),
  topic: z.string().optional(),
  key_facts: z.array(z.union([z.string().min(1), z.array(z.string().min(1)).min(1)])).default([]),
});

export interface EvalQuestion {
  id: string;
  question: string;
  expected: (typeof OUTCOMES)[number];
  jurisdiction: string;
  language: string;
  style?: string;
  topic?: string;
  /** Each fact is a list of accepted wordings; any one of them counts. */
  facts: string[][];
}

export const EVAL_DIR = path.dirname(new URL(import.meta.url).pathname);
export const OLD_SET = path.join(EVAL_DIR, 'questions.jsonl');
export const BLIND_TUNING = path.join(EVAL_DIR, 'blind', 'tuning.jsonl');
export const BLIND_LOCKED = path.join(EVAL_DIR, 'blind', 'locked.jsonl');
/** A third blind set, written later by another author: looked at and tuned against, like the tuning half. */
export const BLIND_DEV = path.join(EVAL_DIR, 'blind', 'dev.jsonl');
/**
 * A fourth author's set (2026-12-02), split like the first: its tuning half may be looked at, its locked half only
 * scored. Its author used secondary sources (law firms, universities, encyclopaedias) for about a third of the items.
 */
export const BLIND_DEV2_TUNING = path.join(EVAL_DIR, 'blind', 'dev2-tuning.jsonl');
export const BLIND_DEV2_LOCKED = path.join(EVAL_DIR, 'blind', 'dev2-locked.jsonl');
/** A fifth author's set (2026-12-02, end of session 10), split the same way; first scored after that session's work. */
export const BLIND_DEV3_TUNING = path.join(EVAL_DIR, 'blind', 'dev3-tuning.jsonl');
export const BLIND_DEV3_LOCKED = path.join(EVAL_DIR, 'blind', 'dev3-locked.jsonl');
/**
 * A sixth author's set (2026-12-03, session 12), split the same way: 240 questions mostly from pages looked up for the
 * purpose rather than the shared fact base, about a fifth of them resting on secondary sources or mirrors.
 */
export const BLIND_DEV4_TUNING = path.join(EVAL_DIR, 'blind', 'dev4-tuning.jsonl');
export const BLIND_DEV4_LOCKED = path.join(EVAL_DIR, 'blind', 'dev4-locked.jsonl');
/**
 * A seventh author's set (2026-12-03, end of session 12), written after that session's changes and first scored once
 * they were done: 160 questions on topics the earlier sets had not asked, about a third from secondary sources.
 */
export const BLIND_DEV5_TUNING = path.join(EVAL_DIR, 'blind', 'dev5-tuning.jsonl');
export const BLIND_DEV5_LOCKED = path.join(EVAL_DIR, 'blind', 'dev5-locked.jsonl');
/**
 * An eighth author's set (2026-12-03, session 16), scored as written: 222 questions aimed at what researchers and
 * research offices ask in practice (who decides, how to reach it, what to do first, how long), in every jurisdiction,
 * alternated between the halves within each jurisdiction. About 60% of its facts rest on the shared fact base's
 * verified bullets; a few on mirrors or news sites.
 */
export const BLIND_DEV6_TUNING = path.join(EVAL_DIR, 'blind', 'dev6-tuning.jsonl');
export const BLIND_DEV6_LOCKED = path.join(EVAL_DIR, 'blind', 'dev6-locked.jsonl');

export function parseQuestionSet(text: string, file: string): EvalQuestion[] {
  const questions: EvalQuestion[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (error) {
      throw new Error(`${file}:${index + 1}: not JSON (${(error as Error).message})`);
    }
    const parsed = rawQuestionSchema.safeParse(json);
    if (!parsed.success) throw new Error(`${file}:${index + 1}: ${parsed.error.message}`);
    const { key_facts, ...rest } = parsed.data;
    questions.push({
      ...rest,
      facts: key_facts.map((fact) =>
        (typeof fact === 'string' ? fact.split('|') : fact).map((wording) => wording.trim()).filter(Boolean),
      ),
    });
  });
  return questions;
}

export function loadQuestionSet(file: string): EvalQuestion[] {
  return parseQuestionSet(readFileSync(file, 'utf8'), file);
}

/** The blind half when it has been written, else undefined. */
export function loadBlindHalf(file: string): EvalQuestion[] | undefined {
  return existsSync(file) ? loadQuestionSet(file) : undefined;
}
