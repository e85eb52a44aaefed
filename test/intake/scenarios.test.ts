// Every flow against its table of realistic cases (support/scenarios.ts): the level and the exact flags each case
// gets, every flag cited to the corpus, and the desk involved whenever the level is high.
import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_FLOWS } from '../../src/intake/flows/index.js';
import { runFlowNonInteractive } from '../../src/intake/run-flow-non-interactive.js';
import type { KnowledgeBase } from '../../src/knowledge/knowledge-base.js';
import { BENIGN } from './support/answer-sets.js';
import { loadCorpus, testConfig } from './support/intake-fixtures.js';
import { SCENARIOS } from './support/scenarios.js';

let knowledge: KnowledgeBase;

beforeAll(async () => {
  knowledge = await loadCorpus();
});

describe.each(ALL_FLOWS.map((flow) => [flow.id, flow] as const))('the %s flow', (flowId, flow) => {
  const scenarios = SCENARIOS[flowId] ?? [];

  it('has at least ten cases, at every level', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(10);
    expect(new Set(scenarios.map((scenario) => scenario.level))).toEqual(new Set(['low', 'medium', 'high']));
  });

  it.each(scenarios.map((scenario) => [scenario.case, scenario] as const))('%s', (_case, scenario) => {
    const result = runFlowNonInteractive(
      flow,
      { ...BENIGN[flowId], ...scenario.answers },
      { knowledge, config: testConfig() },
    );
    if (!result.ok) throw new Error(`${result.problem.field ?? ''}: ${result.problem.message}`);
    const view = result.appraisal.appraisal;
    expect(view.flags.map((flag) => flag.id).sort()).toEqual([...scenario.flags].sort());
    expect(view.level).toBe(scenario.level);
    for (const flag of view.flags) expect(flag.citations.length, `${flag.id} cites the corpus`).toBeGreaterThan(0);
    if (view.level === 'high') expect(view.escalate).toBe(true);
  });
});
