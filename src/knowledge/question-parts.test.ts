import { describe, expect, it } from 'vitest';
import { questionAsks, sentenceFacts } from './fact-kinds.js';
import { shapeQuestion } from './question-parts.js';

describe('shapeQuestion', () => {
  it('separates the scene from the asking sentence', () => {
    const shape = shapeQuestion(
      "I'm a postdoc in Delft and my partner lab is in Wuhan. The deadline is Friday. Do I need an export licence to share the code?",
    );
    expect(shape.parts.map((part) => part.text)).toEqual(['Do I need an export licence to share the code?']);
    expect(shape.scenario).toMatch(/^I'm a postdoc in Delft/);
  });

  it('splits a question at "and" followed by a question word, in four languages', () => {
    expect(shapeQuestion('Who runs ATAS and how long does it take?').parts.map((part) => part.text)).toEqual([
      'Who runs ATAS',
      'how long does it take?',
    ]);
    expect(shapeQuestion('Wer ist zuständig und seit wann gilt das?').parts).toHaveLength(2);
    expect(shapeQuestion('Hoe lang duurt het, en welke organisatie voert het uit?').parts).toHaveLength(2);
    expect(shapeQuestion('Which grant first applied it, and since when have others been covered?').parts).toHaveLength(
      2,
    );
  });

  it('splits questions in a row with only commas between them, not a condition from its question', () => {
    const shape = shapeQuestion(
      "wassenaar arrangement: founded when, how many participating states, where's the secretariat?",
    );
    expect(shape.parts.map((part) => part.text)).toEqual([
      'wassenaar arrangement: founded when',
      'how many participating states',
      "where's the secretariat?",
    ]);
    expect(shape.parts[0]?.asks).toContain('date');
    expect(shape.parts[1]?.asks).toContain('number');
    expect(
      shapeQuestion('What happens next, and if a licence is needed, who signs it?').parts.map((part) => part.text),
    ).toEqual(['What happens next, and if a licence is needed, who signs it?']);
    expect(shapeQuestion('If I travel to China, do I need a licence?').parts).toHaveLength(1);
  });

  it('reads a sentence that ends on a question word as asking', () => {
    const shape = shapeQuestion("c'est quoi la nouvelle instruction ? elle entre en vigueur quand");
    expect(shape.parts.map((part) => part.text)).toEqual([
      "c'est quoi la nouvelle instruction ?",
      'elle entre en vigueur quand',
    ]);
    expect(shape.parts[1]?.asks).toContain('date');
  });

  it('reads a reported question as asking, from its question word on, in four languages', () => {
    const shape = shapeQuestion(
      'We host a visiting researcher for 3 months. Dept admin asks what the host department has to supply for the ATAS application.',
    );
    expect(shape.parts.map((part) => part.text)).toEqual([
      'what the host department has to supply for the ATAS application.',
    ]);
    expect(shape.scenario).toBe('We host a visiting researcher for 3 months. Dept admin asks');
    expect(shapeQuestion('Mijn promotor wil weten of we een vergunning nodig hebben.').parts[0]?.text).toBe(
      'of we een vergunning nodig hebben.',
    );
    expect(shapeQuestion('Die Verwaltung fragt, ob wir eine Genehmigung brauchen.').parts[0]?.text).toBe(
      'ob wir eine Genehmigung brauchen.',
    );
    expect(shapeQuestion('Mon directeur demande si une licence est nécessaire.').parts[0]?.text).toBe(
      'si une licence est nécessaire.',
    );
  });

  it('reads a reported question beside one put outright, or one that names nothing, as no part of its own', () => {
    const beside = shapeQuestion(
      'Ein Doktorand fragt, ob Hochschulen ihn von Kursen ausschließen dürfen. Welches Gericht hat entschieden?',
    );
    expect(beside.parts.map((part) => part.text)).toEqual(['Welches Gericht hat entschieden?']);
    expect(beside.scenario).toMatch(/^Ein Doktorand fragt, ob/);
    const vague = shapeQuestion("Exemptions for academic work: I keep hearing 'basic research' but not sure what else");
    expect(vague.parts.map((part) => part.text)).toEqual([
      "Exemptions for academic work: I keep hearing 'basic research' but not sure what else",
    ]);
  });

  it('keeps a bare "and why?" as a part of its own, in four languages', () => {
    for (const question of [
      'Has that changed, and why?',
      'Is dat veranderd, en waarom?',
      'Hat sich das geändert, und warum?',
    ]) {
      expect(shapeQuestion(question).parts, question).toHaveLength(2);
    }
  });

  it('reads a message that asks nothing in question form as one question', () => {
    const shape = shapeQuestion('export licence for quantum software to Japan');
    expect(shape.parts).toHaveLength(1);
    expect(shape.scenario).toBe('');
  });

  it('reads the heading of an enumeration as scene and a bare question word as a part of its own', () => {
    const shape = shapeQuestion(
      'For UK export controls: (a) what is the maximum sentence for an unlicensed export, and (b) can teaching count as an export?',
    );
    expect(shape.parts.map((part) => part.text)).toEqual([
      '(a) what is the maximum sentence for an unlicensed export',
      '(b) can teaching count as an export?',
    ]);
    expect(shape.scenario).toBe('For UK export controls:');
    const dutch = shapeQuestion('Heb je een vergunning nodig om DSGL-technologie te delen? Sinds wanneer?');
    expect(dutch.parts.map((part) => part.text)).toEqual([
      'Heb je een vergunning nodig om DSGL-technologie te delen?',
      'Sinds wanneer?',
    ]);
    expect(dutch.parts[1]?.asks).toContain('date');
  });

  it('reads a German date as part of its sentence, and "welche vier … Bereiche" as asking for a list', () => {
    const shape = shapeQuestion('Welche vier Technologiebereiche hat die Kommission am 3. Oktober 2023 ausgewählt?');
    expect(shape.parts).toHaveLength(1);
    expect(shape.parts[0]?.asks).toContain('list');
  });

  it('caps the number of parts', () => {
    expect(
      shapeQuestion('What is ATAS? What is RCAT? What is NSPM-33? What is CHIPS? What is STRAC?').parts,
    ).toHaveLength(4);
  });
});

describe('what a question asks and what a sentence holds', () => {
  it('reads the kind of fact asked', () => {
    expect(questionAsks('How long does an ATAS application take?')).toContain('duration');
    expect(questionAsks('When did the act enter into force?')).toContain('date');
    expect(questionAsks('What is the phone number of the AIVD?')).toContain('phone');
    expect(questionAsks('Should I take my laptop and phone?')).not.toContain('phone');
    expect(questionAsks('Which authority issues export licences?')).toContain('body');
    expect(questionAsks('Which factors does DoD consider?')).toContain('list');
    expect(questionAsks('Can I send this by e-mail?')).not.toContain('email');
  });

  it('finds durations, dates, phone numbers and counts in sentences', () => {
    expect([...sentenceFacts('Applications take at least 20 working days.')]).toContain('duration');
    expect([...sentenceFacts('It applies since 9 September 2021.')]).toContain('date');
    expect([...sentenceFacts('Call +31 79 320 50 50 to report it.')]).toContain('phone');
    expect([...sentenceFacts('The Wassenaar Arrangement has 42 participating states.')]).toContain('number');
    expect([...sentenceFacts('Researchers should ask the office.')]).toEqual([]);
  });
});
