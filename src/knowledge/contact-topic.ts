// Which office a question belongs with: export control goes to the export-control authority, espionage to the
// intelligence service, and so on; everything else to the national contact point.
import type { ContactPoint } from './contact-points.js';

export type ContactTopic = NonNullable<ContactPoint['handles']>[number];

const TOPICS: [ContactTopic, RegExp][] = [
  [
    'espionage',
    /\b(espionage|spy|spies|spying|intelligence (service|officer|agency|agencies)|secret service|recruitment attempt|approached by|suspicious (approach|contact|behaviou?r|request)|insider threat|spionage|espionnage|renseignement|inlichtingendienst|verfassungsschutz)\b/i,
  ],
  [
    'export-control',
    /\b(export|exports|exporting|dual[- ]use|export licen[cs]e|controlled (goods|items|technology|technologies|software)|itar|ear99|eccn|sanction|sanctions|sanctioned|embargo|end[- ]user|ausfuhr\w*|exportkontrolle|exportcontrole|uitvoer\w*|exportation\w*|biens à double usage)\b/i,
  ],
  [
    'investment-screening',
    /\b(investment|investor|investors|acquisition|acquire|takeover|shares|shareholding|stake|fdi|merger|spin-?out (sale|selling|investment)|investeerder|investitionsprüfung|investissements? étrangers?)\b/i,
  ],
  [
    'visas',
    /\b(visa|visas|atas|immigration|residence permit|work permit|entry permit|verblijfsvergunning|aufenthaltstitel|titre de séjour)\b/i,
  ],
  [
    // Help abroad: the foreign ministry's consular service, never the research-security contact point.
    'consular',
    /\b(consular|consulate|embassy|emergency abroad|stranded abroad|arrested abroad|crisis cent(re|er)|duty cent(re|er)|consulaire|consulaat|ambassade|konsular\w*|botschaft|centre de crise|noodgeval in het buitenland|notfall im ausland)\b/i,
  ],
  [
    'funding',
    /\b(funder|funders|funding agency|grant application|grant conditions|funding (rules|conditions|application)|attestation|research council)\b/i,
  ],
];

export function contactTopic(question: string): ContactTopic {
  for (const [topic, pattern] of TOPICS) if (pattern.test(question)) return topic;
  return 'general';
}
