// Property: for every flow, 1,000 random sequences of answers, junk, commands and button presses never crash the
// engine, keep the stored state valid, and always end in a valid, cited appraisal or a clean cancel.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { applicableFields, nextField } from '../../src/intake/applicable-fields.js';
import { NOT_A_CLEARANCE } from '../../src/intake/appraisal/appraisal.js';
import { appraisalSettings, buildStoredAppraisal } from '../../src/intake/appraisal/stored-appraisal.js';
import type { AnswerValue, FieldDefinition } from '../../src/intake/field.js';
import type { FlowDefinition } from '../../src/intake/flow.js';
import { ALL_FLOWS } from '../../src/intake/flows/index.js';
import { step } from '../../src/intake/intake-engine.js';
import { type IntakeEvent, interpretText } from '../../src/intake/intake-event.js';
import { type IntakeState, intakeStateSchema, newIntakeState } from '../../src/intake/intake-state.js';
import { highestLevel } from '../../src/intake/rules/risk-rule.js';
import type { KnowledgeBase } from '../../src/knowledge/knowledge-base.js';
import { loadCorpus, testConfig } from './support/intake-fixtures.js';

const NOW = new Date('2026-11-24T10:00:00Z');
const OWNER = { userId: 'property-user', platform: 'console' };
const config = testConfig({ escalateTechnologies: ['quantum'], escalatePartners: ['acme'], noticeDays: 10 });

type Move =
  | { kind: 'valid'; pick: number }
  | { kind: 'button'; field: number; pick: number }
  | { kind: 'text'; text: string }
  | { kind: 'command'; event: IntakeEvent };

const TYPED = [
  'yes',
  'no',
  'unsure',
  'maybe',
  '1',
  '3',
  '12',
  'none',
  '2, 3',
  'AI and quantum',
  '2099-01-01',
  '2001-01-01',
  'in 3 weeks',
  'Moscow, Russia',
  'Acme Robotics',
  'What is ATAS?',
  'how does the catch-all rule work',
  'change 2',
  'change nothing-like-this',
  'back',
  'skip',
  'later',
  'confirm',
  '',
  '   ',
];

const moveArbitrary: fc.Arbitrary<Move> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('valid' as const), pick: fc.nat(20) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('button' as const), field: fc.nat(30), pick: fc.nat(20) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('text' as const), text: fc.constantFrom(...TYPED) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('text' as const), text: fc.string({ maxLength: 30 }) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('command' as const),
      event: fc.constantFrom<IntakeEvent>(
        { kind: 'back' },
        { kind: 'skip' },
        { kind: 'confirm' },
        { kind: 'pause' },
        { kind: 'resume' },
        { kind: 'change', target: '1' },
        { kind: 'change', target: '4' },
      ),
    }),
  },
  { weight: 1, arbitrary: fc.constant<Move>({ kind: 'command', event: { kind: 'cancel' } }) },
);

function validAnswer(field: FieldDefinition, pick: number): AnswerValue {
  const choices = field.choices ?? [];
  switch (field.kind) {
    case 'choice':
    case 'yes-no-unsure':
      return choices[pick % choices.length]!.value;
    case 'multi': {
      const first = choices[pick % choices.length]!.value;
      const second = choices[(pick + 1) % choices.length]!.value;
      return first === 'none' || second === 'none' || pick % 2 === 0 ? [first] : [first, second];
    }
    case 'date':
      return `2099-0${(pick % 9) + 1}-1${pick % 10}`;
    case 'text':
      return pick % 3 === 0 ? 'Acme Robotics' : pick % 3 === 1 ? 'Minsk, Belarus' : `Example Organisation ${pick}`;
  }
}

function toEvent(move: Move, flow: FlowDefinition, state: IntakeState): IntakeEvent {
  switch (move.kind) {
    case 'valid': {
      const field = nextField(flow, state);
      return field ? { kind: 'answer', input: validAnswer(field, move.pick) } : { kind: 'confirm' };
    }
    case 'button': {
      const field = flow.fields[move.field % flow.fields.length]!;
      return { kind: 'answer', input: validAnswer(field, move.pick), fieldId: field.id };
    }
    case 'text':
      return interpretText(move.text, nextField(flow, state) === undefined);
    case 'command':
      return move.event;
  }
}

type Ending = { kind: 'cancelled' } | { kind: 'complete'; answers: Record<string, AnswerValue>; state: IntakeState };

/** Applies one event as the session does, with a JSON round trip standing in for the keyv store. */
function apply(flow: FlowDefinition, state: IntakeState, event: IntakeEvent): { state: IntakeState; ending?: Ending } {
  const result = step(flow, state, event, NOW);
  const stored = intakeStateSchema.parse(JSON.parse(JSON.stringify(result.state)));
  const outcome = result.outcome;
  if (outcome.kind === 'ask') {
    expect(applicableFields(flow, stored.answers).map((field) => field.id)).toContain(outcome.field.id);
  }
  if (outcome.kind === 'cancelled') return { state: stored, ending: { kind: 'cancelled' } };
  if (outcome.kind === 'complete')
    return { state: stored, ending: { kind: 'complete', answers: outcome.answers, state: stored } };
  return { state: stored };
}

function finish(flow: FlowDefinition, start: IntakeState): Ending {
  let state = start;
  for (let guard = 0; guard < flow.fields.length * 3 + 3; guard += 1) {
    const field = nextField(flow, state);
    const event: IntakeEvent = field ? { kind: 'answer', input: validAnswer(field, guard) } : { kind: 'confirm' };
    const applied = apply(flow, state, event);
    if (applied.ending) return applied.ending;
    state = applied.state;
  }
  throw new Error(`the ${flow.id} intake did not finish`);
}

let knowledge: KnowledgeBase;

beforeAll(async () => {
  knowledge = await loadCorpus();
});

function checkAppraisal(flow: FlowDefinition, ending: Extract<Ending, { kind: 'complete' }>): void {
  const settings = appraisalSettings(config, knowledge, '2026-11-24');
  const stored = buildStoredAppraisal(flow, ending.answers, ending.state, knowledge, settings, NOW);
  const view = stored.appraisal;
  expect(['low', 'medium', 'high']).toContain(view.level);
  expect(view.level).toBe(highestLevel(view.flags.map((flag) => flag.level)));
  expect(typeof view.escalate).toBe('boolean');
  if (view.level === 'high') expect(view.escalate).toBe(true);
  expect(view.citations.map((citation) => citation.n)).toEqual(view.citations.map((_citation, index) => index + 1));
  for (const flag of view.flags) {
    expect(flag.reason.trim().length).toBeGreaterThan(10);
    expect(flag.reason).not.toContain('{match}');
    expect(flag.citations.length).toBeGreaterThan(0);
    for (const n of flag.citations) expect(n).toBeLessThanOrEqual(view.citations.length);
  }
  expect(view.nextSteps.at(-1)).toBe(NOT_A_CLEARANCE);
  const applicable = applicableFields(flow, ending.answers).map((field) => field.id);
  expect(stored.answers.map((answer) => answer.field)).toEqual(applicable);
}

describe.each(ALL_FLOWS.map((flow) => [flow.id, flow] as const))('random walks through the %s flow', (_id, flow) => {
  it('never crash and end in a valid appraisal or a clean cancel', () => {
    fc.assert(
      fc.property(fc.array(moveArbitrary, { maxLength: 40 }), (moves) => {
        let state = newIntakeState(flow.id, OWNER, NOW);
        let ending: Ending | undefined;
        for (const move of moves) {
          const applied = apply(flow, state, toEvent(move, flow, state));
          state = applied.state;
          ending = applied.ending;
          if (ending) break;
        }
        ending ??= finish(flow, state);
        if (ending.kind === 'complete') checkAppraisal(flow, ending);
      }),
      { numRuns: 1_000 },
    );
  });
});
