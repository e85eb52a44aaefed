import { describe, expect, it } from 'vitest';
import { SpellingCorrector } from './spelling.js';

describe('SpellingCorrector', () => {
  const corrector = new SpellingCorrector(() => [
    'Exemptions for basic research and research in the public domain. Research exemptions apply to technology.',
  ]);

  it('corrects a word the corpus lacks to the commonest word one edit away', () => {
    expect(corrector.correct('what exemtions are there for basic reserach?')).toBe(
      'what exemptions are there for basic research?',
    );
  });

  it('leaves known words, capitalised names, short words and runs of characters alone', () => {
    expect(corrector.correct('Reserach Exemtions tech')).toBe('Reserach Exemtions tech');
    expect(corrector.correct(`x${'y'.repeat(200)}`)).toBe(`x${'y'.repeat(200)}`);
    expect(corrector.correct('basic research')).toBe('basic research');
  });

  it('corrects nothing two edits away, though the two words share a deletion', () => {
    // "joked" and "joske" both lose a letter to "joke": "My supervisor joked…" was searched as "joske".
    const names = new SpellingCorrector(() => ['Joske Joske Joske and the export licence.']);
    expect(names.correct('my supervisor joked about it')).toBe('my supervisor joked about it');
    expect(names.correct('the exprot licence')).toBe('the export licence');
  });

  it('leaves the words the caller keeps', () => {
    expect(corrector.correct('exemtions', (word) => word === 'exemtions')).toBe('exemtions');
  });
});
