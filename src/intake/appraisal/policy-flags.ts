// Institution policy from config: technologies or partners that always go to the desk, matched in the answers.
import { message } from '../../i18n/messages.js';
import { applicableFields } from '../applicable-fields.js';
import type { Answers } from '../condition.js';
import type { FlowDefinition } from '../flow.js';
import { answerSearchText } from '../format-answer.js';
import type { AppraisalSettings, RaisedFlag } from './appraisal.js';

const POLICY_BASIS = [
  { document: 'general-first-steps-institutional-function', section: 'decision-making' },
  { document: 'nl-risk-profile-and-partner-checks', section: 'Who decides' },
];

function matchedTerms(terms: string[], text: string): string[] {
  const haystack = text.toLowerCase();
  return terms.filter((term) => term.trim() !== '' && haystack.includes(term.trim().toLowerCase()));
}

export function policyFlags(
  flow: FlowDefinition,
  answers: Answers,
  policy: Pick<AppraisalSettings, 'escalateTechnologies' | 'escalatePartners' | 'institutionName'>,
  language?: string,
): RaisedFlag[] {
  const text = applicableFields(flow, answers)
    .map((field) => {
      const value = answers[field.id];
      return value === undefined ? '' : answerSearchText(field, value);
    })
    .join('\n');
  const flag = (id: string, reason: string): RaisedFlag => ({
    id,
    factor: 'policy',
    level: 'high',
    reason,
    basis: POLICY_BASIS,
    mitigations: [message(language, 'policyMitigation')],
    escalate: true,
  });
  const owner = policy.institutionName.charAt(0).toUpperCase() + policy.institutionName.slice(1);
  const flags: RaisedFlag[] = [];
  const technologies = matchedTerms(policy.escalateTechnologies, text);
  if (technologies.length > 0) {
    const named = technologies.map((term) => `"${term}"`).join(', ');
    flags.push(flag('policy-technology', message(language, 'policyTechnology', { owner, named })));
  }
  const partners = matchedTerms(policy.escalatePartners, text);
  if (partners.length > 0) {
    const named = partners.map((term) => `"${term}"`).join(', ');
    flags.push(flag('policy-partner', message(language, 'policyPartner', { owner, named })));
  }
  return flags;
}
