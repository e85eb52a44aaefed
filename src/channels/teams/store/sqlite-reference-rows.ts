// Conversation references in the data folder's SQLite file (the embedded default).
import { migrate, type SqlDatabase } from '../../../store/sql-database.js';
import type { ConversationReference, PersonReference, ReferenceRows, StoredPerson } from './reference-rows.js';
import { toPerson } from './reference-rows.js';
import { TEAMS_MIGRATIONS, TEAMS_MODULE } from './teams-migrations.js';

export class SqliteReferenceRows implements ReferenceRows {
  constructor(
    private readonly db: SqlDatabase,
    private readonly options: { now?: () => number; close?: () => void } = {},
  ) {
    migrate(db, TEAMS_MODULE, TEAMS_MIGRATIONS);
  }

  async write(people: readonly PersonReference[], conversations: readonly ConversationReference[]): Promise<void> {
    const now = (this.options.now ?? Date.now)();
    const person = this.db.prepare(
      `INSERT INTO teams_people (user_id, member_id, service_url, tenant_id, personal_conversation, updated_at)
       VALUES (@userId, @memberId, @serviceUrl, @tenantId, @personalConversation, @now)
       ON CONFLICT (user_id) DO UPDATE SET member_id = excluded.member_id, service_url = excluded.service_url,
         tenant_id = COALESCE(excluded.tenant_id, tenant_id),
         personal_conversation = COALESCE(excluded.personal_conversation, personal_conversation),
         updated_at = excluded.updated_at`,
    );
    const conversation = this.db.prepare(
      `INSERT INTO teams_conversations (conversation_id, service_url, tenant_id, updated_at)
       VALUES (?, ?, ?, ?)
       ON CONFLICT (conversation_id) DO UPDATE SET service_url = excluded.service_url,
         tenant_id = COALESCE(excluded.tenant_id, tenant_id), updated_at = excluded.updated_at`,
    );
    this.db.transaction(() => {
      for (const item of people) {
        person.run({
          userId: item.userId,
          memberId: item.memberId,
          serviceUrl: item.serviceUrl,
          tenantId: item.tenantId ?? null,
          personalConversation: item.personalConversation ?? null,
          now,
        });
      }
      for (const item of conversations) {
        conversation.run(item.conversationId, item.serviceUrl, item.tenantId ?? null, now);
      }
    })();
  }

  async person(userId: string): Promise<PersonReference | undefined> {
    const row = this.db.prepare('SELECT * FROM teams_people WHERE user_id = ?').get(userId) as StoredPerson | undefined;
    return row ? toPerson(row) : undefined;
  }

  async conversation(conversationId: string): Promise<ConversationReference | undefined> {
    const row = this.db
      .prepare('SELECT service_url, tenant_id FROM teams_conversations WHERE conversation_id = ?')
      .get(conversationId) as { service_url: string; tenant_id: string | null } | undefined;
    return row ? { conversationId, serviceUrl: row.service_url, tenantId: row.tenant_id ?? undefined } : undefined;
  }

  async close(): Promise<void> {
    this.options.close?.();
  }
}
