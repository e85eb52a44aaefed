// The desk channel in Teams: each ticket gets a card that starts a reply chain, the chain is the case file (the case,
// then one line per change), and the card is edited in place (updateActivity) as the ticket changes. The store's
// counters make every delivery idempotent by ticket version: a delivery only posts what the thread does not tell yet.
import { caseFile } from '../../../escalation/case-file.js';
import type { Delivery } from '../../../escalation/delivery/outbox.js';
import type { Sink, SinkResult } from '../../../escalation/sinks/sink.js';
import type { Ticket } from '../../../escalation/ticket.js';
import type { TicketEventType } from '../../../escalation/ticket-event.js';
import type { Logger } from '../../../log.js';
import { postAddress, rootIdOf } from '../activity-turn.js';
import { ConnectorFailure, type TeamsConnector } from '../connector/teams-connector.js';
import { messageActivity } from '../message-activity.js';
import type { ConversationReferences } from '../store/conversation-references.js';
import type { DeskCardRow, DeskCardStore } from './desk-card-store.js';
import { caseFileReply, changeLine, deskCardReply } from './desk-messages.js';

export const TEAMS_DESK_SINK = 'teams-desk-channel';
/** Where Teams in the public cloud takes proactive posts, until a verified activity from the desk's team says. */
export const DEFAULT_SERVICE_URL = 'https://smba.trafficmanager.net/teams/';

export interface TeamsDeskSinkOptions {
  connector: TeamsConnector;
  references: ConversationReferences;
  cards: DeskCardStore;
  /** The desk channel's conversation id (19:…@thread.tacv2). */
  deskConversation: string;
  log: Logger;
  close?: () => void;
}

export class TeamsDeskSink implements Sink {
  readonly name = TEAMS_DESK_SINK;
  private readonly perTicket = new Map<string, Promise<unknown>>();

  constructor(private readonly options: TeamsDeskSinkOptions) {}

  /** Internal notes come from the thread itself (a reply there is a note): telling them again would double them. */
  accepts(type: TicketEventType): boolean {
    return type !== 'ticket.note_added';
  }

  deliver(delivery: Delivery): Promise<SinkResult> {
    const ticketId = delivery.event.ticket.id;
    // One delivery per ticket at a time in this process, so two changes cannot both post the same line.
    const previous = this.perTicket.get(ticketId) ?? Promise.resolve();
    const next = previous.then(() => this.deliverInOrder(delivery));
    const tail = next.catch(() => undefined);
    this.perTicket.set(ticketId, tail);
    void tail.then(() => {
      if (this.perTicket.get(ticketId) === tail) this.perTicket.delete(ticketId);
    });
    return next;
  }

  async close(): Promise<void> {
    this.options.close?.();
  }

  private async deliverInOrder(delivery: Delivery): Promise<SinkResult> {
    const ticket = delivery.event.ticket;
    try {
      const existing = this.options.cards.byTicket(ticket.id);
      const card = existing ?? (await this.postCard(ticket));
      await this.tellChanges(card, ticket);
      if (existing && ticket.updatedAt > existing.cardVersion) await this.updateCard(card, ticket);
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

  private serviceUrl(): string {
    return this.options.references.conversation(this.options.deskConversation)?.serviceUrl ?? DEFAULT_SERVICE_URL;
  }

  /** Posts the card as a new post in the desk channel and the case file as its first reply. */
  private async postCard(ticket: Ticket): Promise<DeskCardRow> {
    const { connector, deskConversation, cards } = this.options;
    const created = await connector.create(this.serviceUrl(), {
      isGroup: true,
      bot: { id: connector.botId, name: 'ressec' },
      channelData: { channel: { id: deskConversation } },
      activity: messageActivity(deskCardReply(ticket)),
    } as Parameters<TeamsConnector['create']>[1]);
    // Teams answers with the conversation id of the new reply chain; its root id is the `;messageid=` suffix.
    const rootId = rootIdOf(created.id) ?? created.activityId;
    if (!rootId) throw new ConnectorFailure(undefined, false);
    const row: DeskCardRow = {
      ticketId: ticket.id,
      conversationId: deskConversation,
      rootId,
      cardVersion: ticket.updatedAt,
      linesPosted: 0,
    };
    cards.add(row);
    await this.postInThread(row, caseFileReply(caseFile(ticket)));
    // The case file tells the ticket's creation.
    cards.advance(ticket.id, { linesPosted: 1 });
    return { ...row, linesPosted: 1 };
  }

  /** One line per change the thread does not tell yet, counted as each goes out. */
  private async tellChanges(card: DeskCardRow, ticket: Ticket): Promise<void> {
    const current = this.options.cards.byTicket(ticket.id)?.linesPosted ?? card.linesPosted;
    for (let index = current; index < ticket.audit.length; index += 1) {
      const entry = ticket.audit[index];
      if (entry && entry.action !== 'note_added' && entry.action !== 'created') {
        await this.postInThread(card, changeLine(entry));
      }
      this.options.cards.advance(ticket.id, { linesPosted: index + 1 });
    }
  }

  private async updateCard(card: DeskCardRow, ticket: Ticket): Promise<void> {
    await this.options.connector.update(
      this.serviceUrl(),
      card.conversationId,
      card.rootId,
      messageActivity(deskCardReply(ticket)),
    );
    this.options.cards.advance(ticket.id, { cardVersion: ticket.updatedAt });
  }

  private async postInThread(card: DeskCardRow, reply: Parameters<typeof messageActivity>[0]): Promise<void> {
    const address = postAddress({ id: card.conversationId, threadId: card.rootId, kind: 'channel' });
    await this.options.connector.send(this.serviceUrl(), address, messageActivity(reply));
  }
}
