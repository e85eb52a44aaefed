import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Passage } from './document.js';
import { Glossary } from './glossary.js';
import { detectJurisdictions } from './jurisdiction-detect.js';
import { KnowledgeBase, quotedNames } from './knowledge-base.js';
import { jurisdictionFactor, type RankingPreference } from './search-index.js';

const fixtures = path.resolve('test/fixtures');

async function load(institution = false) {
  const { knowledge, problems } = await KnowledgeBase.load({
    dir: path.join(fixtures, 'knowledge'),
    institutionDirs: institution ? [path.join(fixtures, 'institution')] : [],
    institutionJurisdiction: institution ? 'NL' : undefined,
  });
  expect(problems).toEqual([]);
  return knowledge;
}

describe('KnowledgeBase', () => {
  it('expands an acronym through the glossary and infers its jurisdiction', async () => {
    const knowledge = await load();
    const retrieval = knowledge.retrieve('who runs RCAT?');
    expect(retrieval.named).toContain('UK');
    expect(retrieval.hits[0]?.passage.documentId).toBe('uk-test-rcat');
  });

  it('ranks a named jurisdiction first', async () => {
    const knowledge = await load();
    const retrieval = knowledge.retrieve('who gives advice on international cooperation in the UK?');
    expect(retrieval.hits[0]?.document.jurisdiction).toBe('UK');
  });

  it("ranks the institution's own documents first when no jurisdiction is named", async () => {
    const knowledge = await load(true);
    const retrieval = knowledge.retrieve('when should I consult the desk about a partnership agreement?');
    expect(retrieval.hits[0]?.document.institutional).toBe(true);
  });

  it('finds English guidance for a Dutch question', async () => {
    const knowledge = await load();
    const retrieval = knowledge.retrieve('Wat doet het Loket Kennisveiligheid?');
    expect(retrieval.hits[0]?.passage.documentId).toBe('nl-test-contact-point');
  });

  it('lists documents past review_by', async () => {
    const knowledge = await load();
    expect(knowledge.staleDocuments('2026-11-24').map((document) => document.id)).toEqual(['nl-test-contact-point']);
  });
});

describe('detectJurisdictions', () => {
  it('reads countries and demonyms, and "US" only in capitals', () => {
    expect(detectJurisdictions('Dutch rules for a visiting PhD')).toEqual(['NL']);
    expect(detectJurisdictions('Can us researchers travel?')).toEqual([]);
    expect(detectJurisdictions('What does the US require?')).toEqual(['US']);
    expect(detectJurisdictions('Canadian and Australian lists')).toEqual(['CA', 'AU']);
  });

  it('reads "non-EU", "buiten de EU", "hors de l\'UE" as somewhere else, not as naming the EU', () => {
    expect(detectJurisdictions('Ein Investor aus einem Nicht-EU-Staat will sich beteiligen')).toEqual([]);
    expect(detectJurisdictions("un fonds basé hors de l'UE")).toEqual([]);
    expect(detectJurisdictions('een partner buiten de EU')).toEqual([]);
    expect(detectJurisdictions('outside the EU/EEA')).toEqual([]);
    expect(detectJurisdictions('EU rules for a non-EU partner')).toEqual(['EU']);
    expect(detectJurisdictions('non-EU students in the Netherlands')).toEqual(['NL']);
  });

  it('reads Dutch, German and French country names and inflected adjectives', () => {
    expect(detectJurisdictions('Wanneer kwamen de Canadese richtlijnen uit?')).toEqual(['CA']);
    expect(detectJurisdictions('Welche Pflichten hat eine japanische Universität?')).toEqual(['JP']);
    expect(detectJurisdictions("l'Allemagne et les universités américaines")).toEqual(['US', 'DE']);
    expect(detectJurisdictions('in den Vereinigten Staaten')).toEqual(['US']);
  });

  it('places the asker by a university city or a well-known university, not by a word that is also a city', () => {
    expect(detectJurisdictions('at kyoto univ can penalties hit the university itself?')).toEqual(['JP']);
    expect(detectJurisdictions("Je suis à l'Université Laval.")).toEqual(['CA']);
    expect(detectJurisdictions('Ich bin Juniorprofessorin in Tübingen.')).toEqual(['DE']);
    expect(detectJurisdictions('We are at KU Leuven and work with a lab in Zürich')).toEqual(['CH', 'BE']);
    expect(detectJurisdictions('Reading the rules in Bath, I think it is nice')).toEqual([]);
    expect(detectJurisdictions('a conference in New York')).toEqual(['US']);
  });
});

describe('Glossary', () => {
  it('matches acronyms as whole words only', () => {
    const glossary = new Glossary([{ terms: ['ZRR', 'zone à régime restrictif'], jurisdiction: 'FR' }]);
    expect(glossary.expand('Is my lab a ZRR?').jurisdictions).toEqual(['FR']);
    expect(glossary.expand('ZRRX is not it').jurisdictions).toEqual([]);
    expect(glossary.expand('une zone à régime restrictif').extraText).toBe('ZRR');
  });
  it('reads a short acronym that is also a word ("arc", "ans", "pst") only in capitals', () => {
    const glossary = new Glossary([
      { terms: ['ARC', 'Australian Research Council'], jurisdiction: 'AU' },
      { terms: ['PST', 'Police Security Service'], jurisdiction: 'NO' },
    ]);
    expect(glossary.expand('we need a new arc welder').matchedTerms).toEqual([]);
    expect(glossary.expand('is the pst open tomorrow').matchedTerms).toEqual([]);
    expect(glossary.expand('Does the ARC ask about foreign interference?').jurisdictions).toEqual(['AU']);
    expect(glossary.expand('What did PST say?').matchedTerms).toEqual(['PST']);
    // The price: a short acronym typed in lower case is read as a word, whatever it is ("zrr").
    expect(glossary.expand('is my lab a zrr?').matchedTerms).toEqual([]);
  });
  it("searches a setting word's synonyms without counting it as a research-security term", () => {
    const glossary = new Glossary([
      { terms: ['postdoc', 'postdoctoral researcher'], setting: true },
      { terms: ['RCAT', 'Research Collaboration Advice Team'], jurisdiction: 'UK' },
    ]);
    const setting = glossary.expand('As a postdoc, where do I find housing?');
    expect(setting.extraText).toBe('postdoctoral researcher');
    expect(setting.matchedTerms).toEqual([]);
    expect(glossary.expand('Can a postdoc ask RCAT?').matchedTerms).toEqual(['RCAT']);
  });
});

describe('quotedNames', () => {
  it('reads the terms an asker puts in quotes, in any quoting style, and no apostrophe', () => {
    expect(quotedNames("Our office keeps mentioning 'insider threat' in training. How is it defined?")).toBe(
      'insider threat',
    );
    expect(quotedNames('Le « contrôle attrape-tout », c’est quoi ? Und „Grundlagenforschung“?')).toBe(
      'contrôle attrape-tout Grundlagenforschung',
    );
    expect(quotedNames("It's the lab's policy, isn't it?")).toBe('');
  });
});

describe('a part that asks "which one", only for a way or a route, or points back in few words', () => {
  it.each([
    [
      'Our director says visits are approved by a contact point in the Netherlands. Which one handles them?',
      'contact point in the Netherlands',
    ],
    [
      'Our partner abroad wants to test the prototype. We want an official written answer from the Loket. Which route do we take?',
      'official written answer from the Loket',
    ],
    [
      'My VP asked me to find out which federal department runs the Research Security Centre. Which department is it part of?',
      'federal department runs the Research Security Centre',
    ],
  ])('searches for what the scene ends on: %s', async (question, sceneEnd) => {
    const knowledge = await load();
    expect(knowledge.retrieve(question).parts[0]?.focus).toContain(sceneEnd);
  });

  it('points back in Dutch, German and French too, to the scene sentence that names a known body or scheme', async () => {
    const knowledge = await load();
    const question =
      'Ik kreeg een advies van het Loket Kennisveiligheid, maar de naam van mijn partner klopt niet. Het visum moet volgende maand aangevraagd worden. Waar moet ik dit laten corrigeren?';
    expect(knowledge.retrieve(question).parts[0]?.focus).toContain('Loket Kennisveiligheid');
  });

  it('reads a later part with one common word of its own as asking about the earlier part, not a name', async () => {
    const knowledge = await load();
    const fee = knowledge.retrieve('Who issues the ATAS certificate and whether there is a fee?').parts[1];
    expect(fee?.part.text).toMatch(/^whether there is a fee/);
    expect(fee?.focus).toContain('ATAS certificate');
    const named = knowledge.retrieve('Who issues the ATAS certificate and what does NPSA do?').parts[1];
    expect(named?.focus).not.toContain('ATAS');
    // Its words are counted in English: "sinds welk jaar?" is "since which year", one word of its own.
    const since = knowledge.retrieve('Wie geeft het ATAS-certificaat af, en sinds welk jaar?').parts[1];
    expect(since?.part.text).toMatch(/^sinds welk jaar/);
    expect(since?.focus).toContain('ATAS');
  });

  it('keeps a part with words enough of its own to itself', async () => {
    const knowledge = await load();
    const question = 'We host a visiting professor next month. Does it need an export licence check for the cleanroom?';
    expect(knowledge.retrieve(question).parts[0]?.focus).not.toContain('visiting professor');
  });
});

describe('jurisdictionFactor', () => {
  const passage = (jurisdiction: string) => ({ jurisdiction, institutional: false }) as unknown as Passage;

  it('puts the countries of the language asked in above EU and general guidance, below the institution', () => {
    const dutch = { named: [], speaks: ['NL', 'BE'] } as RankingPreference;
    expect(jurisdictionFactor(passage('NL'), dutch)).toBeGreaterThan(jurisdictionFactor(passage('EU'), dutch));
    expect(jurisdictionFactor(passage('BE'), dutch)).toBeGreaterThan(jurisdictionFactor(passage('GENERAL'), dutch));
    expect(jurisdictionFactor(passage('DE'), dutch)).toBe(1);
    const atInstitution = { ...dutch, institution: 'BE' } as RankingPreference;
    expect(jurisdictionFactor(passage('BE'), atInstitution)).toBeGreaterThan(
      jurisdictionFactor(passage('NL'), atInstitution),
    );
  });

  it('lets a named country win over the language asked in', () => {
    const named = { named: ['DE'], speaks: ['NL'] } as RankingPreference;
    expect(jurisdictionFactor(passage('DE'), named)).toBeGreaterThan(jurisdictionFactor(passage('NL'), named));
  });
});
