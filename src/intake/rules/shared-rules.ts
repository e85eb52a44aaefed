// Rules that several flows share (technology areas, listed destinations, military links, restricted parties),
// built for a given field id. Each rests on corpus documents; the data lists carry their own source and date.
import { DESTINATIONS_LIST, STATE_ACTOR_LIST, TECHNOLOGY_LIST } from '../data/lists.js';
import type { CombinationRule, RiskRule } from './risk-rule.js';

export function technologyRules(field: string): RiskRule[] {
  return [
    {
      id: 'priority-technology-area',
      factor: 'what',
      level: 'medium',
      when: { field, listEntry: TECHNOLOGY_LIST, priority: true },
      reason:
        'The work touches one of the four EU priority critical technology areas (semiconductors, AI, quantum, biotechnologies), where technology leakage is of most concern.',
      basis: [
        {
          document: 'eu-critical-technology-areas',
          section: 'four EU critical technology areas are treated as highest risk',
        },
        { document: 'fi-research-council-self-assessment', section: 'four questions' },
      ],
      mitigations: [
        'Share unpublished results, code and know-how on a need-to-know basis and only as far as the collaboration needs.',
        'Ask your export control office whether the work is also on a control list: the EU critical technology list itself prohibits nothing.',
      ],
    },
    {
      id: 'critical-technology-area',
      factor: 'what',
      level: 'low',
      when: {
        all: [
          { field, listEntry: TECHNOLOGY_LIST, priority: false },
          { not: { field, listEntry: TECHNOLOGY_LIST, priority: true } },
        ],
      },
      reason:
        'The work touches an EU critical technology area; a fuller look at the partner and the intended use of the results is advisable.',
      basis: [
        { document: 'eu-critical-technology-areas', section: 'How researchers use the EU critical technology list' },
      ],
      mitigations: [
        'Note in the project file which critical technology area the work touches and who can access results.',
      ],
    },
  ];
}

export function restrictedDestinationRule(field: string): RiskRule {
  return {
    id: 'restricted-destination',
    factor: 'where',
    level: 'high',
    escalate: true,
    when: { field, inList: DESTINATIONS_LIST },
    reason:
      '{match} is under EU restrictive measures that include an arms embargo and limits on dual-use exports; sanctions can restrict even know-how, teaching and services.',
    basis: [
      { document: 'eu-dual-use-catch-all-and-national-measures', section: 'How EU sanctions add limits' },
      { document: 'general-export-control-basics-for-researchers', section: 'sanctions can restrict research' },
    ],
    mitigations: [
      'Share no know-how, services or items until the desk or export control office has checked the current sanctions (sanctionsmap.eu); this list is a marker, not a clearance.',
    ],
  };
}

/** Where the countries Dutch intelligence services and US law name are looked up, and why they are named. */
export const STATE_ACTOR_BASIS = [
  { document: 'nl-knowledge-security-guidelines', section: 'country-neutral' },
  { document: 'us-chips-talent-programs', section: 'Foreign countries of concern' },
  { document: 'nl-three-risk-factors', section: 'Risk factor "where"' },
];

/**
 * A country named as a state actor (NL) and a country of concern (US): a "where" flag that asks for a closer look
 * at `concern` (the devices and data on a trip, what a partner or visitor gets access to), never a verdict.
 */
export function stateActorCountryRule(field: string, concern: string): RiskRule {
  return {
    id: 'state-actor-country',
    factor: 'where',
    level: 'medium',
    when: { field, inList: STATE_ACTOR_LIST },
    reason: `{match} is one of the countries that Dutch intelligence services name as state actors active against Dutch knowledge and that US law names as countries of concern: a reason to look closely at ${concern}, not a verdict. {detail}`,
    basis: STATE_ACTOR_BASIS,
    mitigations: [
      'Weigh the country together with the research and the organisation, using current threat information (the AIVD and MIVD annual reports, the EU Sanctions Map) rather than the country alone.',
      'Read the current national travel advice for {match} ({advice}).',
    ],
  };
}

/** Military or defence links: the organisation's type, or a Yes / Unsure on a links question. */
export function militaryLinkRules(typeField: string | undefined, linksField: string, subject: string): RiskRule[] {
  const basis = [
    { document: 'general-risk-appraisal-of-a-partnership', section: 'assess the partner organisation' },
    { document: 'uk-partner-due-diligence', section: 'Checking sanctions lists and open sources' },
  ];
  const mitigations = [
    `Check ${subject}'s ownership, affiliations and past outputs in open sources (sanctions lists, adverse media, defence-university trackers) and keep a record.`,
  ];
  const rules: RiskRule[] = [
    {
      id: 'military-links',
      factor: 'who',
      level: 'high',
      escalate: true,
      when: { field: linksField, in: ['yes'] },
      reason: `${capitalize(subject)} has links to military, defence, security or intelligence bodies.`,
      basis,
      mitigations,
    },
    {
      id: 'military-links-unknown',
      factor: 'who',
      level: 'medium',
      when: { field: linksField, in: ['unsure'] },
      reason: `It is not yet known whether ${subject} has links to military, defence, security or intelligence bodies.`,
      basis,
      mitigations,
    },
  ];
  if (typeField) {
    rules.push({
      id: 'military-organisation',
      factor: 'who',
      level: 'high',
      escalate: true,
      when: { field: typeField, in: ['military'] },
      reason: `${capitalize(subject)} is a military or defence organisation.`,
      basis,
      mitigations,
    });
  }
  return rules;
}

export function restrictedPartyRules(field: string, subject: string): RiskRule[] {
  const basis = [
    { document: 'general-due-diligence-sources-and-red-flags', section: 'restricted-party screening' },
    { document: 'ca-stra-nro-lists', section: 'The NRO list is not a clearance' },
  ];
  const mitigations = [
    `Screen ${subject} against the EU, UK, UN and US lists (and Canada's Named Research Organizations list) and record the result; absence from a list is not a clearance.`,
  ];
  return [
    {
      id: 'restricted-party',
      factor: 'who',
      level: 'high',
      escalate: true,
      when: { field, in: ['yes'] },
      reason: `${capitalize(subject)} appears on a sanctions or restricted-party list.`,
      basis,
      mitigations,
    },
    {
      id: 'restricted-party-unchecked',
      factor: 'who',
      level: 'medium',
      when: { field, in: ['unsure'] },
      reason: `${capitalize(subject)} has not yet been screened against sanctions and restricted-party lists.`,
      basis,
      mitigations,
    },
  ];
}

/** Canada's partner × research matrix and the Dutch what / where / who factors: concerns together weigh more. */
export const SENSITIVE_COMBINATION: CombinationRule = {
  id: 'sensitive-research-with-partner-concerns',
  requires: [['what'], ['who', 'where']],
  minimumLevel: 'medium',
  level: 'high',
  escalate: true,
  reason:
    'A sensitive research area combined with concerns about the organisation or country: assessed together, as Canadian and Dutch guidance do, this is high risk.',
  basis: [
    { document: 'ca-nsgrp', section: 'How risk levels are decided' },
    { document: 'nl-three-risk-factors', section: 'The three risk factors' },
  ],
  mitigations: [
    'Agree a risk-mitigation plan with the desk before work starts (for example limited access, a written agreement and a review date).',
  ],
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
