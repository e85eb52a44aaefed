// Ticket status names as the researcher reads them, in the language of the ticket; the desk's views keep
// STATUS_LABELS (src/escalation/lifecycle.ts), in the desk's language.
import type { TicketStatus } from '../core/reply.js';
import { message } from '../i18n/messages.js';

const STATUS_KEYS = {
  new: 'statusNew',
  in_review: 'statusInReview',
  needs_info: 'statusNeedsInfo',
  advice_given: 'statusAdviceGiven',
  closed: 'statusClosed',
} as const satisfies Record<TicketStatus, string>;

export function statusLabel(status: TicketStatus, language: string | undefined): string {
  return message(language, STATUS_KEYS[status]);
}
