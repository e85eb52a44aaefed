// What a modal submission's acknowledgement says, given the core's replies: the same form with errors shows them on
// its fields; another form replaces the modal (the next step); anything else closes it and follows in chat.
import type { Block, Reply } from '../../../core/reply.js';
import type { FormBlock } from '../block-kit/form-blocks.js';
import { fieldErrors } from '../block-kit/form-modal.js';

export type ModalOutcome =
  | { kind: 'errors'; errors: Record<string, string>; rest: Reply[] }
  | { kind: 'next'; reply: Reply; form: FormBlock; rest: Reply[] }
  | { kind: 'close'; rest: Reply[] };

const formOf = (reply: Reply): FormBlock | undefined =>
  reply.blocks.find((block: Block): block is FormBlock => block.kind === 'form');

export function modalOutcome(replies: Reply[], submittedVerb: string): ModalOutcome {
  for (const reply of replies) {
    const form = formOf(reply);
    if (!form) continue;
    const rest = replies.filter((other) => other !== reply);
    const errors = fieldErrors(form);
    if (form.verb === submittedVerb && Object.keys(errors).length > 0) return { kind: 'errors', errors, rest: [] };
    return { kind: 'next', reply, form, rest };
  }
  return { kind: 'close', rest: replies };
}
