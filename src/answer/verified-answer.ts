// A question the advice desk has answered before gets the desk's verified answer first, in the desk's own words,
// cited to the verified document (and so to its sources), with the day it was verified.

import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { verifiedAnswersOf } from '../knowledge/verified-answers.js';
import type { Answer } from './answer.js';
import { citationFor } from './citations.js';

export function verifiedAnswer(
  question: string,
  knowledge: KnowledgeBase,
  today: string,
  base: Answer,
): Answer | undefined {
  const match = verifiedAnswersOf(knowledge).match(question, today);
  const verified = match?.document.verified;
  if (!match || !verified) return undefined;
  const citation = citationFor(1, match.passage, match.document, today);
  return {
    ...base,
    outcome: 'answered',
    text: `${verified.answer} [1]`,
    citations: [citation],
    jurisdictions: base.jurisdictions.length > 0 ? base.jurisdictions : [match.document.jurisdiction],
    asOf: verified.on,
    stale: [],
    suggestDesk: false,
    verified: { documentId: match.document.id, on: verified.on },
  };
}
