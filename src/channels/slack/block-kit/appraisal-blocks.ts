import type { AppraisalView } from '../../../core/reply.js';
import { appraisalLabels, type RiskLevel } from '../../../i18n/appraisal-labels.js';
import { citationBlocks } from './citation-blocks.js';
import { LIMITS, truncate } from './limits.js';
import { markdownToMrkdwn } from './mrkdwn.js';
import { mrkdwn, plain, type SlackBlock } from './slack-block.js';
import { mrkdwnSections } from './text-blocks.js';

const LEVEL_EMOJI = { low: '🟢', medium: '🟠', high: '🔴' } as const;

/** "🔴 HIGH", in the appraisal's language. */
function levelBadge(level: RiskLevel, language?: string): string {
  return `${LEVEL_EMOJI[level]} ${appraisalLabels(language).level(level).toLocaleUpperCase()}`;
}

function bulletList(heading: string, items: readonly string[]): SlackBlock[] {
  if (items.length === 0) return [];
  return mrkdwnSections(`*${heading}*\n${items.map((item) => `• ${markdownToMrkdwn(item)}`).join('\n')}`);
}

export function appraisalBlocks(appraisal: AppraisalView): SlackBlock[] {
  const labels = appraisalLabels(appraisal.language);
  const badge = (level: RiskLevel) => levelBadge(level, appraisal.language);
  const flags =
    appraisal.flags.length === 0
      ? labels.noFlags
      : appraisal.flags
          .map((flag) => {
            const cites = flag.citations.map((n) => `[${n}]`).join('');
            return `• ${badge(flag.level)}: ${markdownToMrkdwn(flag.reason)} ${cites}`.trimEnd();
          })
          .join('\n');
  return [
    { type: 'header', text: plain(truncate(labels.title(appraisal.flowTitle), LIMITS.headerText)) },
    { type: 'section', text: mrkdwn(`*${labels.overall}:* ${badge(appraisal.level)}`) },
    ...mrkdwnSections(`*${labels.flags}*\n${flags}`),
    ...bulletList(labels.mitigations, appraisal.mitigations),
    ...bulletList(labels.nextSteps, appraisal.nextSteps),
    {
      type: 'context',
      elements: [mrkdwn(appraisal.escalate ? `➡️ ${labels.escalate}` : labels.noEscalate)],
    },
    ...citationBlocks(appraisal.citations),
  ];
}
