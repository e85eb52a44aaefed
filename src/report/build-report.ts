// Gathers the desk's report for a period from the stores and the corpus in use: question outcomes, feedback, the
// documents cited and disliked, stale documents, gaps, and how tickets were handled.
import type { AnswerOutcome } from '../answer/answer.js';
import type { TicketStore } from '../escalation/ticket-store.js';
import { FEEDBACK_REASONS, type FeedbackReason } from '../feedback/insight-records.js';
import type { Insights } from '../feedback/insights.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { type DeskReport, type DocumentCount, OUTCOMES } from './desk-report.js';
import { gapGroups } from './gap-groups.js';
import { ticketFigures } from './ticket-figures.js';

const DAY_MS = 86_400_000;
const TOP_DOCUMENTS = 10;
const DISLIKED = 10;
/** Enough for any desk's period; the report reads tickets of the period only. */
const TICKET_LIMIT = 100_000;

export interface ReportSources {
  insights: Insights;
  tickets: TicketStore;
  knowledge: KnowledgeBase;
}

function tally<K extends string>(keys: readonly K[], values: readonly string[]): Record<K, number> {
  const counts = Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
  for (const value of values) if (value in counts) counts[value as K] += 1;
  return counts;
}

function countBy(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

function topDocuments(ids: string[], knowledge: KnowledgeBase): DocumentCount[] {
  return Object.entries(countBy(ids))
    .map(([id, count]) => ({ id, title: knowledge.document(id)?.title ?? id, count }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id))
    .slice(0, TOP_DOCUMENTS);
}

/** Questions over time: per day for two months, per week for a year, per month beyond. */
function perPeriod(askedAt: string[], since: Date, now: Date, periodDays: number): { day: string; count: number }[] {
  const step = periodDays <= 62 ? 1 : periodDays <= 400 ? 7 : 30;
  const starts: string[] = [];
  for (let at = new Date(since.toISOString().slice(0, 10)); at <= now; at = new Date(at.getTime() + step * DAY_MS)) {
    starts.push(at.toISOString().slice(0, 10));
  }
  const counts = starts.map(() => 0);
  for (const asked of askedAt) {
    let index = starts.length - 1;
    while (index > 0 && (starts[index] ?? '') > asked.slice(0, 10)) index -= 1;
    counts[index] = (counts[index] ?? 0) + 1;
  }
  return starts.map((day, index) => ({ day, count: counts[index] ?? 0 }));
}

export async function buildReport(sources: ReportSources, periodDays: number, now = new Date()): Promise<DeskReport> {
  const since = new Date(now.getTime() - periodDays * DAY_MS);
  const { insights, knowledge } = sources;
  const [questions, feedback, allTickets] = await Promise.all([
    insights.store.questionsSince(since, insights.retention, now),
    insights.store.feedbackSince(since, insights.retention, now),
    sources.tickets.list({ limit: TICKET_LIMIT }),
  ]);
  const tickets = allTickets.filter((ticket) => ticket.createdAt >= since.toISOString());
  const up = feedback.filter((rating) => rating.rating === 'up').length;
  const down = feedback.length - up;
  const answered = new Set(
    questions.filter((question) => question.outcome === 'answered').map((question) => question.answerId),
  );
  const today = now.toISOString().slice(0, 10);
  return {
    generatedAt: now.toISOString(),
    since: since.toISOString(),
    days: periodDays,
    keepTextDays: insights.retention.keepTextDays,
    questions: {
      total: questions.length,
      byOutcome: tally<AnswerOutcome>(
        OUTCOMES,
        questions.map((question) => question.outcome),
      ),
      byChannel: countBy(questions.map((question) => question.channel)),
      byLanguage: countBy(questions.map((question) => question.language)),
      perDay: perPeriod(
        questions.map((question) => question.askedAt),
        since,
        now,
        periodDays,
      ),
      verifiedAnswers: questions.filter((question) => question.verifiedDocument).length,
    },
    feedback: {
      up,
      down,
      ratio: up + down === 0 ? undefined : up / (up + down),
      rated: feedback.filter((rating) => answered.has(rating.answerId)).length,
      reasons: tally<FeedbackReason | 'none'>(
        [...FEEDBACK_REASONS, 'none'],
        feedback.filter((rating) => rating.rating === 'down').map((rating) => rating.reason ?? 'none'),
      ),
    },
    documents: {
      mostCited: topDocuments(
        questions.flatMap((question) => question.citedDocuments),
        knowledge,
      ),
      mostDisliked: topDocuments(
        feedback.filter((rating) => rating.rating === 'down').flatMap((rating) => rating.citedDocuments),
        knowledge,
      ),
    },
    stale: knowledge
      .staleDocuments(today)
      .map((document) => ({
        id: document.id,
        title: document.title,
        reviewBy: document.review_by,
        verified: document.verified !== undefined,
      }))
      .sort((a, b) => a.reviewBy.localeCompare(b.reviewBy)),
    gaps: gapGroups(questions, feedback),
    disliked: feedback
      .filter((rating) => rating.rating === 'down')
      .slice(-DISLIKED)
      .reverse()
      .map((rating) => {
        const text = questions.find((question) => question.answerId === rating.answerId)?.text;
        return {
          answerId: rating.answerId,
          ratedAt: rating.ratedAt,
          ...(rating.reason ? { reason: rating.reason } : {}),
          ...(text ? { question: text } : {}),
        };
      }),
    tickets: ticketFigures(tickets),
  };
}
