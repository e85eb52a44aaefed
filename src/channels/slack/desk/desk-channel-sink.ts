// The desk-channel sink: one card per ticket in the desk channel, updated in place on every change, and its thread
// as the case file (the case on creation, then one line per change). Deliveries already posted are skipped, so a
// retry posts nothing twice.
import type { webApi } from '@slack/bolt';
import { caseFile } from '../../../escalation/case-file.js';
import type { Delivery } from '../../../escalation/delivery/outbox.js';
import type { Sink, SinkResult } from '../../../escalation/sinks/sink.js';
import type { TicketEventType } from '../../../escalation/ticket-event.js';
import type { Logger } from '../../../log.js';
import { splitText } from '../block-kit/mrkdwn.js';
import { caseFileText, deskCardMessage, threadLine } from './desk-card.js';
import type { CardLocation, DeskCards } from './desk-cards.js';
import { sinkFailure } from './sink-failure.js';

export const DESK_CHANNEL_SINK = 'slack-desk-channel';

export interface DeskChannelSinkOptions {
  client: webApi.WebClient;
  channel: string;
  cards: DeskCards;
  log: Logger;
  /** Releases what the sink holds (its connection to the desk cards). */
  close?: () => void;
}

export class DeskChannelSink implements Sink {
  readonly name = DESK_CHANNEL_SINK;

  constructor(private readonly options: DeskChannelSinkOptions) {}

  async close(): Promise<void> {
    this.options.close?.();
  }

  /** Internal notes are written in the thread by the desk itself; echoing them would double every note. */
  accepts(type: TicketEventType): boolean {
    return type !== 'ticket.note_added';
  }

  async deliver(delivery: Delivery): Promise<SinkResult> {
    const { cards, log } = this.options;
    if (cards.wasDelivered(delivery.id)) return { ok: true };
    try {
      const { event } = delivery;
      const location = cards.find(event.ticket.id) ?? (await this.postCard(delivery));
      if (event.type !== 'ticket.created') {
        await this.updateCard(location, delivery);
        await this.postInThread(location, threadLine(event));
      }
      cards.markDelivered(delivery.id);
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

  private async postCard(delivery: Delivery): Promise<CardLocation> {
    const { client, channel, cards } = this.options;
    const ticket = delivery.event.ticket;
    const posted = await client.chat.postMessage({ channel, ...deskCardMessage(ticket), unfurl_links: false });
    if (!posted.ts) throw new Error('chat.postMessage returned no ts');
    const location = { channel: posted.channel ?? channel, ts: posted.ts };
    cards.save(ticket.id, location);
    await this.postInThread(location, caseFileText(caseFile(ticket)));
    return location;
  }

  private async updateCard(location: CardLocation, delivery: Delivery): Promise<void> {
    await this.options.client.chat.update({
      channel: location.channel,
      ts: location.ts,
      ...deskCardMessage(delivery.event.ticket),
    });
  }

  private async postInThread(location: CardLocation, text: string): Promise<void> {
    for (const piece of splitText(text, 3_000)) {
      await this.options.client.chat.postMessage({
        channel: location.channel,
        thread_ts: location.ts,
        text: piece,
        blocks: [{ type: 'section', text: { type: 'mrkdwn', text: piece } }],
        unfurl_links: false,
      });
    }
  }
}
