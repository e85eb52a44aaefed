import type { AppraisalView } from '../../../core/reply.js';
import { citationBlocks } from './citation-blocks.js';
import { LIMITS, truncate } from './limits.js';
import { markdownToMrkdwn } from './mrkdwn.js';
import { mrkdwn, plain, type SlackBlock } from './slack-block.js';
import { mrkdwnSections } from './text-blocks.js';

export const LEVEL_BADGE = { low: '🟢 LOW', medium: '🟠 MEDIUM', high: '🔴 HIGH' } as const;

function bulletList(heading: string, items: readonly string[]): SlackBlock[] {
  if (items.length === 0) return [];
  return mrkdwnSections(`*${heading}*\n${items.map((item) => `• ${markdownToMrkdwn(item)}`).join('\n')}`);
}

export function appraisalBlocks(appraisal: AppraisalView): SlackBlock[] {
  const flags =
    appraisal.flags.length === 0
      ? 'No risk flags fired for what you told me.'
      : appraisal.flags
          .map((flag) => {
            const cites = flag.citations.map((n) => `[${n}]`).join('');
            return `• ${LEVEL_BADGE[flag.level]}: ${markdownToMrkdwn(flag.reason)} ${cites}`.trimEnd();
          })
          .join('\n');
  return [
    { type: 'header', text: plain(truncate(`Risk appraisal: ${appraisal.flowTitle}`, LIMITS.headerText)) },
    { type: 'section', text: mrkdwn(`*Overall:* ${LEVEL_BADGE[appraisal.level]}`) },
    ...mrkdwnSections(`*What I found*\n${flags}`),
    ...bulletList('Mitigations to consider', appraisal.mitigations),
    ...bulletList('Next steps', appraisal.nextSteps),
    {
      type: 'context',
      elements: [
        mrkdwn(
          appraisal.escalate
            ? '➡️ The advice desk should see this before you go ahead.'
            : 'No desk review is suggested, but you can always ask the desk.',
        ),
      ],
    },
    ...citationBlocks(appraisal.citations),
  ];
}
