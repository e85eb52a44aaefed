// A neutral turn: what a channel adapter hands the core after verifying and translating a platform event.
export type Platform = 'console' | 'slack' | 'teams' | 'cli';

export interface TurnUser {
  id: string;
  name?: string;
  email?: string;
}

export interface TurnConversation {
  id: string;
  threadId?: string;
  kind: 'dm' | 'channel';
}

export type TurnInput =
  | { kind: 'text'; text: string }
  | { kind: 'action'; verb: string; value?: string }
  | { kind: 'form'; verb: string; values: Record<string, string | string[] | undefined> };

export interface Turn {
  /** Platform event id; stable across retries of the same event. */
  id: string;
  platform: Platform;
  user: TurnUser;
  conversation: TurnConversation;
  input: TurnInput;
  receivedAt: string;
}

/** The key under which per-user conversation state (an intake in progress) is kept. */
export function conversationKey(turn: Pick<Turn, 'platform' | 'user' | 'conversation'>): string {
  return `${turn.platform}:${turn.user.id}:${turn.conversation.id}:${turn.conversation.threadId ?? '-'}`;
}

export function textTurn(text: string, overrides: Partial<Omit<Turn, 'input'>> = {}): Turn {
  return {
    id: overrides.id ?? `t-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    platform: overrides.platform ?? 'console',
    user: overrides.user ?? { id: 'local-user', name: 'You' },
    conversation: overrides.conversation ?? { id: 'terminal', kind: 'dm' },
    receivedAt: overrides.receivedAt ?? new Date().toISOString(),
    input: { kind: 'text', text },
  };
}
