import { describe, expect, it } from 'vitest';
import { BLOCK_KINDS, type Block, type Citation, type Reply } from '../../core/reply.js';
import { FORM_CALLBACK_ID, fieldErrors, formModal, readViewValues } from './block-kit/form-modal.js';
import type { SlackBlock } from './block-kit/slack-block.js';
import { renderBlock, renderReply } from './render-block-kit.js';

const citation = (n: number, extra: Partial<Citation> = {}): Citation => ({
  n,
  id: `doc-${n}#section`,
  documentId: `doc-${n}`,
  title: `Guidance document ${n}`,
  publisher: 'Ministry of Education',
  date: '2024-05',
  url: `https://example.org/guidance/${n}?a=1&b=2`,
  jurisdiction: 'NL',
  excerpt: 'An excerpt.',
  ...extra,
});

const reply = (...blocks: Block[]): Reply => ({ visibility: 'public', blocks, fallbackText: 'fallback' });

/** Every text Slack will read in a block list, for limit checks. */
function texts(blocks: SlackBlock[]): string[] {
  return JSON.stringify(blocks)
    .match(/"text":"((?:[^"\\]|\\.)*)"/g)!
    .map((match) => JSON.parse(match.slice(7)) as string);
}

const EXAMPLES: Record<Block['kind'], Block> = {
  text: {
    kind: 'text',
    markdown: 'Use a **loaner laptop** [1]. See [the portal](https://example.org/portal) & <ask>.',
  },
  citations: { kind: 'citations', items: [citation(1), citation(2, { stale: true })] },
  choices: {
    kind: 'choices',
    prompt: 'You could also ask:',
    display: 'buttons',
    options: [
      { label: 'Who can I ask?', verb: 'answer.ask', value: 'Who can I ask?' },
      { label: 'And my phone?', verb: 'answer.ask', value: 'And my phone?', style: 'primary' },
    ],
  },
  form: {
    kind: 'form',
    verb: 'ticket.submit',
    title: 'Ask the advice desk',
    submitLabel: 'Send',
    intro: 'The desk answers within two working days.',
    fields: [{ id: 'subject', label: 'Subject', kind: 'text', required: true, error: 'Give the ticket a subject.' }],
  },
  appraisal: {
    kind: 'appraisal',
    appraisal: {
      flow: 'visitor',
      flowTitle: 'Visiting researcher check',
      level: 'high',
      flags: [
        {
          id: 'sensitive-tech',
          level: 'high',
          reason: 'The visit touches a **critical technology** area.',
          citations: [1],
        },
      ],
      mitigations: ['Limit lab access to the public areas.'],
      nextSteps: ['Send this to the advice desk.'],
      escalate: true,
      citations: [citation(1)],
    },
  },
  ticket: {
    kind: 'ticket',
    ticket: {
      id: 'RS-2026-0042',
      subject: 'Visiting researcher from abroad',
      status: 'needs_info',
      priority: 'high',
      requester: 'U0REQ0001',
      assignee: 'Desk Member',
      deadline: '2026-09-30',
      flags: ['high: critical technology'],
      updatedAt: '2026-08-01T10:15:00.000Z',
    },
    actions: [
      { label: 'Claim', verb: 'ticket.claim', value: 'RS-2026-0042', style: 'primary' },
      { label: 'Close', verb: 'ticket.close', value: 'RS-2026-0042', style: 'danger' },
    ],
  },
  context: { kind: 'context', text: 'Jurisdiction: NL · Guidance as of 2026-01-01' },
};

describe('Block Kit renderer', () => {
  it('has an example for every block kind', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual([...BLOCK_KINDS].sort());
  });

  it('renders text as mrkdwn sections with links and escaping', () => {
    const [section] = renderBlock(EXAMPLES.text);
    expect(section).toEqual({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: 'Use a *loaner laptop* [1]. See <https://example.org/portal|the portal> &amp; &lt;ask&gt;.',
      },
    });
  });

  it('renders citations as "[n] <url|Title> — Publisher, date"', () => {
    const [section] = renderBlock(EXAMPLES.citations);
    const text = section?.type === 'section' ? section.text?.text : '';
    expect(text).toContain('*Sources*');
    expect(text).toContain(
      '[1] <https://example.org/guidance/1?a=1&amp;b=2|Guidance document 1> — Ministry of Education, 2024-05',
    );
    expect(text).toContain(
      '[2] <https://example.org/guidance/2?a=1&amp;b=2|Guidance document 2> — Ministry of Education, 2024-05 ⚠️ _due for review_',
    );
  });

  it('renders choices as buttons whose action_id is the verb (unique within the block) and value the value', () => {
    const blocks = renderBlock(EXAMPLES.choices);
    expect(blocks[0]).toMatchObject({ type: 'section', text: { text: 'You could also ask:' } });
    expect(blocks[1]).toMatchObject({
      type: 'actions',
      elements: [
        { type: 'button', action_id: 'answer.ask', value: 'Who can I ask?', text: { text: 'Who can I ask?' } },
        { type: 'button', action_id: 'answer.ask#1', value: 'And my phone?', style: 'primary' },
      ],
    });
  });

  it('renders a select when asked, with mixed verbs encoded in the option values', () => {
    const [actions] = renderBlock({
      kind: 'choices',
      display: 'select',
      options: [
        { label: 'Visitor', verb: 'intake.start', value: 'visitor' },
        { label: 'Desk', verb: 'ticket.new' },
      ],
    });
    expect(actions).toMatchObject({
      type: 'actions',
      elements: [
        {
          type: 'static_select',
          action_id: 'ressec.choose',
          options: [{ value: 'intake.start visitor' }, { value: 'ticket.new ' }],
        },
      ],
    });
  });

  it('renders a form in a message as its title and an Open button carrying the form reference', () => {
    const blocks = renderBlock(EXAMPLES.form, { formRef: () => 'form-ref-1' });
    expect(JSON.stringify(blocks)).toContain('Ask the advice desk');
    expect(JSON.stringify(blocks)).toContain('Give the ticket a subject.');
    expect(blocks.at(-1)).toMatchObject({
      type: 'actions',
      elements: [{ action_id: 'ressec.open-form', value: 'form-ref-1' }],
    });
  });

  it('renders a form as a modal with one input per field and its errors', () => {
    const form = EXAMPLES.form as Extract<Block, { kind: 'form' }>;
    const modal = formModal(
      {
        ...form,
        fields: [
          ...form.fields,
          { id: 'when', label: 'When', kind: 'date', required: false, initial: '2026-09-30' },
          {
            id: 'kind',
            label: 'Kind',
            kind: 'multiselect',
            required: true,
            options: [
              { label: 'A', value: 'a' },
              { label: 'B', value: 'b' },
            ],
            initial: ['b'],
          },
        ],
      },
      '{"verb":"ticket.submit"}',
    );
    expect(modal).toMatchObject({
      type: 'modal',
      callback_id: FORM_CALLBACK_ID,
      title: { text: 'Ask the advice desk' },
      submit: { text: 'Send' },
    });
    expect(modal.private_metadata).toBe('{"verb":"ticket.submit"}');
    const inputs = modal.blocks.filter((block) => block.type === 'input');
    expect(inputs).toMatchObject([
      {
        block_id: 'subject',
        optional: false,
        element: { type: 'plain_text_input' },
        hint: { text: '⚠️ Give the ticket a subject.' },
      },
      { block_id: 'when', optional: true, element: { type: 'datepicker', initial_date: '2026-09-30' } },
      { block_id: 'kind', element: { type: 'multi_static_select', initial_options: [{ value: 'b' }] } },
    ]);
    expect(fieldErrors(form)).toEqual({ subject: 'Give the ticket a subject.' });
    expect(
      readViewValues({
        values: {
          subject: { value: { type: 'plain_text_input', value: 'Visit' } },
          when: { value: { type: 'datepicker', selected_date: '2026-10-01' } },
          kind: { value: { type: 'multi_static_select', selected_options: [{ value: 'a' }] } },
        },
      }),
    ).toEqual({ subject: 'Visit', when: '2026-10-01', kind: ['a'] });
  });

  it('renders an appraisal with its level, flags, mitigations, next steps and sources', () => {
    const text = JSON.stringify(renderBlock(EXAMPLES.appraisal));
    for (const expected of [
      'Risk appraisal: Visiting researcher check',
      '🔴 HIGH',
      '*critical technology*',
      'Limit lab access',
      'Send this to the advice desk.',
      'advice desk should see this',
      '[1] <https://example.org/guidance/1',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('renders a ticket card with subject, requester, level, flags, deadline, status and buttons', () => {
    const blocks = renderBlock(EXAMPLES.ticket);
    const text = JSON.stringify(blocks);
    for (const expected of [
      'RS-2026-0042',
      'Visiting researcher from abroad',
      '<@U0REQ0001>',
      'Desk Member',
      'high',
      '2026-09-30',
      '❓ Needs information',
      'critical technology',
    ]) {
      expect(text).toContain(expected);
    }
    expect(blocks.at(-1)).toMatchObject({
      type: 'actions',
      elements: [
        { action_id: 'ticket.claim', value: 'RS-2026-0042' },
        { action_id: 'ticket.close', style: 'danger' },
      ],
    });
  });

  it('renders context lines as context blocks', () => {
    expect(renderBlock(EXAMPLES.context)).toEqual([
      { type: 'context', elements: [{ type: 'mrkdwn', text: 'Jurisdiction: NL · Guidance as of 2026-01-01' }] },
    ]);
  });

  it('always sets fallback text', () => {
    expect(renderReply(reply(EXAMPLES.text)).text).toBe('fallback');
    expect(renderReply({ ...reply(EXAMPLES.text), fallbackText: '' }).text).toContain('loaner laptop');
  });
});

describe('Block Kit limits', () => {
  it('splits a 20,000-character answer into sections of at most 3,000 characters, losing nothing', () => {
    const paragraphs = Array.from({ length: 40 }, (_, index) => `Paragraph ${index}: ${'word '.repeat(98)}`.trim());
    const markdown = paragraphs.join('\n\n');
    expect(markdown.length).toBeGreaterThanOrEqual(20_000);
    const message = renderReply(reply({ kind: 'text', markdown }, EXAMPLES.context));
    const sections = message.blocks.filter((block) => block.type === 'section');
    expect(sections.length).toBeGreaterThanOrEqual(7);
    for (const text of texts(sections)) expect(text.length).toBeLessThanOrEqual(3_000);
    expect(texts(sections).join('\n\n')).toBe(markdown);
    expect(message.blocks.length).toBeLessThanOrEqual(50);
  });

  it('splits one unbroken 20,000-character word as well', () => {
    const sections = renderBlock({ kind: 'text', markdown: 'x'.repeat(20_000) });
    expect(sections).toHaveLength(7);
    for (const text of texts(sections)) expect(text.length).toBeLessThanOrEqual(3_000);
  });

  it('lists 30 citations within the limits', () => {
    const items = Array.from({ length: 30 }, (_, index) =>
      citation(index + 1, {
        title: `A rather long guidance title number ${index + 1} on research security and knowledge security`,
      }),
    );
    const blocks = renderBlock({ kind: 'citations', items });
    const all = texts(blocks).join('\n');
    for (let n = 1; n <= 30; n += 1) expect(all).toContain(`[${n}] <https://example.org/guidance/${n}`);
    for (const text of texts(blocks)) expect(text.length).toBeLessThanOrEqual(3_000);
    // No line (one citation) is cut between sections.
    for (const text of texts(blocks))
      for (const line of text.split('\n').slice(1)) expect(line).toMatch(/^\[\d+\] <.*> — .*, 2024-05$/);
  });

  it('keeps at most 50 blocks, says so, and keeps the trailing buttons and disclaimer', () => {
    const many: Block[] = Array.from({ length: 80 }, (_, index) => ({ kind: 'text', markdown: `Part ${index}` }));
    const message = renderReply(reply(...many, { kind: 'context', text: 'Disclaimer' }, EXAMPLES.choices));
    expect(message.blocks).toHaveLength(50);
    const serialized = JSON.stringify(message.blocks);
    expect(serialized).toContain('were too long for one Slack message');
    expect(serialized).toContain('Disclaimer');
    expect(message.blocks.at(-1)?.type).toBe('actions');
  });

  it('truncates button labels to 75 characters and splits more than 25 buttons over several action blocks', () => {
    const options = Array.from({ length: 30 }, (_, index) => ({
      label: `${'Long label '.repeat(10)}${index}`,
      verb: 'answer.ask',
      value: `q${index}`,
    }));
    const blocks = renderBlock({ kind: 'choices', display: 'buttons', options });
    expect(blocks).toHaveLength(2);
    for (const text of texts(blocks)) expect(Array.from(text).length).toBeLessThanOrEqual(75);
  });

  it('keeps the fallback text within 3,000 characters', () => {
    expect(renderReply({ ...reply(EXAMPLES.text), fallbackText: 'y'.repeat(10_000) }).text.length).toBeLessThanOrEqual(
      3_000,
    );
  });
});
