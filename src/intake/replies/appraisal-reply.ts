// The finished appraisal with its actions: send to the desk, save as markdown, start again.
import type { StoredAppraisal } from '../../core/handoff.js';
import { type ChoiceOption, DISCLAIMER, type Reply } from '../../core/reply.js';
import { VERBS } from '../../core/verbs.js';
import { INTAKE_VERBS } from '../intake-verbs.js';

/** What can be done with a finished appraisal; after saving it, the same without "Save as markdown". */
export function appraisalActions(stored: StoredAppraisal, options: { save?: boolean } = {}): ChoiceOption[] {
  return [
    {
      label: 'Send to the advice desk',
      verb: VERBS.newTicket,
      value: `appraisal:${stored.intakeId}`,
      style: stored.appraisal.escalate ? 'primary' : undefined,
    },
    ...(options.save === false
      ? []
      : [{ label: 'Save as markdown', verb: INTAKE_VERBS.saveMarkdown, value: stored.intakeId }]),
    { label: 'Start again', verb: INTAKE_VERBS.start, value: stored.flow },
  ];
}

export function appraisalReply(stored: StoredAppraisal): Reply {
  const view = stored.appraisal;
  return {
    visibility: 'private',
    blocks: [
      { kind: 'appraisal', appraisal: view },
      { kind: 'choices', display: 'buttons', options: appraisalActions(stored) },
      { kind: 'context', text: DISCLAIMER },
    ],
    fallbackText: `Risk appraisal: ${stored.flowTitle}, overall ${view.level}${view.escalate ? '; the advice desk should see it' : ''}.`,
  };
}
