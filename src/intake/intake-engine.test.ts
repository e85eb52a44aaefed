import { describe, expect, it } from 'vitest';
import { choiceField, dateField, textField, yesNoUnsure } from './field-builders.js';
import type { FlowDefinition } from './flow.js';
import { currentStep, MAX_FAILED_TRIES, type StepResult, step } from './intake-engine.js';
import type { IntakeEvent } from './intake-event.js';
import { type IntakeState, newIntakeState } from './intake-state.js';

const flow: FlowDefinition = {
  id: 'demo',
  title: 'Demo check',
  summary: 'a demo',
  aliases: [],
  rules: [],
  combinations: [],
  nextSteps: [],
  fields: [
    choiceField({
      id: 'kind',
      label: 'Kind',
      question: 'Kind?',
      help: '',
      choices: [
        { value: 'visit', label: 'Visit' },
        { value: 'trip', label: 'Trip' },
      ],
    }),
    textField({
      id: 'host',
      label: 'Host organisation',
      question: 'Which host?',
      help: '',
      when: { field: 'kind', in: ['visit'] },
    }),
    yesNoUnsure({ id: 'data', label: 'Data', question: 'Data?', help: '' }),
    dateField({ id: 'deadline', label: 'Deadline', question: 'When?', help: '', optional: true }),
  ],
};

const now = new Date('2026-11-24T10:00:00Z');
const owner = { userId: 'u1', platform: 'console' };

function run(events: IntakeEvent[], start: IntakeState = newIntakeState('demo', owner, now)): StepResult {
  let result: StepResult = { state: start, outcome: currentStep(flow, start) };
  for (const event of events) result = step(flow, result.state, event, now);
  return result;
}

const answer = (input: string, fieldId?: string): IntakeEvent => ({ kind: 'answer', input, fieldId });
const askedField = (result: StepResult) =>
  result.outcome.kind === 'ask' ? result.outcome.field.id : result.outcome.kind;

describe('the intake engine', () => {
  it('asks the first applicable field without a valid answer, skipping fields whose condition fails', () => {
    expect(askedField(run([]))).toBe('kind');
    expect(askedField(run([answer('visit')]))).toBe('host');
    expect(askedField(run([answer('trip')]))).toBe('data');
  });

  it('stores answers by field id', () => {
    const result = run([answer('Visit'), answer('Example Lab'), answer('no')]);
    expect(result.state.answers).toEqual({ kind: 'visit', host: 'Example Lab', data: 'no' });
  });

  it('asks again with the reason, and offers the desk after three failed tries', () => {
    const once = run([answer('trip'), answer('perhaps a bit')]);
    expect(once.outcome).toMatchObject({ kind: 'ask', field: { id: 'data' }, offerDesk: false });
    if (once.outcome.kind === 'ask') expect(once.outcome.problem).toMatch(/Yes, No, Unsure/);
    const thrice = run([answer('trip'), ...Array.from({ length: MAX_FAILED_TRIES }, () => answer('perhaps a bit'))]);
    expect(thrice.outcome).toMatchObject({ kind: 'ask', field: { id: 'data' }, offerDesk: true });
    expect(thrice.state.failures).toBeUndefined();
  });

  it('reads a question that is not an answer as a side question, without counting a failure', () => {
    const result = run([answer('trip'), answer('What does unsure mean here?')]);
    expect(result.outcome).toEqual({ kind: 'side-question', question: 'What does unsure mean here?' });
    expect(result.state.failures).toBeUndefined();
  });

  it('goes back to the previous answered question, and again to the one before', () => {
    const once = run([answer('visit'), answer('Example Lab'), { kind: 'back' }]);
    expect(askedField(once)).toBe('host');
    const twice = step(flow, once.state, { kind: 'back' }, now);
    expect(askedField(twice)).toBe('kind');
    const first = step(flow, twice.state, { kind: 'back' }, now);
    expect(first.outcome).toMatchObject({ kind: 'ask', field: { id: 'kind' }, note: 'This is the first question.' });
  });

  it('returns to the first open question after a correction', () => {
    const result = run([
      answer('visit'),
      answer('Example Lab'),
      { kind: 'change', target: 'host' },
      answer('Other Lab'),
    ]);
    expect(result.state.answers.host).toBe('Other Lab');
    expect(askedField(result)).toBe('data');
  });

  it('takes a button answer to an earlier question as a correction', () => {
    const result = run([answer('visit'), answer('Example Lab'), answer('trip', 'kind')]);
    expect(result.state.answers.kind).toBe('trip');
    expect(result.outcome).toMatchObject({ kind: 'ask', field: { id: 'data' }, note: 'Updated: Kind.' });
  });

  it('skips optional fields only', () => {
    const required = run([answer('trip'), { kind: 'skip' }]);
    expect(required.outcome).toMatchObject({ kind: 'ask', field: { id: 'data' } });
    const optional = run([answer('trip'), answer('no'), { kind: 'skip' }]);
    expect(optional.outcome.kind).toBe('review');
    expect(optional.state.skipped).toEqual(['deadline']);
  });

  it('completes only from the summary, with the answers of applicable fields', () => {
    const early = run([answer('visit'), { kind: 'confirm' }]);
    expect(early.outcome).toMatchObject({ kind: 'ask', note: 'A few questions are still open.' });
    const done = run([
      answer('visit'),
      answer('Example Lab'),
      answer('no'),
      { kind: 'skip' },
      answer('trip', 'kind'),
      { kind: 'confirm' },
    ]);
    expect(done.outcome).toEqual({ kind: 'complete', answers: { kind: 'trip', data: 'no' } });
  });

  it('resolves change targets by number, id or label words', () => {
    const base = run([answer('visit'), answer('Example Lab'), answer('no'), { kind: 'skip' }]).state;
    expect(askedField(step(flow, base, { kind: 'change', target: '2' }, now))).toBe('host');
    expect(askedField(step(flow, base, { kind: 'change', target: 'data' }, now))).toBe('data');
    expect(askedField(step(flow, base, { kind: 'change', target: 'organisation' }, now))).toBe('host');
    expect(step(flow, base, { kind: 'change', target: 'colour' }, now).outcome).toMatchObject({ kind: 'review' });
  });

  it('cancels, pauses and resumes as data', () => {
    expect(run([{ kind: 'cancel' }]).outcome).toEqual({ kind: 'cancelled' });
    const paused = run([answer('trip'), { kind: 'pause' }]);
    expect(paused.state.paused).toBe(true);
    const resumed = step(flow, paused.state, { kind: 'resume' }, now);
    expect(resumed.state.paused).toBe(false);
    expect(askedField(resumed)).toBe('data');
  });

  it('keeps working when the flow changed: removed fields dropped, invalid answers asked again, new fields asked', () => {
    const stored = run([answer('visit'), answer('Example Lab'), answer('no')]).state;
    const changed: FlowDefinition = {
      ...flow,
      fields: [
        choiceField({
          id: 'kind',
          label: 'Kind',
          question: 'Kind?',
          help: '',
          choices: [
            { value: 'hosting', label: 'Hosting' },
            { value: 'trip', label: 'Trip' },
          ],
        }),
        yesNoUnsure({ id: 'new-question', label: 'New', question: 'New?', help: '' }),
        yesNoUnsure({ id: 'data', label: 'Data', question: 'Data?', help: '' }),
      ],
    };
    const first = step(changed, stored, answer('trip'), now);
    expect(first.state.answers).toEqual({ kind: 'trip', data: 'no' });
    expect(askedField(first)).toBe('new-question');
  });
});
