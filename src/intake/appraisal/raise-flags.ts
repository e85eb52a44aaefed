// Runs a flow's rules over the answers: each rule that holds becomes a flag; combinations fire on top.

import { appraisalText, message } from '../../i18n/messages.js';
import { listsOf } from '../bind-lists.js';
import { type Answers, evaluateCondition } from '../condition.js';
import type { DataLists } from '../data/lists.js';
import type { FlowDefinition } from '../flow.js';
import { levelRank, type RiskRule } from '../rules/risk-rule.js';
import type { RaisedFlag } from './appraisal.js';

function fromRule(rule: RiskRule, answers: Answers, lists: DataLists, language?: string): RaisedFlag | undefined {
  const match = evaluateCondition(rule.when, answers, lists);
  if (!match.holds) return undefined;
  const names = [...new Set(match.listMatches)];
  // A built-in list's details have their translation in the catalogs; an institution's own stay as it wrote them.
  const texts = lists.entryTexts(names, (detail) => appraisalText(language, detail));
  // Placeholders are filled from the data lists only, never from what the user typed.
  const fill = (text: string) =>
    appraisalText(language, text)
      .replace('{match}', names.join(', '))
      .replace('{detail}', texts.detail)
      .replace('{advice}', texts.advice);
  const unsure = match.fields.some((field) => answers[field] === 'unsure');
  return {
    id: rule.id,
    factor: rule.factor,
    level: rule.level,
    reason: `${fill(rule.reason)}${unsure ? message(language, 'flagUnsureNote') : ''}`,
    basis: rule.basis,
    mitigations: rule.mitigations.map(fill),
    escalate: rule.escalate === true,
  };
}

/** The flags in `language` (English, the desk's copy, without one). */
export function raiseFlags(flow: FlowDefinition, answers: Answers, language?: string): RaisedFlag[] {
  const flags = flow.rules
    .map((rule) => fromRule(rule, answers, listsOf(flow), language))
    .filter((flag): flag is RaisedFlag => !!flag);
  for (const combination of flow.combinations) {
    const counted = flags.filter((flag) => levelRank(flag.level) >= levelRank(combination.minimumLevel));
    const holds = combination.requires.every((group) =>
      counted.some((flag) => group.some((factor) => factor === flag.factor)),
    );
    if (!holds) continue;
    flags.push({
      id: combination.id,
      factor: 'combination',
      level: combination.level,
      reason: appraisalText(language, combination.reason),
      basis: combination.basis,
      mitigations: combination.mitigations.map((text) => appraisalText(language, text)),
      escalate: combination.escalate === true,
    });
  }
  return flags;
}
