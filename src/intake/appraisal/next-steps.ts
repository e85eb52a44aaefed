// Next steps: the desk, the flow's forms and checks, the national contact point, and the notice the institution asks.

import { appraisalText, message } from '../../i18n/messages.js';
import { listsOf } from '../bind-lists.js';
import { type Answers, evaluateCondition } from '../condition.js';
import type { FlowDefinition } from '../flow.js';
import type { AppraisalSettings, NextStep } from './appraisal.js';

const DAY_MS = 86_400_000;

function minusDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10);
}

function deadlineStep(
  deadline: string | undefined,
  settings: AppraisalSettings,
  language: string | undefined,
): NextStep | undefined {
  if (!deadline) return undefined;
  const desk = settings.deskName;
  if (settings.noticeDays <= 0) return { text: message(language, 'deadlineEarly', { deadline, desk }), basis: [] };
  const noticeBy = minusDays(deadline, settings.noticeDays);
  const values = { deadline, desk, days: settings.noticeDays, noticeBy, institution: settings.institutionName };
  if (noticeBy < settings.today) return { text: message(language, 'deadlineTooClose', values), basis: [] };
  const institution = settings.institutionName.charAt(0).toUpperCase() + settings.institutionName.slice(1);
  return { text: message(language, 'deadlineNotice', { ...values, institution }), basis: [] };
}

export function nextSteps(
  flow: FlowDefinition,
  answers: Answers,
  escalate: boolean,
  settings: AppraisalSettings,
  language?: string,
): NextStep[] {
  const desk = settings.deskName;
  const steps: NextStep[] = [
    escalate
      ? {
          text: message(language, 'stepSendToDesk', { desk }),
          basis: [{ document: 'general-risk-mitigation-measures', section: 'mitigation is usually preferred' }],
        }
      : { text: message(language, 'stepNoReview', { desk }), basis: [] },
  ];
  const jurisdiction = settings.institutionJurisdiction;
  for (const template of flow.nextSteps) {
    if (template.escalated !== undefined && template.escalated !== escalate) continue;
    if (template.jurisdictions && jurisdiction && !template.jurisdictions.includes(jurisdiction)) continue;
    if (template.when && !evaluateCondition(template.when, answers, listsOf(flow)).holds) continue;
    steps.push({
      text: appraisalText(language, template.text).replaceAll('{desk}', desk),
      basis: template.basis ?? [],
    });
  }
  if (jurisdiction) {
    for (const contact of settings.contactPoints.filter((point) => point.jurisdiction === jurisdiction).slice(0, 1)) {
      steps.push({ text: message(language, 'stepContactPoint', { name: contact.name, url: contact.url }), basis: [] });
    }
  }
  const deadline = flow.deadlineField ? answers[flow.deadlineField] : undefined;
  const step = deadlineStep(typeof deadline === 'string' ? deadline : undefined, settings, language);
  if (step) steps.push(step);
  steps.push({ text: message(language, 'notAClearance'), basis: [] });
  return steps;
}
