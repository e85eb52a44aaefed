// Labels and figures worded once for every rendering of the report (text, chat, HTML).

import type { TicketStatus } from '../core/reply.js';
import { STATUS_LABELS } from '../escalation/lifecycle.js';
import { FEEDBACK_REASON_LABELS, type FeedbackReason } from '../feedback/insight-records.js';
import type { Spread } from './percentiles.js';

export function formatHours(hours: number | undefined): string {
  if (hours === undefined) return '–';
  return hours < 48 ? `${hours.toFixed(1)} h` : `${(hours / 24).toFixed(1)} d`;
}

export function formatSpread(spread: Spread): string {
  if (spread.count === 0) return 'none yet';
  return `median ${formatHours(spread.median)}, p90 ${formatHours(spread.p90)} (${spread.count} ticket${spread.count === 1 ? '' : 's'})`;
}

export function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${Math.round((part / whole) * 100)}%`;
}

export function reasonLabel(reason: FeedbackReason | 'none'): string {
  return reason === 'none' ? 'No reason given' : FEEDBACK_REASON_LABELS[reason];
}

export function statusLabel(status: string): string {
  return STATUS_LABELS[status as TicketStatus] ?? status;
}

export function counts(record: Record<string, number>, label: (key: string) => string = (key) => key): string {
  const entries = Object.entries(record).filter(([, count]) => count > 0);
  return entries.length === 0 ? 'none' : entries.map(([key, count]) => `${label(key)} ${count}`).join(', ');
}
