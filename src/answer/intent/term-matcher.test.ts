import { describe, expect, it } from 'vitest';
import { parseTerm, TermMatcher } from './term-matcher.js';

const terms = ['conceal', 'concealment', 'licence', 'hide', 'smuggl*', 'circumvent*', '*umgeh*'].map(parseTerm);
const matcher = new TermMatcher(terms);
const id = (spec: string) => matcher.id(parseTerm(spec));

describe('TermMatcher', () => {
  it('reads a longer word with one typo of any kind, keeping its first letter', () => {
    for (const typo of ['concael', 'concel', 'conceall', 'conxeal', 'licnece', 'licene']) {
      expect(matcher.match(typo), typo).toHaveLength(1);
    }
    expect(matcher.match('concael')).toEqual([id('conceal')]);
    expect(matcher.match('xonceal')).toEqual([]);
    expect(matcher.match('cnocaelx')).toEqual([]);
  });

  it('matches short words exactly only', () => {
    expect(matcher.match('hide')).toEqual([id('hide')]);
    expect(matcher.match('hire')).toEqual([]);
  });

  it('reads a stem with one typo, and a compound part inside a longer word', () => {
    expect(matcher.match('circumventing')).toEqual([id('circumvent*')]);
    expect(matcher.match('circumvetning')).toEqual([id('circumvent*')]);
    expect(matcher.match('umgehen')).toEqual([]);
    expect(matcher.match('zollumgehung')).toEqual([id('*umgeh*')]);
  });

  it('gives every word within one typo, in the order the variants of the token reach them', () => {
    // "concealmnt" is one deletion from "concealment" and no typo of "conceal" (three letters longer).
    expect(matcher.match('concealmnt')).toEqual([id('concealment')]);
    const close = new TermMatcher(['abcdefgh', 'abcdefgx', 'abcdefg', 'acbdefgh', 'abcdefghi'].map(parseTerm));
    // "abcdefghx" less its "h" is a deletion of "abcdefgx" (1); less its "x" it is "abcdefgh" (0), a deletion of
    // "abcdefghi" (4) too.
    expect(close.match('abcdefghx')).toEqual([1, 0, 4]);
    expect(close.match('acbdefgx')).toEqual([1, 3]);
  });
});
