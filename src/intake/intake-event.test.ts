import { describe, expect, it } from 'vitest';
import { interpretText } from './intake-event.js';
import { looksLikeQuestion } from './looks-like-question.js';

describe('reading free text during an intake', () => {
  it.each([
    ['back', { kind: 'back' }],
    ['/skip', { kind: 'skip' }],
    ['Cancel.', { kind: 'cancel' }],
    ['finish later', { kind: 'pause' }],
    ['change 3', { kind: 'change', target: '3' }],
    ['edit partner country', { kind: 'change', target: 'partner country' }],
    ['confirm', { kind: 'confirm' }],
  ])('reads %s as a command', (text, event) => {
    expect(interpretText(text, false)).toEqual(event);
  });

  it('reads "yes" as confirmation only at the summary', () => {
    expect(interpretText('yes', true)).toEqual({ kind: 'confirm' });
    expect(interpretText('yes', false)).toEqual({ kind: 'answer', input: 'yes' });
  });

  it('recognises questions by a question mark or a question word', () => {
    expect(looksLikeQuestion('What is the NRO list?')).toBe(true);
    expect(looksLikeQuestion('how does ATAS work for postdocs')).toBe(true);
    expect(looksLikeQuestion('Example University')).toBe(false);
    expect(looksLikeQuestion('?')).toBe(false);
  });
});
