import { describe, expect, it } from 'vitest';
import { BLOCK_KINDS, type Block, type Citation, type Reply } from '../../core/reply.js';
import { renderReplies } from './render-terminal.js';

const citation: Citation = {
  n: 1,
  id: 'doc#section',
  documentId: 'doc',
  title: 'A guidance document',
  section: 'A section',
  publisher: 'A Publisher',
  date: '2024-05',
  url: 'https://example.org/doc',
  jurisdiction: 'EU',
  excerpt: 'Excerpt text.',
};

const examples: Record<Block['kind'], Block> = {
  text: { kind: 'text', markdown: 'Some **bold** answer [1].' },
  citations: { kind: 'citations', items: [citation] },
  choices: {
    kind: 'choices',
    prompt: 'Pick one:',
    display: 'buttons',
    options: [
      { label: 'Yes', verb: 'intake.answer', value: 'yes' },
      { label: 'No', verb: 'intake.answer', value: 'no' },
    ],
  },
  form: {
    kind: 'form',
    verb: 'ticket.submit',
    title: 'Ask the advice desk',
    submitLabel: 'Send',
    fields: [{ id: 'note', label: 'Your note', kind: 'textarea', required: false, error: 'Too long' }],
  },
  appraisal: {
    kind: 'appraisal',
    appraisal: {
      flow: 'visitor',
      flowTitle: 'Hosting a visitor',
      level: 'high',
      flags: [{ id: 'lab-access', level: 'high', reason: 'Access to a controlled lab', citations: [1] }],
      mitigations: ['Limit access to what the project needs'],
      nextSteps: ['Send this to the advice desk'],
      escalate: true,
      citations: [citation],
    },
  },
  ticket: {
    kind: 'ticket',
    ticket: {
      id: 'RS-2026-0042',
      subject: 'Partnership check',
      status: 'in_review',
      priority: 'high',
      requester: 'Researcher',
      assignee: 'Desk member',
      deadline: '2026-12-01',
      flags: ['Unsure about end use'],
      updatedAt: '2026-11-24T10:00:00Z',
    },
    actions: [{ label: 'Claim', verb: 'ticket.claim', value: 'RS-2026-0042' }],
  },
  context: { kind: 'context', text: 'Guidance as of 2026-11' },
};

const reply = (block: Block): Reply => ({ visibility: 'public', blocks: [block], fallbackText: 'x' });

describe('terminal renderer', () => {
  it('has an example for every block kind', () => {
    expect(Object.keys(examples).sort()).toEqual([...BLOCK_KINDS].sort());
  });

  it.each(BLOCK_KINDS)('renders a %s block readably', (kind) => {
    const rendered = renderReplies([reply(examples[kind])]);
    expect(rendered.text.length).toBeGreaterThan(0);
    switch (kind) {
      case 'text':
        expect(rendered.text).toBe('Some bold answer [1].');
        break;
      case 'citations':
        expect(rendered.text).toContain(
          '[1] A guidance document — A section. A Publisher, 2024-05. https://example.org/doc (EU)',
        );
        break;
      case 'choices':
        expect(rendered.text).toContain('1) Yes');
        expect(rendered.text).toContain('2) No');
        expect([...rendered.keys.entries()].map(([key, option]) => [key, option.value])).toEqual([
          ['1', 'yes'],
          ['2', 'no'],
        ]);
        break;
      case 'form':
        expect(rendered.form?.verb).toBe('ticket.submit');
        expect(rendered.text).toContain('Your note (optional)');
        expect(rendered.text).toContain('Too long');
        break;
      case 'appraisal':
        expect(rendered.text).toContain('overall HIGH');
        expect(rendered.text).toContain('HIGH: Access to a controlled lab [1]');
        expect(rendered.text).toContain('Limit access');
        expect(rendered.text).toContain('advice desk should see this');
        break;
      case 'ticket':
        expect(rendered.text).toContain('Ticket RS-2026-0042: Partnership check');
        expect(rendered.text).toContain('status in review');
        expect(rendered.keys.get('1')?.verb).toBe('ticket.claim');
        break;
      case 'context':
        expect(rendered.text).toContain('Guidance as of 2026-11');
        break;
    }
  });

  it('numbers only the choices of the last reply that offers some; the replies above list theirs', () => {
    const rendered = renderReplies([reply(examples.choices), reply(examples.choices)]);
    expect([...rendered.keys.keys()]).toEqual(['1', '2']);
    expect(rendered.text).toContain('  • Yes');
    expect(rendered.text).not.toContain('3)');
  });

  it('gives feedback, the desk and a new check the same letter on every screen, and navigation its word', () => {
    const answer: Reply = {
      visibility: 'public',
      blocks: [
        { kind: 'text', markdown: 'An answer.' },
        {
          kind: 'choices',
          display: 'buttons',
          options: [
            { label: '👍', verb: 'answer.feedback', value: 'up:a1' },
            { label: '👎', verb: 'answer.feedback', value: 'down:a1' },
            { label: 'Start a risk check', verb: 'intake.start', value: '' },
            { label: 'Ask the advice desk', verb: 'ticket.new', value: 'answer:a1' },
          ],
        },
      ],
      fallbackText: 'An answer.',
    };
    const question: Reply = {
      visibility: 'private',
      blocks: [
        examples.choices,
        {
          kind: 'choices',
          display: 'buttons',
          options: [
            { label: 'Back', verb: 'intake.back', value: 'i1' },
            { label: 'Finish later', verb: 'intake.pause', value: 'i1' },
            { label: 'Cancel', verb: 'intake.cancel', value: 'i1' },
          ],
        },
      ],
      fallbackText: 'A question.',
    };
    const rendered = renderReplies([answer, question]);
    expect(Object.fromEntries([...rendered.keys].map(([key, option]) => [key, option.value]))).toEqual({
      g: 'up:a1',
      b: 'down:a1',
      c: '',
      d: 'answer:a1',
      '1': 'yes',
      '2': 'no',
      back: 'i1',
      later: 'i1',
      cancel: 'i1',
    });
    expect(rendered.text).toContain('g) 👍   b) 👎   c) Start a risk check   d) Ask the advice desk');
    expect(rendered.text).toContain('Or type: back · later (Finish later) · cancel');
  });

  it('takes the numbers of a list shown in the text for the options that mirror it, without a second list', () => {
    const rendered = renderReplies([
      {
        visibility: 'private',
        blocks: [
          { kind: 'text', markdown: '1. Purpose: Conference\n2. Destination: China' },
          {
            kind: 'choices',
            prompt: 'Change an answer:',
            display: 'select',
            mirrorsList: true,
            options: [
              { label: '1. Purpose', verb: 'intake.change', value: 'i1|purpose' },
              { label: '2. Destination', verb: 'intake.change', value: 'i1|destination' },
            ],
          },
        ],
        fallbackText: 'Review',
      },
    ]);
    expect(rendered.keys.get('2')?.value).toBe('i1|destination');
    expect(rendered.text).toContain('Change an answer: type its number (1–2).');
    expect(rendered.text).not.toContain('1) 1. Purpose');
  });

  it('answers a form of one pick list by numbers, and asks no field that comes from the context', () => {
    const picker = renderReplies([
      reply({
        kind: 'form',
        verb: 'intake.answer',
        title: 'Devices',
        submitLabel: 'Next',
        fields: [
          {
            id: 'devices',
            label: 'Devices',
            kind: 'multiselect',
            required: true,
            options: [
              { label: 'Laptop', value: 'laptop' },
              { label: 'Phone', value: 'phone' },
            ],
          },
        ],
      }),
    ]);
    expect(picker.picker?.first).toBe(1);
    expect(picker.form).toBeUndefined();
    expect(picker.text).toContain('  2) Phone');
    const reply_ = renderReplies([
      reply({
        kind: 'form',
        verb: 'ticket.reply',
        title: 'Reply to the desk',
        submitLabel: 'Send',
        fields: [
          { id: 'ticketId', label: 'Ticket', kind: 'text', required: true, initial: 'RS-2026-0001', hidden: true },
          { id: 'message', label: 'Your reply', kind: 'textarea', required: true },
        ],
      }),
    ]);
    expect(reply_.form?.verb).toBe('ticket.reply');
    expect(reply_.text).not.toContain('Ticket');
  });
});
