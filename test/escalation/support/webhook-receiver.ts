// A real HTTP receiver on 127.0.0.1 that verifies every Standard Webhooks signature, as a desk system would.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export const WEBHOOK_SECRET = `whsec_${Buffer.from('ressec-test-webhook-secret-32byte').toString('base64')}`;

export interface ReceivedWebhook {
  webhookId: string;
  type: string;
  ticketId: string;
  eventId: string;
  receivedAt: number;
  body: { type: string; timestamp: string; data: { eventId: string; ticket: { id: string }; entry: unknown } };
}

/** What the receiver does with the next request; `accept` records it, the others simulate an outage. */
export type ReceiverBehaviour =
  | { kind: 'accept'; delayMs?: number }
  | { kind: 'status'; status: number; retryAfter?: string }
  | { kind: 'drop-after-accept' }
  | { kind: 'reset' };

export interface WebhookReceiver {
  url: string;
  received: ReceivedWebhook[];
  /** Requests whose signature did not verify (should stay empty). */
  rejected: number;
  requests: number;
  behave: (request: number) => ReceiverBehaviour;
  uniqueIds(): Set<string>;
  close(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startWebhookReceiver(secret = WEBHOOK_SECRET): Promise<WebhookReceiver> {
  const verifier = new Webhook(secret);
  const receiver: WebhookReceiver = {
    url: '',
    received: [],
    rejected: 0,
    requests: 0,
    behave: () => ({ kind: 'accept' }),
    uniqueIds: () => new Set(receiver.received.map((item) => item.webhookId)),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const behaviour = receiver.behave(receiver.requests++);
    const body = await readBody(request);
    if (behaviour.kind === 'reset') {
      request.socket.destroy();
      return;
    }
    if (behaviour.kind === 'status') {
      response.writeHead(behaviour.status, behaviour.retryAfter ? { 'retry-after': behaviour.retryAfter } : {});
      response.end();
      return;
    }
    let payload: ReceivedWebhook['body'];
    try {
      payload = verifier.verify(body, request.headers as Record<string, string>) as ReceivedWebhook['body'];
    } catch {
      receiver.rejected += 1;
      response.writeHead(401).end();
      return;
    }
    if (behaviour.kind === 'accept' && behaviour.delayMs)
      await new Promise((resolve) => setTimeout(resolve, behaviour.delayMs));
    receiver.received.push({
      webhookId: String(request.headers['webhook-id']),
      type: payload.type,
      ticketId: payload.data.ticket.id,
      eventId: payload.data.eventId,
      receivedAt: Date.now(),
      body: payload,
    });
    // Processed, but the sender never hears so: it must retry, and the receiver dedupes by webhook-id.
    if (behaviour.kind === 'drop-after-accept') {
      request.socket.destroy();
      return;
    }
    response.writeHead(204).end();
  };
  const server: Server = createServer((request, response) => {
    handle(request, response).catch(() => response.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ressec`;
  return receiver;
}
