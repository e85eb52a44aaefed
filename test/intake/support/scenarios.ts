// Realistic cases for every flow, written from the guidance, each with the level and the flags it should get. The
// answers override the flow's benign set (answer-sets.ts), so every case names only what makes it that case.
import type { AnswerValue } from '../../../src/intake/field.js';

export interface Scenario {
  case: string;
  answers: Record<string, AnswerValue>;
  level: 'low' | 'medium' | 'high';
  /** Every flag that fires, by rule id (order does not matter). */
  flags: string[];
}

export const SCENARIOS: Record<string, Scenario[]> = {
  travel: [
    {
      case: 'a conference in Beijing with the work laptop and phone, nothing sensitive on them',
      answers: { 'destination-country': 'Beijing, China', devices: ['work-laptop', 'work-phone'] },
      level: 'medium',
      flags: ['state-actor-country', 'devices-to-state-actor-country'],
    },
    {
      case: 'the same conference trip, to Amsterdam',
      answers: { 'destination-country': 'Amsterdam, the Netherlands', devices: ['work-laptop', 'work-phone'] },
      level: 'low',
      flags: [],
    },
    {
      case: 'fieldwork in China with unpublished interview data on the work laptop',
      answers: {
        'trip-purpose': 'fieldwork',
        'destination-country': 'China',
        devices: ['work-laptop'],
        'sensitive-data': 'yes',
        'controlled-technology': 'no',
        'host-military-links': 'no',
      },
      level: 'high',
      flags: [
        'state-actor-country',
        'devices-to-state-actor-country',
        'sensitive-data-in-state-actor-country',
        'devices-with-sensitive-data',
      ],
    },
    {
      case: 'a conference in Shanghai with a clean loaner laptop only',
      answers: { 'destination-country': 'Shanghai, PRC', devices: ['loaner'] },
      level: 'medium',
      flags: ['state-actor-country'],
    },
    {
      case: 'a quantum researcher presenting unpublished results at a conference in Tokyo',
      answers: { 'destination-country': 'Japan', 'technology-areas': ['quantum'], 'presenting-unpublished': 'yes' },
      level: 'medium',
      flags: ['priority-technology-area', 'presenting-unpublished'],
    },
    {
      case: 'a visit to a partner in Moscow with the work laptop',
      answers: {
        'trip-purpose': 'partner-visit',
        'destination-country': 'Moscow, Russia',
        devices: ['work-laptop'],
        'host-military-links': 'no',
      },
      level: 'high',
      flags: ['restricted-destination', 'state-actor-country', 'devices-to-state-actor-country'],
    },
    {
      case: 'teaching in Singapore with export-controlled design files on the laptop',
      answers: {
        'trip-purpose': 'teaching',
        'destination-country': 'Singapore',
        devices: ['work-laptop'],
        'sensitive-data': 'yes',
        'controlled-technology': 'yes',
        'host-military-links': 'no',
      },
      level: 'high',
      flags: ['controlled-technology-abroad', 'devices-with-sensitive-data'],
    },
    {
      case: 'fieldwork in Kenya without any devices',
      answers: {
        'trip-purpose': 'fieldwork',
        'destination-country': 'Kenya',
        devices: ['none'],
        'host-military-links': 'no',
      },
      level: 'low',
      flags: [],
    },
    {
      case: 'an AI researcher visiting a host in Tehran that may have military links, with a loaner',
      answers: {
        'trip-purpose': 'partner-visit',
        'destination-country': 'Tehran, Iran',
        devices: ['loaner'],
        'technology-areas': ['artificial-intelligence'],
        'host-military-links': 'unsure',
      },
      level: 'high',
      flags: [
        'restricted-destination',
        'state-actor-country',
        'military-links-unknown',
        'priority-technology-area',
        'sensitive-research-with-partner-concerns',
      ],
    },
    {
      case: 'a conference in Boston with personal data of study participants, encryption rules not checked',
      answers: {
        'destination-country': 'United States',
        devices: ['work-laptop'],
        'sensitive-data': 'yes',
        'controlled-technology': 'no',
        'encryption-checked': 'no',
      },
      level: 'medium',
      flags: ['devices-with-sensitive-data', 'encryption-rules-unchecked'],
    },
    {
      case: 'a conference in Berlin, unsure whether the data taken along is sensitive or controlled',
      answers: {
        'destination-country': 'Germany',
        devices: ['work-laptop', 'storage-media'],
        'sensitive-data': 'unsure',
        'controlled-technology': 'unsure',
      },
      level: 'medium',
      flags: ['devices-with-sensitive-data', 'controlled-technology-unclear'],
    },
  ],
  partnership: [
    {
      case: 'joint research with a Norwegian university, nothing sensitive, agreement signed',
      answers: {},
      level: 'low',
      flags: [],
    },
    {
      case: 'a joint AI lab with a Chinese university whose government may steer it',
      answers: {
        'activity-type': 'joint-lab',
        'partner-country': 'China',
        'technology-areas': ['artificial-intelligence'],
        'government-influence': 'unsure',
      },
      level: 'high',
      flags: [
        'priority-technology-area',
        'state-actor-country',
        'government-influence',
        'sensitive-research-with-partner-concerns',
      ],
    },
    {
      case: 'a memorandum of understanding with an institute in Minsk',
      answers: { 'activity-type': 'mou', 'partner-type': 'research-institute', 'partner-country': 'Minsk, Belarus' },
      level: 'high',
      flags: ['restricted-destination'],
    },
    {
      case: 'a German company that gets personal data and access to systems beyond the project',
      answers: {
        'activity-type': 'industry',
        'partner-type': 'company',
        'partner-country': 'Germany',
        'sensitive-data': 'yes',
        'partner-access': 'yes',
      },
      level: 'medium',
      flags: ['sensitive-data', 'access-beyond-project'],
    },
    {
      case: 'a South Korean institute with links to the defence ministry',
      answers: {
        'partner-type': 'research-institute',
        'partner-country': 'South Korea',
        'partner-military-links': 'yes',
      },
      level: 'high',
      flags: ['military-links'],
    },
    {
      case: 'an unknown institute that approached the researcher with a generous offer',
      answers: {
        'partner-type': 'research-institute',
        'partner-country': 'India',
        'red-flags': ['cold-approach', 'generous-offer', 'unknown-partner'],
      },
      level: 'medium',
      flags: ['due-diligence-red-flags'],
    },
    {
      case: 'a partner not yet screened against sanctions lists, and no agreement yet',
      answers: { 'partner-restricted-party': 'unsure', 'written-agreement': 'no' },
      level: 'medium',
      flags: ['restricted-party-unchecked', 'no-written-agreement'],
    },
    {
      case: 'quantum work with a US university where dual use is unclear',
      answers: { 'partner-country': 'United States', 'technology-areas': ['quantum'], 'dual-use': 'unsure' },
      level: 'medium',
      flags: ['priority-technology-area', 'dual-use-potential'],
    },
    {
      case: 'materials science with a Russian university',
      answers: { 'partner-country': 'Russian Federation', 'technology-areas': ['advanced-materials'] },
      level: 'high',
      flags: ['restricted-destination', 'state-actor-country', 'critical-technology-area'],
    },
    {
      case: 'a partner that expects exclusive rights to robotics results',
      answers: { 'technology-areas': ['robotics-autonomous-systems'], 'partner-expectations': 'yes' },
      level: 'medium',
      flags: ['critical-technology-area', 'partner-control'],
    },
    {
      case: 'a military research organisation as the partner',
      answers: { 'partner-type': 'military', 'partner-country': 'France' },
      level: 'high',
      flags: ['military-organisation'],
    },
  ],
  visitor: [
    {
      case: 'a postdoc from Denmark for three months, office and library only',
      answers: {},
      level: 'low',
      flags: [],
    },
    {
      case: 'a PhD candidate from China on a government scholarship, in an AI lab with limited access',
      answers: {
        'visit-type': 'phd-candidate',
        'home-country': 'China',
        'visit-funding': 'foreign-government-programme',
        access: ['sensitive-labs'],
        'access-limited': 'yes',
        'technology-areas': ['artificial-intelligence'],
      },
      level: 'high',
      flags: [
        'state-actor-country',
        'government-sponsored-visit',
        'sensitive-access',
        'priority-technology-area',
        'sensitive-research-with-partner-concerns',
      ],
    },
    {
      case: 'a visiting researcher from Iran with limited access to export-controlled equipment',
      answers: {
        'home-country': 'Iran',
        'visit-type': 'visiting-researcher',
        access: ['controlled-technology'],
        'access-limited': 'yes',
      },
      level: 'high',
      flags: [
        'restricted-destination',
        'state-actor-country',
        'controlled-technology-access',
        'sensitive-research-with-partner-concerns',
      ],
    },
    {
      case: 'a guest lecturer from Japan for a few days',
      answers: { 'visit-type': 'guest-lecturer', duration: 'under-a-week', 'home-country': 'Japan' },
      level: 'low',
      flags: [],
    },
    {
      case: 'a company delegation that gets IT accounts and keeps remote access afterwards',
      answers: {
        'visit-type': 'delegation',
        'home-organisation-type': 'company',
        'home-country': 'United States',
        access: ['it-systems'],
        'access-limited': 'yes',
        'remote-access-after': 'yes',
      },
      level: 'medium',
      flags: ['sensitive-access', 'remote-access-after-visit'],
    },
    {
      case: 'a visitor from an institute that may be military-linked, in a lab without access limits',
      answers: {
        'home-organisation-type': 'research-institute',
        'home-country': 'India',
        'home-organisation-military-links': 'unsure',
        access: ['sensitive-labs'],
        'access-limited': 'no',
      },
      level: 'medium',
      flags: ['military-links-unknown', 'sensitive-access', 'access-not-limited'],
    },
    {
      case: 'a visitor whose organisation is on a restricted-party list',
      answers: { 'home-organisation-restricted-party': 'yes' },
      level: 'high',
      flags: ['restricted-party'],
    },
    {
      case: 'a six-month postdoc from Brazil with unpublished data, limits not settled',
      answers: {
        duration: '3-to-6-months',
        'home-country': 'Brazil',
        access: ['unpublished-data'],
        'access-limited': 'unsure',
        'remote-access-after': 'no',
      },
      level: 'medium',
      flags: ['sensitive-access', 'access-not-limited'],
    },
    {
      case: 'a visiting researcher from Russia, office only',
      answers: { 'home-country': 'Russia' },
      level: 'high',
      flags: ['restricted-destination', 'state-actor-country'],
    },
    {
      case: 'a researcher sent by a military organisation',
      answers: { 'home-organisation-type': 'military', 'home-country': 'United Kingdom' },
      level: 'high',
      flags: ['military-organisation'],
    },
    {
      case: 'a visitor from Canada with access to a restricted area',
      answers: { 'home-country': 'Canada', access: ['restricted-area'], 'access-limited': 'yes' },
      level: 'medium',
      flags: ['restricted-area-access'],
    },
  ],
  funding: [
    {
      case: 'a grant from a Norwegian foundation, disclosed, no strings',
      answers: {},
      level: 'low',
      flags: [],
    },
    {
      case: 'a Chinese government talent programme with commitments kept from the employer',
      answers: {
        'funding-type': 'talent-programme',
        'funder-country': 'China',
        'funder-type': 'government',
        'undisclosed-commitments': 'yes',
        'time-commitment': 'yes',
      },
      level: 'high',
      flags: [
        'state-actor-country',
        'talent-programme',
        'undisclosed-commitments',
        'conflict-of-commitment',
        'government-funder',
      ],
    },
    {
      case: 'a donation from a company whose source of money is unclear',
      answers: {
        'funding-type': 'donation',
        'funder-type': 'company',
        'funder-country': 'United Arab Emirates',
        'funding-source-clear': 'unsure',
      },
      level: 'medium',
      flags: ['unclear-source-of-funds'],
    },
    {
      case: 'industry sponsorship from a US company that wants the results and the IP',
      answers: {
        'funding-type': 'industry-sponsorship',
        'funder-type': 'company',
        'funder-country': 'United States',
        'outcome-interest': 'yes',
        'ip-transfer': 'yes',
      },
      level: 'medium',
      flags: ['funder-outcome-interest', 'ip-transfer'],
    },
    {
      case: 'a grant from a Russian ministry',
      answers: { 'funder-country': 'Russia', 'funder-type': 'government' },
      level: 'high',
      flags: ['restricted-destination', 'state-actor-country', 'government-funder'],
    },
    {
      case: 'a dual appointment in Singapore with an unclear time commitment',
      answers: { 'funding-type': 'dual-appointment', 'funder-country': 'Singapore', 'time-commitment': 'unsure' },
      level: 'medium',
      flags: ['conflict-of-commitment'],
    },
    {
      case: 'a funder that appears on a sanctions list',
      answers: { 'funder-restricted-party': 'yes' },
      level: 'high',
      flags: ['restricted-party'],
    },
    {
      case: 'AI funding from a defence ministry',
      answers: {
        'funder-type': 'military',
        'funder-country': 'France',
        'technology-areas': ['artificial-intelligence'],
      },
      level: 'high',
      flags: ['military-organisation', 'priority-technology-area', 'sensitive-research-with-partner-concerns'],
    },
    {
      case: 'a foundation grant not yet disclosed to the employer',
      answers: { disclosure: 'no' },
      level: 'medium',
      flags: ['not-disclosed'],
    },
    {
      case: 'funding that may ask to repeat work funded by another grant',
      answers: { 'replicate-work': 'unsure' },
      level: 'high',
      flags: ['replicate-work'],
    },
    {
      case: 'a Japanese government grant for semiconductor research',
      answers: {
        'funder-country': 'Japan',
        'funder-type': 'government',
        'technology-areas': ['advanced-semiconductors'],
      },
      level: 'medium',
      flags: ['government-funder', 'priority-technology-area'],
    },
  ],
  sharing: [
    {
      case: 'published data sent to a Norwegian lab',
      answers: {},
      level: 'low',
      flags: [],
    },
    {
      case: 'unpublished quantum code e-mailed to a lab in China, classification unknown',
      answers: {
        items: ['software', 'unpublished'],
        'destination-country': 'China',
        'control-list': 'unsure',
        exemption: 'no',
        'electronic-transfer': 'yes',
        'technology-areas': ['quantum'],
      },
      level: 'high',
      flags: [
        'state-actor-country',
        'classification-unknown',
        'no-research-exemption',
        'intangible-transfer',
        'priority-technology-area',
        'sensitive-research-with-partner-concerns',
      ],
    },
    {
      case: 'a listed instrument shipped to the United States',
      answers: {
        items: ['physical'],
        'destination-country': 'United States',
        'control-list': 'yes',
        'annex-categories': ['cat-6'],
      },
      level: 'high',
      flags: ['listed-item-export', 'physical-items'],
    },
    {
      case: 'listed software shared inside the EU under the research exemption',
      answers: {
        items: ['software'],
        'destination-country': 'Belgium',
        'outside-export-area': 'no',
        'control-list': 'yes',
        'annex-categories': ['cat-5'],
        exemption: 'yes',
      },
      level: 'low',
      flags: ['listed-item-inside-area'],
    },
    {
      case: 'a course in Malaysia whose participants may work for the military',
      answers: {
        items: ['teaching'],
        'destination-country': 'Malaysia',
        exemption: 'yes',
        'military-end-use': 'unsure',
      },
      level: 'high',
      flags: ['military-end-use', 'teaching-or-assistance', 'sensitive-research-with-partner-concerns'],
    },
    {
      case: 'data for a recipient on a restricted-party list',
      answers: { 'recipient-restricted-party': 'yes' },
      level: 'high',
      flags: ['restricted-party'],
    },
    {
      case: 'published results sent to a university in Myanmar',
      answers: { 'destination-country': 'Yangon, Myanmar' },
      level: 'high',
      flags: ['restricted-destination'],
    },
    {
      case: 'unpublished results for a UK partner, not listed, exemption applies',
      answers: { items: ['unpublished'], 'destination-country': 'United Kingdom', exemption: 'yes' },
      level: 'low',
      flags: [],
    },
    {
      case: 'technical assistance to a Brazilian company, classification and exemption unclear',
      answers: {
        items: ['technical-assistance'],
        'destination-country': 'Brazil',
        'control-list': 'unsure',
        exemption: 'unsure',
        'electronic-transfer': 'yes',
      },
      level: 'medium',
      flags: ['classification-unknown', 'no-research-exemption', 'teaching-or-assistance', 'intangible-transfer'],
    },
    {
      case: 'advanced-materials data for a recipient in India not yet screened',
      answers: {
        'destination-country': 'India',
        'recipient-restricted-party': 'unsure',
        'technology-areas': ['advanced-materials'],
      },
      level: 'medium',
      flags: ['restricted-party-unchecked', 'critical-technology-area'],
    },
    {
      case: 'published software sent to a lab in Russia',
      answers: { items: ['software', 'published'], 'destination-country': 'Russia', exemption: 'yes' },
      level: 'high',
      flags: ['restricted-destination', 'state-actor-country'],
    },
  ],
};
