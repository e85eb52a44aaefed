// The ticket form (verb ticket.submit) and the validation of what comes back from it.
import { z } from 'zod';
import type { FormField, Reply } from '../core/reply.js';
import { NOTE_MAX_LENGTH, SUBJECT_MAX_LENGTH } from './ticket.js';
import type { LoadedOrigin } from './ticket-origin.js';
import { TICKET_VERBS } from './ticket-verbs.js';

export const NO_ATTACHMENT = 'none';

export const PRIVACY_NOTICE =
  'Please do not include personal data of third parties (names or details of visitors, partners or colleagues) or text from proposals or contracts: the desk will ask for what it needs.';

export interface TicketFormValues {
  subject?: string;
  note?: string;
  deadline?: string;
  email?: string;
  attach?: string;
}

const thousands = (n: number) => n.toLocaleString('en');

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value?.trim() === '' ? undefined : value?.trim()));

const formSchema = z.object({
  subject: z
    .string({ error: 'Give the ticket a subject.' })
    .trim()
    .min(1, 'Give the ticket a subject.')
    .max(SUBJECT_MAX_LENGTH, `At most ${SUBJECT_MAX_LENGTH} characters.`),
  note: z
    .string()
    .optional()
    .transform((value) => value?.trim() ?? '')
    .pipe(z.string().max(NOTE_MAX_LENGTH, `At most ${thousands(NOTE_MAX_LENGTH)} characters, please shorten it.`)),
  deadline: optionalText.pipe(z.iso.date('Use the form YYYY-MM-DD, e.g. 2026-09-30.').optional()),
  email: optionalText.pipe(z.email('That is not a valid e-mail address.').max(254).optional()),
  attach: optionalText,
});

export type ParsedTicketForm = z.output<typeof formSchema>;

/** Form values arrive as strings (or lists from multi-selects); take the first string. */
export function formValues(values: Record<string, string | string[] | undefined>): TicketFormValues {
  const pick = (key: string) => {
    const value = values[key];
    return Array.isArray(value) ? value[0] : value;
  };
  return {
    subject: pick('subject'),
    note: pick('note'),
    deadline: pick('deadline'),
    email: pick('email'),
    attach: pick('attach'),
  };
}

export function parseTicketForm(
  values: TicketFormValues,
  today: string,
): { ok: true; value: ParsedTicketForm } | { ok: false; errors: Record<string, string> } {
  const parsed = formSchema.safeParse(values);
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? 'subject')] ??= issue.message;
    if (values.note && values.note.length > NOTE_MAX_LENGTH && errors.note) {
      errors.note = `${errors.note} (It has ${thousands(values.note.length)}.)`;
    }
    return { ok: false, errors };
  }
  if (parsed.data.deadline && parsed.data.deadline < today) {
    return { ok: false, errors: { deadline: 'That date has passed; leave it empty if there is no deadline.' } };
  }
  return { ok: true, value: parsed.data };
}

export function ticketForm(options: {
  deskName: string;
  origin?: LoadedOrigin;
  values?: TicketFormValues;
  errors?: Record<string, string>;
  email?: string;
}): Reply {
  const { origin, values = {}, errors = {} } = options;
  const fields: FormField[] = [
    {
      id: 'subject',
      label: 'Subject',
      kind: 'text',
      required: true,
      maxLength: SUBJECT_MAX_LENGTH,
      initial: values.subject ?? origin?.subject,
    },
    {
      id: 'note',
      label: 'What would you like the desk to know or advise on?',
      kind: 'textarea',
      required: false,
      maxLength: NOTE_MAX_LENGTH,
      help: PRIVACY_NOTICE,
      initial: values.note,
    },
    {
      id: 'deadline',
      label: 'Deadline, if any (YYYY-MM-DD)',
      kind: 'date',
      required: false,
      initial: values.deadline ?? origin?.deadline,
    },
    {
      id: 'email',
      label: 'Your e-mail address, so the desk can reach you',
      kind: 'email',
      required: false,
      initial: values.email ?? options.email,
    },
  ];
  if (origin) {
    fields.push({
      id: 'attach',
      label: 'Attach',
      kind: 'select',
      required: true,
      initial: values.attach ?? origin.ref,
      options: [
        { label: origin.label, value: origin.ref },
        { label: 'Nothing', value: NO_ATTACHMENT },
      ],
    });
  }
  for (const field of fields) if (errors[field.id]) field.error = errors[field.id];
  // Errors on fields not in this form (an attachment that has gone) are said in words.
  const unplaced = Object.entries(errors)
    .filter(([id]) => !fields.some((field) => field.id === id))
    .map(([, message]) => message);
  const heading = [...unplaced, 'Please check the form; nothing was sent yet.'].join(' ');
  return {
    visibility: 'private',
    blocks: [
      ...(Object.keys(errors).length > 0 ? [{ kind: 'text' as const, markdown: heading }] : []),
      {
        kind: 'form',
        verb: TICKET_VERBS.submit,
        title: `Send to ${options.deskName}`,
        submitLabel: 'Send to the desk',
        intro: `Only you and the advice desk will see this ticket. ${PRIVACY_NOTICE}`,
        fields,
      },
    ],
    fallbackText: `Send to ${options.deskName}`,
  };
}
