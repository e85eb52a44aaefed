// Who may see and do what: desk members (config `<platform>:<userId>` entries) see all tickets and act on them;
// a requester sees only their own; nobody else sees any.
import type { Party, Ticket } from './ticket.js';

export class DeskRoster {
  private readonly members: Set<string>;

  constructor(members: readonly string[]) {
    this.members = new Set(members.map((member) => member.trim()).filter((member) => member.length > 0));
  }

  isDesk(party: Pick<Party, 'platform' | 'userId'>): boolean {
    return this.members.has(`${party.platform}:${party.userId}`);
  }

  isRequester(party: Pick<Party, 'platform' | 'userId'>, ticket: Ticket): boolean {
    return ticket.requester.platform === party.platform && ticket.requester.userId === party.userId;
  }

  canView(party: Pick<Party, 'platform' | 'userId'>, ticket: Ticket): boolean {
    return this.isDesk(party) || this.isRequester(party, ticket);
  }
}
