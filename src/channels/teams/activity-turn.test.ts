import { describe, expect, it } from 'vitest';
import { plainMessageText } from './activity-turn.js';

describe('plainMessageText', () => {
  it('drops tags and decodes entities and character references', () => {
    expect(plainMessageText('<p>R&amp;D &lt;lab&gt; &#233;t&#xE9;</p>')).toBe('R&D <lab> été');
  });

  it('leaves a reference to no character, and a name every object has, as written', () => {
    // "&#99999999;" made String.fromCodePoint throw; "&constructor;" decoded to Object's constructor function.
    expect(plainMessageText('a &#99999999; b &#x110000; c')).toBe('a &#99999999; b &#x110000; c');
    expect(plainMessageText('&constructor; &toString;')).toBe('&constructor; &toString;');
  });
});
