// How to reach a person or a conversation later (a proactive notification, an answer after a restart): the
// serviceUrl, tenant and member id Teams gave with a validated activity, stored at install or first contact. Only
// the adapter writes here, after the request was verified, so a URL from an unverified body never gets a token.
import type { SqlDatabase } from '../../../store/sql-database.js';

export interface PersonReference {
  /** The person's Entra (AAD) object id: their id in tickets and RESSEC_DESK_MEMBERS. */
  userId: string;
  /** Their id in the bot's conversations (29:…), which creating a conversation needs. */
  memberId: string;
  serviceUrl: string;
  tenantId?: string;
  /** The personal chat with the bot, once known. */
  personalConversation?: string;
}

export interface ConversationReference {
  conversationId: string;
  serviceUrl: string;
  tenantId?: string;
}

interface PersonRow {
  user_id: string;
  member_id: string;
  service_url: string;
  tenant_id: string | null;
  personal_conversation: string | null;
}

export class ConversationReferences {
  /** What was last written, so a busy conversation costs one write, not one per activity. */
  private readonly written = new Map<string, string>();
  /** References waiting for the next write: one transaction for all that arrived in the same turn of the loop. */
  private readonly waiting = new Map<string, () => void>();

  constructor(
    private readonly db: SqlDatabase,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Writes later in this turn of the event loop, together with the others that arrive meanwhile: the acknowledging
   * path then costs one short transaction per burst rather than one per activity.
   */
  rememberSoon(person: PersonReference, conversation: ConversationReference): void {
    this.queue(`person:${person.userId}`, this.personFingerprint(person), () => this.rememberPerson(person));
    this.queue(`conversation:${conversation.conversationId}`, this.conversationFingerprint(conversation), () =>
      this.rememberConversation(conversation),
    );
  }

  private queue(key: string, fingerprint: string, write: () => void): void {
    if (this.written.get(key) === fingerprint) return;
    if (this.waiting.size === 0) setImmediate(() => this.flush());
    this.waiting.set(key, write);
  }

  private flush(): void {
    const writes = [...this.waiting.values()];
    this.waiting.clear();
    this.db.transaction(() => {
      for (const write of writes) write();
    })();
  }

  private personFingerprint(person: PersonReference): string {
    return `${person.memberId}|${person.serviceUrl}|${person.tenantId}|${person.personalConversation}`;
  }

  private conversationFingerprint(conversation: ConversationReference): string {
    return `${conversation.serviceUrl}|${conversation.tenantId}`;
  }

  rememberPerson(person: PersonReference): void {
    const fingerprint = this.personFingerprint(person);
    if (this.written.get(`person:${person.userId}`) === fingerprint) return;
    this.db
      .prepare(
        `INSERT INTO teams_people (user_id, member_id, service_url, tenant_id, personal_conversation, updated_at)
         VALUES (@userId, @memberId, @serviceUrl, @tenantId, @personalConversation, @now)
         ON CONFLICT (user_id) DO UPDATE SET member_id = excluded.member_id, service_url = excluded.service_url,
           tenant_id = COALESCE(excluded.tenant_id, tenant_id),
           personal_conversation = COALESCE(excluded.personal_conversation, personal_conversation),
           updated_at = excluded.updated_at`,
      )
      .run({
        userId: person.userId,
        memberId: person.memberId,
        serviceUrl: person.serviceUrl,
        tenantId: person.tenantId ?? null,
        personalConversation: person.personalConversation ?? null,
        now: this.now(),
      });
    this.written.set(`person:${person.userId}`, fingerprint);
  }

  rememberConversation(conversation: ConversationReference): void {
    const fingerprint = this.conversationFingerprint(conversation);
    if (this.written.get(`conversation:${conversation.conversationId}`) === fingerprint) return;
    this.db
      .prepare(
        `INSERT INTO teams_conversations (conversation_id, service_url, tenant_id, updated_at)
         VALUES (?, ?, ?, ?)
         ON CONFLICT (conversation_id) DO UPDATE SET service_url = excluded.service_url,
           tenant_id = COALESCE(excluded.tenant_id, tenant_id), updated_at = excluded.updated_at`,
      )
      .run(conversation.conversationId, conversation.serviceUrl, conversation.tenantId ?? null, this.now());
    this.written.set(`conversation:${conversation.conversationId}`, fingerprint);
  }

  person(userId: string): PersonReference | undefined {
    const row = this.db.prepare('SELECT * FROM teams_people WHERE user_id = ?').get(userId) as PersonRow | undefined;
    if (!row) return undefined;
    return {
      userId: row.user_id,
      memberId: row.member_id,
      serviceUrl: row.service_url,
      tenantId: row.tenant_id ?? undefined,
      personalConversation: row.personal_conversation ?? undefined,
    };
  }

  conversation(conversationId: string): ConversationReference | undefined {
    const row = this.db
      .prepare('SELECT service_url, tenant_id FROM teams_conversations WHERE conversation_id = ?')
      .get(conversationId) as { service_url: string; tenant_id: string | null } | undefined;
    return row ? { conversationId, serviceUrl: row.service_url, tenantId: row.tenant_id ?? undefined } : undefined;
  }
}
