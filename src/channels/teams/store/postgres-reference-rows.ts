// Conversation references on PostgreSQL, shared by every replica: the replica that acknowledged an activity writes
// where it came from, and whichever replica answers or notifies later reads it.
import type { QueryResultRow } from 'pg';
import type { PostgresDatabase } from '../../../store/postgres/postgres-database.js';
import type { ConversationReference, PersonReference, ReferenceRows, StoredPerson } from './reference-rows.js';
import { toPerson } from './reference-rows.js';
import { POSTGRES_TEAMS_MIGRATIONS, TEAMS_MODULE } from './teams-migrations.js';

export class PostgresReferenceRows implements ReferenceRows {
  constructor(
    private readonly database: PostgresDatabase,
    private readonly options: { now?: () => number; close?: () => Promise<void> } = {},
  ) {}

  async write(people: readonly PersonReference[], conversations: readonly ConversationReference[]): Promise<void> {
    if (people.length === 0 && conversations.length === 0) return;
    await this.ready();
    const now = (this.options.now ?? Date.now)();
    await this.database.transaction(async (client) => {
      for (const item of people) {
        await client.query(
          `INSERT INTO teams_people (user_id, member_id, service_url, tenant_id, personal_conversation, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (user_id) DO UPDATE SET member_id = excluded.member_id, service_url = excluded.service_url,
             tenant_id = COALESCE(excluded.tenant_id, teams_people.tenant_id),
             personal_conversation = COALESCE(excluded.personal_conversation, teams_people.personal_conversation),
             updated_at = excluded.updated_at`,
          [item.userId, item.memberId, item.serviceUrl, item.tenantId ?? null, item.personalConversation ?? null, now],
        );
      }
      for (const item of conversations) {
        await client.query(
          `INSERT INTO teams_conversations (conversation_id, service_url, tenant_id, updated_at)
           VALUES ($1, $2, $3, $4)
           ON CONFLICT (conversation_id) DO UPDATE SET service_url = excluded.service_url,
             tenant_id = COALESCE(excluded.tenant_id, teams_conversations.tenant_id), updated_at = excluded.updated_at`,
          [item.conversationId, item.serviceUrl, item.tenantId ?? null, now],
        );
      }
    });
  }

  async person(userId: string): Promise<PersonReference | undefined> {
    const { rows } = await this.query<StoredPerson>('SELECT * FROM teams_people WHERE user_id = $1', [userId]);
    return rows[0] ? toPerson(rows[0]) : undefined;
  }

  async conversation(conversationId: string): Promise<ConversationReference | undefined> {
    const { rows } = await this.query<{ service_url: string; tenant_id: string | null }>(
      'SELECT service_url, tenant_id FROM teams_conversations WHERE conversation_id = $1',
      [conversationId],
    );
    const row = rows[0];
    return row ? { conversationId, serviceUrl: row.service_url, tenantId: row.tenant_id ?? undefined } : undefined;
  }

  async close(): Promise<void> {
    await this.options.close?.();
  }

  private ready(): Promise<unknown> {
    return this.database.migrate(TEAMS_MODULE, POSTGRES_TEAMS_MIGRATIONS);
  }

  private async query<Row extends QueryResultRow>(sql: string, values: unknown[]) {
    await this.ready();
    return this.database.pool.query<Row>(sql, values);
  }
}
