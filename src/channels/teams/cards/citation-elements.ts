// The sources of an answer or an appraisal: each numbered as in the text, linked, dated, with a short excerpt.
import type { Citation } from '../../../core/reply.js';
import type { CardElement } from './card-elements.js';
import { textBlock } from './card-elements.js';
import { shorten, TEAMS_LIMITS } from './card-limits.js';

function linked(citation: Citation): string {
  const title = citation.section ? `${citation.title}: ${citation.section}` : citation.title;
  const safeTitle = title.replace(/[[\]]/g, '');
  return /^https?:\/\//i.test(citation.url) ? `[${safeTitle}](${citation.url})` : safeTitle;
}

function citationLine(citation: Citation, withExcerpt: boolean): string {
  const stale = citation.stale ? ' ⚠️ due for review' : '';
  const source = `**[${citation.n}]** ${linked(citation)}, ${citation.publisher}, ${citation.date} (${citation.jurisdiction})${stale}`;
  if (!withExcerpt || citation.excerpt.trim() === '') return source;
  const excerpt = shorten(citation.excerpt.replace(/\s+/g, ' ').trim(), TEAMS_LIMITS.excerptCharacters);
  return `${source}\n\n_${excerpt.replace(/[_*]/g, '')}_`;
}

export function citationElements(items: readonly Citation[], options: { excerpts?: boolean } = {}): CardElement[] {
  if (items.length === 0) return [];
  const withExcerpt = options.excerpts ?? true;
  return [
    {
      type: 'Container',
      separator: true,
      spacing: 'medium',
      items: [
        textBlock('Sources', { weight: 'bolder', size: 'small' }),
        ...items.map((citation) => textBlock(citationLine(citation, withExcerpt), { size: 'small', spacing: 'small' })),
      ],
    },
  ];
}
