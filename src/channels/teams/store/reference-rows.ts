// Where conversation references are kept: the rows behind ConversationReferences, on SQLite or PostgreSQL.

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

export interface ReferenceRows {
  /**
   * Writes all of them in one transaction. A known tenant or personal chat is kept when a newer reference lacks it.
   */
  write(people: readonly PersonReference[], conversations: readonly ConversationReference[]): Promise<void>;
  person(userId: string): Promise<PersonReference | undefined>;
  conversation(conversationId: string): Promise<ConversationReference | undefined>;
  close(): Promise<void>;
}

export interface StoredPerson {
  user_id: string;
  member_id: string;
  service_url: string;
  tenant_id: string | null;
  personal_conversation: string | null;
}

export function toPerson(row: StoredPerson): PersonReference {
  return {
    userId: row.user_id,
    memberId: row.member_id,
    serviceUrl: row.service_url,
    tenantId: row.tenant_id ?? undefined,
    personalConversation: row.personal_conversation ?? undefined,
  };
}
