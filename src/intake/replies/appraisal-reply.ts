// The finished appraisal with its actions: send to the desk, save as markdown, start again; in the researcher's
// language (the stored appraisal itself stays in English for the desk).
import type { StoredAppraisal } from '../../core/handoff.js';
import type { AppraisalView, ChoiceOption, Reply } from '../../core/reply.js';
import { VERBS } from '../../core/verbs.js';
import { appraisalLabels } from '../../i18n/appraisal-labels.js';
import { flowText, message } from '../../i18n/messages.js';
import { INTAKE_VERBS } from '../intake-verbs.js';

/** What can be done with a finished appraisal; after saving it, the same without "Save as markdown". */
export function appraisalActions(stored: StoredAppraisal, options: { save?: boolean } = {}): ChoiceOption[] {
  const language = stored.language;
  return [
    {
      label: message(language, 'sendToDesk'),
      verb: VERBS.newTicket,
      value: `appraisal:${stored.intakeId}`,
      style: stored.appraisal.escalate ? 'primary' : undefined,
    },
    ...(options.save === false
      ? []
      : [{ label: message(language, 'saveMarkdown'), verb: INTAKE_VERBS.saveMarkdown, value: stored.intakeId }]),
    { label: message(language, 'startAgain'), verb: INTAKE_VERBS.start, value: stored.flow },
  ];
}

/** The appraisal as the researcher reads it: the flow's title and the labels in the language of the check. */
export function researcherView(stored: StoredAppraisal): AppraisalView {
  const { language } = stored;
  if (language === undefined || language === 'en') return stored.appraisal;
  return {
    ...(stored.researcherAppraisal ?? stored.appraisal),
    flowTitle: flowText(language, `flows.${stored.flow}.title`, stored.appraisal.flowTitle),
    language,
  };
}

export function appraisalReply(stored: StoredAppraisal): Reply {
  const view = researcherView(stored);
  const language = stored.language;
  const english = language === undefined || language === 'en';
  const level = english ? view.level : appraisalLabels(language).level(view.level);
  return {
    visibility: 'private',
    blocks: [
      { kind: 'appraisal', appraisal: view },
      { kind: 'choices', display: 'buttons', options: appraisalActions(stored) },
      { kind: 'context', text: message(language, 'disclaimer') },
    ],
    fallbackText: message(language, view.escalate ? 'appraisalSummaryEscalate' : 'appraisalSummary', {
      flow: view.flowTitle,
      level,
    }),
  };
}
