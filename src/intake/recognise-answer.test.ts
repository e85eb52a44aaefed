import { describe, expect, it } from 'vitest';
import { BUILT_IN_LISTS } from './data/lists.js';
import { choiceField, dateField, multiField, textField, yesNoUnsure } from './field-builders.js';
import { recogniseAnswer } from './recognise-answer.js';
import { readAnswer } from './validate-answer.js';

const yesNo = yesNoUnsure({ id: 'q', label: 'Q', question: 'Q?', help: '' });
const kind = choiceField({
  id: 'kind',
  label: 'Kind',
  question: 'Kind?',
  help: '',
  choices: [
    { value: 'university', label: 'University' },
    { value: 'company', label: 'Company', synonyms: ['firm'] },
    { value: 'other', label: 'Other' },
  ],
});
const areas = multiField({
  id: 'areas',
  label: 'Areas',
  question: 'Areas?',
  help: '',
  choices: BUILT_IN_LISTS.technologyChoices(),
});
const when = dateField({ id: 'when', label: 'When', question: 'When?', help: '' });
const name = textField({ id: 'name', label: 'Name', question: 'Name?', help: '' });
const now = new Date('2026-11-24T10:00:00Z');

describe('recognising answers', () => {
  it.each([
    ['Yes', 'yes'],
    ['y', 'yes'],
    ['NO.', 'no'],
    ["don't know", 'unsure'],
    ['not sure', 'unsure'],
    ['3', 'unsure'],
  ])('reads %s as %s on a yes/no/unsure question', (typed, value) => {
    expect(recogniseAnswer(yesNo, typed, now)).toEqual({ ok: true, value });
  });

  it('reads a choice by number, label, value, synonym or unique prefix', () => {
    for (const typed of ['2', 'Company', 'company', 'firm', 'comp']) {
      expect(recogniseAnswer(kind, typed, now)).toEqual({ ok: true, value: 'company' });
    }
  });

  it('says why when nothing matches', () => {
    const result = recogniseAnswer(kind, 'a bakery', now);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/University, Company, Other/);
  });

  it('reads several picks from numbers, labels, aliases and "and"', () => {
    expect(recogniseAnswer(areas, '2, 3', now)).toEqual({ ok: true, value: ['artificial-intelligence', 'quantum'] });
    expect(recogniseAnswer(areas, 'AI and quantum computing', now)).toEqual({
      ok: true,
      value: ['artificial-intelligence', 'quantum'],
    });
    expect(recogniseAnswer(areas, ['energy', 'robotics'], now)).toEqual({
      ok: true,
      value: ['energy', 'robotics-autonomous-systems'],
    });
  });

  it('reads dates in ISO, European and relative forms', () => {
    expect(recogniseAnswer(when, '2027-3-5', now)).toEqual({ ok: true, value: '2027-03-05' });
    expect(recogniseAnswer(when, '05/03/2027', now)).toEqual({ ok: true, value: '2027-03-05' });
    expect(recogniseAnswer(when, 'in 2 weeks', now)).toEqual({ ok: true, value: '2026-12-08' });
    expect(recogniseAnswer(when, 'soonish', now).ok).toBe(false);
  });
});

describe('validating recognised answers', () => {
  it('rejects "none" combined with other picks', () => {
    const result = readAnswer(areas, '2, 11', now);
    expect(result).toMatchObject({ ok: false, reason: '"None of these" cannot be combined with other options.' });
  });

  it('rejects impossible and past dates with a reason', () => {
    expect(readAnswer(when, '2027-02-30', now)).toMatchObject({
      ok: false,
      reason: 'That is not a calendar date; please use YYYY-MM-DD.',
    });
    expect(readAnswer(when, '2001-01-01', now)).toMatchObject({
      ok: false,
      reason: 'That date has passed; please give a future date.',
    });
  });

  it('trims text and asks for more than one character', () => {
    expect(readAnswer(name, '  Example   University ', now)).toEqual({ ok: true, value: 'Example University' });
    expect(readAnswer(name, 'x', now).ok).toBe(false);
  });
});
