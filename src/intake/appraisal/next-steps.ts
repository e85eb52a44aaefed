// Next steps: the desk, the flow's forms and checks, the national contact point, and the notice the institution asks.

import { listsOf } from '../bind-lists.js';
import { type Answers, evaluateCondition } from '../condition.js';
import type { FlowDefinition } from '../flow.js';
import type { AppraisalSettings, NextStep } from './appraisal.js';
import { NOT_A_CLEARANCE } from './appraisal.js';

const DAY_MS = 86_400_000;

function minusDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10);
}

function deadlineStep(deadline: string | undefined, settings: AppraisalSettings): NextStep | undefined {
  if (!deadline) return undefined;
  const desk = settings.deskName;
  if (settings.noticeDays <= 0) {
    return { text: `Your deadline is ${deadline}: contact ${desk} early enough to get advice before then.`, basis: [] };
  }
  const noticeBy = minusDays(deadline, settings.noticeDays);
  if (noticeBy < settings.today) {
    return {
      text: `Your deadline (${deadline}) leaves less than the ${settings.noticeDays} days' notice ${settings.institutionName} asks for: contact ${desk} now.`,
      basis: [],
    };
  }
  const institution = settings.institutionName.charAt(0).toUpperCase() + settings.institutionName.slice(1);
  return {
    text: `${institution} asks for ${settings.noticeDays} days' notice: contact ${desk} by ${noticeBy} (your deadline is ${deadline}).`,
    basis: [],
  };
}

export function nextSteps(
  flow: FlowDefinition,
  answers: Answers,
  escalate: boolean,
  settings: AppraisalSettings,
): NextStep[] {
  const desk = settings.deskName;
  const steps: NextStep[] = [
    escalate
      ? {
          text: `Send this appraisal to ${desk} (the button below) before you commit to anything; the desk decides, usually with mitigation measures rather than a no.`,
          basis: [{ document: 'general-risk-mitigation-measures', section: 'mitigation is usually preferred' }],
        }
      : {
          text: `No desk review is suggested by these answers, but you can always send this appraisal to ${desk}.`,
          basis: [],
        },
  ];
  const jurisdiction = settings.institutionJurisdiction;
  for (const template of flow.nextSteps) {
    if (template.escalated !== undefined && template.escalated !== escalate) continue;
    if (template.jurisdictions && jurisdiction && !template.jurisdictions.includes(jurisdiction)) continue;
    if (template.when && !evaluateCondition(template.when, answers, listsOf(flow)).holds) continue;
    steps.push({ text: template.text.replaceAll('{desk}', desk), basis: template.basis ?? [] });
  }
  if (jurisdiction) {
    for (const contact of settings.contactPoints.filter((point) => point.jurisdiction === jurisdiction).slice(0, 1)) {
      steps.push({ text: `National contact point: ${contact.name} (${contact.url}).`, basis: [] });
    }
  }
  const deadline = flow.deadlineField ? answers[flow.deadlineField] : undefined;
  const step = deadlineStep(typeof deadline === 'string' ? deadline : undefined, settings);
  if (step) steps.push(step);
  steps.push({ text: NOT_A_CLEARANCE, basis: [] });
  return steps;
}
