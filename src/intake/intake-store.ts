// Where intakes live between turns: the active intake per conversation (with the intake TTL), and finished
// appraisals by intake id for the escalation feature.
import { appraisalStateKey, type StoredAppraisal } from '../core/handoff.js';
import type { StateStore } from '../core/state-store.js';
import { conversationKey, type Turn } from '../core/turn.js';
import { isMessageLanguage, type MessageLanguage } from '../i18n/messages.js';
import { type IntakeState, intakeStateSchema } from './intake-state.js';

/** Finished appraisals are kept as long as answers are, so "Send to the advice desk" still works days later. */
export const APPRAISAL_TTL_MS = 30 * 24 * 3_600_000;

export function activeIntakeKey(turn: Pick<Turn, 'platform' | 'user' | 'conversation'>): string {
  return `intake:${conversationKey(turn)}`;
}

/** The language the user last wrote a sentence in, in this conversation: a check started by a button uses it. */
export function conversationLanguageKey(turn: Pick<Turn, 'platform' | 'user' | 'conversation'>): string {
  return `language:${conversationKey(turn)}`;
}

export class IntakeStore {
  constructor(
    private readonly state: StateStore,
    private readonly ttlMs: number,
  ) {}

  async load(turn: Turn): Promise<IntakeState | undefined> {
    const stored = await this.state.get<unknown>(activeIntakeKey(turn));
    if (stored === undefined) return undefined;
    const parsed = intakeStateSchema.safeParse(stored);
    if (parsed.success) return parsed.data;
    await this.state.delete(activeIntakeKey(turn));
    return undefined;
  }

  async save(turn: Turn, intake: IntakeState): Promise<void> {
    await this.state.set(activeIntakeKey(turn), intake, this.ttlMs);
  }

  async remove(turn: Turn): Promise<void> {
    await this.state.delete(activeIntakeKey(turn));
  }

  async language(turn: Turn): Promise<MessageLanguage | undefined> {
    const stored = await this.state.get<unknown>(conversationLanguageKey(turn));
    return isMessageLanguage(stored) ? stored : undefined;
  }

  /** Kept as long as an intake is, and written only when it changes, so most turns cost one read. */
  async rememberLanguage(turn: Turn, language: MessageLanguage): Promise<void> {
    if ((await this.language(turn)) === language) return;
    await this.state.set(conversationLanguageKey(turn), language, this.ttlMs);
  }

  async saveAppraisal(stored: StoredAppraisal): Promise<void> {
    await this.state.set(appraisalStateKey(stored.intakeId), stored, APPRAISAL_TTL_MS);
  }

  async loadAppraisal(intakeId: string): Promise<StoredAppraisal | undefined> {
    return this.state.get<StoredAppraisal>(appraisalStateKey(intakeId));
  }
}
