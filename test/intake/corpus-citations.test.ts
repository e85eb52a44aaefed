// Every document a rule or next step cites exists in the corpus that ships, and every section hint finds its
// passage (so no citation silently falls back to a document's first passage).
import { beforeAll, describe, expect, it } from 'vitest';
import { passageFor } from '../../src/intake/appraisal/appraisal-view.js';
import { ALL_FLOWS } from '../../src/intake/flows/index.js';
import type { DocumentReference } from '../../src/intake/rules/risk-rule.js';
import type { KnowledgeBase } from '../../src/knowledge/knowledge-base.js';
import { loadCorpus } from './support/intake-fixtures.js';

const POLICY_BASIS: DocumentReference[] = [
  { document: 'general-first-steps-institutional-function', section: 'decision-making' },
  { document: 'nl-risk-profile-and-partner-checks', section: 'Who decides' },
  { document: 'general-risk-mitigation-measures', section: 'mitigation is usually preferred' },
];

function references(): { where: string; reference: DocumentReference }[] {
  const found: { where: string; reference: DocumentReference }[] = [];
  for (const flow of ALL_FLOWS) {
    for (const rule of [...flow.rules, ...flow.combinations]) {
      for (const reference of rule.basis) found.push({ where: `${flow.id}/${rule.id}`, reference });
    }
    for (const [index, step] of flow.nextSteps.entries()) {
      for (const reference of step.basis ?? []) found.push({ where: `${flow.id}/next-step-${index}`, reference });
    }
  }
  for (const reference of POLICY_BASIS) found.push({ where: 'appraisal', reference });
  return found;
}

let knowledge: KnowledgeBase;

beforeAll(async () => {
  knowledge = await loadCorpus();
});

describe('citations of the risk rules', () => {
  it('every rule cites at least one document', () => {
    for (const flow of ALL_FLOWS) {
      for (const rule of [...flow.rules, ...flow.combinations])
        expect(rule.basis.length, `${flow.id}/${rule.id}`).toBeGreaterThan(0);
    }
  });

  it.each(references().map(({ where, reference }) => [where, reference.document, reference]))(
    '%s cites %s, which exists with the named section',
    (_where, _document, reference) => {
      expect(knowledge.document(reference.document), `document ${reference.document}`).toBeDefined();
      const passage = passageFor(knowledge, reference);
      expect(passage).toBeDefined();
      if (reference.section) expect(passage?.heading.toLowerCase()).toContain(reference.section.toLowerCase());
    },
  );
});
