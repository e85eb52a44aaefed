// The front matter of a desk-verified answer: the question(s) it answers, the desk's answer, who verified it (a role,
// never a name) and when. It is a corpus document like any other, checked like any other, plus these rules.
import { z } from 'zod';

const day = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD'),
);

export const VERIFIED_QUESTION_MAX = 500;
export const VERIFIED_ANSWER_MAX = 4_000;
/** A verified answer must be reviewed again within a year of its verification. */
export const VERIFIED_REVIEW_MAX_DAYS = 366;

export const verifiedSchema = z
  .object({
    questions: z.array(z.string().trim().min(5).max(VERIFIED_QUESTION_MAX)).min(1).max(10),
    answer: z.string().trim().min(10).max(VERIFIED_ANSWER_MAX),
    /** The verifying role, e.g. "advice desk"; never a person's name. */
    role: z.string().trim().min(2).max(80),
    on: day,
    /** Where it came from: a ticket id, or `feedback` for an answer marked 👎. */
    from: z.string().max(40).optional(),
    /** Set when the desk retired it: from that day it is no longer used. */
    retired: day.optional(),
  })
  .strict();

export type Verified = z.output<typeof verifiedSchema>;

const DAY_MS = 86_400_000;

/** The rules beyond the shape: review_by after the verification and within a year of it. */
export function verifiedProblems(meta: {
  review_by: string;
  verified?: Verified;
}): { field: string; message: string }[] {
  const verified = meta.verified;
  if (!verified) return [];
  const span = (Date.parse(meta.review_by) - Date.parse(verified.on)) / DAY_MS;
  if (span <= 0) return [{ field: 'review_by', message: 'a verified answer must be reviewed after it was verified' }];
  if (span > VERIFIED_REVIEW_MAX_DAYS) {
    return [{ field: 'review_by', message: 'a verified answer must be reviewed within 12 months of verified.on' }];
  }
  return [];
}

/** Used for answers on `today`: not retired, and not past its review date. */
export function isVerifiedInForce(meta: { review_by: string; verified?: Verified }, today: string): boolean {
  const verified = meta.verified;
  if (!verified) return false;
  if (verified.retired && verified.retired <= today) return false;
  return meta.review_by >= today;
}
