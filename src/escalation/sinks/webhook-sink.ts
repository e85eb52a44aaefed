// A signed webhook per Standard Webhooks: webhook-id (stable per delivery, for the receiver to dedupe),
// webhook-timestamp and webhook-signature (HMAC-SHA256 with the whsec_ secret).
import type { Webhook } from 'standardwebhooks';
import type { Delivery } from '../delivery/outbox.js';
import { parseRetryAfter } from './retry-after.js';
import type { Sink, SinkResult } from './sink.js';

export interface WebhookSinkOptions {
  url: string;
  secret: string;
  timeoutMs?: number;
  /** Injected for tests; the global fetch by default. */
  fetch?: typeof fetch;
  now?: () => Date;
}

/** The JSON body: Standard Webhooks' recommended envelope. */
export function webhookBody(delivery: Delivery): string {
  const { event } = delivery;
  return JSON.stringify({
    type: event.type,
    timestamp: event.occurredAt,
    data: { eventId: event.id, ticket: event.ticket, entry: event.entry },
  });
}

export class WebhookSink implements Sink {
  readonly name = 'webhook';
  private signer: Promise<Webhook> | undefined;

  constructor(private readonly options: WebhookSinkOptions) {}

  /** standardwebhooks is loaded with the first delivery, so that a process that sends none never loads it. */
  private sign(id: string, at: Date, body: string): Promise<string> {
    this.signer ??= import('standardwebhooks').then(({ Webhook }) => new Webhook(this.options.secret));
    return this.signer.then((signer) => signer.sign(id, at, body));
  }

  async deliver(delivery: Delivery): Promise<SinkResult> {
    const body = webhookBody(delivery);
    // The timestamp is the time of this attempt: receivers reject signatures older than a few minutes.
    const sentAt = this.options.now?.() ?? new Date();
    const headers = {
      'content-type': 'application/json',
      'user-agent': 'ressec-webhook/1',
      'webhook-id': delivery.id,
      'webhook-timestamp': String(Math.floor(sentAt.getTime() / 1_000)),
      'webhook-signature': await this.sign(delivery.id, sentAt, body),
    };
    let response: Response;
    try {
      response = await (this.options.fetch ?? fetch)(this.options.url, {
        method: 'POST',
        headers,
        body,
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 15_000),
        redirect: 'error',
      });
    } catch (error) {
      const name = (error as Error).name;
      return { ok: false, retryable: true, reason: name === 'TimeoutError' ? 'timeout' : 'network' };
    }
    await response.body?.cancel().catch(() => undefined);
    if (response.ok) return { ok: true };
    const retryable = response.status === 408 || response.status === 429 || response.status >= 500;
    return {
      ok: false,
      retryable,
      retryAfterMs: parseRetryAfter(response.headers.get('retry-after')),
      reason: `http-${response.status}`,
    };
  }
}
