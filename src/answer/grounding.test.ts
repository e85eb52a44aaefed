import { describe, expect, it } from 'vitest';
import { spellsOut } from './grounding.js';

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
