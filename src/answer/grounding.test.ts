import { describe, expect, it } from 'vitest';
import { properNouns, spellsOut } from './grounding.js';

describe('an acronym the guidance writes out in full', () => {
  it('is found through the initials of the name, joining words skipped', () => {
    expect(spellsOut('TFEU', 'is Article 292 of the Treaty on the Functioning of the European Union, read')).toBe(true);
    expect(spellsOut('STI', 'the OECD Science, Technology and Innovation Outlook')).toBe(true);
    expect(spellsOut('DUR', 'the EU Dual-Use Regulation applies')).toBe(true);
  });

  it('is not found in words that merely start with its letters here and there', () => {
    expect(spellsOut('TFEU', 'The Treaty was signed. For Europe, the Union')).toBe(false);
    expect(spellsOut('NDAA', 'the National Defense Strategy')).toBe(false);
    expect(spellsOut('X', 'X-ray')).toBe(false);
  });
});

describe('names in a question', () => {
  it('are not the common nouns German writes with a capital, but still the names beside them', () => {
    expect(
      properNouns('Hague Ethical Guidelines – welche internationale Chemie-Fachorganisation hat sie 2016 befürwortet?'),
    ).toEqual(['Ethical', 'Guidelines']);
    expect(properNouns('Welche Prüfung verlangt die Universität Mittelhessen für Gastforscher?')).toContain(
      'Mittelhessen',
    );
    expect(properNouns('Welche Prüfung verlangt die Universität Mittelhessen für Gastforscher?')).not.toContain(
      'Prüfung',
    );
    // In English the same shape is a name ("Ethics" here), not a German noun.
    expect(properNouns('Which organisation endorsed the Tianjin Guidelines in Ethics?')).toContain('Ethics');
  });
});
