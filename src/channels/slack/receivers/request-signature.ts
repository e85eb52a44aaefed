// Slack's request signature (v0 HMAC of timestamp and body, checked by Bolt) and a timestamp within the tolerance on
// both sides: Bolt's own check refuses stale requests but not future-dated ones.
import { verifySlackRequest } from '@slack/bolt';

export const DEFAULT_TOLERANCE_SECONDS = 300;

export interface SignedRequest {
  signingSecret: string;
  rawBody: string;
  timestamp: string | string[] | undefined;
  signature: string | string[] | undefined;
  nowMs: number;
  toleranceSeconds?: number;
}

export function isSignedBySlack(request: SignedRequest): boolean {
  const timestamp = Number(request.timestamp);
  if (!Number.isFinite(timestamp) || typeof request.signature !== 'string') return false;
  if (Math.abs(request.nowMs / 1000 - timestamp) > (request.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS))
    return false;
  try {
    verifySlackRequest({
      signingSecret: request.signingSecret,
      body: request.rawBody,
      headers: { 'x-slack-signature': request.signature, 'x-slack-request-timestamp': timestamp },
      nowMilliseconds: request.nowMs,
    });
    return true;
  } catch {
    return false;
  }
}
