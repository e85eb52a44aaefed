import { describe, expect, it } from 'vitest';
import { durationAspects, questionAsks, sentenceFacts } from './fact-kinds.js';

describe('fact kinds', () => {
  it('reads a person in a role as the answer to "who"', () => {
    expect(questionAsks('who was its president when the note came out?')).toContain('body');
    expect(sentenceFacts('CESAER President Orla Feely described research security as a shared endeavour.')).toContain(
      'body',
    );
    expect(sentenceFacts('The working group was coordinated by Francesco Cupertino.')).toContain('body');
    expect(sentenceFacts('The workshop lasts ninety minutes.')).not.toContain('body');
  });

  it('treats what something takes and how long its decision takes as one aspect, validity as another', () => {
    const asked = durationAspects('how long does it take');
    expect([...durationAspects('Allow at least 20 working days for an ATAS decision.')]).toEqual(
      expect.arrayContaining([...asked]),
    );
    expect(durationAspects('A certificate is valid for six months.')).toEqual(new Set(['validity']));
  });
});
