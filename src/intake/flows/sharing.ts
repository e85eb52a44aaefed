// Sharing check (export-control screening): sending technology, software, data, samples or teaching abroad.
// Follows the three export-control questions (listed? exempt? end-use or end-user concern?), the Liège dual-use
// decision tree and the UC Davis proposal questions.
import { multiField, textField, yesNoUnsure } from '../field-builders.js';
import type { FlowDefinition } from '../flow.js';
import {
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

const LISTED_OR_UNKNOWN = { field: 'control-list', in: ['yes', 'unsure'] };
const NOT_ONLY_PUBLIC = ['unpublished', 'software', 'teaching', 'technical-assistance'];

export const sharingFlow: FlowDefinition = {
  id: 'sharing',
  title: 'Sharing and export-control check',
  summary: 'sending technology, software, data or samples abroad, or teaching and advising abroad',
  aliases: ['export', 'export-control', 'share', 'shipping', 'transfer'],
  deadlineField: DEADLINE_FIELD_ID,
  fields: [
    multiField({
      id: 'items',
      label: 'What is shared',
      question: 'What do you want to share or send? Pick all that apply.',
      help: 'Sending by e-mail, shared drive, cloud or video call counts, not only shipping.',
      choices: [
        { value: 'published', label: 'Published or already public information' },
        { value: 'unpublished', label: 'Unpublished results or know-how' },
        { value: 'software', label: 'Software or source code' },
        { value: 'physical', label: 'Physical samples or equipment' },
        { value: 'teaching', label: 'Teaching or training' },
        {
          value: 'technical-assistance',
          label: 'Technical assistance or consulting',
          synonyms: ['consulting', 'services'],
        },
      ],
    }),
    textField({
      id: 'destination-country',
      label: 'Destination country',
      question: 'To which country does it go (where the recipient is)?',
      help: COUNTRY_HELP,
      maxLength: 150,
    }),
    textField({
      id: 'recipient-organisation',
      label: 'Recipient organisation',
      question: 'Which organisation receives it?',
      help: ORGANISATION_HELP,
    }),
    yesNoUnsure({
      id: 'outside-export-area',
      label: 'Outside the export area',
      question: 'Is the recipient outside your export-control area (for an EU institution: outside the EU)?',
      help: 'Transfers inside the EU need a licence only for the most sensitive items, though national rules can add more.',
    }),
    yesNoUnsure({
      id: 'control-list',
      label: 'On a control list',
      question:
        'Is the item, software or technology on an export-control list (EU Annex I dual-use list, a military list or a national list)?',
      help: 'The first of the three export-control questions. Answer Unsure if it has not been classified; your export control office can classify it.',
    }),
    multiField({
      id: 'annex-categories',
      label: 'Annex I categories',
      question: 'Which Annex I categories are involved, if you know? Pick all that apply.',
      help: 'Optional, for the export control office; type `skip` if you do not know.',
      optional: true,
      when: { field: 'control-list', in: ['yes'] },
      choices: [
        { value: 'cat-0', label: 'Cat. 0 nuclear', synonyms: ['category 0', 'cat 0'] },
        { value: 'cat-1', label: 'Cat. 1 special materials', synonyms: ['category 1', 'cat 1'] },
        { value: 'cat-2', label: 'Cat. 2 materials processing', synonyms: ['category 2', 'cat 2'] },
        { value: 'cat-3', label: 'Cat. 3 electronics', synonyms: ['category 3', 'cat 3'] },
        { value: 'cat-4', label: 'Cat. 4 computers', synonyms: ['category 4', 'cat 4'] },
        { value: 'cat-5', label: 'Cat. 5 telecoms & information security', synonyms: ['category 5', 'cat 5'] },
        { value: 'cat-6', label: 'Cat. 6 sensors & lasers', synonyms: ['category 6', 'cat 6'] },
        { value: 'cat-7', label: 'Cat. 7 navigation & avionics', synonyms: ['category 7', 'cat 7'] },
        { value: 'cat-8', label: 'Cat. 8 marine', synonyms: ['category 8', 'cat 8'] },
        { value: 'cat-9', label: 'Cat. 9 aerospace & propulsion', synonyms: ['category 9', 'cat 9'] },
      ],
    }),
    yesNoUnsure({
      id: 'military-end-use',
      label: 'Military or repressive end use',
      question:
        'Could the recipient use it for military purposes, weapons of mass destruction, surveillance or internal repression?',
      help: 'The catch-all rule: an end-use concern can require a licence even for unlisted items. Unsure is flagged like Yes.',
    }),
    yesNoUnsure({
      id: 'exemption',
      label: 'Basic research or public',
      question:
        'Is it basic scientific research (not aimed at a specific application) or information already in the public domain?',
      help: 'These exemptions cover information only, not samples, materials or equipment, and not applied or sponsor-directed work.',
      when: { field: 'items', in: NOT_ONLY_PUBLIC },
    }),
    yesNoUnsure({
      id: 'recipient-restricted-party',
      label: 'Sanctions or restricted lists',
      question: 'Does the recipient appear on a sanctions or restricted-party list?',
      help: 'Answer Unsure if it has not been screened yet; your export control office can screen it.',
    }),
    yesNoUnsure({
      id: 'electronic-transfer',
      label: 'E-mail, cloud or calls abroad',
      question: 'Will it travel by e-mail, shared drives, cloud storage or video calls to the recipient?',
      help: 'Electronic transmission and oral description over a call count as exports of technology.',
      when: { field: 'outside-export-area', in: ['yes', 'unsure'] },
    }),
    technologyAreasField('what you share'),
    deadlineField('By when does it need to be sent (YYYY-MM-DD)?'),
  ],
  rules: [
    ...technologyRules(TECHNOLOGY_FIELD_ID),
    restrictedDestinationRule('destination-country'),
    stateActorCountryRule('destination-country', 'what is shared and who receives it'),
    ...restrictedPartyRules('recipient-restricted-party', 'the recipient'),
    {
      id: 'listed-item-export',
      factor: 'what',
      level: 'high',
      escalate: true,
      when: {
        all: [
          { field: 'control-list', in: ['yes'] },
          { field: 'outside-export-area', in: ['yes', 'unsure'] },
        ],
      },
      reason:
        'A listed item, software or technology leaving the export area normally needs a licence check before it is sent.',
      basis: [
        { document: 'eu-dual-use-regulation-overview', section: 'When a licence is needed' },
        { document: 'general-export-control-basics-for-researchers', section: 'three questions' },
      ],
      mitigations: ['Send nothing until the export control office has confirmed whether a licence is needed.'],
    },
    {
      id: 'listed-item-inside-area',
      factor: 'what',
      level: 'low',
      when: {
        all: [
          { field: 'control-list', in: ['yes'] },
          { field: 'outside-export-area', in: ['no'] },
        ],
      },
      reason:
        'A listed item stays inside the export area; only the most sensitive items need a licence, but national rules can add more.',
      basis: [{ document: 'eu-dual-use-catch-all-and-national-measures', section: 'national measures' }],
      mitigations: ['Ask the export control office about national rules in your own country.'],
    },
    {
      id: 'classification-unknown',
      factor: 'what',
      level: 'medium',
      when: { field: 'control-list', in: ['unsure'] },
      reason: 'It is not yet known whether what you share is on a control list.',
      basis: [{ document: 'general-export-control-basics-for-researchers', section: 'three questions' }],
      mitigations: ['Have the export control office classify the item, software or technology before it is sent.'],
    },
    {
      id: 'military-end-use',
      factor: 'who',
      level: 'high',
      escalate: true,
      when: { field: 'military-end-use', in: ['yes', 'unsure'] },
      reason:
        'The recipient could use it for military purposes, weapons of mass destruction, surveillance or repression: the catch-all rule can apply.',
      basis: [
        { document: 'eu-dual-use-catch-all-and-national-measures', section: 'catch-all control' },
        { document: 'eu-dual-use-catch-all-and-national-measures', section: 'What to do when an end use' },
      ],
      mitigations: [
        'Pause the transfer and contact the export control office; keep a written record of the end-use checks.',
      ],
    },
    {
      id: 'no-research-exemption',
      factor: 'what',
      level: 'medium',
      when: { all: [{ field: 'exemption', in: ['no', 'unsure'] }, LISTED_OR_UNKNOWN] },
      reason: 'The information may be neither basic research nor public, so the research exemptions may not apply.',
      basis: [
        { document: 'eu-dual-use-research-exemptions', section: 'basic scientific research exemption' },
        { document: 'general-export-control-basics-for-researchers', section: 'When basic research stops' },
      ],
      mitigations: [
        'Share only what is published, or wait for the export control office before sharing unpublished material.',
      ],
    },
    {
      id: 'physical-items',
      factor: 'what',
      level: 'low',
      when: { all: [{ field: 'items', in: ['physical'] }, LISTED_OR_UNKNOWN] },
      reason: 'The research exemptions cover information, not samples, materials or equipment.',
      basis: [{ document: 'eu-dual-use-research-exemptions', section: 'public-domain information' }],
      mitigations: [
        'Have physical items classified before shipping, including any special shipping or labelling requests.',
      ],
    },
    {
      id: 'teaching-or-assistance',
      factor: 'what',
      level: 'medium',
      when: {
        all: [
          { field: 'items', in: ['teaching', 'technical-assistance'] },
          { any: [LISTED_OR_UNKNOWN, { field: 'military-end-use', in: ['yes', 'unsure'] }] },
        ],
      },
      reason:
        'Teaching, training or technical assistance can itself be controlled when it concerns listed items or a sensitive end use.',
      basis: [
        { document: 'eu-dual-use-research-exemptions', section: 'technical assistance' },
        { document: 'uk-export-control-academia', section: 'What counts as an export' },
      ],
      mitigations: [
        'Check course or advice content with the export control office before teaching or advising abroad.',
      ],
    },
    {
      id: 'intangible-transfer',
      factor: 'how',
      level: 'low',
      when: { all: [{ field: 'electronic-transfer', in: ['yes', 'unsure'] }, LISTED_OR_UNKNOWN] },
      reason:
        'E-mail, shared drives, cloud storage and calls across the border count as exports of controlled technology.',
      basis: [{ document: 'eu-dual-use-research-exemptions', section: 'e-mail, phone or speech' }],
      mitigations: ['Use institution-managed storage inside the export area and give access only once cleared.'],
    },
  ],
  combinations: [SENSITIVE_COMBINATION],
  nextSteps: [
    {
      text: 'Work through the three export-control questions with your export control office: is it listed, does an exemption apply, is there an end-use or end-user concern?',
      basis: [{ document: 'general-export-control-basics-for-researchers', section: 'three questions' }],
    },
    {
      text: 'Keep a written record of the checks made on the recipient and the end use.',
      basis: [{ document: 'eu-dual-use-catch-all-and-national-measures', section: 'What to do when an end use' }],
    },
    {
      jurisdictions: ['UK'],
      text: 'UK: the ECJU End User Advisory Service can advise on a named overseas end user; its advice is not a licence.',
      basis: [{ document: 'uk-export-control-academia', section: 'ECJU tools' }],
    },
    {
      jurisdictions: ['US'],
      text: 'US: check whether the EAR, ITAR or OFAC sanctions apply, and whether fundamental-research status still holds.',
      basis: [{ document: 'us-export-control-basics', section: 'Who regulates US exports' }],
    },
  ],
};
