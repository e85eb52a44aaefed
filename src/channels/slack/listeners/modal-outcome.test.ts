import { describe, expect, it } from 'vitest';
import type { Reply } from '../../../core/reply.js';
import { modalOutcome } from './modal-outcome.js';

const form = (verb: string, error?: string): Reply => ({
  visibility: 'private',
  blocks: [
    {
      kind: 'form',
      verb,
      title: 'T',
      submitLabel: 'Go',
      fields: [{ id: 'f', label: 'F', kind: 'text', required: true, error }],
    },
  ],
  fallbackText: 'T',
});
const text: Reply = { visibility: 'private', blocks: [{ kind: 'text', markdown: 'Done' }], fallbackText: 'Done' };

describe('modal outcome', () => {
  it('shows errors of the submitted form on its fields', () => {
    expect(modalOutcome([form('x.submit', 'Required.')], 'x.submit')).toEqual({
      kind: 'errors',
      errors: { f: 'Required.' },
      rest: [],
    });
  });

  it('replaces the modal with the next form and delivers the rest', () => {
    const next = form('x.next');
    expect(modalOutcome([text, next], 'x.submit')).toEqual({
      kind: 'next',
      reply: next,
      form: next.blocks[0],
      rest: [text],
    });
  });

  it('closes the modal when no form follows', () => {
    expect(modalOutcome([text], 'x.submit')).toEqual({ kind: 'close', rest: [text] });
  });
});
