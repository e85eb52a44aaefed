// Researchers write in Dutch, German or French too; the corpus is English. Map common domain words so retrieval
// still finds the guidance (the answer itself stays in English and says so).
const WORDS: Record<string, string> = {
  // Dutch
  kennisveiligheid: 'knowledge security',
  onderzoek: 'research',
  onderzoeker: 'researcher',
  onderzoekers: 'researchers',
  samenwerking: 'collaboration',
  samenwerken: 'collaborate',
  veiligheid: 'security',
  reizen: 'travel',
  reis: 'trip travel',
  bezoeker: 'visitor',
  gastonderzoeker: 'visiting researcher',
  promovendus: 'PhD candidate',
  financiering: 'funding',
  subsidie: 'funding grant',
  exportcontrole: 'export control',
  universiteit: 'university',
  loket: 'contact point',
  wet: 'act law',
  screening: 'screening',
  risico: 'risk',
  risicos: 'risks',
  buitenlandse: 'foreign',
  partner: 'partner',
  doet: 'does',
  wie: 'who',
  werkt: 'works',
  toets: 'check assessment',
  toetsing: 'check assessment',
  beoordeling: 'assessment',
  aanvraag: 'application',
  vergunning: 'licence',
  uitvoer: 'export',
  sancties: 'sanctions',
  gegevens: 'data',
  laptop: 'laptop',
  bezoek: 'visit',
  wat: 'what',
  moet: 'must',
  // German
  forschungssicherheit: 'research security',
  forschung: 'research',
  forscher: 'researcher',
  zusammenarbeit: 'collaboration cooperation',
  kooperation: 'cooperation',
  sicherheit: 'security',
  ausfuhrkontrolle: 'export control',
  exportkontrolle: 'export control',
  reise: 'travel trip',
  gastwissenschaftler: 'visiting researcher',
  finanzierung: 'funding',
  hochschule: 'university',
  hochschulen: 'universities',
  risiko: 'risk',
  ausland: 'abroad foreign',
  auslandische: 'foreign',
  leitlinien: 'guidelines',
  prufung: 'check assessment',
  genehmigung: 'licence authorisation',
  ausfuhr: 'export',
  sanktionen: 'sanctions',
  daten: 'data',
  partnerschaft: 'partnership',
  // French
  securite: 'security',
  recherche: 'research',
  chercheur: 'researcher',
  chercheurs: 'researchers',
  cooperation: 'cooperation',
  collaboration: 'collaboration',
  voyage: 'travel trip',
  visiteur: 'visitor',
  financement: 'funding',
  controle: 'control',
  exportations: 'export',
  etrangere: 'foreign',
  etranger: 'foreign abroad',
  risque: 'risk',
  risques: 'risks',
  protection: 'protection',
  potentiel: 'potential',
  scientifique: 'scientific',
  technique: 'technical',
  zone: 'zone',
  autorisation: 'authorisation licence',
  licence: 'licence',
  sanctions: 'sanctions',
  donnees: 'data',
  partenariat: 'partnership',
  evaluation: 'assessment',
};

export function translateQuestion(question: string): string {
  const words = question
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .match(/[a-z]+/g);
  if (!words) return question;
  const extra = words.map((word) => WORDS[word]).filter((word): word is string => word !== undefined);
  const english = new Set(extra.flatMap((phrase) => phrase.split(' ')));
  const novel = [...english].filter((word) => !words.includes(word));
  return novel.length > 0 ? `${question} ${novel.join(' ')}` : question;
}

/** For a question in Dutch, German or French: the known words replaced by English, so coverage can be measured. */
export function englishWording(question: string): string {
  if (guessLanguage(question) === 'en') return question;
  return question.replace(/[\p{L}]+/gu, (word) => {
    const key = word
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '');
    return WORDS[key] ?? word;
  });
}

const LANGUAGE_MARKERS: Record<'nl' | 'de' | 'fr', RegExp> = {
  nl: /\b(wat|wie|hoe|mijn|onderzoek|het|een|moet|kan ik|welke|bij|voor de|kennisveiligheid|niet)\b/g,
  de: /\b(was|wer|wie|ich|mein|meine|der|die|das|und|ist|muss|kann|forschung|einen|nicht)\b/g,
  fr: /\b(que|qui|quoi|est|les|des|une|mon|ma|pour|dois|je|recherche|avec|comment)\b/g,
};

/** A rough guess at the question's language; English unless another language's markers clearly dominate. */
export function guessLanguage(question: string): 'en' | 'nl' | 'de' | 'fr' {
  const text = question
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  let best: 'en' | 'nl' | 'de' | 'fr' = 'en';
  let bestCount = 1;
  for (const [language, pattern] of Object.entries(LANGUAGE_MARKERS) as ['nl' | 'de' | 'fr', RegExp][]) {
    const count = text.match(pattern)?.length ?? 0;
    if (count > bestCount) {
      best = language;
      bestCount = count;
    }
  }
  const englishCount = text.match(/\b(the|what|who|how|my|is|are|do|does|can|should|to|of|and|for)\b/g)?.length ?? 0;
  return englishCount >= bestCount ? 'en' : best;
}
