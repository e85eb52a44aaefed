import { describe, expect, it } from 'vitest';
import { contentTerms } from './text-analysis.js';
import { englishWord, englishWording, guessLanguage, translateQuestion } from './translate-terms.js';

describe('questions in Dutch, German and French', () => {
  it("reads a French question's inverted pronoun as no word of its own, and its customs and issuing words", () => {
    expect(
      contentTerms(englishWording('Selon les douanes tchèques, quelle autorisation faut-il et qui la délivre ?')),
    ).toEqual(expect.arrayContaining(['custom', 'czech', 'issu']));
    expect(contentTerms('faut-il, peut-on, a-t-elle')).not.toContain('need-il');
    expect(contentTerms('quelle autorisation faut-il')).not.toEqual(expect.arrayContaining(['faut-il']));
  });

  it('translates the topic words researchers use in Dutch, German and French questions', () => {
    expect(englishWording('Darf ich unveröffentlichte Ergebnisse mit der Partneruniversität teilen?')).toMatch(
      /unpublished results.*partner university/,
    );
    expect(englishWording('mag ik een leenlaptop meenemen naar het colloquium?')).toContain('loaner laptop');
    expect(englishWording('faut-il une habilitation pour ce poste ?')).toContain('security clearance');
    expect(englishWording('das schwedische Leitmotiv für verantwortungsvolle Internationalisierung')).toContain(
      'guiding principle für responsible internationalisation',
    );
  });

  it('guesses the language from its function words', () => {
    expect(guessLanguage('Wie geeft exportvergunningen af in Nederland?')).toBe('nl');
    expect(guessLanguage('Wer erteilt in Deutschland die Genehmigung?')).toBe('de');
    expect(guessLanguage('Quelle commission examine les demandes de licence ?')).toBe('fr');
    expect(guessLanguage('Who issues export licences in Germany?')).toBe('en');
    // An English title inside a Dutch question does not make it English.
    expect(guessLanguage('Wanneer kwamen de National Security Guidelines for Research Partnerships uit?')).toBe('nl');
    // "was" is German too: an English question's own question words outweigh it, and the reply is not in German.
    expect(guessLanguage('when was ISP set up as an agency?')).toBe('en');
    expect(guessLanguage('Was versteht man unter immateriellem Technologietransfer?')).toBe('de');
  });

  it('rewrites a part that reads as English on its own when the whole question is not', () => {
    const part = 'Wanneer kwamen de National Security Guidelines for Research Partnerships uit';
    expect(englishWording(part, true)).toMatch(/^when /);
  });

  it('puts compounds into English through their parts', () => {
    expect(englishWord('vergunningsaanvraag')).toBe('licence application');
    expect(englishWord('Ausfuhrgenehmigungen')).toBe('export licences');
    expect(englishWord('risicofactoren')).toBe('risk factors');
    // The first word of a hyphenated compound keeps its linking s: "Forschungssicherheits-Anhang".
    expect(englishWord('Forschungssicherheits')).toBe('research security');
    // A shorter English plural is no German genitive ("comments", French "comment" = how).
    expect(englishWord('comments')).toBe('comments');
  });

  it('knows the words of procedure, duration and investment that questions use', () => {
    expect(englishWording('Wie meldet man eine Direktinvestition und wie lange dauert die erste Prüfphase?')).toMatch(
      /direct investment .*takes lasts .*first review phase/,
    );
    expect(englishWording('Wie heeft de richtlijnen gemaakt en wat is de doorlooptijd?')).toMatch(
      /made .*processing time/,
    );
    expect(englishWording('Qui a rédigé le guide et combien de jours ouvrables faut-il ?')).toMatch(/drafted/);
  });

  it('reads a word every object has as no lexicon word', () => {
    // "constructor" looked up the lexicon's prototype and crashed the question ("phrase.split is not a function").
    const question = 'Does the constructor of a dual-use laser need a licence? toString valueOf __proto__';
    expect(translateQuestion(question)).toBe(question);
    expect(englishWording('Wie is de constructor van de laser?')).toMatch(/constructor/);
  });

  it('knows acronyms in other languages', () => {
    expect(englishWord('OCDE')).toBe('OECD');
  });

  it('adds English words to the search text and rewrites for grounding', () => {
    expect(translateQuestion('Wat doet het Loket Kennisveiligheid?')).toMatch(/knowledge security/);
    expect(englishWording('Welke drie risicofactoren noemt de overheid?')).toMatch(/risk factors/);
    expect(englishWording('What are the three risk factors?')).toBe('What are the three risk factors?');
  });
});

describe('cognates of the corpus words', () => {
  // What the corpus holds, in English: the words of a few passages.
  const corpus = new Set(['consultation', 'dimension', 'process', 'context', 'synthetic', 'category', 'licence']);
  const known = (word: string) => corpus.has(word);

  it('reads a word the lexicon lacks as the English word the corpus uses, through regular spellings', () => {
    expect(englishWord('Konsultation', known)).toBe('consultation');
    expect(englishWord('Dimensionen', known)).toBe('dimension');
    expect(englishWord('Prozess', known)).toBe('process');
    expect(englishWord('Kontext', known)).toBe('context');
    expect(englishWord('synthetische', known)).toBe('synthetic');
    expect(englishWord('Kategorie', known)).toBe('category');
    expect(translateQuestion('Gibt es eine freiwillige Konsultation?', known)).toMatch(/\bconsultation\b/);
  });

  it('leaves words alone that the corpus does not hold, short words, and every word when no corpus is given', () => {
    expect(englishWord('Tischtennis', known)).toBe('Tischtennis');
    // "diese" without its ending would be "dies": too short to be told from a function word.
    expect(englishWord('diese', (word) => word === 'dies')).toBe('diese');
    expect(englishWord('Konsultation')).toBe('Konsultation');
    expect(englishWording('Gibt es eine Konsultation?')).not.toMatch(/consultation/);
  });
});
