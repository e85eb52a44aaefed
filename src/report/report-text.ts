// The report as text: what `ressec report` prints and what the desk command replies in a chat (markdown).
import type { FeedbackReason } from '../feedback/insight-records.js';
import { type DeskReport, OUTCOME_LABELS, OUTCOMES } from './desk-report.js';
import { counts, formatSpread, percent, reasonLabel, statusLabel } from './report-wording.js';

export function reportText(report: DeskReport): string {
  const q = report.questions;
  const f = report.feedback;
  const t = report.tickets;
  const lines: string[] = [];
  lines.push(
    `**ressec report: the last ${report.days} days** (since ${report.since.slice(0, 10)}; generated ${report.generatedAt.slice(0, 16).replace('T', ' ')} UTC)`,
  );
  lines.push(
    report.keepTextDays === undefined
      ? '_Question text is not kept (RESSEC_KEEP_QUESTIONS is off): gaps are grouped by glossary terms and jurisdiction._'
      : `_Question text is kept for ${report.keepTextDays} days (RESSEC_KEEP_QUESTIONS)._`,
  );
  lines.push('', `**Questions: ${q.total}**`);
  lines.push(
    `• ${OUTCOMES.map((outcome) => `${OUTCOME_LABELS[outcome].toLowerCase()} ${q.byOutcome[outcome]} (${percent(q.byOutcome[outcome], q.total)})`).join(' · ')}`,
  );
  lines.push(`• by channel: ${counts(q.byChannel)} · by language: ${counts(q.byLanguage)}`);
  lines.push(`• desk-verified answers given: ${q.verifiedAnswers}`);
  lines.push(
    '',
    `**Feedback: ${f.up} 👍, ${f.down} 👎** (${f.ratio === undefined ? 'no ratings' : `${Math.round(f.ratio * 100)}% positive`}; ${f.rated} of ${q.byOutcome.answered} answers rated)`,
  );
  lines.push(
    `• reasons for 👎: ${counts(f.reasons, (key) => reasonLabel(key as FeedbackReason | 'none').toLowerCase())}`,
  );
  const documents = (title: string, list: DeskReport['documents']['mostCited']) => {
    lines.push('', `**${title}**`);
    if (list.length === 0) lines.push('• none');
    for (const document of list) lines.push(`• ${document.count} × ${document.title} (\`${document.id}\`)`);
  };
  documents('Most cited documents', report.documents.mostCited);
  documents('Documents most often in answers marked 👎', report.documents.mostDisliked);
  lines.push('', `**Stale documents (past review_by): ${report.stale.length}**`);
  for (const document of report.stale.slice(0, 15)) {
    lines.push(
      `• ${document.reviewBy}: ${document.title} (\`${document.id}\`)${document.verified ? ', a verified answer, no longer used' : ''}`,
    );
  }
  if (report.stale.length > 15)
    lines.push(`• … and ${report.stale.length - 15} more (ressec knowledge check lists them)`);
  lines.push('', `**Gaps: unanswered and 👎 questions by topic (${report.gaps.length})**`);
  if (report.gaps.length === 0) lines.push('• none');
  for (const gap of report.gaps.slice(0, 15)) {
    lines.push(`• ${gap.topic}: ${gap.unanswered} unanswered, ${gap.disliked} 👎`);
    for (const example of gap.examples) lines.push(`    “${example}”`);
  }
  if (report.gaps.length > 15)
    lines.push(`• … and ${report.gaps.length - 15} more topics (--json or --html lists them)`);
  lines.push('', `**Latest answers marked 👎 (\`verify <answer id>\` saves a verified answer for one)**`);
  if (report.disliked.length === 0) lines.push('• none');
  for (const item of report.disliked) {
    const reason = item.reason ? reasonLabel(item.reason as FeedbackReason).toLowerCase() : 'no reason given';
    lines.push(
      `• \`${item.answerId}\` ${item.ratedAt.slice(0, 10)}, ${reason}${item.question ? `: “${item.question}”` : ''}`,
    );
  }
  lines.push('', `**Tickets: ${t.total}**`);
  lines.push(`• by flow: ${counts(t.byFlow)}`);
  lines.push(`• by level: ${counts(t.byLevel)} · by status: ${counts(t.byStatus, statusLabel)}`);
  lines.push(
    `• to the desk's first response: ${formatSpread(t.firstResponseHours)}; ${t.awaitingFirstResponse} open without one`,
  );
  lines.push(`• to closing: ${formatSpread(t.closingHours)}`);
  return lines.join('\n');
}
