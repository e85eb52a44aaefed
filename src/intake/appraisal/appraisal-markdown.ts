// "Save as markdown": the finished check as a document the researcher can keep or attach, in the language the check
// was run in (the desk's English copy stays in the stored appraisal, for the ticket).
import type { StoredAppraisal } from '../../core/handoff.js';
import { appraisalLabels } from '../../i18n/appraisal-labels.js';
import { message } from '../../i18n/messages.js';
import { researcherView } from '../replies/appraisal-reply.js';

export function appraisalToMarkdown(stored: StoredAppraisal): string {
  const { language } = stored;
  const view = researcherView(stored);
  const labels = appraisalLabels(language);
  const answers = stored.researcherAnswers ?? stored.answers;
  const lines = [
    `# ${message(language, 'appraisalDocumentTitle', { flow: view.flowTitle })}`,
    '',
    `- ${message(language, 'appraisalDocumentLevel', { level: labels.level(view.level) })}`,
    `- ${message(language, view.escalate ? 'appraisalDocumentReviewYes' : 'appraisalDocumentReviewNo')}`,
    ...(stored.deadline ? [`- ${message(language, 'appraisalDocumentDeadline', { date: stored.deadline })}`] : []),
    `- ${message(language, 'appraisalDocumentCompleted', { date: stored.completedAt.slice(0, 10), reference: stored.intakeId })}`,
    '',
    `## ${message(language, 'appraisalDocumentFlags')}`,
    '',
    ...(view.flags.length === 0
      ? [message(language, 'appraisalDocumentNoFlags')]
      : view.flags.map((flag) =>
          `- **${labels.level(flag.level)}**: ${flag.reason} ${flag.citations.map((n) => `[${n}]`).join('')}`.trimEnd(),
        )),
    '',
  ];
  if (view.mitigations.length > 0)
    lines.push(`## ${labels.mitigations}`, '', ...view.mitigations.map((item) => `- ${item}`), '');
  lines.push(`## ${labels.nextSteps}`, '', ...view.nextSteps.map((item) => `- ${item}`), '');
  lines.push(
    `## ${message(language, 'appraisalDocumentAnswers')}`,
    '',
    ...answers.map((answer) => `- ${answer.question}\n  **${answer.answer}**`),
    '',
  );
  if (view.citations.length > 0) {
    lines.push(
      `## ${labels.sources}`,
      '',
      ...view.citations.map(
        (citation) =>
          `${citation.n}. ${citation.title}${citation.section ? `, "${citation.section}"` : ''}. ${citation.publisher}, ${citation.date}. <${citation.url}>`,
      ),
      '',
    );
  }
  lines.push(`_${message(language, 'disclaimer')}_`, '');
  return lines.join('\n');
}
