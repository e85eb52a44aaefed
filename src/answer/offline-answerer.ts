// The extractive answer: for each part of the question, the sentences of its passages that hold what it asks, each
// cited to the section it comes from; said plainly where the guidance lacks what was named.
import type { Citation } from '../core/reply.js';
import type { KnowledgeDocument } from '../knowledge/document.js';
import { jurisdictionAdjective, withoutJurisdictionNames } from '../knowledge/jurisdiction-detect.js';
import type { KnowledgeBase, Retrieval } from '../knowledge/knowledge-base.js';
import { contentTerms } from '../knowledge/text-analysis.js';
import { citationFor } from './citations.js';
import { chooseContactPoints, contactLines, namedContactPoints } from './contact-lines.js';
import type { Grounded, GroundedPart } from './grounding.js';
import { chooseSentences, type Unit } from './sentence-choice.js';

export type { Grounded } from './grounding.js';

/** About this many words before the sources, unless a list is asked for. */
export const ANSWER_WORDS = 150;
const LIST_WORDS = 220;
const MIN_PART_WORDS = 45;

export interface ComposedAnswer {
  text: string;
  citations: Citation[];
  documents: KnowledgeDocument[];
  /** What the guidance does not hold, said plainly (a part it cannot answer). */
  notes: string[];
  /** Every answered part rests on other jurisdictions' guidance than the one it names. */
  relatedOnly: boolean;
}

const LEAD_IN =
  /^\W*(?:(?:so|and|also|but|ok|okay|hi|hello|hey|quick question|one more thing)[,:!]?\s+)*(?:(?:is|are) there\s+(?:an?|any|some)?\s*|(?:does|do|did|has|have)\s+\S+\s+(?:have|has|publish|published|offer|run|provide|set up|got)\s+(?:an?|any|some)?\s*|(?:what|which|who|where|how)\s+(?:is|are|was|were|does|do)\s+(?:the|an?)?\s*|(?:where|how)\s+(?:can|do|should)\s+(?:i|we)\s+(?:find|get|read|see)\s+(?:the|an?)?\s*)/i;

const TRAILING_LINK = /\s+(?:in|en|for|à|au|aux|im|in der|van|von|de|du|des|of|on|at|to|voor|für|pour)$/i;
const MAX_THING_WORDS = 12;

/** The thing a part asks about, in the user's words: "a German handbook on export control?" → "handbook on export control". */
export function askedThing(text: string, named: Retrieval['named']): string {
  let thing = withoutJurisdictionNames(text.replace(LEAD_IN, ''), named)
    .replace(/[?!.]+$/, '')
    .trim();
  while (TRAILING_LINK.test(thing)) thing = thing.replace(TRAILING_LINK, '');
  if (contentTerms(thing).length === 0) return 'this';
  const words = thing.split(/\s+/);
  return words.length <= MAX_THING_WORDS ? thing : `${words.slice(0, MAX_THING_WORDS).join(' ')}…`;
}

function noAnswer(): ComposedAnswer {
  return { text: '', citations: [], documents: [], notes: [], relatedOnly: false };
}

/**
 * No passage answers, but the question asks whom to contact and the contact points name an office for it (one the
 * question names, or one of the country it names): the answer is how to reach that office.
 */
function contactsOnly(retrieval: Retrieval, knowledge: KnowledgeBase): ComposedAnswer {
  if (!retrieval.contactIntent) return noAnswer();
  const named = namedContactPoints(retrieval.englishQuestion, knowledge.contactPoints);
  if (named.length === 0 && retrieval.named.length === 0) return noAnswer();
  const points = chooseContactPoints(knowledge, retrieval.englishQuestion, retrieval.named, retrieval.topic);
  if (points.length === 0) return noAnswer();
  const { lines, citations } = contactLines(points, 1, true);
  return { text: lines.join('\n'), citations, documents: [], notes: [], relatedOnly: false };
}

function lackStatement(part: GroundedPart): string {
  if (part.unheld) return `I hold no guidance on “${part.unheld}”; the closest related guidance I hold:`;
  if (part.elsewhere && part.lacking.length === 0) {
    return `I hold no guidance of ${part.elsewhere}'s own on “${askedThing(part.retrieval.part.text, [])}”; the closest related guidance I hold:`;
  }
  const guidance = part.lacking.map(jurisdictionAdjective).join(' or ');
  return `I hold no ${guidance} guidance on “${askedThing(part.retrieval.part.text, part.lacking)}”; the closest related guidance I hold:`;
}

function budgetFor(part: GroundedPart, answered: number): number {
  if (part.retrieval.part.asks.includes('list')) return LIST_WORDS;
  return Math.max(MIN_PART_WORDS, Math.floor(ANSWER_WORDS / Math.max(1, answered)));
}

export function composeExtractiveAnswer(
  retrieval: Retrieval,
  grounded: Grounded,
  knowledge: KnowledgeBase,
  today: string,
): ComposedAnswer {
  const statistics = knowledge.analysis.statistics;
  const expansion = new Set(contentTerms(retrieval.expandedQuery));
  const answered = grounded.parts.filter((part) => part.grounded);
  if (answered.length === 0) {
    // A question about something the guidance lacks (an unknown institution's coordinator) gets no office instead.
    const lacksThing = grounded.parts.some((part) => part.missingThing);
    return lacksThing ? noAnswer() : contactsOnly(retrieval, knowledge);
  }
  const citations: Citation[] = [];
  const documents: KnowledgeDocument[] = [];
  const numberOf = new Map<string, number>();
  const numberFor = (candidate: Unit[number]) => {
    const { passage, document } = candidate.hit;
    let n = numberOf.get(passage.id);
    if (n === undefined) {
      n = citations.length + 1;
      numberOf.set(passage.id, n);
      citations.push(citationFor(n, passage, document, today));
      if (!documents.includes(document)) documents.push(document);
    }
    return n;
  };
  // A list and the sentence that opens it read as one sentence, cited once at its end.
  const cite = (unit: Unit) => {
    const sentences: string[] = [];
    unit.forEach((candidate, index) => {
      const next = unit[index + 1];
      const list = candidate.sentence.listItem ?? candidate.sentence.opensList;
      const joined = list !== undefined && next !== undefined && next.sentence.listItem === list;
      sentences.push(joined ? candidate.sentence.text : `${candidate.sentence.text} [${numberFor(candidate)}]`);
    });
    return sentences;
  };

  const paragraphs: string[] = [];
  const notes: string[] = [];
  const used = new Set<string>();
  for (const part of grounded.parts) {
    if (!part.grounded) {
      notes.push(`I found nothing in the guidance I hold on “${askedThing(part.retrieval.part.text, [])}”.`);
      continue;
    }
    const units = chooseSentences(
      part,
      expansion,
      statistics,
      budgetFor(part, answered.length),
      used,
      retrieval.named.length > 0 ? undefined : retrieval.home,
    );
    if (units.length === 0) continue;
    for (const candidate of units.flat()) used.add(`${candidate.hit.passage.id}:${candidate.position}`);
    const sentences = units.flatMap(cite);
    const related = part.lacking.length > 0 || part.unheld !== undefined || part.elsewhere !== undefined;
    paragraphs.push([...(related ? [lackStatement(part)] : []), sentences.join(' ')].join('\n'));
  }

  const asksToReach = grounded.parts.some((part) =>
    part.retrieval.part.asks.some((ask) => ask === 'phone' || ask === 'email' || ask === 'web'),
  );
  if (retrieval.contactIntent) {
    // Where the question names no country and nothing says where it comes from, the country whose guidance answers it.
    const answering = documents
      .map((document) => document.jurisdiction)
      .filter((jurisdiction) => !['EU', 'INTL', 'GENERAL', 'NORDIC'].includes(jurisdiction))
      .slice(0, 1);
    // A question in Dutch, German or French that names no country gets the contact points of that language's
    // countries, not those of another country whose guidance the answer quotes as related.
    const jurisdictions =
      retrieval.named.length > 0
        ? retrieval.named
        : knowledge.institutionJurisdiction
          ? []
          : retrieval.home.length > 0
            ? retrieval.home
            : answering;
    const points = chooseContactPoints(knowledge, retrieval.englishQuestion, jurisdictions, retrieval.topic).filter(
      (point) => asksToReach || !paragraphs.some((paragraph) => paragraph.includes(point.name)),
    );
    if (points.length > 0) {
      const { lines, citations: contactCitations } = contactLines(points, citations.length + 1, !asksToReach);
      citations.push(...contactCitations);
      // Asked how to reach an office, the reply leads with how to reach it.
      if (asksToReach) paragraphs.unshift(lines.join('\n'));
      else paragraphs.push(`Contact points:\n${lines.join('\n')}`);
    }
  }
  return {
    text: paragraphs.join('\n\n'),
    citations,
    documents,
    notes,
    relatedOnly: answered.length > 0 && answered.every((part) => part.lacking.length > 0 || part.unheld !== undefined),
  };
}
