// How to reach a person or a conversation later (a proactive notification, an answer after a restart): the
// serviceUrl, tenant and member id Teams gave with a validated activity, stored at install or first contact. They
// come from the origin a verified activity left on its inbox entry, written by the answering side before it posts
// anything for that turn, so a URL from an unverified body never gets a token and acknowledging never waits on it.
// The rows live in SQLite or, with RESSEC_DATABASE_URL, in PostgreSQL, where every replica reads what any wrote.
import type { Logger } from '../../../log.js';
import type { ConversationReference, PersonReference, ReferenceRows } from './reference-rows.js';

export type { ConversationReference, PersonReference } from './reference-rows.js';

export class ConversationReferences {
  /** What was last written, so a busy conversation costs one write, not one per activity. */
  private readonly written = new Map<string, string>();
  /** References waiting for the next write: one transaction for all that arrived in the same turn of the loop. */
  private readonly waitingPeople = new Map<string, PersonReference>();
  private readonly waitingConversations = new Map<string, ConversationReference>();
  /** The write the waiting references go into, once this turn of the loop is over. */
  private next?: Promise<void>;
  private flushing?: Promise<void>;

  constructor(
    private readonly rows: ReferenceRows,
    private readonly log?: Logger,
  ) {}

  /**
   * Writes both at the end of this turn of the event loop, together with the others that arrive meanwhile: turns
   * answered together cost one short transaction, and a known reference none. Resolves once written; a failed write
   * is logged, and the reply that needed it finds no reference and is tried again.
   */
  remember(person: PersonReference, conversation: ConversationReference): Promise<void> {
    const fresh =
      this.written.get(personKey(person)) !== personFingerprint(person) ||
      this.written.get(conversationKey(conversation)) !== conversationFingerprint(conversation);
    if (!fresh) return Promise.resolve();
    this.waitingPeople.set(person.userId, person);
    this.waitingConversations.set(conversation.conversationId, conversation);
    this.next ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
      this.next = undefined;
      return this.flush();
    });
    return this.next;
  }

  /** Resolves once every reference handed to remember so far is written (or its write failed and was logged). */
  async settled(): Promise<void> {
    await this.next;
    await this.flushing;
  }

  rememberPerson(person: PersonReference): Promise<void> {
    return this.write([person], []);
  }

  rememberConversation(conversation: ConversationReference): Promise<void> {
    return this.write([], [conversation]);
  }

  person(userId: string): Promise<PersonReference | undefined> {
    return this.rows.person(userId);
  }

  conversation(conversationId: string): Promise<ConversationReference | undefined> {
    return this.rows.conversation(conversationId);
  }

  close(): Promise<void> {
    return this.rows.close();
  }

  private flush(): Promise<void> {
    const people = [...this.waitingPeople.values()];
    const conversations = [...this.waitingConversations.values()];
    this.waitingPeople.clear();
    this.waitingConversations.clear();
    const flushing = this.write(people, conversations).catch((error: unknown) => {
      // The answer waits for the reference (a retry), so a failed write delays a reply rather than losing it.
      this.log?.warn(
        { event: 'teams-reference-write-failed', err: error as Error },
        'conversation reference not saved',
      );
    });
    this.flushing = flushing;
    return flushing;
  }

  private async write(people: PersonReference[], conversations: ConversationReference[]): Promise<void> {
    const newPeople = people.filter((person) => this.written.get(personKey(person)) !== personFingerprint(person));
    const newConversations = conversations.filter(
      (conversation) => this.written.get(conversationKey(conversation)) !== conversationFingerprint(conversation),
    );
    if (newPeople.length === 0 && newConversations.length === 0) return;
    await this.rows.write(newPeople, newConversations);
    for (const person of newPeople) this.written.set(personKey(person), personFingerprint(person));
    for (const conversation of newConversations) {
      this.written.set(conversationKey(conversation), conversationFingerprint(conversation));
    }
  }
}

function personKey(person: PersonReference): string {
  return `person:${person.userId}`;
}

function conversationKey(conversation: ConversationReference): string {
  return `conversation:${conversation.conversationId}`;
}

function personFingerprint(person: PersonReference): string {
  return `${person.memberId}|${person.serviceUrl}|${person.tenantId}|${person.personalConversation}`;
}

function conversationFingerprint(conversation: ConversationReference): string {
  return `${conversation.serviceUrl}|${conversation.tenantId}`;
}
