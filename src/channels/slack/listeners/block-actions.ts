// Every button and select: its action_id is the core's verb and its value the verb's value. The "Open" button of a
// form shown in a message is the channel's own: it opens the stored form in a modal.
import type { App } from '@slack/bolt';
import type { TurnInput } from '../../../core/turn.js';
import {
  decodeMixedOption,
  EMPTY_VALUE,
  MIXED_SELECT_ACTION_ID,
  OPEN_FORM_ACTION_ID,
  verbFromActionId,
} from '../block-kit/action-id.js';
import { inboxRun, type SlackDeps, slackTurn } from '../slack-deps.js';
import { type ActionPayload, actionOrigin } from './action-origin.js';
import { openStoredForm } from './open-stored-form.js';

interface ActionFields {
  type: string;
  action_id: string;
  value?: string;
  selected_option?: { value: string } | null;
}

export function actionInput(action: ActionFields): Extract<TurnInput, { kind: 'action' }> | undefined {
  if (action.type === 'button')
    return { kind: 'action', verb: verbFromActionId(action.action_id), value: action.value };
  if (action.type !== 'static_select' || !action.selected_option) return undefined;
  const selected = action.selected_option.value;
  if (action.action_id === MIXED_SELECT_ACTION_ID) return { kind: 'action', ...decodeMixedOption(selected) };
  return {
    kind: 'action',
    verb: verbFromActionId(action.action_id),
    value: selected === EMPTY_VALUE ? undefined : selected,
  };
}

export function registerBlockActions(app: App, deps: SlackDeps): void {
  app.action(/.*/, async ({ action, body, context }) => {
    const { key, receivedAt } = inboxRun(deps, context);
    const payload = body as unknown as ActionPayload;
    const fields = action as unknown as ActionFields;
    if (fields.action_id === OPEN_FORM_ACTION_ID) {
      await openStoredForm(deps, payload, fields.value ?? '');
      return;
    }
    const input = actionInput(fields);
    if (!input) return;
    const origin = await actionOrigin(deps, payload, receivedAt);
    if (!origin) return;
    const turn = slackTurn(
      key ?? `action:${payload.trigger_id}`,
      payload.user.id,
      origin.conversation,
      input,
      receivedAt,
    );
    await deps.turns.run({ key, turn, target: origin.target });
  });
}
