// Policy, retrieval and composition in one place; the offline answer is always there to fall back on.
import { randomUUID } from 'node:crypto';
import type { Jurisdiction } from '../config.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { contentTerms } from '../knowledge/text-analysis.js';
import { guessLanguage } from '../knowledge/translate-terms.js';
import type { Logger } from '../log.js';
import type { Answer } from './answer.js';
import { today as currentDay, guidanceAsOf } from './citations.js';
import { cleanQuestion } from './clean-question.js';
import { TermStatistics } from './grounding.js';
import type { LlmAnswerer } from './llm-answerer.js';
import {
  asksAboutUnknownBody,
  composeExtractiveAnswer,
  GROUNDING_THRESHOLD,
  groundPassages,
  jurisdictionNote,
} from './offline-answerer.js';
import { checkPolicy, hasDomainAnchor } from './policy.js';

export interface AnswerServiceOptions {
  knowledge: KnowledgeBase;
  log: Logger;
  llm?: LlmAnswerer;
  deskName: string;
  /** Injectable clock for tests of staleness. */
  today?: () => string;
}

function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const SCOPE_SUMMARY =
  'I can help with research security: international partnerships, visiting researchers, travel with devices and data, foreign funding and talent programmes, export control of technology and data, national guidance (EU, NL, UK, US, CA, AU and more), and who to contact.';

export class AnswerService {
  private readonly statistics: TermStatistics;
  private readonly today: () => string;
  private readonly glossaryTerms: Set<string>;

  constructor(private readonly options: AnswerServiceOptions) {
    const knowledge = options.knowledge;
    this.statistics = new TermStatistics(
      knowledge.passages,
      (passage) => knowledge.document(passage.documentId)?.title ?? '',
    );
    this.today = options.today ?? currentDay;
    this.glossaryTerms = new Set(knowledge.glossary.entries.flatMap((entry) => entry.terms.flatMap(contentTerms)));
  }

  get mode(): 'offline' | 'llm' {
    return this.options.llm ? 'llm' : 'offline';
  }

  async answer(rawQuestion: string): Promise<Answer> {
    const started = Date.now();
    const answer = await this.compose(rawQuestion);
    this.options.log.info(
      {
        event: 'answered',
        outcome: answer.outcome,
        mode: answer.mode,
        citations: answer.citations.length,
        durationMs: Date.now() - started,
      },
      'question answered',
    );
    return answer;
  }

  private async compose(rawQuestion: string): Promise<Answer> {
    const { text: question, truncated, hadBinary } = cleanQuestion(rawQuestion);
    const base: Answer = {
      id: randomUUID(),
      question,
      outcome: 'declined',
      text: '',
      citations: [],
      mode: 'offline',
      jurisdictions: [],
      stale: [],
      suggestDesk: false,
      followUps: [],
      notes: [],
    };
    if (truncated) base.notes.push('Your message was very long; I read its first 2,000 characters.');
    if (hadBinary) base.notes.push('Your message contained characters I could not read; I ignored them.');

    const verdict = checkPolicy(question);
    switch (verdict.kind) {
      case 'empty':
        return {
          ...base,
          text: `I'm ressec, the research security assistant, and I did not find a question in that message. ${SCOPE_SUMMARY} Ask me something like "Do I need an export licence to share software with a partner abroad?"`,
        };
      case 'refuse-injection':
        return {
          ...base,
          outcome: 'refused',
          text: `I can't change how I work or share my instructions. ${SCOPE_SUMMARY}`,
        };
      case 'refuse-evasion':
        return {
          ...base,
          outcome: 'refused',
          suggestDesk: true,
          text: `I can't help with getting around export controls, screening, sanctions or disclosure duties. If a rule seems to stand in the way of your research, ${this.options.deskName} can look for a legitimate route with you, for example a licence, a mitigation plan or a different set-up.${this.contactLine([])}`,
        };
      case 'out-of-scope':
        return { ...base, text: `That is outside what I can help with. ${SCOPE_SUMMARY}` };
      case 'ok':
        break;
    }

    const knowledge = this.options.knowledge;
    const retrieval = knowledge.retrieve(question);
    const grounded = groundPassages(retrieval.englishQuestion, retrieval, knowledge, this.statistics);
    base.jurisdictions = retrieval.named;
    if (guessLanguage(question) !== 'en') {
      base.notes.push('I answer in English: the guidance I hold is written in English.');
    }
    // A question with no research-security word and no glossary term is out of scope, however well its everyday
    // words happen to match ("the capital of France" is not a question about France's PPST).
    const anchored = hasDomainAnchor(retrieval.englishQuestion) || retrieval.glossaryMatches.length > 0;
    if (!anchored) return { ...base, text: `That is outside what I can help with. ${SCOPE_SUMMARY}` };
    const ungrounded =
      grounded.passages.length === 0 ||
      grounded.coverage < GROUNDING_THRESHOLD ||
      asksAboutUnknownBody(question, this.statistics, this.glossaryTerms);
    if (ungrounded) {
      return {
        ...base,
        outcome: 'no-grounding',
        suggestDesk: true,
        text: `I could not find this in the guidance I hold, so I won't guess. ${sentenceCase(this.options.deskName)} can help: use "Ask the advice desk" below.${this.contactLine(retrieval.named)}`,
      };
    }

    const day = this.today();
    const offline = composeExtractiveAnswer(
      retrieval.englishQuestion,
      retrieval.expandedQuery,
      grounded,
      this.statistics,
      day,
    );
    const cited = offline.documents;
    const note = jurisdictionNote(retrieval.named, cited);
    if (note) base.notes.push(note);
    const offlineAnswer: Answer = {
      ...base,
      outcome: 'answered',
      text: offline.text,
      citations: offline.citations,
      asOf: guidanceAsOf(cited),
      stale: cited
        .filter((document) => document.review_by < day)
        .map((d) => ({ title: d.title, reviewBy: d.review_by })),
      suggestDesk: false,
    };
    const withContacts = (answer: Answer) => (retrieval.contactIntent ? this.addContactPoints(answer) : answer);
    if (!this.options.llm) return withContacts(offlineAnswer);

    const llm = await this.options.llm.answer(question, grounded, day);
    if (!llm.ok) {
      this.options.log.info({ event: 'llm-fallback', outcome: llm.reason }, 'using the offline answer');
      return withContacts(offlineAnswer);
    }
    const llmDocuments = [
      ...new Set(llm.result.citations.map((citation) => knowledge.document(citation.documentId)).filter((d) => d)),
    ] as NonNullable<ReturnType<KnowledgeBase['document']>>[];
    return withContacts({
      ...offlineAnswer,
      mode: 'llm',
      text: llm.result.text,
      citations: llm.result.citations,
      asOf: guidanceAsOf(llmDocuments),
      stale: llmDocuments
        .filter((document) => document.review_by < day)
        .map((d) => ({ title: d.title, reviewBy: d.review_by })),
      suggestDesk: llm.result.needsDesk,
      followUps: llm.result.followUps,
    });
  }

  /**
   * "Who do I ask?": the curated contact points of the jurisdictions in play (named, else the institution's) are
   * added as cited lines, unless the answer already names them.
   */
  private addContactPoints(answer: Answer): Answer {
    const points = this.options.knowledge
      .contactPointsFor(answer.jurisdictions)
      .filter((point) => !answer.text.includes(point.name))
      .slice(0, 2);
    if (points.length === 0) return answer;
    const citations = [...answer.citations];
    const lines = points.map((point) => {
      const n = citations.length + 1;
      citations.push({
        n,
        id: `contact-points#${point.id}`,
        documentId: 'contact-points',
        title: point.name,
        publisher: point.source.publisher,
        date: point.source.date,
        url: point.url,
        jurisdiction: point.jurisdiction,
        excerpt: `${point.name}: ${point.what} Who may ask: ${point.who_may_ask}`,
      });
      return `${point.name}: ${point.what} [${n}]`;
    });
    return { ...answer, text: `${answer.text}\n\nContact points: ${lines.join(' ')}`, citations };
  }

  /** One line naming the national contact point where the corpus has one for the jurisdictions in play. */
  private contactLine(named: Jurisdiction[]): string {
    const points = this.options.knowledge.contactPointsFor(named);
    if (points.length === 0) return '';
    return ` National advice: ${points
      .slice(0, 2)
      .map((point) => `${point.name} (${point.url})`)
      .join('; ')}.`;
  }
}
