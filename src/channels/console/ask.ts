// `ressec ask "question"` and `ressec ask --jsonl`: one answer, or one JSON object per line for scripts and evaluation.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Answer } from '../../answer/answer.js';
import { answerToReply } from '../../answer/answer-reply.js';
import type { AnswerService } from '../../answer/answer-service.js';
import { renderReplies } from './render-terminal.js';

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
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let count = 0;
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    let id: AnswerRecord['id'] = null;
    let question: unknown;
    try {
      const parsed = JSON.parse(line) as { id?: unknown; question?: unknown };
      id = typeof parsed.id === 'string' || typeof parsed.id === 'number' ? parsed.id : null;
      question = parsed.question;
    } catch {
      question = undefined;
    }
    if (typeof question !== 'string') {
      const record: AnswerRecord = {
        id,
        question: '',
        outcome: 'invalid',
        answer: '',
        citations: [],
        mode: answers.mode,
        error: `line ${lineNumber}: expected a JSON object with a string field "question"`,
      };
      output.write(`${JSON.stringify(record)}\n`);
      continue;
    }
    const answer = await answers.answer(question);
    output.write(`${JSON.stringify(toRecord(id, answer))}\n`);
    count += 1;
  }
  return count;
}
