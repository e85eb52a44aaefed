// Every button and select: its action_id is the core's verb and its value the verb's value. The "Open" button of a
// form shown in a message is the channel's own: its reply, the stored form (opened as a modal with this click's
// trigger), is known at once.
import type { Reply } from '../../../core/reply.js';
import type { TurnInput } from '../../../core/turn.js';
import type { InboxEntry } from '../../runtime/inbox.js';
import {
  decodeMixedOption,
  EMPTY_VALUE,
  MIXED_SELECT_ACTION_ID,
  OPEN_FORM_ACTION_ID,
  verbFromActionId,
} from '../block-kit/action-id.js';
import { type SlackDeps, slackTurn } from '../slack-deps.js';
import { type ActionPayload, actionOrigin } from './action-origin.js';
import type { SlackListeners } from './slack-listeners.js';

interface ActionFields {
  type: string;
  action_id: string;
  action_ts?: string;
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

/** The stored form, to whoever clicked (replies to its submission go to them), or a note that it has expired. */
async function openStoredForm(
  deps: SlackDeps,
  entry: Omit<InboxEntry, 'target' | 'replies'>,
  body: ActionPayload,
  formKey: string,
  receivedAt: number,
): Promise<InboxEntry> {
  const stored = await deps.intake.forms.load(formKey);
  if (!stored || !body.trigger_id) {
    const expired = 'This form has expired. Please start again.';
    const reply: Reply = {
      visibility: 'private',
      blocks: [{ kind: 'text', markdown: expired }],
      fallbackText: expired,
    };
    return { ...entry, target: { userId: body.user.id, replyUrl: body.response_url }, replies: [reply] };
  }
  const reply: Reply = { visibility: 'private', blocks: [stored.form], fallbackText: stored.form.title };
  return {
    ...entry,
    turn: { ...entry.turn, conversation: stored.context.conversation },
    target: {
      ...stored.context.target,
      userId: body.user.id,
      trigger: { id: body.trigger_id, receivedAt, inDialog: false },
    },
    replies: [reply],
  };
}

export function registerBlockActions(app: SlackListeners, deps: SlackDeps): void {
  app.action(async (payload, context) => {
    const body = payload as unknown as ActionPayload & { actions?: ActionFields[] };
    const action = body.actions?.[0];
    const id = body.trigger_id ?? action?.action_ts;
    if (!action || !id || !body.user?.id) return undefined;
    const key = `action:${id}`;
    const input = actionInput(action);
    if (!input) return undefined;
    const origin = actionOrigin(body, context.receivedAt);
    if (!origin) return undefined;
    const turn = slackTurn(key, body.user.id, origin.conversation, input, context.receivedAt);
    const entry = { key, lane: body.user.id, turn };
    if (action.action_id === OPEN_FORM_ACTION_ID)
      return { entry: await openStoredForm(deps, entry, body, action.value ?? '', context.receivedAt) };
    return { entry: { ...entry, target: origin.target } };
  });
}
