// A submitted form. The first pass runs inside the acknowledgement (Slack shows field errors or the next step only
// from the ack), within a time budget; what is left to say is saved on the inbox row and delivered by the worker.
import type { App } from '@slack/bolt';
import type { Reply } from '../../../core/reply.js';
import { FORM_CALLBACK_ID, formModal, otherBlocks, readViewValues } from '../block-kit/form-modal.js';
import { formContext, parseFormContext } from '../delivery/reply-target.js';
import { renderBlocks } from '../render-block-kit.js';
import { inboxRun, type SlackDeps, slackTurn } from '../slack-deps.js';
import type { TurnJob } from '../turn-runner.js';
import { modalOutcome } from './modal-outcome.js';

function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function registerViewSubmission(app: App, deps: SlackDeps): void {
  app.view(FORM_CALLBACK_ID, async ({ ack, body, view, context }) => {
    const { key, inAck, receivedAt } = inboxRun(deps, context);
    const formContextValue = parseFormContext(view.private_metadata);
    if (!formContextValue) {
      await ack();
      return;
    }
    const { verb, conversation, target } = formContextValue;
    const input = {
      kind: 'form' as const,
      verb,
      values: readViewValues(view.state as Parameters<typeof readViewValues>[0]),
    };
    const turn = slackTurn(key ?? `view:${view.id}`, body.user.id, conversation, input, receivedAt);
    const job: TurnJob = { key, turn, target: { ...target } };
    if (!inAck || !key) {
      await deps.turns.run(job);
      return;
    }
    const replies = await within(deps.turns.replies(job), deps.formBudgetMs);
    if (!replies) {
      // The core is slow: close the modal now; the worker delivers the replies when they are ready.
      await ack();
      return;
    }
    const outcome = modalOutcome(replies, verb);
    const rest: Reply[] = outcome.rest;
    deps.inbox.saveReplies(key, rest);
    if (outcome.kind === 'errors') {
      await ack({ response_action: 'errors', errors: outcome.errors });
    } else if (outcome.kind === 'next') {
      const metadata = JSON.stringify(formContext(outcome.form.verb, conversation, job.target));
      const leading = renderBlocks(otherBlocks(outcome.reply.blocks, outcome.form));
      await ack({ response_action: 'update', view: formModal(outcome.form, metadata, leading) });
    } else {
      await ack();
    }
  });
}
