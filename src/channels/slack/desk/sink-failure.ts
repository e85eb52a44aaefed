// A Slack API failure as a sink result: rate limits and outages are retried (after Retry-After), configuration
// problems (wrong channel, bot not invited, bad token) are not.
import type { SinkResult } from '../../../escalation/sinks/sink.js';

const PERMANENT = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'missing_scope',
  'invalid_blocks',
  'msg_too_long',
  'no_text',
]);

export function sinkFailure(error: unknown): Extract<SinkResult, { ok: false }> {
  const failure = error as { code?: string; retryAfter?: number; data?: { error?: string } };
  if (failure.code === 'slack_webapi_rate_limited_error') {
    return { ok: false, retryable: true, retryAfterMs: (failure.retryAfter ?? 1) * 1_000, reason: 'slack-ratelimited' };
  }
  const code = failure.data?.error;
  if (code === 'ratelimited') return { ok: false, retryable: true, reason: 'slack-ratelimited' };
  if (code) return { ok: false, retryable: !PERMANENT.has(code), reason: `slack-${code}` };
  return { ok: false, retryable: true, reason: failure.code ?? 'slack-request-failed' };
}
