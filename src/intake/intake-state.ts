// What is kept of an intake between turns: answers by field id (never by step index), so flows can change safely.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { LANGUAGES, type MessageLanguage } from '../i18n/messages.js';
import type { AnswerValue } from './field.js';

export interface IntakeState {
  version: 1;
  intakeId: string;
  flowId: string;
  answers: Record<string, AnswerValue>;
  /** Optional fields the user chose to skip. */
  skipped: string[];
  /** A field being corrected (`back`, `change <field>`): asked before the first unanswered one. */
  editing?: string;
  /** Failed tries on one field; after three the desk is offered. */
  failures?: { field: string; count: number };
  /** Paused with `later`: kept, but free text is no longer read as answers until resumed. */
  paused?: boolean;
  /** The language the researcher writes in, fixed when the check starts: questions and labels are shown in it. */
  language?: MessageLanguage;
  userId: string;
  platform: string;
  startedAt: string;
  updatedAt: string;
}

export function newIntakeState(
  flowId: string,
  owner: { userId: string; platform: string },
  now: Date,
  language: MessageLanguage = 'en',
): IntakeState {
  return {
    version: 1,
    intakeId: `intake-${randomUUID()}`,
    flowId,
    answers: {},
    skipped: [],
    language,
    userId: owner.userId,
    platform: owner.platform,
    startedAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
}

/** What a store hands back is checked before use: an unreadable intake is dropped, not trusted. */
export const intakeStateSchema = z.object({
  version: z.literal(1),
  intakeId: z.string().min(1),
  flowId: z.string().min(1),
  answers: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
  skipped: z.array(z.string()),
  editing: z.string().optional(),
  failures: z.object({ field: z.string(), count: z.number().int().min(0) }).optional(),
  paused: z.boolean().optional(),
  language: z.enum(LANGUAGES).optional(),
  userId: z.string(),
  platform: z.string(),
  startedAt: z.string(),
  updatedAt: z.string(),
}) satisfies z.ZodType<IntakeState>;
