// Visitor check: hosting or hiring a visiting researcher, PhD candidate or postdoc with access to labs, data or
// controlled technology. Asks about the home organisation, its country and the access requested (as the Auckland
// visitor bands, Dutch HR guidance and the Liège export-control tree do), never about the person's nationality.
import { NONE_VALUE } from '../field.js';
import { choiceField, multiField, textField, yesNoUnsure } from '../field-builders.js';
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

const SENSITIVE_ACCESS = [
  'sensitive-labs',
  'restricted-area',
  'unpublished-data',
  'controlled-technology',
  'it-systems',
];

export const visitorFlow: FlowDefinition = {
  id: 'visitor',
  title: 'Visitor check',
  summary: 'hosting or hiring a visiting researcher, PhD candidate or postdoc with access to labs, data or technology',
  aliases: ['visit', 'visitors', 'guest', 'hosting'],
  deadlineField: DEADLINE_FIELD_ID,
  fields: [
    choiceField({
      id: 'visit-type',
      label: 'Kind of visit',
      question: 'Who are you hosting?',
      help: 'Pick the closest role.',
      choices: [
        { value: 'visiting-researcher', label: 'Visiting researcher' },
        { value: 'phd-candidate', label: 'PhD candidate', synonyms: ['phd', 'doctoral candidate'] },
        { value: 'postdoc', label: 'Postdoc' },
        { value: 'guest-lecturer', label: 'Guest lecturer' },
        { value: 'delegation', label: 'Delegation visit' },
        { value: 'other', label: 'Other' },
      ],
    }),
    choiceField({
      id: 'duration',
      label: 'Length of stay',
      question: 'How long will the visit last?',
      help: 'An estimate is fine.',
      choices: [
        { value: 'under-a-week', label: 'Under a week' },
        { value: 'up-to-3-months', label: 'A week to 3 months' },
        { value: '3-to-6-months', label: '3 to 6 months' },
        { value: 'over-6-months', label: 'Over 6 months' },
      ],
    }),
    textField({
      id: 'home-organisation',
      label: 'Home organisation',
      question: 'Which organisation is the visitor coming from (their current employer or home institution)?',
      help: `${ORGANISATION_HELP} No CVs either: this check is about organisations and access, not about vetting a person.`,
    }),
    textField({
      id: 'home-country',
      label: 'Home organisation country',
      question: 'In which country is that organisation based?',
      help: COUNTRY_HELP,
      maxLength: 100,
    }),
    choiceField({
      id: 'home-organisation-type',
      label: 'Kind of home organisation',
      question: 'What kind of organisation is it?',
      help: 'Pick the closest.',
      choices: [
        { value: 'university', label: 'University' },
        { value: 'research-institute', label: 'Research institute' },
        { value: 'company', label: 'Company' },
        { value: 'government', label: 'Government body or agency' },
        { value: 'military', label: 'Military or defence organisation', synonyms: ['defence', 'defense', 'military'] },
        { value: 'other', label: 'Other' },
      ],
    }),
    choiceField({
      id: 'visit-funding',
      label: 'Who pays for the visit',
      question: 'Who pays for the visit?',
      help: 'Scholarships from a foreign government programme can come with conditions worth knowing.',
      choices: [
        { value: 'host', label: 'Your institution or your own grant' },
        { value: 'home-organisation', label: 'The home organisation' },
        { value: 'foreign-government-programme', label: 'A foreign government or scholarship programme' },
        { value: 'company', label: 'A company' },
        { value: 'unknown', label: 'Other or not known' },
      ],
    }),
    multiField({
      id: 'access',
      label: 'Access requested',
      question: 'What will the visitor have access to? Pick all that apply.',
      help: 'Hosts should write down which labs, data and systems the visit needs before any access is granted.',
      choices: [
        { value: 'office-library', label: 'General areas only (offices & library)' },
        { value: 'sensitive-labs', label: 'Labs with sensitive equipment' },
        { value: 'restricted-area', label: 'A restricted-access area (such as a French ZRR)', synonyms: ['zrr'] },
        { value: 'unpublished-data', label: 'Unpublished data or source code' },
        { value: 'controlled-technology', label: 'Export-controlled technology or materials' },
        { value: 'it-systems', label: 'IT systems holding research data' },
        { value: NONE_VALUE, label: 'None of these' },
      ],
    }),
    technologyAreasField('the work the visitor will join'),
    yesNoUnsure({
      id: 'home-organisation-military-links',
      label: 'Military links',
      question: 'Does the home organisation have links to military, defence, security or intelligence bodies?',
      help: 'Answer Unsure if you do not know; it will be flagged so that it gets checked.',
      when: { not: { field: 'home-organisation-type', in: ['military'] } },
    }),
    yesNoUnsure({
      id: 'home-organisation-restricted-party',
      label: 'Sanctions or restricted lists',
      question:
        'Does the home organisation appear on a sanctions or restricted-party list (EU sanctions map, US Entity List, Canada\u2019s Named Research Organizations)?',
      help: 'Answer Unsure if it has not been screened yet; your research office can screen it.',
    }),
    yesNoUnsure({
      id: 'access-limited',
      label: 'Need-to-know access',
      question: 'Will access be limited to what the visit needs, for the agreed period, and written down?',
      help: 'BELSPO and Auckland\u2019s draft visitor policy ask for need-to-know access with documented conditions.',
      when: { field: 'access', in: SENSITIVE_ACCESS },
    }),
    yesNoUnsure({
      id: 'remote-access-after',
      label: 'Remote access afterwards',
      question: 'Will the visitor keep remote access to data or systems after the visit ends?',
      help: 'Access rights should end on the agreed date unless there is a reason to keep them.',
      when: { field: 'access', in: ['unpublished-data', 'it-systems'] },
    }),
    deadlineField('When does the visit start (YYYY-MM-DD)?'),
  ],
  rules: [
    ...technologyRules(TECHNOLOGY_FIELD_ID),
    restrictedDestinationRule('home-country'),
    stateActorCountryRule('home-country', 'what the visitor gets access to and what they take home'),
    ...militaryLinkRules('home-organisation-type', 'home-organisation-military-links', 'the home organisation'),
    ...restrictedPartyRules('home-organisation-restricted-party', 'the home organisation'),
    {
      id: 'controlled-technology-access',
      factor: 'what',
      level: 'medium',
      escalate: true,
      when: { field: 'access', in: ['controlled-technology'] },
      reason:
        'Access to export-controlled technology or materials can itself raise export-control questions, for example when a visitor takes the knowledge home.',
      basis: [
        {
          document: 'general-visiting-researchers-and-insider-risk',
          section: 'export control applies to visiting researchers',
        },
        { document: 'eu-dual-use-research-exemptions', section: 'everyday research activities' },
      ],
      mitigations: [
        'Ask your export control office before the visitor works with controlled equipment or technical data.',
      ],
    },
    {
      id: 'restricted-area-access',
      factor: 'how',
      level: 'medium',
      escalate: true,
      when: { field: 'access', in: ['restricted-area'] },
      reason:
        'Access to a restricted area (such as a French ZRR) needs an access request and an opinion before the visit.',
      basis: [{ document: 'fr-zrr-access', section: 'What information a French ZRR access request contains' }],
      mitigations: [
        'Submit the access request well before arrival; the visitor works outside the restricted area until it is granted.',
      ],
    },
    {
      id: 'sensitive-access',
      factor: 'how',
      level: 'low',
      when: { field: 'access', in: ['sensitive-labs', 'unpublished-data', 'it-systems'] },
      reason: 'The visitor would have access to sensitive labs, unpublished data or research systems.',
      basis: [{ document: 'general-visiting-researchers-and-insider-risk', section: 'decide what access' }],
      mitigations: [
        'Grant access only to the labs, data and systems the agreed work needs, and end it on the agreed date.',
      ],
    },
    {
      id: 'access-not-limited',
      factor: 'how',
      level: 'medium',
      when: { field: 'access-limited', in: ['no', 'unsure'] },
      reason: 'Access is not (yet) limited to what the visit needs and written down.',
      basis: [
        { document: 'general-visiting-researchers-and-insider-risk', section: 'decide what access' },
        { document: 'be-belspo-self-assessment', section: 'protecting access' },
      ],
      mitigations: [
        'Write down the access conditions (which labs, data and systems, until when) and have them agreed before arrival.',
      ],
    },
    {
      id: 'remote-access-after-visit',
      factor: 'how',
      level: 'medium',
      when: { field: 'remote-access-after', in: ['yes', 'unsure'] },
      reason: 'The visitor may keep remote access to data or systems after the visit.',
      basis: [{ document: 'general-visiting-researchers-and-insider-risk', section: 'leaves' }],
      mitigations: ['Review remote access when the visit ends and keep only what a written agreement covers.'],
    },
    {
      id: 'government-sponsored-visit',
      factor: 'who',
      level: 'medium',
      when: { field: 'visit-funding', in: ['foreign-government-programme'] },
      reason:
        'The visit is paid by a foreign government or scholarship programme; such programmes can attach conditions (reporting, IP, return obligations).',
      basis: [
        { document: 'general-talent-programmes-and-dual-appointments', section: 'When a foreign talent programme' },
      ],
      mitigations: [
        'Ask which conditions the programme attaches to the visit, and record them with the visiting agreement.',
      ],
    },
  ],
  combinations: [SENSITIVE_COMBINATION],
  nextSteps: [
    {
      text: 'Before the visit, write down which labs, data and systems the visitor needs, and screen the home organisation against restricted-party lists.',
      basis: [{ document: 'general-visiting-researchers-and-insider-risk', section: 'What a host should check' }],
    },
    {
      when: { field: 'access', in: ['controlled-technology', 'sensitive-labs'] },
      text: 'Ask the export control office before the visitor works with controlled equipment or technical data.',
      basis: [{ document: 'general-visiting-researchers-and-insider-risk', section: 'export control applies' }],
    },
    {
      jurisdictions: ['UK'],
      text: 'UK: some international researchers in sensitive subjects need an ATAS certificate before they start; your HR or international office checks whether it applies.',
      basis: [{ document: 'uk-atas', section: 'ATAS for researchers' }],
    },
    {
      jurisdictions: ['FR'],
      when: { field: 'access', in: ['restricted-area'] },
      text: 'France: ask your security and defence official (FSD) about the ZRR access request.',
      basis: [{ document: 'fr-zrr-access', section: 'Whom to ask' }],
    },
  ],
};
