import type { Citation } from '../../../core/reply.js';
import { escapeMrkdwn, mrkdwnLink } from './mrkdwn.js';
import type { SectionBlock } from './slack-block.js';
import { mrkdwnSections } from './text-blocks.js';

/** `[n] <url|Title> — Publisher, date`, flagged when the document is past its review date. */
export function citationLine(citation: Citation): string {
  const title = citation.url ? mrkdwnLink(citation.url, citation.title) : escapeMrkdwn(citation.title);
  const stale = citation.stale ? ' ⚠️ _due for review_' : '';
  return `[${citation.n}] ${title} — ${escapeMrkdwn(citation.publisher)}, ${escapeMrkdwn(citation.date)}${stale}`;
}

export function citationBlocks(items: readonly Citation[], heading = 'Sources'): SectionBlock[] {
  if (items.length === 0) return [];
  return mrkdwnSections(`*${heading}*\n${items.map(citationLine).join('\n')}`);
}
