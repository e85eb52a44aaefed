// Funding check: foreign funding, donations, talent programmes, dual appointments and disclosure. Grounded in the
// talent-programme warning signs, Canada's Risk Assessment Form attestations, disclosure rules and UK/Dutch
// questions about who funds the research.
import { choiceField, textField, yesNoUnsure } from '../field-builders.js';
import type { FlowDefinition } from '../flow.js';
import {
  militaryLinkRules,
  restrictedDestinationRule,
  restrictedPartyRules,
  SENSITIVE_COMBINATION,
  stateActorCountryRule,
  technologyRules,
} from '../rules/shared-rules.js';
import {
  COUNTRY_HELP,
  DEADLINE_FIELD_ID,
  deadlineField,
  ORGANISATION_HELP,
  TECHNOLOGY_FIELD_ID,
  technologyAreasField,
} from './common-fields.js';

const TALENT_BASIS = [
  { document: 'general-talent-programmes-and-dual-appointments', section: 'When a foreign talent programme' },
  { document: 'us-chips-talent-programs', section: 'malign' },
];

export const fundingFlow: FlowDefinition = {
  id: 'funding',
  title: 'Funding check',
  summary: 'foreign funding, a donation, a talent programme, a dual appointment, and what to disclose',
  aliases: ['funder', 'donation', 'talent', 'appointment', 'grant'],
  deadlineField: DEADLINE_FIELD_ID,
  fields: [
    choiceField({
      id: 'funding-type',
      label: 'Kind of funding',
      question: 'What are you being offered?',
      help: 'Pick the closest.',
      choices: [
        { value: 'grant', label: 'A research grant' },
        { value: 'donation', label: 'A donation or gift' },
        { value: 'talent-programme', label: 'A talent or recruitment programme' },
        { value: 'dual-appointment', label: 'An honorary, visiting or dual appointment' },
        { value: 'industry-sponsorship', label: 'Industry sponsorship' },
        { value: 'other', label: 'Other' },
      ],
    }),
    textField({
      id: 'funder-name',
      label: 'Funder',
      question: 'Which organisation offers the funding or appointment?',
      help: ORGANISATION_HELP,
    }),
    textField({
      id: 'funder-country',
      label: 'Funder country',
      question: 'In which country is the funder based?',
      help: COUNTRY_HELP,
      maxLength: 100,
    }),
    choiceField({
      id: 'funder-type',
      label: 'Kind of funder',
      question: 'What kind of organisation is the funder?',
      help: 'Pick the closest.',
      choices: [
        { value: 'government', label: 'Government body or agency' },
        { value: 'university', label: 'University or research institute' },
        { value: 'company', label: 'Company' },
        { value: 'foundation', label: 'Foundation or charity' },
        { value: 'military', label: 'Military or defence organisation', synonyms: ['defence', 'defense', 'military'] },
        { value: 'unknown', label: 'Not known' },
      ],
    }),
    yesNoUnsure({
      id: 'undisclosed-commitments',
      label: 'Confidential commitments',
      question:
        'Does the offer ask you to keep it confidential, or to take on commitments you would not disclose to your institution or your other funders?',
      help: 'Undisclosed commitments are the first warning sign named for talent programmes. Unsure is flagged like Yes.',
    }),
    yesNoUnsure({
      id: 'replicate-work',
      label: 'Lab abroad or recruiting',
      question: 'Does it ask you to set up or mirror a lab abroad, recruit others, or repeat work funded elsewhere?',
      help: 'Canada\u2019s Risk Assessment Form asks applicants to attest to no funding conditional on mirroring a lab abroad.',
    }),
    yesNoUnsure({
      id: 'ip-transfer',
      label: 'IP or credit transfer',
      question: 'Would IP, data ownership or credit for the work pass to the funder or to a foreign institution?',
      help: 'Unsure is flagged like Yes, so that the terms get checked.',
    }),
    yesNoUnsure({
      id: 'time-commitment',
      label: 'Time commitment',
      question:
        'Does it take time alongside your current position (for example part of each year at another institution)?',
      help: 'A time commitment can create a conflict of commitment that your institution needs to approve.',
      when: { field: 'funding-type', in: ['talent-programme', 'dual-appointment'] },
    }),
    yesNoUnsure({
      id: 'disclosure',
      label: 'Disclosed',
      question:
        'Will you disclose it to your institution and your other funders (for example in current-and-pending-support forms)?',
      help: 'Answer No or Unsure if you have not decided yet; it will be flagged.',
    }),
    yesNoUnsure({
      id: 'funding-source-clear',
      label: 'Source of funds clear',
      question:
        'Is the original source of the money clear (no intermediary that hides the client or the source of funds)?',
      help: 'Asking partners about the source of their funds is part of Canada\u2019s Risk Assessment Form.',
    }),
    yesNoUnsure({
      id: 'outcome-interest',
      label: 'Say over results',
      question: 'Does the funder want a particular research outcome, or a say over what is published?',
      help: 'A funder with an interest in a particular outcome is a red flag in Dutch guidance.',
    }),
    yesNoUnsure({
      id: 'funder-military-links',
      label: 'Military links',
      question: 'Does the funder have links to military, defence, security or intelligence bodies?',
      help: 'Answer Unsure if you do not know; it will be flagged so that it gets checked.',
      when: { not: { field: 'funder-type', in: ['military'] } },
    }),
    yesNoUnsure({
      id: 'funder-restricted-party',
      label: 'Sanctions or restricted lists',
      question: 'Does the funder appear on a sanctions or restricted-party list?',
      help: 'Answer Unsure if it has not been screened yet; your research office can screen it.',
    }),
    technologyAreasField('the funded work'),
    deadlineField('By when must you accept or decline (YYYY-MM-DD)?'),
  ],
  rules: [
    ...technologyRules(TECHNOLOGY_FIELD_ID),
    restrictedDestinationRule('funder-country'),
    stateActorCountryRule('funder-country', 'the conditions attached to the money and who gets the results'),
    ...militaryLinkRules('funder-type', 'funder-military-links', 'the funder'),
    ...restrictedPartyRules('funder-restricted-party', 'the funder'),
    {
      id: 'talent-programme',
      factor: 'who',
      level: 'medium',
      when: { field: 'funding-type', in: ['talent-programme'] },
      reason:
        'Talent programmes are legitimate in many countries; concern arises with undisclosed commitments, IP transfer, recruiting others or replicating work abroad.',
      basis: TALENT_BASIS,
      mitigations: ['Get the full terms in writing and have them checked before you sign anything.'],
    },
    {
      id: 'undisclosed-commitments',
      factor: 'how',
      level: 'high',
      escalate: true,
      when: { field: 'undisclosed-commitments', in: ['yes'] },
      reason:
        'The offer asks for confidentiality or commitments you would not disclose, a warning sign of a malign talent programme.',
      basis: TALENT_BASIS,
      mitigations: ['Do not accept conditions that require hiding the arrangement from your institution or funders.'],
    },
    {
      id: 'undisclosed-commitments-unclear',
      factor: 'how',
      level: 'medium',
      when: { field: 'undisclosed-commitments', in: ['unsure'] },
      reason: 'It is not yet clear whether the offer requires confidentiality or commitments you would not disclose.',
      basis: TALENT_BASIS,
      mitigations: ['Ask for the full terms in writing, including any confidentiality clauses.'],
    },
    {
      id: 'replicate-work',
      factor: 'how',
      level: 'high',
      escalate: true,
      when: { field: 'replicate-work', in: ['yes', 'unsure'] },
      reason: 'The offer may require mirroring a lab abroad, recruiting others or repeating work funded elsewhere.',
      basis: [
        { document: 'ca-risk-assessment-form', section: 'Additional Requirements' },
        { document: 'general-talent-programmes-and-dual-appointments', section: 'dual appointment' },
      ],
      mitigations: [
        'Discuss these conditions with the desk before accepting; funders may require you to attest that none apply.',
      ],
    },
    {
      id: 'ip-transfer',
      factor: 'how',
      level: 'medium',
      when: { field: 'ip-transfer', in: ['yes', 'unsure'] },
      reason: 'IP, data ownership or credit for the work may pass to the funder or a foreign institution.',
      basis: [
        { document: 'general-talent-programmes-and-dual-appointments', section: 'When a foreign talent programme' },
        { document: 'general-technology-transfer-and-ip', section: 'expects in return' },
      ],
      mitigations: ['Have your technology transfer office review the IP and data clauses.'],
    },
    {
      id: 'conflict-of-commitment',
      factor: 'how',
      level: 'medium',
      when: { field: 'time-commitment', in: ['yes', 'unsure'] },
      reason:
        'The role takes time alongside your current position, which can be a conflict of commitment needing approval.',
      basis: [{ document: 'general-talent-programmes-and-dual-appointments', section: 'dual appointment' }],
      mitigations: [
        'Ask for prior approval under your institution\u2019s rules on secondary activities and conflicts of commitment.',
      ],
    },
    {
      id: 'not-disclosed',
      factor: 'how',
      level: 'medium',
      when: { field: 'disclosure', in: ['no', 'unsure'] },
      reason: 'The funding or appointment may not be disclosed to your institution and your other funders.',
      basis: [
        { document: 'general-talent-programmes-and-dual-appointments', section: 'disclose' },
        { document: 'us-disclosure-common-forms', section: 'What US researchers must disclose' },
      ],
      mitigations: ['Disclose the funding or appointment to your institution and in your funders\u2019 forms.'],
    },
    {
      id: 'unclear-source-of-funds',
      factor: 'who',
      level: 'medium',
      when: { field: 'funding-source-clear', in: ['no', 'unsure'] },
      reason: 'The original source of the funds is not clear.',
      basis: [
        { document: 'ca-risk-assessment-form', section: 'Additional Requirements' },
        { document: 'general-due-diligence-sources-and-red-flags', section: 'red flags in an approach' },
      ],
      mitigations: ['Ask the funder in writing where the money comes from and who the end client is.'],
    },
    {
      id: 'funder-outcome-interest',
      factor: 'who',
      level: 'medium',
      when: { field: 'outcome-interest', in: ['yes', 'unsure'] },
      reason: 'The funder may want a particular outcome or a say over publication.',
      basis: [
        { document: 'nl-risk-profile-and-partner-checks', section: 'Partner red flags' },
        { document: 'uk-partner-due-diligence', section: 'Three key questions' },
      ],
      mitigations: ['Keep the right to publish and the research direction with the researchers, in writing.'],
    },
    {
      id: 'government-funder',
      factor: 'who',
      level: 'low',
      when: { field: 'funder-type', in: ['government'] },
      reason: 'The funder is a government body; check what influence or control it expects over the work.',
      basis: [{ document: 'ca-risk-assessment-form', section: 'Section 2' }],
      mitigations: ['Record what the funder expects (reporting, access, IP) in the funding agreement.'],
    },
  ],
  combinations: [SENSITIVE_COMBINATION],
  nextSteps: [
    {
      text: 'Disclose the offer to your institution before accepting, and check the rules of your current funders on foreign support and appointments.',
      basis: [
        { document: 'general-talent-programmes-and-dual-appointments', section: 'What to check before accepting' },
      ],
    },
    {
      jurisdictions: ['US'],
      text: 'US: list the support in your current-and-pending-support forms; researchers on federal awards may not join a malign foreign talent recruitment programme.',
      basis: [
        { document: 'us-disclosure-common-forms', section: 'What US researchers must disclose' },
        { document: 'us-chips-talent-programs', section: 'What the CHIPS and Science Act says' },
      ],
    },
    {
      jurisdictions: ['CA'],
      text: 'Canada: if the research advances a Sensitive Technology Research Area, check the STRAC policy before accepting support from any organisation.',
      basis: [{ document: 'ca-strac-policy', section: 'The core rule' }],
    },
  ],
};
