import { describe, expect, it } from 'vitest';
import { conditionFields } from '../condition.js';
import { ALL_FLOWS, findFlow } from './index.js';

describe.each(ALL_FLOWS.map((flow) => [flow.id, flow] as const))('the %s flow definition', (_id, flow) => {
  const ids = flow.fields.map((field) => field.id);

  it('has unique field ids and unique rule ids', () => {
    expect(new Set(ids).size).toBe(ids.length);
    const rules = [...flow.rules, ...flow.combinations].map((rule) => rule.id);
    expect(new Set(rules).size).toBe(rules.length);
  });

  it('conditions of a field read only earlier fields', () => {
    flow.fields.forEach((field, index) => {
      for (const read of field.when ? conditionFields(field.when) : []) {
        expect(ids.slice(0, index), `${field.id} reads ${read}`).toContain(read);
      }
    });
  });

  it('rules and next steps read only fields of the flow, with values those fields can hold', () => {
    const conditions = [
      ...flow.rules.map((rule) => rule.when),
      ...flow.nextSteps.flatMap((step) => (step.when ? [step.when] : [])),
    ];
    for (const condition of conditions) {
      for (const read of conditionFields(condition)) expect(ids).toContain(read);
    }
    for (const rule of flow.rules) {
      const json = JSON.stringify(rule.when);
      for (const match of json.matchAll(/"field":"([^"]+)","in":\[([^\]]*)\]/g)) {
        const field = flow.fields.find((candidate) => candidate.id === match[1]);
        const values = JSON.parse(`[${match[2]}]`) as string[];
        const allowed = field?.choices?.map((choice) => choice.value) ?? [];
        for (const value of values) expect(allowed, `${rule.id}: ${match[1]}=${value}`).toContain(value);
      }
    }
  });

  it('asks for an optional deadline for the desk', () => {
    const deadline = flow.fields.find((field) => field.id === flow.deadlineField);
    expect(deadline).toMatchObject({ kind: 'date', optional: true });
  });

  it('asks about organisations, countries and technologies, never about nationality', () => {
    for (const field of flow.fields) {
      expect(`${field.question} ${field.label}`).not.toMatch(
        /nationalit|citizenship|passport|ethnic|where (was|were) .* born/i,
      );
    }
  });

  it('gives every field help text and every choice a label', () => {
    for (const field of flow.fields) {
      expect(field.help.length, field.id).toBeGreaterThan(5);
      for (const choice of field.choices ?? []) expect(choice.label.length).toBeGreaterThan(0);
      if (field.kind === 'multi') {
        // Several picks are split on commas, slashes and "and", so labels must not contain them.
        for (const choice of field.choices ?? []) expect(choice.label, choice.value).not.toMatch(/,|\/|\band\b/);
      }
    }
  });
});

describe('finding a flow', () => {
  it('by id or alias, case-insensitively', () => {
    expect(findFlow(ALL_FLOWS, 'Export')?.id).toBe('sharing');
    expect(findFlow(ALL_FLOWS, 'trip')?.id).toBe('travel');
    expect(findFlow(ALL_FLOWS, 'weather')).toBeUndefined();
  });
});
