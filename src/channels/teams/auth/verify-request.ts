// Decides whether a request to /api/messages really comes from the Bot Framework for this bot, before anything reads
// the activity: a bearer token signed with RS256 by a key in the Bot Framework's metadata, issued for this app id by
// the Bot Framework, in date, endorsed for the activity's channel, naming the activity's serviceUrl, and (for a
// single-tenant bot) from the bot's own tenant. A rejection carries a short reason code and nothing else: no token,
// key or library message ever reaches a log or a response.
import { decodeProtectedHeader, errors, jwtVerify } from 'jose';
import type { SigningKeys } from './signing-keys.js';

export const BOT_FRAMEWORK_ISSUER = 'https://api.botframework.com';
/** The Bot Framework SDKs accept this much clock skew; so does this check. */
const CLOCK_TOLERANCE_SECONDS = 300;

export type RejectReason =
  | 'missing-header'
  | 'malformed-token'
  | 'algorithm-not-allowed'
  | 'unknown-key'
  | 'bad-signature'
  | 'expired'
  | 'not-yet-valid'
  | 'wrong-audience'
  | 'wrong-issuer'
  | 'not-endorsed'
  | 'service-url-mismatch'
  | 'wrong-tenant'
  | 'keys-unavailable';

export type Verdict = { ok: true; claims: Record<string, unknown> } | { ok: false; reason: RejectReason };

export interface RequestVerifierOptions {
  appId: string;
  /** Set for a single-tenant bot: activities from any other tenant are refused. */
  tenantId?: string;
  keys: SigningKeys;
  issuer?: string;
  now?: () => number;
}

/** The fields of an activity the check compares with the token. */
export interface ActivityClaims {
  channelId?: unknown;
  serviceUrl?: unknown;
  conversation?: { tenantId?: unknown };
  channelData?: { tenant?: { id?: unknown } };
}

function claimFailure(error: errors.JWTClaimValidationFailed): RejectReason {
  switch (error.claim) {
    case 'aud':
      return 'wrong-audience';
    case 'iss':
      return 'wrong-issuer';
    case 'nbf':
      return 'not-yet-valid';
    default:
      return 'malformed-token';
  }
}

/** The Bot Framework sends one token with many activities: its signature is checked once, its dates every time. */
const VERIFIED_TOKENS = 1_000;

export class RequestVerifier {
  private readonly verified = new Map<string, { claims: Record<string, unknown>; endorsements: string[] }>();

  private readonly now: () => number;

  constructor(private readonly options: RequestVerifierOptions) {
    this.now = options.now ?? Date.now;
  }

  async verify(authorization: string | undefined, activity: ActivityClaims): Promise<Verdict> {
    const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)$/.exec(authorization ?? '');
    if (!authorization) return { ok: false, reason: 'missing-header' };
    if (!match?.[1]) return { ok: false, reason: 'malformed-token' };
    const token = match[1];

    let header: { alg?: string; kid?: string };
    try {
      header = decodeProtectedHeader(token);
    } catch {
      return { ok: false, reason: 'malformed-token' };
    }
    // Only RS256: `none` and HMAC with the public key as secret (algorithm confusion) never reach a key lookup.
    if (header.alg !== 'RS256') return { ok: false, reason: 'algorithm-not-allowed' };
    if (typeof header.kid !== 'string' || header.kid.length > 200) return { ok: false, reason: 'unknown-key' };

    const known = this.verified.get(token);
    if (known) {
      const expired = this.outOfDate(known.claims);
      if (expired) return { ok: false, reason: expired };
      return this.matchActivity(known.claims, known.endorsements, activity);
    }

    let key: Awaited<ReturnType<SigningKeys['find']>>;
    try {
      key = await this.options.keys.find(header.kid);
    } catch {
      return { ok: false, reason: 'keys-unavailable' };
    }
    if (!key) return { ok: false, reason: 'unknown-key' };

    let claims: Record<string, unknown>;
    try {
      const verified = await jwtVerify(token, key.key, {
        algorithms: ['RS256'],
        issuer: this.options.issuer ?? BOT_FRAMEWORK_ISSUER,
        audience: this.options.appId,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        currentDate: new Date(this.now()),
        requiredClaims: ['exp'],
      });
      claims = verified.payload as Record<string, unknown>;
    } catch (error) {
      if (error instanceof errors.JWTExpired) return { ok: false, reason: 'expired' };
      if (error instanceof errors.JWTClaimValidationFailed) return { ok: false, reason: claimFailure(error) };
      if (error instanceof errors.JWSSignatureVerificationFailed) return { ok: false, reason: 'bad-signature' };
      return { ok: false, reason: 'malformed-token' };
    }

    if (this.verified.size >= VERIFIED_TOKENS) this.verified.delete(this.verified.keys().next().value ?? '');
    this.verified.set(token, { claims, endorsements: key.endorsements });
    return this.matchActivity(claims, key.endorsements, activity);
  }

  /** What every activity must match in a genuine token: its channel, its serviceUrl and (single tenant) its tenant. */
  private matchActivity(claims: Record<string, unknown>, endorsements: string[], activity: ActivityClaims): Verdict {
    if (endorsements.length > 0 && !endorsements.includes(String(activity.channelId))) {
      return { ok: false, reason: 'not-endorsed' };
    }
    if (typeof activity.serviceUrl !== 'string' || claims.serviceurl !== activity.serviceUrl) {
      return { ok: false, reason: 'service-url-mismatch' };
    }
    const tenant = activity.conversation?.tenantId ?? activity.channelData?.tenant?.id;
    if (this.options.tenantId && tenant !== this.options.tenantId) return { ok: false, reason: 'wrong-tenant' };
    return { ok: true, claims };
  }

  /** A token verified earlier may have expired since (with the same tolerance as the first check). */
  private outOfDate(claims: Record<string, unknown>): RejectReason | undefined {
    const now = this.now() / 1000;
    if (typeof claims.exp === 'number' && now - CLOCK_TOLERANCE_SECONDS >= claims.exp) return 'expired';
    if (typeof claims.nbf === 'number' && now + CLOCK_TOLERANCE_SECONDS < claims.nbf) return 'not-yet-valid';
    return undefined;
  }
}
