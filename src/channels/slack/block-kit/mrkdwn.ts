// The core writes CommonMark-ish markdown; Slack reads mrkdwn. Converts the subset the core uses and escapes the rest.
import { printable } from '../../../core/printable.js';

/** Escapes the three characters Slack treats as control sequences in mrkdwn. */
export function escapeMrkdwn(text: string): string {
  return printable(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A link `<url|label>`; the label cannot contain `|` or `>`, so those are replaced. */
export function mrkdwnLink(url: string, label: string): string {
  const safeLabel = escapeMrkdwn(label).replace(/\|/g, '¦');
  if (!/^https?:\/\//i.test(url)) return safeLabel;
  return `<${url.replace(/&/g, '&amp;').replace(/</g, '%3C').replace(/>/g, '%3E').replace(/\|/g, '%7C')}|${safeLabel}>`;
}

export function markdownToMrkdwn(markdown: string): string {
  const links: string[] = [];
  // Links first (before escaping), parked behind placeholders so escaping and emphasis leave them alone.
  const parked = markdown
    .replace(/\uE000/g, '')
    .replace(/\[([^\]\n]+)\]\((https?:[^)\s]+)\)/g, (_, label: string, url: string) => {
      links.push(mrkdwnLink(url, label));
      return `\uE000${links.length - 1}\uE000`;
    });
  return escapeMrkdwn(parked)
    .replace(/^#{1,6}\s+(.+)$/gm, '*$1*')
    .replace(/\*\*([^*\n]+)\*\*/g, '*$1*')
    .replace(/__([^_\n]+)__/g, '*$1*')
    .replace(/^(\s*)[-*]\s+/gm, '$1• ')
    .replace(/\uE000(\d+)\uE000/g, (_, index: string) => links[Number(index)] ?? '');
}

/** Splits text into pieces of at most `max` characters, at paragraph, line, then word boundaries where possible. */
export function splitText(text: string, max: number): string[] {
  if (text.length <= max) return [text];
  const tokens: { unit: string; separator: string }[] = [];
  for (const [p, paragraph] of text.split('\n\n').entries()) {
    const paragraphSeparator = p > 0 ? '\n\n' : '';
    if (paragraph.length <= max) {
      tokens.push({ unit: paragraph, separator: paragraphSeparator });
      continue;
    }
    for (const [l, line] of paragraph.split('\n').entries()) {
      const lineSeparator = l > 0 ? '\n' : paragraphSeparator;
      if (line.length <= max) {
        tokens.push({ unit: line, separator: lineSeparator });
        continue;
      }
      // Spaces inside <url|label> links do not count as word boundaries.
      for (const [w, word] of line.split(/ (?![^<]*>)/).entries()) {
        const wordSeparator = w > 0 ? ' ' : lineSeparator;
        for (let start = 0; start < word.length; start += max) {
          tokens.push({ unit: word.slice(start, start + max), separator: start === 0 ? wordSeparator : '' });
        }
      }
    }
  }
  const pieces: string[] = [];
  let current = '';
  for (const { unit, separator } of tokens) {
    if (current.length === 0) current = unit;
    else if (current.length + separator.length + unit.length <= max) current += separator + unit;
    else {
      pieces.push(current);
      current = unit;
    }
  }
  if (current.length > 0) pieces.push(current);
  return pieces;
}
