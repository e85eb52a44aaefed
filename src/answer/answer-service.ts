// Policy, retrieval and composition in one place; the offline answer is always there to fall back on.
import { randomUUID } from 'node:crypto';
import type { Jurisdiction } from '../config.js';
import { message } from '../i18n/messages.js';
import type { ContactPoint } from '../knowledge/contact-points.js';
import type { ContactTopic } from '../knowledge/contact-topic.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { currentKnowledge, type KnowledgeSource } from '../knowledge/knowledge-holder.js';
import { guessLanguage, type Language } from '../knowledge/translate-terms.js';
import type { Logger } from '../log.js';
import type { Answer } from './answer.js';
import { today as currentDay, guidanceAsOf } from './citations.js';
import { cleanQuestion } from './clean-question.js';
import { contactLines, namedContactPoints } from './contact-lines.js';
import { groundQuestion } from './grounding.js';
import { intentConcepts } from './intent/classify-intent.js';
import type { LlmAnswerer } from './llm-answerer.js';
import { composeExtractiveAnswer } from './offline-answerer.js';
import { asksAboutOwnCase, asksForPersonalLine } from './own-case.js';
import { checkPolicy, hasDomainAnchor, hasFieldWord, type PolicyFinding } from './policy.js';
import { verifiedAnswer } from './verified-answer.js';

export interface AnswerServiceOptions {
  /** The corpus, or the holder of the one in use (swapped when the corpus is reloaded). */
  knowledge: KnowledgeSource;
  log: Logger;
  llm?: LlmAnswerer;
  deskName: string;
  /** Injectable clock for tests of staleness. */
  today?: () => string;
  /** Told of every answer (to record its outcome for the desk's report); must not throw. */
  onAnswered?: (answer: Answer, channel: string) => void;
}

function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const SCOPE_SUMMARY = message('en', 'scope');

/** Injection features that a question about the status of one's own case also shows. */
/** Concepts that name people by origin: a request with them is targeting, whatever else it asks. */
const ORIGIN_CONCEPTS = new Set(['demonym', 'people-by-origin', 'origin-word', 'by-origin']);
const CLAIMED_APPROVAL = new Set(['authority-claim', 'model:injection']);

export class AnswerService {
  private readonly today: () => string;

  constructor(private readonly options: AnswerServiceOptions) {
    this.today = options.today ?? currentDay;
  }

  get mode(): 'offline' | 'llm' {
    return this.options.llm ? 'llm' : 'offline';
  }

  /** `channel`: the platform the question came from (slack, teams, console), for the desk's report. */
  async answer(rawQuestion: string, channel = 'cli'): Promise<Answer> {
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
    this.options.onAnswered?.(answer, channel);
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
    // The fixed texts follow the language the question was asked in (src/i18n); the guidance itself is English.
    const language = guessLanguage(question);
    base.language = language;
    const scope = message(language, 'scope');
    if (truncated) base.notes.push('Your message was very long; I read its first 2,000 characters.');
    if (hadBinary) base.notes.push('Your message contained characters I could not read; I ignored them.');

    const verdict = checkPolicy(question);
    // "Has the export office already approved my request?" shares its words with a claimed approval; asked about the
    // asker's own case, the reply routes to the office and follows nothing. Only that reading gives way: an order to
    // the assistant, a forged turn or an encoded payload is refused whatever it asks.
    // The model's reading alone (no lexicon evidence) gives way too: these replies give nothing a refusal withholds.
    const modelOnly = 'features' in verdict && verdict.features.every((name) => name.startsWith('model:'));
    const mayBeStatus =
      verdict.kind === 'ok' ||
      modelOnly ||
      (verdict.kind === 'refuse-injection' && verdict.features.every((name) => CLAIMED_APPROVAL.has(name)));
    if (mayBeStatus && asksAboutOwnCase(question)) return this.ownCase(base, language, 'ownCase', question);
    // "The private mobile of the officer handling our file": offices' routes are all the guidance holds.
    // An official's own mobile or e-mail asked for ("the personal e-mail of the KIWi adviser") is no targeting of a
    // group: the reply gives the office's route, which withholds as much as a refusal, and says where to turn.
    const personalOnly =
      verdict.kind === 'refuse-targeting' && !intentConcepts(question).some((name) => ORIGIN_CONCEPTS.has(name));
    if ((mayBeStatus || personalOnly) && asksForPersonalLine(question))
      return this.ownCase(base, language, 'personalLine', question);
    switch (verdict.kind) {
      case 'empty':
        return {
          ...base,
          text: message(language, 'empty', { scope }),
        };
      case 'refuse-injection':
        return this.refusal(base, verdict, {
          text: message(language, 'refusalInjection', { scope }),
        });
      case 'refuse-evasion':
        return this.refusal(base, verdict, {
          suggestDesk: true,
          text: message(language, 'refusalEvasion', {
            desk: this.options.deskName,
            contacts: this.contactLine([], language),
          }),
        });
      case 'refuse-targeting':
        return this.refusal(base, verdict, {
          suggestDesk: true,
          text: message(language, 'refusalTargeting', { desk: this.options.deskName }),
        });
      case 'out-of-scope':
        this.logPolicy(verdict);
        return { ...base, text: message(language, 'outOfScope', { scope }) };
      case 'ok':
        break;
    }

    // One corpus for the whole answer, however the corpus is reloaded meanwhile.
    const knowledge = currentKnowledge(this.options.knowledge);
    const verified = verifiedAnswer(question, knowledge, this.today(), base);
    if (verified) return verified;
    const retrieval = knowledge.retrieve(question);
    const grounded = groundQuestion(retrieval, knowledge);
    base.jurisdictions = retrieval.named;
    if (language !== 'en') base.notes.push(message(language, 'quotesEnglish'));
    // A question with no research-security word and no glossary term is out of scope, however well its everyday
    // words happen to match ("the capital of France" is not a question about France's PPST).
    const anchored =
      verdict.surelyInDomain === true ||
      hasDomainAnchor(retrieval.englishQuestion) ||
      retrieval.glossaryMatches.length > 0 ||
      namedContactPoints(question, knowledge.contactPoints).length > 0;
    // What the model reads as an everyday request is declined unless it names a body, law or scheme the corpus
    // holds ("Wat is de Centrale Dienst voor In- en Uitvoer?"): a proper name, not a common word such as "access".
    const namesCorpusThing =
      retrieval.glossaryMatches.some((term) => /[A-Z]|\s/.test(term)) ||
      namedContactPoints(question, knowledge.contactPoints).length > 0;
    if (!anchored || (verdict.everyday && !namesCorpusThing)) {
      if (verdict.everyday) this.logPolicy({ kind: 'out-of-scope', features: ['model:out-of-scope'] });
      return { ...base, text: message(language, 'outOfScope', { scope }) };
    }
    const day = this.today();
    const offline = composeExtractiveAnswer(retrieval, grounded, knowledge, day);
    // Only related guidance, for a question in no word of the field ("the fastest train to Louvain-la-Neuve for my
    // defence"): what the guidance holds near it answers nothing that was asked.
    if (
      offline.relatedOnly &&
      !verdict.surelyInDomain &&
      !hasFieldWord(retrieval.englishQuestion) &&
      !namesCorpusThing
    ) {
      return { ...base, text: message(language, 'outOfScope', { scope }) };
    }
    if (offline.citations.length === 0) {
      return {
        ...base,
        outcome: 'no-grounding',
        suggestDesk: true,
        text: message(language, 'noGrounding', {
          Desk: sentenceCase(this.options.deskName),
          contacts: this.contactLine(retrieval.named, language, retrieval.topic),
        }),
      };
    }

    const cited = offline.documents;
    const elsewhere = grounded.parts.flatMap((part) => (part.grounded && part.elsewhere ? [part.elsewhere] : []));
    base.notes.push(...offline.notes);
    const offlineAnswer: Answer = {
      ...base,
      outcome: 'answered',
      text: offline.text,
      citations: offline.citations,
      asOf: guidanceAsOf(cited),
      stale: cited
        .filter((document) => document.review_by < day)
        .map((d) => ({ title: d.title, reviewBy: d.review_by })),
      // Only related guidance (none for the country asked about): the desk is the better next step.
      suggestDesk: offline.relatedOnly || elsewhere.length > 0,
    };
    if (!this.options.llm) return offlineAnswer;
    const withContacts = (answer: Answer) =>
      retrieval.contactIntent ? this.addContactPoints(answer, retrieval.topic) : answer;

    const llm = await this.options.llm.answer(question, grounded, day, language);
    if (!llm.ok) {
      this.options.log.info({ event: 'llm-fallback', outcome: llm.reason }, 'using the offline answer');
      return offlineAnswer;
    }
    const llmDocuments = [
      ...new Set(llm.result.citations.map((citation) => knowledge.document(citation.documentId)).filter((d) => d)),
    ] as NonNullable<ReturnType<KnowledgeBase['document']>>[];
    // The model's prose cannot be trusted to say that a name the user gave is not in the guidance: a note says it.
    const unheld = grounded.parts.flatMap((part) => (part.grounded && part.unheld ? [part.unheld] : []));
    return withContacts({
      ...offlineAnswer,
      notes: [
        ...offlineAnswer.notes,
        ...unheld.map((name) => `I hold no guidance on “${name}”; this answer rests on the closest related guidance.`),
        ...elsewhere.map(
          (place) => `I hold no guidance of ${place}'s own; this answer rests on the closest related guidance.`,
        ),
      ],
      mode: 'llm',
      text: llm.result.text,
      citations: llm.result.citations,
      asOf: guidanceAsOf(llmDocuments),
      stale: llmDocuments
        .filter((document) => document.review_by < day)
        .map((d) => ({ title: d.title, reviewBy: d.review_by })),
      suggestDesk: llm.result.needsDesk || elsewhere.length > 0,
      followUps: llm.result.followUps,
    });
  }

  /**
   * A decision or status of the asker's own case, or one officer's own number: no guidance holds it; the office
   * handling it and the desk do.
   */
  private ownCase(base: Answer, language: Language, key: 'ownCase' | 'personalLine', question: string): Answer {
    // The office the question names ("…the BAFA officer handling our file") is the route to give, where known.
    const named = namedContactPoints(question, currentKnowledge(this.options.knowledge).contactPoints);
    const contacts = named.length > 0 ? adviceLine(named, language) : this.contactLine([], language);
    return {
      ...base,
      outcome: 'no-grounding',
      suggestDesk: true,
      text: message(language, key, { desk: this.options.deskName, contacts }),
    };
  }

  /** A refusal says why; it is logged by its class and the features that fired, never by the text. */
  private refusal(base: Answer, verdict: PolicyFinding, reply: Partial<Answer>): Answer {
    this.logPolicy(verdict);
    return { ...base, outcome: 'refused', ...reply };
  }

  private logPolicy(verdict: PolicyFinding): void {
    this.options.log.info(
      { event: 'policy', policyClass: verdict.kind, policyFeatures: verdict.features.slice(0, 12).join(' ') },
      'policy applied',
    );
  }

  /** "Who do I ask?" in an LLM answer: the contact points for the topic, as cited lines, unless it names them. */
  private addContactPoints(answer: Answer, topic: ContactTopic): Answer {
    const points = currentKnowledge(this.options.knowledge)
      .contactPointsFor(answer.jurisdictions, topic)
      .filter((point) => !answer.text.includes(point.name))
      .slice(0, 2);
    if (points.length === 0) return answer;
    const { lines, citations } = contactLines(points, answer.citations.length + 1, true);
    return {
      ...answer,
      text: `${answer.text}\n\n${message(answer.language, 'contactPoints')}\n${lines.join('\n')}`,
      citations: [...answer.citations, ...citations],
    };
  }

  /** One line naming the national contact point where the corpus has one for the jurisdictions in play. */
  private contactLine(named: Jurisdiction[], language: string, topic: ContactTopic = 'general'): string {
    return adviceLine(currentKnowledge(this.options.knowledge).contactPointsFor(named, topic), language);
  }
}

/** " National advice: X (url); Y (url)." for the first two points, or nothing. */
function adviceLine(points: ContactPoint[], language: string): string {
  if (points.length === 0) return '';
  const list = points
    .slice(0, 2)
    .map((point) => `${point.name} (${point.url})`)
    .join('; ');
  return message(language, 'nationalAdvice', { list });
}
