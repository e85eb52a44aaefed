// A flow changed while an intake is in progress (a deploy between two turns): answers are kept by field id, answers
// to removed fields are dropped, answers that no longer fit are asked again, and new fields are asked.
import { describe, expect, it } from 'vitest';
import { MemoryStateStore } from '../../src/core/state-store.js';
import { choiceField, yesNoUnsure } from '../../src/intake/field-builders.js';
import type { FlowDefinition } from '../../src/intake/flow.js';
import { ALL_FLOWS } from '../../src/intake/flows/index.js';
import { travelFlow } from '../../src/intake/flows/travel.js';
import { intakeHarness, textOf } from './support/intake-fixtures.js';
import { activeIntake, appraisalIn } from './support/walk-flow.js';

function changedTravel(): FlowDefinition {
  const fields = travelFlow.fields
    .filter((field) => field.id !== 'devices')
    .map((field) =>
      field.id === 'trip-purpose'
        ? choiceField({
            ...field,
            choices: [
              { value: 'conference', label: 'Conference' },
              { value: 'research-stay', label: 'Research stay' },
            ],
          })
        : field,
    );
  const extra = yesNoUnsure({
    id: 'insurance',
    label: 'Travel insurance',
    question: 'Do you have travel insurance?',
    help: 'New question.',
  });
  return { ...travelFlow, fields: [fields[0]!, extra, ...fields.slice(1)] };
}

describe('a flow changed under a live intake', () => {
  it('keeps valid answers by field id, drops removed and no longer valid ones, and asks new questions', async () => {
    const state = new MemoryStateStore();
    const before = await intakeHarness({ state });
    await before.say('check travel');
    for (const text of ['fieldwork', 'Canada', 'work laptop', 'no']) await before.say(text);
    expect((await activeIntake(before))?.answers).toEqual({
      'trip-purpose': 'fieldwork',
      'destination-country': 'Canada',
      devices: ['work-laptop'],
      'sensitive-data': 'no',
    });

    const changed = changedTravel();
    const after = await intakeHarness({
      state,
      flows: ALL_FLOWS.map((flow) => (flow.id === 'travel' ? changed : flow)),
    });
    // The stored "fieldwork" no longer fits the new choices, so the first question comes back.
    const resumed = await after.say('check');
    expect(textOf(resumed)).toMatch(/unfinished \*\*Travel check\*\* \(question 1 of/);
    const next = await after.say('research stay');
    expect(textOf(next)).toMatch(/Do you have travel insurance/);
    await after.say('yes');
    const intake = await activeIntake(after);
    expect(intake?.answers).toEqual({
      'trip-purpose': 'research-stay',
      insurance: 'yes',
      'destination-country': 'Canada',
      'sensitive-data': 'no',
    });
    for (const text of ['none', 'yes', 'skip']) await after.say(text);
    const done = await after.say('confirm');
    const appraisal = appraisalIn(done);
    expect(appraisal?.flow).toBe('travel');
    expect(appraisal?.level).toBe('low');
  });
});
