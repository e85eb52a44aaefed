// The desk's "Save as verified answer" form, prefilled from the draft and shown again with errors on their fields.
import type { Reply } from '../core/reply.js';
import { VERIFIED_ANSWER_MAX } from '../knowledge/verified-answer-schema.js';
import { sourcesText, type VerifiedFormDraft } from './verified-draft.js';
import { VERIFIED_VERBS } from './verified-verbs.js';

export interface VerifiedFormValues {
  ref: string;
  questions: string;
  answer: string;
  sources: string;
  reviewBy: string;
}

export function verifiedForm(
  draft: VerifiedFormDraft,
  reviewBy: string,
  options: { values?: Partial<VerifiedFormValues>; errors?: Record<string, string> } = {},
): Reply {
  const values = options.values ?? {};
  const errors = options.errors ?? {};
  return {
    visibility: 'private',
    blocks: [
      {
        kind: 'form',
        verb: VERIFIED_VERBS.save,
        title: 'Save as verified answer',
        submitLabel: 'Save',
        intro:
          'Later questions that match get this answer first, marked "Verified by the advice desk". Write it for anyone who asks: no names, no confidential details. It is checked like any guidance document and reviewed within 12 months.',
        fields: [
          { id: 'ref', label: 'From', kind: 'text', required: true, initial: draft.ref, maxLength: 80, hidden: true },
          {
            id: 'questions',
            label: 'Question(s), one per line',
            kind: 'textarea',
            required: true,
            maxLength: 2000,
            initial: values.questions ?? draft.questions.join('\n'),
            error: errors.questions,
          },
          {
            id: 'answer',
            label: 'The answer',
            kind: 'textarea',
            required: true,
            maxLength: VERIFIED_ANSWER_MAX,
            initial: values.answer ?? draft.answer,
            error: errors.answer,
          },
          {
            id: 'sources',
            label: 'Sources, one per line: title | https://link',
            kind: 'textarea',
            required: true,
            maxLength: 2000,
            initial: values.sources ?? sourcesText(draft.sources),
            error: errors.sources,
          },
          {
            id: 'reviewBy',
            label: 'Review by (within 12 months)',
            kind: 'date',
            required: true,
            initial: values.reviewBy ?? reviewBy,
            error: errors.reviewBy ?? errors.review_by,
          },
        ],
      },
    ],
    fallbackText: 'Save as verified answer',
  };
}
