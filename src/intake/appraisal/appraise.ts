// The appraisal: flags from the flow's rules and the institution's policy, the overall level, mitigations, next steps.
import type { Answers } from '../condition.js';
import type { FlowDefinition } from '../flow.js';
import { highestLevel, levelRank } from '../rules/risk-rule.js';
import type { Appraisal, AppraisalSettings } from './appraisal.js';
import { nextSteps } from './next-steps.js';
import { policyFlags } from './policy-flags.js';
import { raiseFlags } from './raise-flags.js';

/** The appraisal in `language` (English, the desk's copy, without one); the same flags and level in every language. */
export function appraise(
  flow: FlowDefinition,
  answers: Answers,
  settings: AppraisalSettings,
  language?: string,
): Appraisal {
  const flags = [...raiseFlags(flow, answers, language), ...policyFlags(flow, answers, settings, language)].sort(
    (left, right) => levelRank(right.level) - levelRank(left.level),
  );
  const level = highestLevel(flags.map((flag) => flag.level));
  const escalate = level === 'high' || flags.some((flag) => flag.escalate);
  const mitigations = [...new Set(flags.flatMap((flag) => flag.mitigations))];
  return {
    flowId: flow.id,
    level,
    flags,
    mitigations,
    nextSteps: nextSteps(flow, answers, escalate, settings, language),
    escalate,
  };
}
