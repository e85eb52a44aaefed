// Which desk-channel message is each ticket's card (its thread is the case file), and which deliveries were posted.
import type { SqlDatabase } from '../../../store/sql-database.js';

export interface CardLocation {
  channel: string;
  ts: string;
}

export class DeskCards {
  constructor(
    private readonly db: SqlDatabase,
    private readonly now: () => number = Date.now,
  ) {}

  find(ticketId: string): CardLocation | undefined {
    return this.db.prepare('SELECT channel, ts FROM slack_desk_cards WHERE ticket_id = ?').get(ticketId) as
      | CardLocation
      | undefined;
  }

  /** The ticket whose card starts this thread, if any. */
  ticketForThread(channel: string, threadTs: string): string | undefined {
    const row = this.db
      .prepare('SELECT ticket_id FROM slack_desk_cards WHERE channel = ? AND ts = ?')
      .get(channel, threadTs) as { ticket_id: string } | undefined;
    return row?.ticket_id;
  }

  save(ticketId: string, location: CardLocation): void {
    this.db
      .prepare(
        'INSERT INTO slack_desk_cards (ticket_id, channel, ts, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (ticket_id) DO NOTHING',
      )
      .run(ticketId, location.channel, location.ts, this.now());
  }

  wasDelivered(deliveryId: string): boolean {
    return this.db.prepare('SELECT 1 FROM slack_desk_deliveries WHERE delivery_id = ?').get(deliveryId) !== undefined;
  }

  markDelivered(deliveryId: string): void {
    this.db
      .prepare('INSERT INTO slack_desk_deliveries (delivery_id, delivered_at) VALUES (?, ?) ON CONFLICT DO NOTHING')
      .run(deliveryId, this.now());
  }
}
