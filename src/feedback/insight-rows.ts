// One mapping between records and table rows, for both SQL stores.
import type { AnswerOutcome } from '../answer/answer.js';
import type { FeedbackReason, FeedbackRecord, QuestionRecord } from './insight-records.js';

export interface QuestionRow {
  answer_id: string;
  asked_at: string;
  channel: string;
  outcome: string;
  mode: string;
  language: string;
  jurisdictions: string;
  glossary_terms: string;
  cited_documents: string;
  verified_document: string | null;
  question_text: string | null;
}

export interface FeedbackRow {
  answer_id: string;
  rated_at: string;
  channel: string;
  rating: string;
  reason: string | null;
  cited_documents: string;
  note: string | null;
}

export const QUESTION_COLUMNS =
  'answer_id, asked_at, channel, outcome, mode, language, jurisdictions, glossary_terms, cited_documents, verified_document, question_text';
export const FEEDBACK_COLUMNS = 'answer_id, rated_at, channel, rating, reason, cited_documents, note';

function list(text: string): string[] {
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

export function questionRow(record: QuestionRecord): QuestionRow {
  return {
    answer_id: record.answerId,
    asked_at: record.askedAt,
    channel: record.channel,
    outcome: record.outcome,
    mode: record.mode,
    language: record.language,
    jurisdictions: JSON.stringify(record.jurisdictions),
    glossary_terms: JSON.stringify(record.glossaryTerms),
    cited_documents: JSON.stringify(record.citedDocuments),
    verified_document: record.verifiedDocument ?? null,
    question_text: record.text ?? null,
  };
}

/** `textCutoff`: text from before this instant is past its period and is left out. */
export function questionRecord(row: QuestionRow, textCutoff: string): QuestionRecord {
  return {
    answerId: row.answer_id,
    askedAt: row.asked_at,
    channel: row.channel,
    outcome: row.outcome as AnswerOutcome,
    mode: row.mode === 'llm' ? 'llm' : 'offline',
    language: row.language,
    jurisdictions: list(row.jurisdictions),
    glossaryTerms: list(row.glossary_terms),
    citedDocuments: list(row.cited_documents),
    ...(row.verified_document ? { verifiedDocument: row.verified_document } : {}),
    ...(row.question_text !== null && row.asked_at >= textCutoff ? { text: row.question_text } : {}),
  };
}

export function feedbackRow(record: FeedbackRecord): FeedbackRow {
  return {
    answer_id: record.answerId,
    rated_at: record.ratedAt,
    channel: record.channel,
    rating: record.rating,
    reason: record.reason ?? null,
    cited_documents: JSON.stringify(record.citedDocuments),
    note: record.note ?? null,
  };
}

export function feedbackRecord(row: FeedbackRow, textCutoff: string): FeedbackRecord {
  return {
    answerId: row.answer_id,
    ratedAt: row.rated_at,
    channel: row.channel,
    rating: row.rating === 'up' ? 'up' : 'down',
    ...(row.reason ? { reason: row.reason as FeedbackReason } : {}),
    citedDocuments: list(row.cited_documents),
    ...(row.note !== null && row.rated_at >= textCutoff ? { note: row.note } : {}),
  };
}
