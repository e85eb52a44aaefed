// Delivers one reply: a form opens as a modal while the interaction's trigger is fresh (otherwise a message with an
// "Open" button); public replies go in the conversation (in the thread), private ones as ephemeral messages, through
// the response_url, or in the DM; an appraisal never shows in a shared channel; the home tab is published as a view.
// 👀 on the user's message is the first visible sign that an answer is on its way.
import type { webApi } from '@slack/bolt';
import type { Block, Reply } from '../../../core/reply.js';
import type { TurnConversation } from '../../../core/turn.js';
import type { Deliverer, ReplyMark } from '../../runtime/deliverer.js';
import { type FormBlock, type FormMemory, formContext } from '../../runtime/form-memory.js';
import type { ReplyTarget } from '../../runtime/reply-target.js';
import { formModal, otherBlocks } from '../block-kit/form-modal.js';
import { homeView } from '../block-kit/home-view.js';
import { renderBlocks, renderReply, type SlackMessage } from '../render-block-kit.js';
import type { DirectMessages } from './direct-messages.js';
import { postToResponseUrl, ResponseUrlError } from './response-url.js';

export interface SlackDelivererDeps {
  client: webApi.WebClient;
  forms: FormMemory;
  directMessages: DirectMessages;
  /** What the home tab says about the assistant. */
  about?: { institution: string; deskName: string };
  now?: () => number;
}

/** Slack accepts a trigger for 3 s; keep a margin for the views.open round trip. */
export const TRIGGER_LIFETIME_MS = 2_500;

const UNREACHABLE_CHANNEL = new Set(['not_in_channel', 'channel_not_found', 'is_archived', 'user_not_in_channel']);

const isForm = (block: Block): block is FormBlock => block.kind === 'form';

function slackErrorCode(error: unknown): string | undefined {
  const data = (error as { data?: { error?: unknown } }).data;
  return typeof data?.error === 'string' ? data.error : undefined;
}

/** 👀 on the user's message: the first visible sign, put up by whichever thread has the time (see AnswerThread). */
export async function showWorking(client: webApi.WebClient, target: ReplyTarget): Promise<void> {
  if (!target.working) return;
  const { conversationId, messageId } = target.working;
  await client.reactions.add({ channel: conversationId, timestamp: messageId, name: 'eyes' });
}

export class SlackDeliverer implements Deliverer {
  constructor(private readonly deps: SlackDelivererDeps) {}

  async deliver(reply: Reply, target: ReplyTarget, conversation: TurnConversation, mark?: ReplyMark): Promise<void> {
    if (target.home) return this.publishHome(reply, target.userId);
    const form = reply.blocks.find(isForm);
    if (form && (await this.openModal(reply, form, target, conversation))) return;
    const formRef = form
      ? await this.deps.forms.save({ form, context: formContext(form, conversation, target) })
      : undefined;
    const message = renderReply(reply, { formRef: () => formRef ?? '' });
    await this.post(message, reply, target, mark);
  }

  /**
   * Looks for the mark among the messages posted since the turn arrived, where this reply would have been posted (the
   * conversation or thread, and the user's DM, where a reply goes when the conversation cannot take it). Replies
   * that Slack cannot show again (ephemeral, response_url, modals) are never found, so they are posted again.
   */
  async posted(mark: ReplyMark, target: ReplyTarget): Promise<boolean> {
    if (target.home) return false;
    const { client } = this.deps;
    // A minute's margin for clocks that differ between this machine and Slack.
    const oldest = String(Math.floor(mark.receivedAt / 1_000) - 60);
    const places: { channel: string; thread?: string }[] = [];
    const conversation = target.conversation;
    if (conversation && !target.replyUrl) places.push({ channel: conversation.id, thread: conversation.threadId });
    places.push({ channel: await this.deps.directMessages.channelFor(target.userId) });
    for (const place of places) {
      const page = place.thread
        ? await client.conversations.replies({
            channel: place.channel,
            ts: place.thread,
            oldest,
            limit: 200,
            include_all_metadata: true,
          })
        : await client.conversations.history({
            channel: place.channel,
            oldest,
            limit: 200,
            include_all_metadata: true,
          });
      if (page.messages?.some((message) => carriesMark(message.metadata, mark))) return true;
    }
    return false;
  }

  async showWorking(target: ReplyTarget): Promise<void> {
    await showWorking(this.deps.client, target);
  }

  async finishWorking(target: ReplyTarget): Promise<void> {
    if (target.working) {
      const { conversationId, messageId } = target.working;
      await this.deps.client.reactions
        .remove({ channel: conversationId, timestamp: messageId, name: 'eyes' })
        .catch(() => undefined);
    }
    if (target.receipt) {
      await postToResponseUrl(target.receipt.replyUrl, { response_type: 'ephemeral', text: target.receipt.text });
    }
  }

  openDirectConversation(userId: string): Promise<string> {
    return this.deps.directMessages.channelFor(userId);
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
    if (!trigger || now - trigger.receivedAt >= TRIGGER_LIFETIME_MS) return false;
    target.trigger = undefined; // a trigger opens one view
    const metadata = JSON.stringify(formContext(form, conversation, target));
    const view = formModal(form, metadata, renderBlocks(otherBlocks(reply.blocks, form)));
    try {
      if (trigger.inDialog) await this.deps.client.views.push({ trigger_id: trigger.id, view });
      else await this.deps.client.views.open({ trigger_id: trigger.id, view });
      return true;
    } catch (error) {
      if (slackErrorCode(error) === 'expired_trigger_id') return false;
      throw error;
    }
  }

  private async publishHome(reply: Reply, userId: string): Promise<void> {
    const about = this.deps.about ?? { institution: 'your institution', deskName: 'the advice desk' };
    const tickets = reply.blocks.filter((block) => block.kind === 'text' || block.kind === 'ticket');
    await this.deps.client.views.publish({
      user_id: userId,
      view: homeView({ ...about, tickets: renderBlocks(tickets) }),
    });
  }

  private async post(message: SlackMessage, reply: Reply, target: ReplyTarget, mark?: ReplyMark): Promise<void> {
    const { client } = this.deps;
    const appraisal = reply.blocks.some((block) => block.kind === 'appraisal');
    const content = { text: message.text, blocks: message.blocks, unfurl_links: false, unfurl_media: false };
    // Only on messages that stay in the conversation: what `posted` reads back after a crash.
    const marked = mark ? { ...content, metadata: replyMetadata(mark) } : content;
    const conversation = target.conversation;
    if (target.replyUrl) {
      try {
        await postToResponseUrl(target.replyUrl, { response_type: 'ephemeral', replace_original: false, ...content });
        return;
      } catch (error) {
        // An expired or used-up response_url: the reply still reaches the user, in their DM.
        if (!(error instanceof ResponseUrlError) || error.retryable) throw error;
      }
    } else if (conversation?.kind === 'dm') {
      await client.chat.postMessage({ channel: conversation.id, thread_ts: conversation.threadId, ...marked });
      return;
    } else if (conversation && !appraisal) {
      const { id, threadId, privateAtTop } = conversation;
      try {
        if (reply.visibility === 'public')
          await client.chat.postMessage({ channel: id, thread_ts: threadId, ...marked });
        else {
          const thread = privateAtTop ? undefined : threadId;
          await client.chat.postEphemeral({ channel: id, user: target.userId, thread_ts: thread, ...content });
        }
        return;
      } catch (error) {
        // The app was removed from the channel (or it was archived): the reply still reaches the user, in their DM.
        if (!UNREACHABLE_CHANNEL.has(slackErrorCode(error) ?? '')) throw error;
      }
    }
    const channel = await this.deps.directMessages.channelFor(target.userId);
    await client.chat.postMessage({ channel, ...marked });
  }
}

/** The metadata event a reply's message carries: no message text, only which turn and which of its replies. */
const REPLY_EVENT = 'ressec_reply';

function replyMetadata(mark: ReplyMark): { event_type: string; event_payload: { turn: string; reply: number } } {
  return { event_type: REPLY_EVENT, event_payload: { turn: mark.key, reply: mark.index } };
}

function carriesMark(metadata: unknown, mark: ReplyMark): boolean {
  const found = metadata as { event_type?: unknown; event_payload?: { turn?: unknown; reply?: unknown } } | undefined;
  return (
    found?.event_type === REPLY_EVENT &&
    found.event_payload?.turn === mark.key &&
    found.event_payload?.reply === mark.index
  );
}
