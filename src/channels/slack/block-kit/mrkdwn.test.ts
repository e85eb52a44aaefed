import { describe, expect, it } from 'vitest';
import { markdownToMrkdwn, mrkdwnLink, splitText } from './mrkdwn.js';

describe('markdown to mrkdwn', () => {
  it('converts bold, headings, bullets and links, and escapes the rest', () => {
    expect(markdownToMrkdwn('## Who\n**Ask** the [desk](https://example.org/a?b=1&c=2) - not <me> & co\n- one')).toBe(
      '*Who*\n*Ask* the <https://example.org/a?b=1&amp;c=2|desk> - not &lt;me&gt; &amp; co\n• one',
    );
  });

  it('keeps link labels from breaking the link', () => {
    expect(mrkdwnLink('https://example.org', 'a|b>c')).toBe('<https://example.org|a¦b&gt;c>');
    expect(mrkdwnLink('javascript:alert(1)', 'x')).toBe('x');
  });
});

describe('splitText', () => {
  it('prefers paragraph, then line, then word boundaries', () => {
    expect(splitText('aaaa\n\nbbbb', 6)).toEqual(['aaaa', 'bbbb']);
    expect(splitText('aa\nbb\ncc', 5)).toEqual(['aa\nbb', 'cc']);
    expect(splitText('one two three', 7)).toEqual(['one two', 'three']);
  });

  it('never splits inside a link', () => {
    const pieces = splitText('see <https://example.org|the long link label> now', 44);
    expect(pieces).toEqual(['see', '<https://example.org|the long link label>', 'now']);
  });
});
