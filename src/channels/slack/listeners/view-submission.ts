// A submitted form. Slack shows field errors or the next step only from the acknowledgement, so the core's first pass
// runs inside it, within a time budget; what is left to say is saved on the inbox row and delivered after the ack.
import type { Reply } from '../../../core/reply.js';
import { formContext, parseFormContext } from '../../runtime/form-memory.js';
import { FORM_CALLBACK_ID, formModal, otherBlocks, readViewValues } from '../block-kit/form-modal.js';
import { renderBlocks } from '../render-block-kit.js';
import { type SlackDeps, slackTurn } from '../slack-deps.js';
import { modalOutcome } from './modal-outcome.js';
import type { SlackListeners } from './slack-listeners.js';

interface SubmissionFields {
  trigger_id?: string;
  user?: { id?: string };
  view?: { id?: string; hash?: string; private_metadata?: string; state?: unknown };
}

function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function registerViewSubmission(app: SlackListeners, deps: SlackDeps): void {
  app.view(FORM_CALLBACK_ID, async (payload, context) => {
    const body = payload as SubmissionFields;
    const userId = body.user?.id;
    const view = body.view;
    const submitted = parseFormContext(view?.private_metadata);
    if (!userId || !view?.id || !submitted) return undefined;
    const key = `view:${view.id}:${view.hash ?? body.trigger_id ?? ''}`;
    const { verb, conversation, target } = submitted;
    const values = { ...submitted.carried, ...readViewValues(view.state as Parameters<typeof readViewValues>[0]) };
    const turn = slackTurn(key, userId, conversation, { kind: 'form', verb, values }, context.receivedAt);
    return {
      entry: { key, lane: userId, turn, target: { ...target } },
      acknowledgement: async () => {
        const replies = await within(
          deps.intake.replies(key).then((computed) => computed ?? []),
          deps.formBudgetMs,
        );
        // The core is slow: close the modal now; the replies follow in chat when they are ready.
        if (!replies) return undefined;
        const outcome = modalOutcome(replies, verb);
        const rest: Reply[] = outcome.rest;
        await deps.intake.saveReplies(key, rest);
        if (outcome.kind === 'errors') return { response_action: 'errors', errors: outcome.errors };
        if (outcome.kind === 'next') {
          const metadata = JSON.stringify(formContext(outcome.form, conversation, target));
          const leading = renderBlocks(otherBlocks(outcome.reply.blocks, outcome.form));
          return { response_action: 'update', view: formModal(outcome.form, metadata, leading) };
        }
        return undefined;
      },
    };
  });
}
