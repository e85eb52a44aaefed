// A finished check as the escalation feature reads it: the answers with their questions, the view, the deadline.
import type { Config } from '../../config.js';
import type { StoredAppraisal } from '../../core/handoff.js';
import type { KnowledgeBase } from '../../knowledge/knowledge-base.js';
import { applicableFields } from '../applicable-fields.js';
import type { Answers } from '../condition.js';
import type { FlowDefinition } from '../flow.js';
import { formatAnswer } from '../format-answer.js';
import { localiseFlow } from '../localise-flow.js';
import type { AppraisalSettings } from './appraisal.js';
import { toAppraisalView } from './appraisal-view.js';
import { appraise } from './appraise.js';

export interface CompletedIntake {
  intakeId: string;
  userId: string;
  platform: string;
  language?: string;
}

export function appraisalSettings(
  config: Pick<Config, 'desk' | 'institution' | 'policy'>,
  knowledge: KnowledgeBase,
  today: string,
): AppraisalSettings {
  return {
    deskName: config.desk.name,
    institutionName: config.institution.name,
    institutionJurisdiction: config.institution.jurisdiction,
    noticeDays: config.policy.noticeDays,
    escalateTechnologies: config.policy.escalateTechnologies,
    escalatePartners: config.policy.escalatePartners,
    contactPoints: knowledge.contactPoints,
    today,
  };
}

/** Each applicable answer with the question it answered, as the flow (English, or localised) words them. */
function answersWithQuestions(flow: FlowDefinition, answers: Answers, language?: string) {
  return applicableFields(flow, answers).map((field) => ({
    field: field.id,
    question: field.question,
    answer: formatAnswer(field, answers[field.id], language),
  }));
}

export function buildStoredAppraisal(
  flow: FlowDefinition,
  answers: Answers,
  intake: CompletedIntake,
  knowledge: KnowledgeBase,
  settings: AppraisalSettings,
  now: Date,
): StoredAppraisal {
  const appraisal = appraise(flow, answers, settings);
  // The desk reads English; the researcher reads the same flags, in the same order, in the language of the check.
  const language = intake.language;
  const researcherAppraisal =
    language && language !== 'en'
      ? toAppraisalView(flow, appraise(flow, answers, settings, language), knowledge, settings.today)
      : undefined;
  const researcherAnswers =
    language && language !== 'en' ? answersWithQuestions(localiseFlow(flow, language), answers, language) : undefined;
  const deadline = flow.deadlineField ? answers[flow.deadlineField] : undefined;
  return {
    intakeId: intake.intakeId,
    flow: flow.id,
    flowTitle: flow.title,
    answers: answersWithQuestions(flow, answers),
    appraisal: toAppraisalView(flow, appraisal, knowledge, settings.today),
    researcherAppraisal,
    researcherAnswers,
    deadline: typeof deadline === 'string' ? deadline : undefined,
    language: intake.language,
    userId: intake.userId,
    platform: intake.platform,
    completedAt: now.toISOString(),
  };
}
