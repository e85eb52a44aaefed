// Partnership check: joint research, joint lab, MoU, industry or foreign partner. Grounded in Canada's Risk
// Assessment Form (Know Your Research / Know Your Partner), the Dutch what / where / who factors, the UK Trusted
// Research partner checklists and the Finnish self-assessment.
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

const UNSURE_HELP = 'Yes, No or Unsure. Unsure is fine: like Yes, it is flagged so that it gets checked.';

export const partnershipFlow: FlowDefinition = {
  id: 'partnership',
  title: 'Partnership check',
  summary: 'joint research, a joint lab, an MoU, or an industry or foreign partner',
  aliases: ['partner', 'collaboration', 'mou', 'partnerships'],
  deadlineField: DEADLINE_FIELD_ID,
  fields: [
    choiceField({
      id: 'activity-type',
      label: 'Kind of partnership',
      question: 'What kind of partnership are you planning?',
      help: 'Pick the closest; the advice desk can refine it.',
      choices: [
        { value: 'joint-research', label: 'Joint research project' },
        { value: 'joint-lab', label: 'Joint lab or centre' },
        { value: 'mou', label: 'MoU or framework agreement', synonyms: ['memorandum of understanding'] },
        { value: 'industry', label: 'Industry contract or sponsored research', synonyms: ['contract research'] },
        { value: 'other', label: 'Other' },
      ],
    }),
    textField({
      id: 'partner-name',
      label: 'Partner organisation',
      question: 'Which organisation is the partner?',
      help: ORGANISATION_HELP,
    }),
    choiceField({
      id: 'partner-type',
      label: 'Kind of partner',
      question: 'What kind of organisation is the partner?',
      help: 'Canada\u2019s Risk Assessment Form counts any organisation with an active role or cash or in-kind support as a partner.',
      choices: [
        { value: 'university', label: 'University' },
        { value: 'research-institute', label: 'Research institute' },
        { value: 'company', label: 'Company' },
        { value: 'government', label: 'Government body or agency' },
        { value: 'military', label: 'Military or defence organisation', synonyms: ['defence', 'defense', 'military'] },
        { value: 'other', label: 'Other' },
      ],
    }),
    textField({
      id: 'partner-country',
      label: 'Partner country',
      question: 'In which country is the partner organisation based?',
      help: COUNTRY_HELP,
      maxLength: 100,
    }),
    technologyAreasField('the research'),
    yesNoUnsure({
      id: 'dual-use',
      label: 'Dual-use potential',
      question:
        'Could the results, equipment or software have a military or other dual-use application, or be on an export-control list?',
      help: `The Finnish self-assessment and the UK export-control questions ask this. ${UNSURE_HELP}`,
    }),
    yesNoUnsure({
      id: 'government-influence',
      label: 'Government influence',
      question:
        'Are there signs that the partner could be subject to foreign-government influence, interference or control (state ownership, laws that compel data sharing, major government funding)?',
      help: `A question from Section 2 of Canada\u2019s Risk Assessment Form. ${UNSURE_HELP}`,
    }),
    yesNoUnsure({
      id: 'partner-military-links',
      label: 'Military links',
      question:
        'Does the partner, or its parent organisation, have links to military, defence, security or intelligence bodies?',
      help: `UK university checklists (Queen\u2019s University Belfast, Glasgow) ask this. ${UNSURE_HELP}`,
      when: { not: { field: 'partner-type', in: ['military'] } },
    }),
    yesNoUnsure({
      id: 'partner-restricted-party',
      label: 'Sanctions or restricted lists',
      question:
        'Does the partner appear on a sanctions or restricted-party list (for example the EU sanctions map, the US Entity List or Canada\u2019s Named Research Organizations)?',
      help: 'Answer Unsure if it has not been checked yet; your research office can screen it.',
    }),
    yesNoUnsure({
      id: 'partner-expectations',
      label: 'Partner expectations',
      question:
        'Does the partner expect control over the research direction, ownership of data or IP, or limits on publication?',
      help: `Imperial College London\u2019s partner checklist asks what the partner expects in return. ${UNSURE_HELP}`,
    }),
    yesNoUnsure({
      id: 'sensitive-data',
      label: 'Sensitive data',
      question: 'Will the project use sensitive personal data, or large datasets that become sensitive when combined?',
      help: `A question from Section 1 of Canada\u2019s Risk Assessment Form. ${UNSURE_HELP}`,
    }),
    yesNoUnsure({
      id: 'partner-access',
      label: 'Access beyond the project',
      question: 'Would the partner get access to your facilities, networks or data beyond what the project needs?',
      help: `A question from Section 2 of Canada\u2019s Risk Assessment Form. ${UNSURE_HELP}`,
    }),
    multiField({
      id: 'red-flags',
      label: 'Red flags',
      question: 'Did you notice any of these signs? Pick all that apply, or "None of these".',
      help: 'Warning signs from UK university due-diligence guidance and the Dutch Loket Kennisveiligheid.',
      choices: [
        { value: 'cold-approach', label: 'A cold approach' },
        { value: 'generous-offer', label: 'An offer better than usual funders make' },
        { value: 'unclear-end-use', label: 'Unclear end user or end use' },
        { value: 'secrecy', label: 'Excessive confidentiality' },
        { value: 'unknown-partner', label: 'Little information online or unknown to peers' },
        { value: 'outcome-interest', label: 'Interest in a particular research outcome' },
        { value: 'dependence', label: 'Growing financial dependence on the partner' },
        { value: NONE_VALUE, label: 'None of these', synonyms: ['none', 'no'] },
      ],
    }),
    yesNoUnsure({
      id: 'written-agreement',
      label: 'Written agreement',
      question:
        'Is there (or will there be) a written agreement on IP, data, publication and acceptable uses of the results?',
      help: 'Research security guidance recommends settling these in a partnership agreement early, and before sensitive work starts.',
    }),
    deadlineField('By when must the partnership be decided or signed (YYYY-MM-DD)?'),
  ],
  rules: [
    ...technologyRules(TECHNOLOGY_FIELD_ID),
    restrictedDestinationRule('partner-country'),
    stateActorCountryRule('partner-country', 'what the partner gets access to and how data and results are shared'),
    ...militaryLinkRules('partner-type', 'partner-military-links', 'the partner'),
    ...restrictedPartyRules('partner-restricted-party', 'the partner'),
    {
      id: 'dual-use-potential',
      factor: 'what',
      level: 'medium',
      when: { field: 'dual-use', in: ['yes', 'unsure'] },
      reason:
        'Results, equipment or software may have dual-use or military potential, or be on an export-control list.',
      basis: [
        { document: 'fi-research-council-self-assessment', section: 'four questions' },
        { document: 'general-export-control-basics-for-researchers', section: 'three questions' },
      ],
      mitigations: [
        'Ask your export control office to classify the work before sharing unpublished results, code or samples.',
      ],
    },
    {
      id: 'government-influence',
      factor: 'who',
      level: 'medium',
      when: { field: 'government-influence', in: ['yes', 'unsure'] },
      reason:
        'There are signs that the partner could be subject to foreign-government influence, interference or control.',
      basis: [{ document: 'ca-risk-assessment-form', section: 'Section 2' }],
      mitigations: ['Ask the partner about its ownership, governance and sources of funding, and record the answers.'],
    },
    {
      id: 'partner-control',
      factor: 'how',
      level: 'medium',
      when: { field: 'partner-expectations', in: ['yes', 'unsure'] },
      reason: 'The partner may expect control over the research direction, data or IP, or limits on publication.',
      basis: [
        { document: 'general-technology-transfer-and-ip', section: 'expects in return' },
        { document: 'uk-partner-due-diligence', section: 'Questions UK universities ask' },
      ],
      mitigations: [
        'Agree in writing who owns data and IP, the right to publish, and the acceptable uses of the results before work starts.',
      ],
    },
    {
      id: 'sensitive-data',
      factor: 'what',
      level: 'medium',
      when: { field: 'sensitive-data', in: ['yes', 'unsure'] },
      reason: 'The project may use sensitive personal data or datasets that are sensitive in aggregate.',
      basis: [
        { document: 'ca-risk-assessment-form', section: 'Section 1' },
        { document: 'general-data-and-cyber-security', section: 'How to control access' },
      ],
      mitigations: [
        'Keep sensitive datasets on institution-managed storage with need-to-know access, and check data-protection rules before sharing.',
      ],
    },
    {
      id: 'access-beyond-project',
      factor: 'how',
      level: 'medium',
      when: { field: 'partner-access', in: ['yes', 'unsure'] },
      reason: 'The partner could gain access to facilities, networks or data beyond what the project needs.',
      basis: [
        { document: 'ca-risk-assessment-form', section: 'Section 2' },
        { document: 'be-belspo-self-assessment', section: 'protecting access' },
      ],
      mitigations: ['Give access on a need-to-know basis, physically and online, for the agreed work and period only.'],
    },
    {
      id: 'due-diligence-red-flags',
      factor: 'who',
      level: 'medium',
      when: {
        field: 'red-flags',
        in: [
          'cold-approach',
          'generous-offer',
          'unclear-end-use',
          'secrecy',
          'unknown-partner',
          'outcome-interest',
          'dependence',
        ],
      },
      reason: 'The approach shows warning signs named in UK and Dutch due-diligence guidance.',
      basis: [
        { document: 'general-due-diligence-sources-and-red-flags', section: 'red flags in an approach' },
        { document: 'nl-risk-profile-and-partner-checks', section: 'Partner red flags' },
      ],
      mitigations: [
        'Do open-source due diligence on the partner, and ask it to explain the end use and the source of its funds.',
      ],
    },
    {
      id: 'no-written-agreement',
      factor: 'how',
      level: 'low',
      when: { field: 'written-agreement', in: ['no', 'unsure'] },
      reason: 'There is no written agreement yet on IP, data, publication and acceptable uses of the results.',
      basis: [
        { document: 'be-belspo-self-assessment', section: 'mitigation measures BELSPO recommends' },
        { document: 'general-technology-transfer-and-ip', section: 'What to settle in a partnership agreement' },
      ],
      mitigations: [
        'Sign a partnership agreement covering IP, research steps, data sharing, publication and acceptable uses, with an exit clause.',
      ],
    },
  ],
  combinations: [SENSITIVE_COMBINATION],
  nextSteps: [
    {
      text: 'Record the checks in your institution\u2019s partnership appraisal form: Canada\u2019s Risk Assessment Form, the UK Trusted Research partner checklists and the Finnish self-assessment ask the same questions.',
      basis: [
        { document: 'general-risk-appraisal-of-a-partnership', section: 'What a research security risk appraisal' },
      ],
    },
    {
      escalated: false,
      text: 'Keep this appraisal with the project file and review it when partners, funding or aims change.',
      basis: [{ document: 'general-risk-mitigation-measures', section: 'monitor a collaboration' }],
    },
    {
      jurisdictions: ['AU'],
      text: 'Australia: an arrangement with a foreign government or a foreign university without institutional autonomy may need notifying under the Foreign Arrangements Scheme.',
      basis: [{ document: 'au-foreign-arrangements-scheme', section: 'When an Australian university must notify' }],
    },
  ],
};
