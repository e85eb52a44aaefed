// A sink that records every delivery and answers with whatever the test scripts.
import type { Delivery } from '../../../src/escalation/delivery/outbox.js';
import type { Sink, SinkResult } from '../../../src/escalation/sinks/sink.js';
import type { TicketEventType } from '../../../src/escalation/ticket-event.js';

export class RecordingSink implements Sink {
  readonly deliveries: Delivery[] = [];
  respond: (delivery: Delivery) => SinkResult | Promise<SinkResult> = () => ({ ok: true });

  constructor(
    readonly name = 'recording',
    private readonly types?: readonly TicketEventType[],
  ) {}

  accepts(type: TicketEventType): boolean {
    return this.types ? this.types.includes(type) : true;
  }

  async deliver(delivery: Delivery): Promise<SinkResult> {
    this.deliveries.push(delivery);
    return this.respond(delivery);
  }
}
