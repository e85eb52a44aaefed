import type { EscalationService } from '../escalation-service.js';

/** What the chat side of escalation needs. */
export interface EscalationDeps {
  service: EscalationService;
  deskName: string;
  now?: () => Date;
}
