// `ressec ask "question"` and `ressec ask --jsonl`: one answer, or one JSON object per line for scripts and evaluation.
import type { Readable, Writable } from 'node:stream';
import type { Answer } from '../../answer/answer.js';
import { answerToReply } from '../../answer/answer-reply.js';
import type { AnswerService } from '../../answer/answer-service.js';
import { cappedLines } from './capped-lines.js';
import { renderReplies } from './render-terminal.js';

/** One input line at most: far above any real question (answers read 2,000 characters), far below memory trouble. */
export const MAX_JSONL_LINE_BYTES = 64 * 1024;

export interface AnswerRecord {
  id: string | number | null;
  question: string;
  outcome: Answer['outcome'] | 'invalid';
  answer: string;
  citations: { id: string; title: string; url: string; jurisdiction: string; excerpt: string }[];
  mode: Answer['mode'];
  error?: string;
}

export function toRecord(id: AnswerRecord['id'], answer: Answer): AnswerRecord {
  return {
    id,
    question: answer.question,
    outcome: answer.outcome,
    answer: answer.text,
    citations: answer.citations.map((citation) => ({
      id: citation.id,
      title: citation.title,
      url: citation.url,
      jurisdiction: citation.jurisdiction,
      excerpt: citation.excerpt,
    })),
    mode: answer.mode,
  };
}

export async function askOnce(answers: AnswerService, question: string, output: Writable): Promise<void> {
  const answer = await answers.answer(question);
  output.write(`${renderReplies([answerToReply(answer)]).text}\n`);
}

export async function askJsonLines(answers: AnswerService, input: Readable, output: Writable): Promise<number> {
  let count = 0;
  for await (const line of cappedLines(input, MAX_JSONL_LINE_BYTES)) {
    if (!line.tooLong && line.text.trim() === '') continue;
    let id: AnswerRecord['id'] = null;
    let question: unknown;
    if (!line.tooLong) {
      try {
        const parsed = JSON.parse(line.text) as { id?: unknown; question?: unknown };
        id = typeof parsed.id === 'string' || typeof parsed.id === 'number' ? parsed.id : null;
        question = parsed.question;
      } catch {
        question = undefined;
      }
    }
    if (typeof question !== 'string') {
      const record: AnswerRecord = {
        id,
        question: '',
        outcome: 'invalid',
        answer: '',
        citations: [],
        mode: answers.mode,
        error: line.tooLong
          ? `line ${line.number}: longer than ${MAX_JSONL_LINE_BYTES / 1024} KB, skipped`
          : `line ${line.number}: expected a JSON object with a string field "question"`,
      };
      await write(output, `${JSON.stringify(record)}\n`);
      continue;
    }
    const answer = await answers.answer(question);
    await write(output, `${JSON.stringify(toRecord(id, answer))}\n`);
    count += 1;
  }
  return count;
}

/** Honours back-pressure so a slow reader of stdout does not make answers pile up in memory. */
function write(output: Writable, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    output.write(text, (error) => (error ? reject(error) : resolve()));
  });
}
