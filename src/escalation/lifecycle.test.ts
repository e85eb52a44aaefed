import { describe, expect, it } from 'vitest';
import { lifecycleMutation, type TicketAction } from './lifecycle.js';
import type { Ticket } from './ticket.js';

const desk = { platform: 'slack' as const, userId: 'U-DESK', name: 'Dana' };
const requester = { platform: 'slack' as const, userId: 'U-REQ' };
const now = new Date('2026-04-01T09:00:00.000Z');

function ticket(overrides: Partial<Ticket> = {}): Ticket {
  return {
    id: 'RS-2026-0001',
    requester,
    origin: { kind: 'request' },
    subject: 'A visitor',
    note: '',
    priority: 'medium',
    status: 'new',
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
    audit: [],
    ...overrides,
  };
}

const apply = (action: TicketAction, current = ticket(), actor = action.kind === 'reply' ? requester : desk) =>
  lifecycleMutation(action, actor, now)(current);

describe('lifecycleMutation', () => {
  it('claim assigns the desk member and starts the review of a new ticket', () => {
    expect(apply({ kind: 'claim' })).toEqual({
      ok: true,
      patch: { assignee: desk, status: 'in_review' },
      entries: [
        {
          at: now.toISOString(),
          actor: { ...desk, role: 'desk' },
          action: 'claimed',
          from: 'new',
          to: 'in_review',
          visibility: 'shared',
        },
      ],
    });
    const taken = apply(
      { kind: 'claim' },
      ticket({ status: 'needs_info', assignee: { platform: 'slack', userId: 'U-2' } }),
    );
    expect(taken).toMatchObject({ ok: true, patch: { assignee: desk } });
    expect(taken.ok && taken.patch.status).toBeUndefined();
    expect(apply({ kind: 'claim' }, ticket({ assignee: desk }))).toEqual({
      ok: false,
      message: 'RS-2026-0001 is already assigned to you.',
    });
  });

  it('a question needs information; a reply to it puts the ticket back in review', () => {
    expect(apply({ kind: 'ask', question: 'When?' })).toMatchObject({
      ok: true,
      patch: { status: 'needs_info' },
      entries: [{ action: 'question_asked', text: 'When?', from: 'new', to: 'needs_info', visibility: 'shared' }],
    });
    expect(apply({ kind: 'reply', text: 'May' }, ticket({ status: 'needs_info' }))).toMatchObject({
      ok: true,
      patch: { status: 'in_review' },
      entries: [{ action: 'requester_replied', actor: { role: 'requester' }, from: 'needs_info', to: 'in_review' }],
    });
    expect(apply({ kind: 'reply', text: 'Also…' }, ticket({ status: 'in_review' }))).toMatchObject({
      ok: true,
      patch: {},
    });
  });

  it('notes are internal and change no status', () => {
    expect(apply({ kind: 'note', text: 'x' })).toMatchObject({
      ok: true,
      patch: {},
      entries: [{ visibility: 'desk' }],
    });
  });

  it('close stamps closedAt; reopening clears it; a closed ticket takes nothing else', () => {
    expect(apply({ kind: 'close' })).toMatchObject({
      ok: true,
      patch: { status: 'closed', closedAt: now.toISOString() },
    });
    const closed = ticket({ status: 'closed', closedAt: now.toISOString() });
    expect(apply({ kind: 'status', to: 'in_review' }, closed)).toMatchObject({
      ok: true,
      patch: { status: 'in_review', closedAt: null },
    });
    for (const action of [
      { kind: 'claim' },
      { kind: 'reply', text: 'x' },
      { kind: 'advise', advice: 'x' },
    ] as TicketAction[]) {
      expect(apply(action, closed)).toMatchObject({ ok: false, message: expect.stringMatching(/is closed/) });
    }
    expect(apply({ kind: 'status', to: 'new' })).toEqual({ ok: false, message: 'RS-2026-0001 is already new.' });
  });
});
