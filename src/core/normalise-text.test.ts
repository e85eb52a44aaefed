import { describe, expect, it } from 'vitest';
import { foldConfusables, normaliseText } from './normalise-text.js';

describe('normaliseText', () => {
  it('reads invisible, look-alike and full-width disguises as the plain word', () => {
    expect(normaliseText('hi\u00ADde my fun\u200Bding')).toBe('hide my funding');
    expect(normaliseText('ехроrt соntrоls')).toBe('export controls');
    expect(normaliseText('ｈｉｄｅ')).toBe('hide');
    expect(normaliseText('𝐡𝐢𝐝𝐞 and ⓗⓘⓓⓔ')).toBe('hide and hide');
    expect(normaliseText('e\u0338xport')).toBe('export');
    expect(normaliseText('tag\u{E0041}s')).toBe('tags');
  });

  it('shows a right-to-left override as a reader sees it', () => {
    expect(normaliseText('how do I \u202Eedih\u202C my funding')).toBe('how do I hide my funding');
  });

  it('keeps the accents of Dutch, German and French and leaves other scripts alone', () => {
    const prose = 'één Straße naïve façade œuvre Øresund Kraków';
    expect(normaliseText(prose)).toBe(prose);
    expect(foldConfusables('Что такое экспорт')).toBe('Что такое экспорт');
    expect(foldConfusables('Ελλάδα')).toBe('Ελλάδα');
  });

  it('turns control characters into spaces but keeps newlines', () => {
    expect(normaliseText('a\u0007b\nc')).toBe('a b\nc');
  });
});
