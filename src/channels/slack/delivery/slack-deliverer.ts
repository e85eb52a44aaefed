// Delivers one reply: a form opens as a modal while the interaction's trigger is fresh (otherwise a message with an
// "Open" button); public replies go in the conversation (in the thread), private ones as ephemeral messages, through
// the response_url, or in the DM; an appraisal never shows in a shared channel.
import type { webApi } from '@slack/bolt';
import type { Block, Reply } from '../../../core/reply.js';
import type { TurnConversation } from '../../../core/turn.js';
import type { FormBlock } from '../block-kit/form-blocks.js';
import { formModal, otherBlocks } from '../block-kit/form-modal.js';
import { renderBlocks, renderReply, type SlackMessage } from '../render-block-kit.js';
import type { DirectMessages } from './direct-messages.js';
import type { FormStore } from './form-store.js';
import { formContext, hasFreshTrigger, type ReplyTarget } from './reply-target.js';
import { postToResponseUrl, ResponseUrlError } from './response-url.js';

export interface SlackDelivererDeps {
  client: webApi.WebClient;
  forms: FormStore;
  directMessages: DirectMessages;
  now?: () => number;
}

const UNREACHABLE_CHANNEL = new Set(['not_in_channel', 'channel_not_found', 'is_archived', 'user_not_in_channel']);

const isForm = (block: Block): block is FormBlock => block.kind === 'form';

function slackErrorCode(error: unknown): string | undefined {
  const data = (error as { data?: { error?: unknown } }).data;
  return typeof data?.error === 'string' ? data.error : undefined;
}

export class SlackDeliverer {
  constructor(private readonly deps: SlackDelivererDeps) {}

  async deliver(reply: Reply, target: ReplyTarget, conversation: TurnConversation): Promise<void> {
    const form = reply.blocks.find(isForm);
    if (form && (await this.openModal(reply, form, target, conversation))) return;
    const formRef = form
      ? await this.deps.forms.save({ form, context: formContext(form.verb, conversation, target) })
      : undefined;
    const message = renderReply(reply, { formRef: () => formRef ?? '' });
    await this.post(message, reply, target);
  }

  /** Opens the form as a modal if the turn's trigger is still fresh; false when it must go in a message instead. */
  private async openModal(
    reply: Reply,
    form: FormBlock,
    target: ReplyTarget,
    conversation: TurnConversation,
  ): Promise<boolean> {
    const now = this.deps.now?.() ?? Date.now();
    const trigger = target.trigger;
    if (!trigger || !hasFreshTrigger(target, now)) return false;
    target.trigger = undefined; // a trigger opens one view
    const metadata = JSON.stringify(formContext(form.verb, conversation, target));
    const view = formModal(form, metadata, renderBlocks(otherBlocks(reply.blocks, form)));
    try {
      if (trigger.inModal) await this.deps.client.views.push({ trigger_id: trigger.id, view });
      else await this.deps.client.views.open({ trigger_id: trigger.id, view });
      return true;
    } catch (error) {
      if (slackErrorCode(error) === 'expired_trigger_id') return false;
      throw error;
    }
  }

  private async post(message: SlackMessage, reply: Reply, target: ReplyTarget): Promise<void> {
    const { client } = this.deps;
    const appraisal = reply.blocks.some((block) => block.kind === 'appraisal');
    const content = { text: message.text, blocks: message.blocks, unfurl_links: false, unfurl_media: false };
    if (target.responseUrl) {
      try {
        await postToResponseUrl(target.responseUrl, {
          response_type: 'ephemeral',
          replace_original: false,
          ...content,
        });
        return;
      } catch (error) {
        // An expired or used-up response_url: the reply still reaches the user, in their DM.
        if (!(error instanceof ResponseUrlError) || error.retryable) throw error;
      }
    } else if (target.channel?.dm) {
      await client.chat.postMessage({ channel: target.channel.id, thread_ts: target.channel.threadTs, ...content });
      return;
    } else if (target.channel && !appraisal) {
      const { id, threadTs, privateAtTop } = target.channel;
      try {
        if (reply.visibility === 'public')
          await client.chat.postMessage({ channel: id, thread_ts: threadTs, ...content });
        else {
          const thread = privateAtTop ? undefined : threadTs;
          await client.chat.postEphemeral({ channel: id, user: target.userId, thread_ts: thread, ...content });
        }
        return;
      } catch (error) {
        // The bot was removed from the channel (or it was archived): the reply still reaches the user, in their DM.
        if (!UNREACHABLE_CHANNEL.has(slackErrorCode(error) ?? '')) throw error;
      }
    }
    const channel = await this.deps.directMessages.channelFor(target.userId);
    await client.chat.postMessage({ channel, ...content });
  }
}
