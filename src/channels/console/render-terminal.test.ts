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
        expect(rendered.options.map((option) => option.value)).toEqual(['yes', 'no']);
        break;
      case 'form':
        expect(rendered.forms).toHaveLength(1);
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
        expect(rendered.options[0]?.verb).toBe('ticket.claim');
        break;
      case 'context':
        expect(rendered.text).toContain('Guidance as of 2026-11');
        break;
    }
  });

  it('numbers options across several replies', () => {
    const rendered = renderReplies([reply(examples.choices), reply(examples.choices)]);
    expect(rendered.options).toHaveLength(4);
    expect(rendered.text).toContain('4) No');
  });
});
