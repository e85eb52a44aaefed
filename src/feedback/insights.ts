// Records what the desk's report is made of: every question's outcome (with its glossary terms and jurisdictions,
// the text only where the institution opted in) and every 👍/👎. Recording never delays or breaks an answer: a
// write that fails is logged by outcome, never with the text.
import type { Answer } from '../answer/answer.js';
import type { Glossary } from '../knowledge/glossary.js';
import { guessLanguage, translateQuestion } from '../knowledge/translate-terms.js';
import type { Logger } from '../log.js';
import type { FeedbackReason, InsightRetention, QuestionRecord } from './insight-records.js';
import type { InsightStore } from './insight-store.js';

export interface InsightsOptions {
  store: InsightStore;
  retention: InsightRetention;
  log: Logger;
  /** The glossary of the corpus in use now (it changes when the corpus is reloaded). */
  glossary: () => Glossary;
  now?: () => Date;
}

/** Answer ids look like UUIDs; anything else from a button is ignored. */
const ANSWER_ID = /^[A-Za-z0-9-]{8,64}$/;

export class Insights {
  private readonly pending = new Set<Promise<unknown>>();

  constructor(private readonly options: InsightsOptions) {}

  get store(): InsightStore {
    return this.options.store;
  }

  get retention(): InsightRetention {
    return this.options.retention;
  }

  /** Whether question text and feedback notes are kept (RESSEC_KEEP_QUESTIONS). */
  get keepsText(): boolean {
    return this.options.retention.keepTextDays !== undefined;
  }

  now(): Date {
    return this.options.now?.() ?? new Date();
  }

  /** The record kept of an answer: ids, outcome, terms; the text only with the opt-in. */
  recordOf(answer: Answer, channel: string): QuestionRecord {
    const refused = answer.outcome === 'refused';
    return {
      answerId: answer.id,
      askedAt: this.now().toISOString(),
      channel,
      outcome: answer.outcome,
      mode: answer.mode,
      language: guessLanguage(answer.question),
      jurisdictions: [...answer.jurisdictions],
      // A refused message is not a gap in the guidance: nothing of it is kept beyond the outcome.
      glossaryTerms: refused ? [] : this.options.glossary().expand(translateQuestion(answer.question)).matchedTerms,
      citedDocuments: [...new Set(answer.citations.map((citation) => citation.documentId))],
      ...(answer.verified ? { verifiedDocument: answer.verified.documentId } : {}),
      ...(this.keepsText && !refused && answer.question.trim() !== '' ? { text: answer.question } : {}),
    };
  }

  /** The AnswerService's onAnswered: stores the record in the background. */
  answered(answer: Answer, channel: string): void {
    this.track(this.options.store.recordQuestion(this.recordOf(answer, channel)), 'question');
  }

  async rate(answerId: string, rating: 'up' | 'down', channel: string): Promise<void> {
    if (!ANSWER_ID.test(answerId)) return;
    const question = await this.safely(() => this.options.store.question(answerId, this.retention, this.now()));
    await this.track(
      this.options.store.recordFeedback({
        answerId,
        ratedAt: this.now().toISOString(),
        channel,
        rating,
        citedDocuments: question?.citedDocuments ?? [],
      }),
      'feedback',
    );
  }

  /** The reason for a 👎, and the note only where text is kept. */
  async explain(answerId: string, reason: FeedbackReason, note: string | undefined): Promise<boolean> {
    if (!ANSWER_ID.test(answerId)) return false;
    const kept = this.keepsText && note && note.trim() !== '' ? note.trim().slice(0, 1000) : undefined;
    return (await this.safely(() => this.options.store.explainFeedback(answerId, reason, kept))) ?? false;
  }

  purge(): Promise<number> {
    return this.options.store.purge(this.retention, this.now());
  }

  /** Waits for writes in flight, so a one-shot command loses none when it closes. */
  async flush(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  async close(): Promise<void> {
    await this.flush();
    await this.options.store.close();
  }

  private track(write: Promise<unknown>, kind: string): Promise<void> {
    const settled = write.then(
      () => undefined,
      (error: unknown) => {
        this.options.log.warn({ event: 'insight-write-failed', kind, err: error as Error }, 'could not record');
      },
    );
    this.pending.add(settled);
    void settled.finally(() => this.pending.delete(settled));
    return settled;
  }

  private async safely<T>(read: () => Promise<T>): Promise<T | undefined> {
    try {
      return await read();
    } catch (error) {
      this.options.log.warn({ event: 'insight-read-failed', err: error as Error }, 'could not read');
      return undefined;
    }
  }
}
