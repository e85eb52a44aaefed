// Builders for the interactive payloads a test sends: a click on a rendered button, a submitted modal.
import type { ApiCall } from './fake-slack-api.js';
import { fixture, type Payload } from './fixtures.js';

interface RenderedButton {
  action_id: string;
  value?: string;
  text: { text: string };
}

/** The button labelled `label` in a call's blocks (message or view). */
export function buttonIn(call: ApiCall, label: string): RenderedButton {
  const view = call.args.view as { blocks?: unknown[] } | undefined;
  const blocks = (call.args.blocks ?? view?.blocks ?? []) as { type: string; elements?: RenderedButton[] }[];
  for (const block of blocks) {
    const button = block.elements?.find((element) => element.text?.text === label);
    if (button) return button;
  }
  throw new Error(`no button "${label}" in ${call.method}`);
}

export interface ClickWhere {
  user: string;
  channel: string;
  messageTs?: string;
  threadTs?: string;
  triggerId?: string;
}

export function click(button: RenderedButton, where: ClickWhere): Payload {
  return fixture('block-actions-button', (payload) => {
    const messageTs = where.messageTs ?? '1700000006.000600';
    payload.user.id = where.user;
    payload.container = {
      type: 'message',
      message_ts: messageTs,
      channel_id: where.channel,
      is_ephemeral: false,
      ...(where.threadTs ? { thread_ts: where.threadTs } : {}),
    };
    payload.channel = { id: where.channel, name: where.channel.startsWith('D') ? 'directmessage' : 'desk' };
    payload.message.ts = messageTs;
    if (where.threadTs) payload.message.thread_ts = where.threadTs;
    payload.trigger_id = where.triggerId ?? `${Date.now()}.${Math.random().toString().slice(2, 12)}.trigger`;
    payload.actions = [
      {
        ...payload.actions[0],
        action_id: button.action_id,
        value: button.value,
        text: button.text,
        action_ts: `${Date.now() / 1000}`,
      },
    ];
  });
}

/** A view_submission of the modal opened by `opened`, with values by field id. */
export function submit(opened: ApiCall, user: string, values: Record<string, string | string[]>): Payload {
  const view = opened.args.view as {
    private_metadata: string;
    blocks: { block_id?: string; element?: { type: string } }[];
  };
  const state: Record<string, Record<string, unknown>> = {};
  for (const [field, value] of Object.entries(values)) {
    const type = view.blocks.find((block) => block.block_id === field)?.element?.type ?? 'plain_text_input';
    const input =
      type === 'static_select'
        ? { type, selected_option: { value } }
        : type === 'multi_static_select'
          ? { type, selected_options: (value as string[]).map((item) => ({ value: item })) }
          : type === 'datepicker'
            ? { type, selected_date: value }
            : { type, value };
    state[field] = { value: input };
  }
  return fixture('view-submission', (payload) => {
    payload.user.id = user;
    payload.view.id = `V${Math.random().toString().slice(2, 10)}`;
    payload.view.private_metadata = view.private_metadata;
    payload.view.state.values = state;
    payload.trigger_id = `${Date.now()}.${Math.random().toString().slice(2, 12)}.submit`;
  });
}
