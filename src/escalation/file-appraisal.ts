// Files a ticket straight from a finished appraisal (`ressec check … --escalate`). By default the submission key is
// the one "Send to the advice desk" in chat uses, so the same appraisal never becomes two tickets; a caller that
// runs the check anew each time (the CLI) passes a key of its own, such as one made from the answers.
import type { StoredAppraisal } from '../core/handoff.js';
import type { EscalationService, SubmitOutcome } from './escalation-service.js';
import type { Requester } from './ticket.js';
import { fromAppraisal, submissionKey } from './ticket-origin.js';

export function fileAppraisalTicket(
  service: EscalationService,
  appraisal: StoredAppraisal,
  requester: Requester,
  note = '',
  key?: string,
): Promise<SubmitOutcome> {
  const loaded = fromAppraisal(appraisal);
  return service.submit(key ?? submissionKey(requester, loaded.ref), {
    requester,
    origin: loaded.origin,
    subject: loaded.subject,
    note,
    deadline: loaded.deadline,
    priority: loaded.priority,
  });
}
