import { describe, expect, it } from 'vitest';
import { parseTicketForm, ticketForm } from './ticket-form.js';

const TODAY = '2026-06-01';

describe('the ticket form', () => {
  it('asks for no third-party personal data or proposal text, and limits the note to 4,000 characters', () => {
    const [block] = ticketForm({ deskName: 'the desk' }).blocks;
    expect(block).toMatchObject({ kind: 'form', verb: 'ticket.submit' });
    if (block?.kind !== 'form') throw new Error('no form');
    expect(block.intro).toMatch(/do not include personal data of third parties .* or text from proposals/);
    expect(block.fields.map((field) => field.id)).toEqual(['subject', 'note', 'deadline', 'email']);
    expect(block.fields.find((field) => field.id === 'note')).toMatchObject({ kind: 'textarea', maxLength: 4_000 });
  });

  it('accepts a minimal form, trimming and dropping empty optional fields', () => {
    expect(parseTicketForm({ subject: '  Visitor ', note: '', deadline: '', email: ' ' }, TODAY)).toEqual({
      ok: true,
      value: { subject: 'Visitor', note: '', deadline: undefined, email: undefined, attach: undefined },
    });
    expect(parseTicketForm({ subject: 'Visitor', deadline: TODAY, email: 'a.b@example.edu' }, TODAY)).toMatchObject({
      ok: true,
    });
  });

  it('explains each problem on its field', () => {
    const result = parseTicketForm({ subject: '', note: 'n'.repeat(4_321), deadline: 'tomorrow', email: 'a@b' }, TODAY);
    expect(result).toEqual({
      ok: false,
      errors: {
        subject: 'Give the ticket a subject.',
        note: 'At most 4,000 characters, please shorten it. (It has 4,321.)',
        deadline: 'Use the form YYYY-MM-DD, e.g. 2026-09-30.',
        email: 'That is not a valid e-mail address.',
      },
    });
  });
});
