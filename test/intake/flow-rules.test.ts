// Every flow walked end to end through the router, table-driven: each rule fires in one walk and stays silent in
// the benign walk, and the benign walk ends low with no desk review.
import { describe, expect, it } from 'vitest';
import { ALL_FLOWS } from '../../src/intake/flows/index.js';
import { BENIGN, FIRES } from './support/answer-sets.js';
import { intakeHarness } from './support/intake-fixtures.js';
import { walkFlow } from './support/walk-flow.js';

const ruleIds = (flowId: string) => {
  const flow = ALL_FLOWS.find((candidate) => candidate.id === flowId);
  return [...(flow?.rules.map((rule) => rule.id) ?? []), ...(flow?.combinations.map((rule) => rule.id) ?? [])];
};

describe.each(ALL_FLOWS.map((flow) => [flow.id, flow] as const))('the %s flow', (flowId, flow) => {
  it('has an answer set for every rule in the table', () => {
    expect(Object.keys(FIRES[flowId] ?? {}).sort()).toEqual(ruleIds(flowId).sort());
  });

  it('raises no flag on benign answers and needs no desk review', async () => {
    const { appraisal } = await walkFlow(await intakeHarness(), flow, BENIGN[flowId] ?? {});
    expect(appraisal.flags).toEqual([]);
    expect(appraisal.level).toBe('low');
    expect(appraisal.escalate).toBe(false);
    expect(appraisal.nextSteps.at(-1)).toMatch(/does not clear or forbid/);
  });

  it.each(Object.entries(FIRES[flowId] ?? {}))('fires %s when its answers say so', async (ruleId, changes) => {
    const { appraisal } = await walkFlow(await intakeHarness(), flow, { ...BENIGN[flowId], ...changes });
    const flag = appraisal.flags.find((candidate) => candidate.id === ruleId);
    expect(flag, `${ruleId} should fire`).toBeDefined();
    expect(flag?.reason.length).toBeGreaterThan(10);
    expect(flag?.citations.length, `${ruleId} cites the corpus`).toBeGreaterThan(0);
    const levels = appraisal.flags.map((candidate) => candidate.level);
    expect(appraisal.level).toBe(levels.includes('high') ? 'high' : levels.includes('medium') ? 'medium' : 'low');
    if (appraisal.level === 'high') expect(appraisal.escalate).toBe(true);
  });
});
