// Travel check: trips with devices and data, conferences, fieldwork. Grounded in university travel-security
// guidance, export control of carried technology, and the Leiden check on lectures outside the EU.

import { STATE_ACTOR_LIST } from '../data/lists.js';
import { NONE_VALUE } from '../field.js';
import { choiceField, multiField, textField, yesNoUnsure } from '../field-builders.js';
import type { FlowDefinition } from '../flow.js';
import {
  militaryLinkRules,
  restrictedDestinationRule,
  SENSITIVE_COMBINATION,
  STATE_ACTOR_BASIS,
  stateActorCountryRule,
  technologyRules,
} from '../rules/shared-rules.js';
import { DEADLINE_FIELD_ID, deadlineField, TECHNOLOGY_FIELD_ID, technologyAreasField } from './common-fields.js';

const CARRIED_DEVICES = ['work-laptop', 'work-phone', 'personal-devices', 'storage-media'];

const TO_STATE_ACTOR_COUNTRY = { field: 'destination-country', inList: STATE_ACTOR_LIST };

/** The practical steps for devices on a high-risk trip: a clean device, what stays at home, what to do on return. */
const DEVICE_STEPS = [
  'Take a clean loaner laptop and phone from IT instead of your own, holding only what this trip needs; ask IT in good time, and set up strong passcodes with fingerprint and face unlock switched off.',
  'Leave at home: your everyday laptop and phone, USB sticks and external drives, unpublished results, personal data and anything export-controlled; log out of cloud services and turn off synchronisation of your work e-mail.',
  'On return, hand loaner devices to IT to be wiped before anything connects to institutional systems, ask IT whether any device of your own that travelled needs a check first, and report any inspection, loss or unusual approach to IT and the research security contact.',
];

export const travelFlow: FlowDefinition = {
  id: 'travel',
  title: 'Travel check',
  summary: 'a trip with devices and data: a conference, fieldwork or a visit to a partner',
  aliases: ['trip', 'conference', 'fieldwork', 'travelling', 'traveling'],
  deadlineField: DEADLINE_FIELD_ID,
  fields: [
    choiceField({
      id: 'trip-purpose',
      label: 'Purpose of the trip',
      question: 'What is the trip for?',
      help: 'Pick the main purpose.',
      choices: [
        { value: 'conference', label: 'Conference' },
        { value: 'fieldwork', label: 'Fieldwork' },
        { value: 'partner-visit', label: 'Visiting a partner organisation' },
        { value: 'teaching', label: 'Teaching or lecturing' },
        { value: 'other', label: 'Other' },
      ],
    }),
    textField({
      id: 'destination-country',
      label: 'Destination country',
      question: 'Which country are you travelling to? (Name the main one; add others separated by commas.)',
      help: 'Only the destination; nothing about anyone\u2019s nationality.',
      maxLength: 150,
    }),
    multiField({
      id: 'devices',
      label: 'Devices',
      question: 'Which devices will you take? Pick all that apply.',
      help: 'University IT guidance suggests taking only what you need, and a loaner device for high-risk destinations.',
      choices: [
        { value: 'work-laptop', label: 'Your work laptop' },
        { value: 'work-phone', label: 'Your work phone' },
        { value: 'personal-devices', label: 'Personal laptop or phone' },
        { value: 'storage-media', label: 'USB sticks or external drives', synonyms: ['usb'] },
        { value: 'loaner', label: 'Loaner (clean) devices only', synonyms: ['loaner'] },
        { value: NONE_VALUE, label: 'No devices', synonyms: ['none', 'nothing'] },
      ],
    }),
    yesNoUnsure({
      id: 'sensitive-data',
      label: 'Sensitive data on the trip',
      question:
        'Will you carry or reach unpublished results, personal data or confidential information during the trip (on devices or through the cloud)?',
      help: 'Border officers in many countries can search or copy devices. Unsure is flagged like Yes.',
    }),
    yesNoUnsure({
      id: 'controlled-technology',
      label: 'Export-controlled technology',
      question: 'Does any of it involve export-controlled technology or dual-use items?',
      help: 'Carrying controlled technology on a laptop or USB stick, or accessing it from abroad, counts as an export.',
      when: { field: 'sensitive-data', in: ['yes', 'unsure'] },
    }),
    technologyAreasField('your research'),
    yesNoUnsure({
      id: 'presenting-unpublished',
      label: 'Presenting unpublished work',
      question: 'Will you present, teach or discuss unpublished results or technical know-how?',
      help: 'Some institutions (Leiden, for example) include lectures and presentations outside the EU in their check.',
      when: { field: 'trip-purpose', in: ['conference', 'partner-visit', 'teaching'] },
    }),
    yesNoUnsure({
      id: 'host-military-links',
      label: 'Host\u2019s military links',
      question: 'Is the organisation you will visit linked to military, defence, security or intelligence bodies?',
      help: 'Answer Unsure if you do not know; it will be flagged so that it gets checked.',
      when: { field: 'trip-purpose', in: ['partner-visit', 'teaching', 'fieldwork'] },
    }),
    yesNoUnsure({
      id: 'encryption-checked',
      label: 'Encryption rules checked',
      question: 'Have you checked the destination\u2019s rules on bringing encrypted devices?',
      help: 'Some countries restrict the import or use of encryption.',
      when: { not: { field: 'devices', in: [NONE_VALUE] } },
    }),
    deadlineField('When do you leave (YYYY-MM-DD)?'),
  ],
  rules: [
    ...technologyRules(TECHNOLOGY_FIELD_ID),
    restrictedDestinationRule('destination-country'),
    stateActorCountryRule('destination-country', 'the devices and data you take and the contacts you make'),
    {
      id: 'devices-to-state-actor-country',
      factor: 'how',
      level: 'medium',
      when: { all: [{ field: 'devices', in: CARRIED_DEVICES }, TO_STATE_ACTOR_COUNTRY] },
      reason:
        'You plan to take your own laptop, phone or storage to {match}, where devices can be inspected or copied; guidance for high-risk trips is to take equipment used only for the trip.',
      basis: [
        { document: 'general-travel-security-and-devices', section: 'high-risk trip' },
        { document: 'general-travel-security-and-devices', section: 'before travelling' },
        { document: 'general-travel-security-and-devices', section: 'after returning' },
        ...STATE_ACTOR_BASIS.slice(0, 1),
      ],
      mitigations: DEVICE_STEPS,
    },
    {
      id: 'sensitive-data-in-state-actor-country',
      factor: 'how',
      level: 'high',
      escalate: true,
      when: { all: [{ field: 'sensitive-data', in: ['yes', 'unsure'] }, TO_STATE_ACTOR_COUNTRY] },
      reason:
        'You will carry or reach unpublished, personal or confidential data in {match}, where border and security officers can demand access to devices and their contents.',
      basis: [
        { document: 'general-travel-security-and-devices', section: 'border control' },
        { document: 'general-travel-security-and-devices', section: 'high-risk trip' },
      ],
      mitigations: [
        'Carry no sensitive or controlled data, on devices or reachable through the cloud; if the work cannot go without it, agree with IT and the desk beforehand how, if at all, it is reached.',
        ...DEVICE_STEPS,
      ],
    },
    ...militaryLinkRules(undefined, 'host-military-links', 'the host organisation'),
    {
      id: 'devices-with-sensitive-data',
      factor: 'how',
      level: 'medium',
      when: {
        all: [
          { field: 'devices', in: CARRIED_DEVICES },
          { field: 'sensitive-data', in: ['yes', 'unsure'] },
        ],
      },
      reason:
        'You plan to take devices that hold or reach unpublished or confidential data; devices can be searched or copied at borders.',
      basis: [
        { document: 'general-travel-security-and-devices', section: 'before travelling' },
        { document: 'general-travel-security-and-devices', section: 'border control' },
      ],
      mitigations: [
        'Travel with a loaner or clean device holding only what the trip needs; log out of cloud services and power devices off before border control.',
        'Report any device search, loss or unusual approach to IT and the research security contact.',
      ],
    },
    {
      id: 'controlled-technology-abroad',
      factor: 'what',
      level: 'high',
      escalate: true,
      when: { field: 'controlled-technology', in: ['yes'] },
      reason:
        'Carrying export-controlled technology, or accessing it from abroad, counts as an export and may need a licence.',
      basis: [
        { document: 'general-travel-security-and-devices', section: 'export control and encryption' },
        { document: 'uk-export-control-academia', section: 'What counts as an export' },
      ],
      mitigations: [
        'Ask the export control office before the trip; leave controlled data at home unless a licence covers it.',
      ],
    },
    {
      id: 'controlled-technology-unclear',
      factor: 'what',
      level: 'medium',
      when: { field: 'controlled-technology', in: ['unsure'] },
      reason: 'It is not yet known whether the data you take involves export-controlled technology.',
      basis: [{ document: 'general-travel-security-and-devices', section: 'export control and encryption' }],
      mitigations: ['Ask the export control office to classify the data before you travel.'],
    },
    {
      id: 'presenting-unpublished',
      factor: 'what',
      level: 'low',
      when: { field: 'presenting-unpublished', in: ['yes', 'unsure'] },
      reason: 'Presenting or teaching unpublished results or know-how abroad shares technology that is not yet public.',
      basis: [
        { document: 'eu-dual-use-research-exemptions', section: 'published or public-domain information' },
        { document: 'nl-leiden-knowledge-security-check', section: 'Which activities' },
      ],
      mitigations: [
        'Present what is published or ready to publish; keep unpublished methods and data for trusted channels.',
      ],
    },
    {
      id: 'encryption-rules-unchecked',
      factor: 'how',
      level: 'low',
      when: { field: 'encryption-checked', in: ['no', 'unsure'] },
      reason: 'The destination\u2019s rules on encrypted devices have not been checked.',
      basis: [{ document: 'general-travel-security-and-devices', section: 'export control and encryption' }],
      mitigations: ['Check the destination\u2019s encryption rules before travelling with encrypted devices.'],
    },
  ],
  combinations: [SENSITIVE_COMBINATION],
  nextSteps: [
    {
      text: "Before you book, read your government's current travel advice for the destination and follow your institution's travel procedures; the UK's NPSA names the government's foreign travel advice as the primary source.",
      basis: [{ document: 'general-travel-security-and-devices', section: 'assess the risk of a research trip' }],
    },
    {
      jurisdictions: ['UK'],
      text: "United Kingdom: work through NPSA's Trusted Research Countries and Conferences guidance before the trip.",
      basis: [{ document: 'uk-trusted-research', section: 'before travelling abroad' }],
    },
    {
      jurisdictions: ['DE'],
      text: "Germany: read the BfV's information sheet on security on business trips, and ask your institution's security officer for current travel advice.",
      basis: [{ document: 'de-espionage-reporting-verfassungsschutz', section: 'travelling abroad' }],
    },
    {
      jurisdictions: ['NO'],
      text: "Norway: follow NSM's travel rules for ICT security, with equipment used only for the trip when the risk is high.",
      basis: [{ document: 'no-national-approach', section: 'before travelling abroad with devices' }],
    },
    {
      jurisdictions: ['NL'],
      text: 'Netherlands: Dutch university travel advice (Leiden, for example) is to leave your own laptop and phone at home and not to use USB sticks or cables from strangers; check your own institution’s travel guidance.',
      basis: [{ document: 'nl-leiden-knowledge-security-check', section: 'travel advice' }],
    },
    {
      jurisdictions: ['CA'],
      text: "Canada: read CSIS's advice for researchers who travel abroad, linked from the Safeguarding Your Research portal.",
      basis: [{ document: 'ca-safeguarding-your-research', section: 'Travel' }],
    },
    {
      jurisdictions: ['US'],
      text: "United States: check your university's foreign travel disclosure and authorisation rules (the travel element of its research security program).",
      basis: [{ document: 'us-research-security-programs', section: 'foreign travel security' }],
    },
    {
      jurisdictions: ['IT'],
      text: 'Italy: ask whether your institution has a travel protocol under the MUR research security guidelines.',
      basis: [{ document: 'it-mur-guidelines', section: 'practical measures' }],
    },
    {
      when: { field: 'devices', in: [...CARRIED_DEVICES, 'loaner'] },
      text: 'After you return, have loaner devices wiped and ask IT whether your own devices should be checked before reconnecting.',
      basis: [{ document: 'general-travel-security-and-devices', section: 'after returning' }],
    },
    {
      jurisdictions: ['FR'],
      text: 'France: for a trip to a sensitive region, contact your security and defence official (FSD) well before departure.',
      basis: [{ document: 'fr-security-defence-official', section: 'travel abroad' }],
    },
  ],
};
