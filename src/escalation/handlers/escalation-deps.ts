import type { EscalationService } from '../escalation-service.js';

/** What the chat side of escalation needs. */
export interface EscalationDeps {
  service: EscalationService;
  deskName: string;
  /** The desk's stated response time ("two working days"), told to the researcher who files a ticket. */
  responseTime?: string;
  now?: () => Date;
}
