import { describe, expect, it } from 'vitest';
import { answeringKinds, durationAspects, questionAsks, sentenceFacts } from './fact-kinds.js';

describe('fact kinds', () => {
  it('reads a person in a role as the answer to "who"', () => {
    expect(questionAsks('who was its president when the note came out?')).toContain('body');
    expect(sentenceFacts('CESAER President Orla Feely described research security as a shared endeavour.')).toContain(
      'body',
    );
    expect(sentenceFacts('The working group was coordinated by Francesco Cupertino.')).toContain('body');
    expect(sentenceFacts('The workshop lasts ninety minutes.')).not.toContain('body');
  });

  it('reads a percentage followed by a comma or a space, and a currency code before the figure, as an amount', () => {
    // "10%," was no amount: the pattern wanted a word boundary after "%", which punctuation never gives.
    for (const sentence of [
      'For listed companies the threshold was lowered to 10%, and it stays at 25% for the others.',
      'Crossing 25 % of the voting rights needs prior authorisation.',
      'The fine can reach EUR 500,000 for each breach.',
    ]) {
      expect(sentenceFacts(sentence), sentence).toContain('amount');
      expect(sentenceFacts(sentence), sentence).toContain('number');
    }
    expect(sentenceFacts('The act entered into force in 2020.')).not.toContain('amount');
  });

  it('reads a question for a name or title, in four languages, and a sentence that gives one', () => {
    for (const question of [
      'What is its title?',
      "didnt the ministry write some manual? what's it called",
      'name of NDB brochure on espionage?',
      'Hoe heet dat rapport van AMO?',
      'Wie heißt sein im November 2024 vorgelegter Bericht?',
      "Comment s'appelle le guide du ministère ?",
    ]) {
      expect(questionAsks(question), question).toContain('name');
      expect(questionAsks(question), question).not.toContain('definition');
    }
    expect(questionAsks('What is research security?')).not.toContain('name');
    expect(
      sentenceFacts('In 2022 the OECD published a paper, "Integrity and security in the global research ecosystem".'),
    ).toContain('name');
    expect(sentenceFacts('The campaign is called EU Invest in Research.')).toContain('name');
    expect(sentenceFacts('The OECD published a paper on research security in 2022.')).not.toContain('name');
  });

  it('reads "free of charge" as answering whether there is a fee', () => {
    expect(sentenceFacts('An ATAS certificate is free of charge.')).toContain('amount');
    expect(sentenceFacts('Applicants pay no fee for the portal.')).toContain('amount');
    expect(sentenceFacts('Researchers are free to publish.')).not.toContain('amount');
  });

  it('reads a French "arrêté" as a legal instrument wherever it stands', () => {
    // "\b" after "é" needs a word character next, which a space is not: "arrêté du …" was no law.
    expect(sentenceFacts('Access is set out in the arrêté du 3 juillet 2012.')).toContain('law');
    expect(sentenceFacts('Access is set out in an arrêté.')).toContain('law');
  });

  it('treats what something takes and how long its decision takes as one aspect, validity as another', () => {
    const asked = durationAspects('how long does it take');
    expect([...durationAspects('Allow at least 20 working days for an ATAS decision.')]).toEqual(
      expect.arrayContaining([...asked]),
    );
    expect(durationAspects('A certificate is valid for six months.')).toEqual(new Set(['validity']));
  });

  it('reads "what can happen" as asking for the consequences, and finds them in a sentence', () => {
    expect(questionAsks('What can happen to a researcher who joins a malign talent programme?')).toContain(
      'consequence',
    );
    expect(questionAsks('Welche Folgen hat ein Verstoß?')).toContain('consequence');
    expect(questionAsks('Which countries are given as examples?')).not.toContain('consequence');
    expect(sentenceFacts('Undisclosed participation has led to prosecution and loss of employment.')).toContain(
      'consequence',
    );
    expect(sentenceFacts('The programme funds twelve fellowships a year.')).not.toContain('consequence');
  });

  it('answers "when" with a date or with a time relative to something', () => {
    const asks = questionAsks('When should the partnership agreement be signed?');
    expect(answeringKinds(asks)).toEqual(expect.arrayContaining(['date', 'duration']));
    expect(sentenceFacts('The agreement is ideally signed six months after the start of the project.')).toContain(
      'duration',
    );
    expect(answeringKinds(questionAsks('Who issues export licences?'))).not.toContain('duration');
  });

  it('reads a bare "nummer" or "numéro" as a phone number, a document\'s number as no phone', () => {
    expect(questionAsks('Bij welke dienst meld ik dat en via welk nummer?')).toContain('phone');
    expect(questionAsks('le numéro de la DGSI ?')).toContain('phone');
    expect(questionAsks('wanneer stelde de Commissie het voor (welk COM-nummer)?')).not.toContain('phone');
    expect(questionAsks('Drucksache Nummer 20/123')).not.toContain('phone');
  });

  it('reads Dutch "wie" before a Dutch verb as "who", German "wie" as "how"', () => {
    expect(questionAsks('wanneer is het uitgekomen en wie hebben m geschreven')).toContain('body');
    expect(questionAsks('bij wie kan ik terecht voor het IP-luik?')).toContain('contact');
    expect(questionAsks('wie ist das geregelt?')).not.toContain('body');
  });

  it('reads "which (adjective) office" as asking for a body in all four languages', () => {
    expect(questionAsks('Which federal department runs the Research Security Centre?')).toContain('body');
    expect(questionAsks('Welke Vlaamse dienst beslist over dual-use vergunningen?')).toContain('body');
    expect(questionAsks('Onder welk departement valt die?')).toContain('body');
    expect(questionAsks('Welches Bundesministerium ist zuständig?')).toContain('body');
    expect(questionAsks('Quel ministère délivre les licences ?')).toContain('body');
    expect(questionAsks('Which Norwegian rules apply to visiting researchers?')).not.toContain('body');
  });

  it('reads "how is it structured" and "the main headings" as asking for a list', () => {
    expect(questionAsks('How are the Danish guidelines structured?')).toContain('list');
    expect(questionAsks('Give me the main headings.')).toContain('list');
    expect(questionAsks('What are the key points of the recommendation?')).toContain('list');
    expect(questionAsks('Who wrote the guidelines?')).not.toContain('list');
  });

  it('reads whether something is binding as asking for its force, and finds its force in a sentence', () => {
    for (const question of [
      'is the national model mandatory for universities or not?',
      "Le guide, c'est obligatoire pour nous ou pas ?",
      'Ist der Leitfaden für Hochschulen verbindlich?',
      'Is het handboek verplicht voor hogescholen?',
    ]) {
      expect(questionAsks(question), question).toContain('obligation');
    }
    // "Mandatory" said of something else asks what follows, not whether; a line break is no clause.
    expect(questionAsks('what happens if a mandatory notification is skipped?')).not.toContain('obligation');
    expect(questionAsks('it is skipped?\nwhat if a mandatory notification')).not.toContain('obligation');
    expect(sentenceFacts('The national model is voluntary: each university decides for itself.')).toContain(
      'obligation',
    );
    expect(sentenceFacts('The guidance is not legally binding.')).toContain('obligation');
    expect(sentenceFacts('The guidance was published in 2024.')).not.toContain('obligation');
  });
});
