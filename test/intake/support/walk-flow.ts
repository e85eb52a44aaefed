// Walks a flow through the real router, answering each question it asks from a table of answers by field id.
import type { AppraisalView, Reply } from '../../../src/core/reply.js';
import { nextField } from '../../../src/intake/applicable-fields.js';
import type { AnswerValue } from '../../../src/intake/field.js';
import type { FlowDefinition } from '../../../src/intake/flow.js';
import { intakeStateSchema } from '../../../src/intake/intake-state.js';
import { activeIntakeKey } from '../../../src/intake/intake-store.js';
import type { Harness } from './intake-fixtures.js';

const TEST_CONVERSATION = {
  platform: 'console',
  user: { id: 'researcher-1' },
  conversation: { id: 'dm-1', kind: 'dm' },
} as const;

export async function activeIntake(harness: Harness) {
  const stored = await harness.state.get<unknown>(activeIntakeKey(TEST_CONVERSATION));
  return stored === undefined ? undefined : intakeStateSchema.parse(stored);
}

export function appraisalIn(replies: Reply[]): AppraisalView | undefined {
  for (const reply of replies) {
    for (const block of reply.blocks) if (block.kind === 'appraisal') return block.appraisal;
  }
  return undefined;
}

/** Starts the flow, answers every question asked (skipping optional ones left out), confirms, returns the view. */
export async function walkFlow(
  harness: Harness,
  flow: FlowDefinition,
  answers: Record<string, AnswerValue>,
): Promise<{ appraisal: AppraisalView; asked: string[] }> {
  let replies = await harness.say(`check ${flow.id}`);
  const asked: string[] = [];
  for (let guard = 0; guard < flow.fields.length * 2 + 4; guard += 1) {
    const state = await activeIntake(harness);
    if (!state) break;
    const field = nextField(flow, state);
    if (!field) {
      replies = await harness.say('confirm');
      continue;
    }
    asked.push(field.id);
    const answer = answers[field.id];
    if (answer === undefined) {
      if (!field.optional) throw new Error(`the answer table has no answer for "${field.id}" (${flow.id})`);
      replies = await harness.say('skip');
    } else {
      replies = await harness.say(Array.isArray(answer) ? answer.join(', ') : answer);
    }
  }
  const appraisal = appraisalIn(replies);
  if (!appraisal) throw new Error(`the ${flow.id} walk did not end in an appraisal`);
  return { appraisal, asked };
}
