// The desk channel in Teams: each ticket gets a card that starts a reply chain, the chain is the case file (the case,
// then one line per change), and the card is edited in place (updateActivity) as the ticket changes. The store's
// counters make every delivery idempotent by ticket version: a delivery only posts what the thread does not tell yet,
// and it holds the ticket's card while it works (across replicas on PostgreSQL), so two never post the same line.
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
import { postAddress, rootIdOf } from '../activity-turn.js';
import { ConnectorFailure, type TeamsConnector } from '../connector/teams-connector.js';
import { messageActivity } from '../message-activity.js';
import type { ConversationReferences } from '../store/conversation-references.js';
import { caseFileReply, changeLine, deskCardReply } from './desk-messages.js';

export const TEAMS_DESK_SINK = 'teams-desk-channel';
/** Where Teams in the public cloud takes proactive posts, until a verified activity from the desk's team says. */
export const DEFAULT_SERVICE_URL = 'https://smba.trafficmanager.net/teams/';

export interface TeamsDeskSinkOptions {
  connector: TeamsConnector;
  references: ConversationReferences;
  cards: DeskCards;
  /** The desk channel's conversation id (19:…@thread.tacv2). */
  deskConversation: string;
  log: Logger;
  /** Releases what the sink holds besides the cards (its conversation references). */
  close?: () => Promise<void>;
}

export class TeamsDeskSink implements Sink {
  readonly name = TEAMS_DESK_SINK;

  constructor(private readonly options: TeamsDeskSinkOptions) {}

  /** Internal notes come from the thread itself (a reply there is a note): telling them again would double them. */
  accepts(type: TicketEventType): boolean {
    return type !== 'ticket.note_added';
  }

  async deliver(delivery: Delivery): Promise<SinkResult> {
    const ticket = delivery.event.ticket;
    try {
      await this.options.cards.edit(ticket.id, (edit) => this.deliverHolding(edit, ticket));
      return { ok: true };
    } catch (error) {
      const failure = error instanceof ConnectorFailure ? error : new ConnectorFailure(undefined, true, undefined);
      this.options.log.warn(
        {
          event: 'teams-desk-card-failed',
          ticketId: ticket.id,
          deliveryId: delivery.id,
          statusCode: failure.statusCode,
        },
        'desk channel delivery failed',
      );
      return {
        ok: false,
        retryable: failure.retryable,
        retryAfterMs: failure.retryAfterMs,
        reason: failure.statusCode ? `teams-${failure.statusCode}` : 'teams-unreachable',
      };
    }
  }

  async close(): Promise<void> {
    await this.options.cards.close();
    await this.options.close?.();
  }

  private async deliverHolding(edit: DeskCardEdit, ticket: Ticket): Promise<void> {
    const existing = await edit.card();
    const card = existing ?? (await this.postCard(edit, ticket));
    await this.tellChanges(edit, card, ticket);
    if (existing && cardVersionOf(ticket) > existing.cardVersion) await this.updateCard(edit, card, ticket);
  }

  private async serviceUrl(): Promise<string> {
    const desk = await this.options.references.conversation(this.options.deskConversation);
    return desk?.serviceUrl ?? DEFAULT_SERVICE_URL;
  }

  /** Posts the card as a new post in the desk channel and the case file as its first reply. */
  private async postCard(edit: DeskCardEdit, ticket: Ticket): Promise<DeskCard> {
    const { connector, deskConversation } = this.options;
    const created = await connector.create(await this.serviceUrl(), {
      isGroup: true,
      bot: { id: connector.botId, name: 'ressec' },
      channelData: { channel: { id: deskConversation } },
      activity: messageActivity(deskCardReply(ticket)),
    } as Parameters<TeamsConnector['create']>[1]);
    // Teams answers with the conversation id of the new reply chain; its root id is the `;messageid=` suffix.
    const rootId = rootIdOf(created.id) ?? created.activityId;
    if (!rootId) throw new ConnectorFailure(undefined, false);
    const card: DeskCard = {
      ticketId: ticket.id,
      conversationId: deskConversation,
      messageId: rootId,
      cardVersion: cardVersionOf(ticket),
      linesPosted: 0,
    };
    await edit.add(card);
    await this.postInThread(card, caseFileReply(caseFile(ticket)));
    // The case file tells the ticket's creation.
    await edit.advance({ linesPosted: 1 });
    return { ...card, linesPosted: 1 };
  }

  /** One line per change the thread does not tell yet, counted as each goes out. */
  private async tellChanges(edit: DeskCardEdit, card: DeskCard, ticket: Ticket): Promise<void> {
    const current = (await edit.card())?.linesPosted ?? card.linesPosted;
    for (let index = current; index < ticket.audit.length; index += 1) {
      const entry = ticket.audit[index];
      if (entry && entry.action !== 'note_added' && entry.action !== 'created') {
        await this.postInThread(card, changeLine(entry));
      }
      await edit.advance({ linesPosted: index + 1 });
    }
  }

  private async updateCard(edit: DeskCardEdit, card: DeskCard, ticket: Ticket): Promise<void> {
    await this.options.connector.update(
      await this.serviceUrl(),
      card.conversationId,
      card.messageId,
      messageActivity(deskCardReply(ticket)),
    );
    await edit.advance({ cardVersion: cardVersionOf(ticket) });
  }

  private async postInThread(card: DeskCard, reply: Parameters<typeof messageActivity>[0]): Promise<void> {
    const address = postAddress({ id: card.conversationId, threadId: card.messageId, kind: 'channel' });
    await this.options.connector.send(await this.serviceUrl(), address, messageActivity(reply));
  }
}
