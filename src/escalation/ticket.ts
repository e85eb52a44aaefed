// The ticket: what the desk receives, acts on and keeps. Validated with zod wherever it enters or leaves the store.
import { z } from 'zod';
import type { TicketStatus } from '../core/reply.js';

export const TICKET_STATUSES = [
  'new',
  'in_review',
  'needs_info',
  'advice_given',
  'closed',
] as const satisfies readonly TicketStatus[];
export const NOTE_MAX_LENGTH = 4_000;
export const MESSAGE_MAX_LENGTH = 4_000;
export const SUBJECT_MAX_LENGTH = 150;

export const TicketStatusSchema = z.enum(TICKET_STATUSES);
export const PrioritySchema = z.enum(['low', 'medium', 'high']);
export type Priority = z.infer<typeof PrioritySchema>;

export const PartySchema = z.object({
  platform: z.enum(['console', 'slack', 'teams', 'cli']),
  userId: z.string().min(1).max(200),
  name: z.string().max(200).optional(),
});
export type Party = z.infer<typeof PartySchema>;

export const RequesterSchema = PartySchema.extend({ email: z.email().max(254).optional() });
export type Requester = z.infer<typeof RequesterSchema>;

const LinkSchema = z.object({ id: z.string(), title: z.string(), url: z.string() });

export const AnswerOriginSchema = z.object({
  kind: z.literal('answer'),
  answerId: z.string().min(1),
  question: z.string(),
  answer: z.string(),
  outcome: z.enum(['answered', 'no-grounding', 'declined', 'refused']),
  citations: z.array(LinkSchema),
});

export const AppraisalOriginSchema = z.object({
  kind: z.literal('appraisal'),
  intakeId: z.string().min(1),
  flow: z.string(),
  flowTitle: z.string(),
  answers: z.array(z.object({ field: z.string(), question: z.string(), answer: z.string() })),
  level: PrioritySchema,
  flags: z.array(z.object({ id: z.string(), level: PrioritySchema, reason: z.string() })),
  mitigations: z.array(z.string()),
  nextSteps: z.array(z.string()),
  citations: z.array(LinkSchema.extend({ n: z.number().int() })),
  completedAt: z.string(),
});

export const OriginSchema = z.discriminatedUnion('kind', [
  AnswerOriginSchema,
  AppraisalOriginSchema,
  z.object({ kind: z.literal('request') }),
]);
export type Origin = z.infer<typeof OriginSchema>;

export const AUDIT_ACTIONS = [
  'created',
  'claimed',
  'status_changed',
  'question_asked',
  'requester_replied',
  'note_added',
  'advice_given',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AuditEntrySchema = z.object({
  at: z.iso.datetime(),
  actor: PartySchema.extend({ role: z.enum(['requester', 'desk']) }),
  action: z.enum(AUDIT_ACTIONS),
  from: TicketStatusSchema.optional(),
  to: TicketStatusSchema.optional(),
  text: z.string().max(MESSAGE_MAX_LENGTH).optional(),
  /** `desk`: internal, never shown to the requester. */
  visibility: z.enum(['desk', 'shared']),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

/** What the desk needs at a glance and routing reads: a short summary, where, in which language, and which flow. */
export const HandoffSchema = z.object({
  summary: z.string().max(300),
  jurisdictions: z.array(z.string().max(12)).max(10),
  language: z.enum(['en', 'nl', 'de', 'fr']),
  /** The risk check's flow, `question` for an answer, `request` for a free-form request. */
  flow: z.string().max(60),
});
export type Handoff = z.infer<typeof HandoffSchema>;

export const TicketSchema = z.object({
  id: z.string().regex(/^RS-\d{4}-\d{4,}$/),
  requester: RequesterSchema,
  origin: OriginSchema,
  subject: z.string().min(1).max(SUBJECT_MAX_LENGTH),
  note: z.string().max(NOTE_MAX_LENGTH),
  deadline: z.iso.date().optional(),
  priority: PrioritySchema,
  handoff: HandoffSchema.optional(),
  status: TicketStatusSchema,
  assignee: PartySchema.optional(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  closedAt: z.iso.datetime().optional(),
  /** Append-only: entries are added, never changed or removed (until the whole ticket is purged). */
  audit: z.array(AuditEntrySchema),
});
export type Ticket = z.infer<typeof TicketSchema>;

/** What a submission supplies; the store assigns the id, status and timestamps. */
export type NewTicket = Pick<Ticket, 'requester' | 'origin' | 'subject' | 'note' | 'deadline' | 'priority'> &
  Partial<Pick<Ticket, 'handoff' | 'assignee'>>;

export function isOpen(ticket: Pick<Ticket, 'status'>): boolean {
  return ticket.status !== 'closed';
}
