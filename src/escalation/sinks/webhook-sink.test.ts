import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import type { Delivery } from '../delivery/outbox.js';
import { WebhookSink } from './webhook-sink.js';

const SECRET = `whsec_${Buffer.from('unit-test-secret-unit-test-secret').toString('base64')}`;
const delivery: Delivery = {
  id: 'msg_abc',
  sink: 'webhook',
  ticketId: 'RS-2026-0001',
  attempt: 1,
  event: {
    id: 'evt_RS-2026-0001_0',
    type: 'ticket.created',
    occurredAt: '2026-06-01T10:00:00.000Z',
    ticket: { id: 'RS-2026-0001' } as Delivery['event']['ticket'],
    entry: {} as Delivery['event']['entry'],
  },
};

function sinkReturning(response: Response | Error) {
  const requests: { url: string; init: RequestInit }[] = [];
  const fetchFake = (async (url: string, init: RequestInit) => {
    requests.push({ url, init });
    if (response instanceof Error) throw response;
    return response;
  }) as unknown as typeof fetch;
  return { sink: new WebhookSink({ url: 'https://desk.example/hook', secret: SECRET, fetch: fetchFake }), requests };
}

describe('WebhookSink', () => {
  it('signs per Standard Webhooks with the delivery id as webhook-id', async () => {
    const { sink, requests } = sinkReturning(new Response(null, { status: 204 }));
    expect(await sink.deliver(delivery)).toEqual({ ok: true });
    const headers = requests[0]?.init.headers as Record<string, string>;
    expect(headers['webhook-id']).toBe('msg_abc');
    const body = String(requests[0]?.init.body);
    expect(new Webhook(SECRET).verify(body, headers)).toMatchObject({
      type: 'ticket.created',
      data: { eventId: 'evt_RS-2026-0001_0' },
    });
  });

  it('classifies failures: 5xx, 408 and 429 retry (with Retry-After), other 4xx do not', async () => {
    const retry = await sinkReturning(
      new Response(null, { status: 429, headers: { 'retry-after': '7' } }),
    ).sink.deliver(delivery);
    expect(retry).toEqual({ ok: false, retryable: true, retryAfterMs: 7_000, reason: 'http-429' });
    expect(await sinkReturning(new Response(null, { status: 502 })).sink.deliver(delivery)).toMatchObject({
      retryable: true,
    });
    expect(await sinkReturning(new Response(null, { status: 408 })).sink.deliver(delivery)).toMatchObject({
      retryable: true,
    });
    expect(await sinkReturning(new Response(null, { status: 400 })).sink.deliver(delivery)).toMatchObject({
      retryable: false,
      reason: 'http-400',
    });
  });

  it('treats network errors and timeouts as retryable', async () => {
    expect(await sinkReturning(new TypeError('fetch failed')).sink.deliver(delivery)).toEqual({
      ok: false,
      retryable: true,
      reason: 'network',
    });
    const timeout = Object.assign(new Error('timed out'), { name: 'TimeoutError' });
    expect(await sinkReturning(timeout).sink.deliver(delivery)).toMatchObject({ retryable: true, reason: 'timeout' });
  });
});
