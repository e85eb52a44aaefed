// "Save as markdown": the finished check as a document the researcher can keep or attach.
import type { StoredAppraisal } from '../../core/handoff.js';
import { DISCLAIMER } from '../../core/reply.js';

const LEVEL = { low: 'Low', medium: 'Medium', high: 'High' } as const;

export function appraisalToMarkdown(stored: StoredAppraisal): string {
  const view = stored.appraisal;
  const lines = [
    `# ${stored.flowTitle}: risk appraisal`,
    '',
    `- Overall level: **${LEVEL[view.level]}**`,
    `- Advice desk review suggested: ${view.escalate ? 'yes' : 'no'}`,
    ...(stored.deadline ? [`- Deadline: ${stored.deadline}`] : []),
    `- Completed: ${stored.completedAt.slice(0, 10)} (reference ${stored.intakeId})`,
    '',
    '## Flags',
    '',
    ...(view.flags.length === 0
      ? ['No flags fired.']
      : view.flags.map((flag) =>
          `- **${LEVEL[flag.level]}**: ${flag.reason} ${flag.citations.map((n) => `[${n}]`).join('')}`.trimEnd(),
        )),
    '',
  ];
  if (view.mitigations.length > 0)
    lines.push('## Mitigations to consider', '', ...view.mitigations.map((item) => `- ${item}`), '');
  lines.push('## Next steps', '', ...view.nextSteps.map((item) => `- ${item}`), '');
  lines.push('## Answers', '', ...stored.answers.map((answer) => `- ${answer.question}\n  **${answer.answer}**`), '');
  if (view.citations.length > 0) {
    lines.push(
      '## Sources',
      '',
      ...view.citations.map(
        (citation) =>
          `${citation.n}. ${citation.title}${citation.section ? `, "${citation.section}"` : ''}. ${citation.publisher}, ${citation.date}. <${citation.url}>`,
      ),
      '',
    );
  }
  lines.push(`_${DISCLAIMER}_`, '');
  return lines.join('\n');
}
