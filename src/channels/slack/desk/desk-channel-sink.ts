// The desk-channel sink: one card per ticket in the desk channel, updated in place on every change, and its thread
// as the case file (the case on creation, then one line per change). Deliveries already posted are skipped, so a
// retry posts nothing twice; each delivery holds the ticket's card while it works (across replicas on PostgreSQL), and
// the card is only redrawn for a newer version of the ticket than it shows, so a late delivery never takes it back.
import type { webApi } from '@slack/bolt';
import { caseFile } from '../../../escalation/case-file.js';
import type { Delivery } from '../../../escalation/delivery/outbox.js';
import type { Sink, SinkResult } from '../../../escalation/sinks/sink.js';
import type { Ticket } from '../../../escalation/ticket.js';
import type { TicketEventType } from '../../../escalation/ticket-event.js';
import type { Logger } from '../../../log.js';
import {
  cardVersionOf,
  type DeskCard,
  type DeskCardEdit,
  type DeskCards,
} from '../../runtime/desk-cards/desk-cards.js';
import { splitText } from '../block-kit/mrkdwn.js';
import { caseFileText, deskCardMessage, threadLine } from './desk-card.js';
import { sinkFailure } from './sink-failure.js';

export const DESK_CHANNEL_SINK = 'slack-desk-channel';

export interface DeskChannelSinkOptions {
  client: webApi.WebClient;
  channel: string;
  cards: DeskCards;
  log: Logger;
}

export class DeskChannelSink implements Sink {
  readonly name = DESK_CHANNEL_SINK;

  constructor(private readonly options: DeskChannelSinkOptions) {}

  async close(): Promise<void> {
    await this.options.cards.close();
  }

  /** Internal notes are written in the thread by the desk itself; echoing them would double every note. */
  accepts(type: TicketEventType): boolean {
    return type !== 'ticket.note_added';
  }

  async deliver(delivery: Delivery): Promise<SinkResult> {
    const { cards, log } = this.options;
    try {
      await cards.edit(delivery.ticketId, (edit) => this.deliverHolding(edit, delivery));
      return { ok: true };
    } catch (error) {
      const failure = sinkFailure(error);
      log.warn(
        { event: 'desk-card-failed', ticketId: delivery.ticketId, deliveryId: delivery.id, errorCode: failure.reason },
        'desk channel delivery failed',
      );
      return failure;
    }
  }

  private async deliverHolding(edit: DeskCardEdit, delivery: Delivery): Promise<void> {
    if (await edit.wasDelivered(delivery.id)) return;
    const { event } = delivery;
    const card = (await edit.card()) ?? (await this.postCard(edit, event.ticket));
    if (event.type !== 'ticket.created') {
      if (cardVersionOf(event.ticket) > card.cardVersion) await this.updateCard(edit, card, event.ticket);
      await this.postInThread(card, threadLine(event));
    }
    await edit.markDelivered(delivery.id);
  }

  private async postCard(edit: DeskCardEdit, ticket: Ticket): Promise<DeskCard> {
    const { client, channel } = this.options;
    const posted = await client.chat.postMessage({ channel, ...deskCardMessage(ticket), unfurl_links: false });
    if (!posted.ts) throw new Error('chat.postMessage returned no ts');
    const card: DeskCard = {
      ticketId: ticket.id,
      conversationId: posted.channel ?? channel,
      messageId: posted.ts,
      cardVersion: cardVersionOf(ticket),
      linesPosted: 0,
    };
    await edit.add(card);
    await this.postInThread(card, caseFileText(caseFile(ticket)));
    return card;
  }

  private async updateCard(edit: DeskCardEdit, card: DeskCard, ticket: Ticket): Promise<void> {
    await this.options.client.chat.update({
      channel: card.conversationId,
      ts: card.messageId,
      ...deskCardMessage(ticket),
    });
    await edit.advance({ cardVersion: cardVersionOf(ticket) });
  }

  private async postInThread(card: DeskCard, text: string): Promise<void> {
    for (const piece of splitText(text, 3_000)) {
      await this.options.client.chat.postMessage({
        channel: card.conversationId,
        thread_ts: card.messageId,
        text: piece,
        blocks: [{ type: 'section', text: { type: 'mrkdwn', text: piece } }],
        unfurl_links: false,
      });
    }
  }
}
