// A risk appraisal: the overall level up front, each flag with its level and sources, then what to do about it.
import type { AppraisalView } from '../../../core/reply.js';
import type { CardElement, TextColor } from './card-elements.js';
import { textBlock } from './card-elements.js';
import { cardMarkdown } from './card-markdown.js';
import { citationElements } from './citation-elements.js';

const LEVEL: Record<AppraisalView['level'], { word: string; color: TextColor }> = {
  low: { word: 'Low', color: 'good' },
  medium: { word: 'Medium', color: 'warning' },
  high: { word: 'High', color: 'attention' },
};

function listSection(heading: string, items: readonly string[]): CardElement[] {
  if (items.length === 0) return [];
  return [
    textBlock(heading, { weight: 'bolder', spacing: 'medium' }),
    textBlock(cardMarkdown(items.map((item) => `- ${item}`).join('\n')), { spacing: 'small' }),
  ];
}

function flagElements(appraisal: AppraisalView): CardElement[] {
  if (appraisal.flags.length === 0) {
    return [textBlock('Nothing you told me raised a risk flag.', { spacing: 'small' })];
  }
  return appraisal.flags.map((flag) =>
    textBlock(
      `**${LEVEL[flag.level].word}:** ${cardMarkdown(flag.reason)} ${flag.citations.map((n) => `[${n}]`).join('')}`.trimEnd(),
      {
        color: LEVEL[flag.level].color,
        spacing: 'small',
      },
    ),
  );
}

export function appraisalElements(appraisal: AppraisalView): CardElement[] {
  return [
    {
      type: 'Container',
      style: 'emphasis',
      items: [
        textBlock(`Risk check: ${appraisal.flowTitle}`, { weight: 'bolder', size: 'medium', style: 'heading' }),
        textBlock(`Overall: **${LEVEL[appraisal.level].word}**`, {
          color: LEVEL[appraisal.level].color,
          spacing: 'small',
        }),
      ],
    },
    textBlock('Flags', { weight: 'bolder', spacing: 'medium' }),
    ...flagElements(appraisal),
    ...listSection('Mitigations to consider', appraisal.mitigations),
    ...listSection('Next steps', appraisal.nextSteps),
    textBlock(
      appraisal.escalate
        ? 'Please let the advice desk look at this before you go ahead.'
        : 'The desk need not review this, but you can always ask it.',
      { isSubtle: true, size: 'small', spacing: 'medium' },
    ),
    ...citationElements(appraisal.citations),
  ];
}
