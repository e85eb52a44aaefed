// A risk appraisal: the overall level up front, each flag with its level and sources, then what to do about it.
import type { AppraisalView } from '../../../core/reply.js';
import { type AppraisalLabels, appraisalLabels } from '../../../i18n/appraisal-labels.js';
import type { CardElement, TextColor } from './card-elements.js';
import { textBlock } from './card-elements.js';
import { cardMarkdown } from './card-markdown.js';
import { citationElements } from './citation-elements.js';

const LEVEL_COLOR: Record<AppraisalView['level'], TextColor> = { low: 'good', medium: 'warning', high: 'attention' };

function listSection(heading: string, items: readonly string[]): CardElement[] {
  if (items.length === 0) return [];
  return [
    textBlock(heading, { weight: 'bolder', spacing: 'medium' }),
    textBlock(cardMarkdown(items.map((item) => `- ${item}`).join('\n')), { spacing: 'small' }),
  ];
}

function flagElements(appraisal: AppraisalView, labels: AppraisalLabels): CardElement[] {
  if (appraisal.flags.length === 0) {
    return [textBlock(labels.noFlags, { spacing: 'small' })];
  }
  return appraisal.flags.map((flag) =>
    textBlock(
      `**${labels.level(flag.level)}:** ${cardMarkdown(flag.reason)} ${flag.citations.map((n) => `[${n}]`).join('')}`.trimEnd(),
      {
        color: LEVEL_COLOR[flag.level],
        spacing: 'small',
      },
    ),
  );
}

export function appraisalElements(appraisal: AppraisalView): CardElement[] {
  const labels = appraisalLabels(appraisal.language);
  return [
    {
      type: 'Container',
      style: 'emphasis',
      items: [
        textBlock(labels.title(appraisal.flowTitle), { weight: 'bolder', size: 'medium', style: 'heading' }),
        textBlock(`${labels.overall}: **${labels.level(appraisal.level)}**`, {
          color: LEVEL_COLOR[appraisal.level],
          spacing: 'small',
        }),
      ],
    },
    textBlock(labels.flags, { weight: 'bolder', spacing: 'medium' }),
    ...flagElements(appraisal, labels),
    ...listSection(labels.mitigations, appraisal.mitigations),
    ...listSection(labels.nextSteps, appraisal.nextSteps),
    textBlock(appraisal.escalate ? labels.escalate : labels.noEscalate, {
      isSubtle: true,
      size: 'small',
      spacing: 'medium',
    }),
    ...citationElements(appraisal.citations),
  ];
}
