// Scoring one answer: which key facts it holds (in its text, or in its text and cited excerpts) and how many of its
// sentences carry no citation.
import type { Answer } from '../../src/answer/answer.js';
import { splitSentences } from '../../src/knowledge/sentences.js';
import type { EvalQuestion } from './question-set.js';

/** Case, accents, quote and dash styles and spacing do not decide whether a fact is there. */
export function foldForMatching(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”„«»]/g, '"')
    .replace(/[‐‑‒–—−]/g, '-')
    .replace(/\s+/g, ' ');
}

export function factFound(wordings: string[], foldedHaystack: string): boolean {
  return wordings.some((wording) => {
    const folded = foldForMatching(wording).trim();
    return folded.length > 0 && foldedHaystack.includes(folded);
  });
}

const CITATION_RUN = /(?:\s*\[\d+(?:\s*,\s*\d+)*\])+/g;

/**
 * Sentences of the answer text that carry no `[n]`. A label ending in a colon ("Contact points:") introduces cited
 * lines and is not a claim.
 */
export function uncitedSentences(text: string): string[] {
  const uncited: string[] = [];
  for (const line of text.split(/\n+/)) {
    const pieces = line.split(CITATION_RUN);
    pieces.forEach((piece, index) => {
      const cited = index < pieces.length - 1;
      const sentences = splitSentences(piece.trim()).filter((sentence) => /\p{L}/u.test(sentence));
      const claims = sentences.filter((sentence) => !/:$/.test(sentence.trim()));
      // The last sentence before a marker is the cited one; any before it in the same piece are not.
      const unmarked = cited ? claims.slice(0, sentences.at(-1)?.trim().endsWith(':') ? claims.length : -1) : claims;
      uncited.push(...unmarked);
    });
  }
  return uncited;
}

export interface QuestionScore {
  question: EvalQuestion;
  outcome: Answer['outcome'];
  /** Share of the key facts found in the answer text or its cited excerpts (0 when nothing was answered). */
  coverage: number;
  /** Share of the key facts found in the answer text alone. */
  answerTextCoverage: number;
  missing: string[][];
  missingFromText: string[][];
  uncited: string[];
}

export function scoreAnswer(question: EvalQuestion, answer: Answer): QuestionScore {
  const text = foldForMatching(answer.text);
  const withExcerpts = foldForMatching(
    [answer.text, ...answer.citations.map((citation) => `${citation.title} ${citation.excerpt}`)].join('\n'),
  );
  const facts = question.expected === 'answered' ? question.facts : [];
  const missing = facts.filter((fact) => !factFound(fact, withExcerpts));
  const missingFromText = facts.filter((fact) => !factFound(fact, text));
  const share = (absent: number) => (facts.length === 0 ? 1 : (facts.length - absent) / facts.length);
  return {
    question,
    outcome: answer.outcome,
    coverage: share(missing.length),
    answerTextCoverage: share(missingFromText.length),
    missing,
    missingFromText,
    uncited: answer.outcome === 'answered' ? uncitedSentences(answer.text) : [],
  };
}
