// The researcher-facing ticket texts in the language the ticket was written in: the desk's question relayed, the
// advice, status changes and where a ticket went (sent, queued, saved), in the terminal and in Slack. What the desk
// reads (the requester's reply relayed to the assignee) stays in the desk's language, English.
import { describe, expect, it } from 'vitest';
import { renderReplies } from '../src/channels/console/render-terminal.js';
import { renderReply } from '../src/channels/slack/render-block-kit.js';
import type { Reply } from '../src/core/reply.js';
import { deliveryWording } from '../src/escalation/delivery-status.js';
import { noticesFor } from '../src/escalation/notices.js';
import type { AuditEntry, Ticket } from '../src/escalation/ticket.js';
import { CATALOGS } from '../src/i18n/messages.js';

const desk = { platform: 'slack' as const, userId: 'U-DESK', name: 'Dana' };
const requester = { platform: 'slack' as const, userId: 'U-REQ' };

function ticket(language: 'en' | 'nl' | 'de' | 'fr'): Ticket {
  return {
    id: 'RS-2026-0007',
    requester,
    origin: { kind: 'request' },
    subject: 'A visitor',
    note: '',
    priority: 'medium',
    status: 'needs_info',
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-02T09:00:00.000Z',
    audit: [],
    assignee: desk,
    handoff: { summary: 'A visitor', jurisdictions: [], language, flow: 'request' },
  };
}

const at = '2026-03-02T09:00:00.000Z';
const entries: AuditEntry[] = [
  {
    at,
    actor: { ...desk, role: 'desk' },
    action: 'question_asked',
    from: 'in_review',
    to: 'needs_info',
    text: 'Which lab?',
    visibility: 'shared',
  },
  { at, actor: { ...desk, role: 'desk' }, action: 'advice_given', text: 'Use a loaner.', visibility: 'shared' },
  {
    at,
    actor: { ...desk, role: 'desk' },
    action: 'status_changed',
    from: 'advice_given',
    to: 'closed',
    visibility: 'shared',
  },
  { at, actor: { ...requester, role: 'requester' }, action: 'requester_replied', text: 'Lab 3', visibility: 'shared' },
];

function shown(replies: Reply[]): { terminal: string; slack: string } {
  return {
    terminal: renderReplies(replies).text,
    slack: replies.map((reply) => JSON.stringify(renderReply(reply))).join('\n'),
  };
}

describe.each(['nl', 'de', 'fr'] as const)('ticket texts in %s', (language) => {
  const catalog = CATALOGS[language];

  it('relays the desk’s question and advice and names the new status in the ticket’s language', () => {
    const notices = noticesFor(ticket(language), entries);
    const toRequester = shown(notices.filter((notice) => notice.recipient.userId === 'U-REQ').map((n) => n.reply));
    for (const text of [toRequester.terminal, toRequester.slack]) {
      expect(text).toContain(catalog.ticketQuestion.split('{{ticket}}')[0]?.trim());
      expect(text).toContain('Which lab?');
      expect(text).toContain(catalog.ticketAdvice.split('{{ticket}}')[0]?.trim());
      expect(text).toContain(`**${catalog.statusClosed}**`.replaceAll('**', ''));
      expect(text).not.toContain('The advice desk has a question');
    }
    // The requester's reply goes to the desk, in the desk's language.
    const toDesk = notices.filter((notice) => notice.recipient.userId === 'U-DESK');
    expect(shown(toDesk.map((notice) => notice.reply)).terminal).toContain('The requester replied on');
  });

  it('says where a ticket went (sent, queued, saved) in the ticket’s language', () => {
    const sent = deliveryWording({ kind: 'sent', channels: ['slack', 'email'] }, '**RS-1**', 'the desk', language);
    expect(sent).toBe(
      catalog.deliverySent
        .replace('{{desk}}', 'the desk')
        .replace('{{what}}', '**RS-1**')
        .replace('{{channels}}', `slack${catalog.listAnd}email`),
    );
    const saved = deliveryWording({ kind: 'saved', file: '/tmp/x.jsonl' }, '**RS-1**', 'the desk', language);
    expect(saved).toContain('/tmp/x.jsonl');
    expect(saved).toContain('`ressec tickets`');
    expect(saved).not.toContain('Saved in the ticket database');
  });
});

describe('ticket texts in English', () => {
  it('stay as they were for an English ticket and when no language is known', () => {
    const notices = noticesFor(ticket('en'), entries);
    const text = shown(notices.map((notice) => notice.reply)).terminal;
    expect(text).toContain('The advice desk has a question about');
    expect(text).toContain('Use "Reply to the desk" to answer.');
    expect(text).toContain('is now closed');
    expect(deliveryWording({ kind: 'sent', channels: ['slack', 'email'] }, '**RS-1**', 'the desk')).toBe(
      'Sent to the desk: **RS-1** was delivered by slack and email.',
    );
  });
});
