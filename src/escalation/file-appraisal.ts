// Files a ticket straight from a finished appraisal (`ressec check … --escalate`), with the same submission key
// as "Send to the advice desk" in chat, so the same appraisal never becomes two tickets.
import type { StoredAppraisal } from '../core/handoff.js';
import type { EscalationService, SubmitOutcome } from './escalation-service.js';
import type { Requester } from './ticket.js';
import { fromAppraisal, submissionKey } from './ticket-origin.js';

export function fileAppraisalTicket(
  service: EscalationService,
  appraisal: StoredAppraisal,
  requester: Requester,
  note = '',
): Promise<SubmitOutcome> {
  const loaded = fromAppraisal(appraisal);
  return service.submit(submissionKey(requester, loaded.ref), {
    requester,
    origin: loaded.origin,
    subject: loaded.subject,
    note,
    deadline: loaded.deadline,
    priority: loaded.priority,
  });
}
