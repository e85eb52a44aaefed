// An appraisal as the neutral AppraisalView: every flag and next step cites corpus passages, numbered once.
import { citationFor } from '../../answer/citations.js';
import type { AppraisalView, Citation } from '../../core/reply.js';
import type { Passage } from '../../knowledge/document.js';
import type { KnowledgeBase } from '../../knowledge/knowledge-base.js';
import type { FlowDefinition } from '../flow.js';
import type { DocumentReference } from '../rules/risk-rule.js';
import type { Appraisal } from './appraisal.js';

/** The passage a reference points at: the section whose heading contains the hint, else the document's first. */
export function passageFor(knowledge: KnowledgeBase, reference: DocumentReference): Passage | undefined {
  const passages = knowledge.passages.filter((passage) => passage.documentId === reference.document);
  if (reference.section) {
    const wanted = reference.section.toLowerCase();
    const section = passages.find((passage) => passage.heading.toLowerCase().includes(wanted));
    if (section) return section;
  }
  return passages[0];
}

class CitationList {
  readonly items: Citation[] = [];

  constructor(
    private readonly knowledge: KnowledgeBase,
    private readonly today: string,
  ) {}

  /** Citation numbers for the references; a document missing from the corpus is left out, never invented. */
  cite(references: DocumentReference[]): number[] {
    const numbers: number[] = [];
    for (const reference of references) {
      const document = this.knowledge.document(reference.document);
      const passage = document ? passageFor(this.knowledge, reference) : undefined;
      if (!document || !passage) continue;
      let citation = this.items.find((item) => item.id === passage.id);
      if (!citation) {
        citation = citationFor(this.items.length + 1, passage, document, this.today);
        this.items.push(citation);
      }
      if (!numbers.includes(citation.n)) numbers.push(citation.n);
    }
    return numbers;
  }
}

export function toAppraisalView(
  flow: FlowDefinition,
  appraisal: Appraisal,
  knowledge: KnowledgeBase,
  today: string,
): AppraisalView {
  const citations = new CitationList(knowledge, today);
  const flags = appraisal.flags.map((flag) => ({
    id: flag.id,
    level: flag.level,
    reason: flag.reason,
    citations: citations.cite(flag.basis),
  }));
  const nextSteps = appraisal.nextSteps.map((step) => {
    const numbers = citations.cite(step.basis);
    return numbers.length > 0 ? `${step.text} ${numbers.map((n) => `[${n}]`).join('')}` : step.text;
  });
  return {
    flow: flow.id,
    flowTitle: flow.title,
    level: appraisal.level,
    flags,
    mitigations: appraisal.mitigations,
    nextSteps,
    escalate: appraisal.escalate,
    citations: citations.items,
  };
}
