// The report as one self-contained HTML page with inline SVG charts (`ressec report --html`).
import type { FeedbackReason } from '../feedback/insight-records.js';
import { type DeskReport, OUTCOME_LABELS, OUTCOMES } from './desk-report.js';
import { formatHours, percent, reasonLabel, statusLabel } from './report-wording.js';
import { type Bar, barChart, columnChart, escapeHtml, PALETTE } from './svg-charts.js';

const OUTCOME_COLORS = {
  answered: PALETTE.green,
  'no-grounding': PALETTE.amber,
  declined: PALETTE.grey,
  refused: PALETTE.red,
} as const;

const STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:#eef1f4;color:#1d2733}
header{background:#1f3a5f;color:#fff;padding:20px 32px}header h1{margin:0 0 4px;font-size:22px}header p{margin:0;opacity:.85}
main{padding:20px 32px;display:grid;grid-template-columns:repeat(auto-fill,minmax(600px,1fr));gap:18px}
section{background:#fff;border-radius:8px;padding:16px 20px;box-shadow:0 1px 2px rgba(0,0,0,.08)}
section h2{font-size:16px;margin:0 0 10px}.tiles{display:flex;gap:12px;flex-wrap:wrap;margin-bottom:8px}
.tile{background:#f4f6f8;border-radius:6px;padding:8px 12px;min-width:92px}.tile b{display:block;font-size:20px}
.tile span{font-size:12px;color:#555}figure{margin:8px 0}figcaption{font-size:13px;font-weight:600;margin-bottom:4px}
.legend{font-size:12px;color:#333;margin-top:4px}.key{margin-right:12px}.swatch{display:inline-block;width:10px;height:10px;margin-right:4px;border-radius:2px}
table{border-collapse:collapse;width:100%;font-size:13px}td,th{text-align:left;padding:4px 6px;border-bottom:1px solid #e3e7eb}
.note{font-size:12px;color:#555}q{color:#333;font-style:italic}`;

function tile(value: string, label: string): string {
  return `<div class="tile"><b>${escapeHtml(value)}</b><span>${escapeHtml(label)}</span></div>`;
}

function simpleBars(
  record: Record<string, number>,
  color: string,
  label: (key: string) => string = (key) => key,
): Bar[] {
  return Object.entries(record)
    .filter(([, count]) => count > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([key, count]) => ({ label: label(key), segments: [{ value: count, color, label: label(key) }] }));
}

export function reportHtml(report: DeskReport): string {
  const q = report.questions;
  const f = report.feedback;
  const t = report.tickets;
  const outcomes = barChart(
    'outcomes',
    'Questions by outcome',
    OUTCOMES.map((outcome) => ({
      label: OUTCOME_LABELS[outcome],
      segments: [{ value: q.byOutcome[outcome], color: OUTCOME_COLORS[outcome], label: OUTCOME_LABELS[outcome] }],
    })),
  );
  const perDay = columnChart(
    'questions-per-day',
    report.days <= 62 ? 'Questions per day' : report.days <= 400 ? 'Questions per week' : 'Questions per month',
    q.perDay.map((point) => ({ label: point.day.slice(5), value: point.count })),
    PALETTE.blue,
  );
  const feedback = barChart('feedback', 'Ratings', [
    {
      label: 'Answers rated',
      segments: [
        { value: f.up, color: PALETTE.green, label: 'helpful' },
        { value: f.down, color: PALETTE.red, label: 'not helpful' },
      ],
    },
  ]);
  const reasons = barChart(
    'feedback-reasons',
    'Reasons given for "not helpful"',
    simpleBars(f.reasons, PALETTE.red, (key) => reasonLabel(key as FeedbackReason | 'none')),
  );
  const cited = barChart(
    'documents-cited',
    'Most cited documents',
    report.documents.mostCited.map((document) => ({
      label: document.title,
      segments: [{ value: document.count, color: PALETTE.blue, label: 'citations' }],
    })),
    { labelWidth: 260 },
  );
  const disliked = barChart(
    'documents-disliked',
    'Documents most often in answers rated not helpful',
    report.documents.mostDisliked.map((document) => ({
      label: document.title,
      segments: [{ value: document.count, color: PALETTE.red, label: 'not helpful' }],
    })),
    { labelWidth: 260 },
  );
  const gaps = barChart(
    'gaps',
    'Gaps by topic',
    report.gaps.slice(0, 12).map((gap) => ({
      label: gap.topic,
      segments: [
        { value: gap.unanswered, color: PALETTE.amber, label: 'unanswered' },
        { value: gap.disliked, color: PALETTE.red, label: 'not helpful' },
      ],
    })),
    { labelWidth: 260 },
  );
  const gapExamples = report.gaps
    .filter((gap) => gap.examples.length > 0)
    .slice(0, 12)
    .map(
      (gap) =>
        `<tr><td>${escapeHtml(gap.topic)}</td><td>${gap.examples.map((example) => `<q>${escapeHtml(example)}</q>`).join('<br>')}</td></tr>`,
    )
    .join('');
  const status = barChart('tickets-status', 'Tickets by status', simpleBars(t.byStatus, PALETTE.purple, statusLabel));
  const flow = barChart('tickets-flow', 'Tickets by flow', simpleBars(t.byFlow, PALETTE.blue));
  const level = barChart('tickets-level', 'Tickets by level', simpleBars(t.byLevel, PALETTE.amber));
  const times = barChart(
    'response-times',
    'Hours to the first response and to closing',
    [
      { label: 'First response, median', value: t.firstResponseHours.median },
      { label: 'First response, p90', value: t.firstResponseHours.p90 },
      { label: 'Closing, median', value: t.closingHours.median },
      { label: 'Closing, p90', value: t.closingHours.p90 },
    ].map((item) => ({
      label: item.label,
      segments: [{ value: item.value ?? 0, color: PALETTE.purple, label: item.label }],
    })),
    { unit: ' h' },
  );
  const stale = report.stale
    .map(
      (document) =>
        `<tr><td>${escapeHtml(document.reviewBy)}</td><td>${escapeHtml(document.title)}${document.verified ? ' <span class="note">(verified answer, no longer used)</span>' : ''}</td><td><code>${escapeHtml(document.id)}</code></td></tr>`,
    )
    .join('');
  const retention =
    report.keepTextDays === undefined
      ? 'Question text is not kept: gaps are grouped by glossary terms and jurisdiction.'
      : `Question text is kept for ${report.keepTextDays} days.`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>ressec report</title><meta name="viewport" content="width=device-width">
<style>${STYLE}</style></head><body>
<header><h1>ressec: the advice desk's report</h1><p>The last ${report.days} days, since ${escapeHtml(report.since.slice(0, 10))} · generated ${escapeHtml(report.generatedAt.slice(0, 16).replace('T', ' '))} UTC · ${escapeHtml(retention)}</p></header>
<main>
<section data-section="questions"><h2>Questions</h2><div class="tiles">${tile(String(q.total), 'questions')}${OUTCOMES.map((outcome) => tile(percent(q.byOutcome[outcome], q.total), OUTCOME_LABELS[outcome].toLowerCase())).join('')}${tile(String(q.verifiedAnswers), 'verified answers given')}</div>${outcomes}${perDay}</section>
<section data-section="feedback"><h2>Feedback</h2><div class="tiles">${tile(String(f.up), 'helpful')}${tile(String(f.down), 'not helpful')}${tile(f.ratio === undefined ? '–' : `${Math.round(f.ratio * 100)}%`, 'positive')}${tile(`${f.rated}/${q.byOutcome.answered}`, 'answers rated')}</div>${feedback}${reasons}</section>
<section data-section="documents"><h2>Documents</h2>${cited}${disliked}</section>
<section data-section="gaps"><h2>Gaps: unanswered and not-helpful questions by topic</h2>${gaps}${gapExamples ? `<table><tr><th>Topic</th><th>Questions (kept text)</th></tr>${gapExamples}</table>` : ''}</section>
<section data-section="disliked"><h2>Latest answers rated not helpful</h2>${
    report.disliked.length === 0
      ? '<p class="note">None.</p>'
      : `<p class="note">In a chat, <code>verify &lt;answer id&gt;</code> saves a verified answer for one.</p><table><tr><th>Answer id</th><th>Rated</th><th>Reason</th><th>Question (kept text)</th></tr>${report.disliked
          .map(
            (item) =>
              `<tr><td><code>${escapeHtml(item.answerId)}</code></td><td>${escapeHtml(item.ratedAt.slice(0, 10))}</td><td>${escapeHtml(item.reason ? reasonLabel(item.reason as FeedbackReason) : 'none')}</td><td>${item.question ? `<q>${escapeHtml(item.question)}</q>` : ''}</td></tr>`,
          )
          .join('')}</table>`
  }</section>
<section data-section="tickets"><h2>Tickets</h2><div class="tiles">${tile(String(t.total), 'tickets')}${tile(formatHours(t.firstResponseHours.median), 'first response, median')}${tile(formatHours(t.firstResponseHours.p90), 'first response, p90')}${tile(formatHours(t.closingHours.median), 'to closing, median')}${tile(String(t.awaitingFirstResponse), 'awaiting a response')}</div>${status}${flow}${level}${times}</section>
<section data-section="stale"><h2>Stale documents: past their review date (${report.stale.length})</h2>${stale ? `<table><tr><th>Review by</th><th>Title</th><th>Id</th></tr>${stale}</table>` : '<p class="note">None.</p>'}</section>
</main></body></html>
`;
}
