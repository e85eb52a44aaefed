// The Bot Framework's signing keys, from its OpenID metadata: fetched on first use, kept for a day, and fetched again
// early when a token names a key not seen yet (keys roll over), but not more than once every five minutes, so a
// flood of forged key ids cannot turn into a flood of fetches.
import { importJWK, type JWK } from 'jose';

type VerificationKey = Awaited<ReturnType<typeof importJWK>>;

export const BOT_FRAMEWORK_OPENID_METADATA = 'https://login.botframework.com/v1/.well-known/openidconfiguration';

export interface SigningKey {
  key: VerificationKey;
  /** The channels this key may sign for (`msteams`); empty when the metadata names none. */
  endorsements: string[];
}

const KEEP_MS = 24 * 3_600_000;
const EARLIEST_REFETCH_MS = 5 * 60_000;
const FETCH_TIMEOUT_MS = 10_000;

interface Jwk extends JWK {
  kid?: string;
  endorsements?: unknown;
}

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'error' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}

export class SigningKeys {
  private keys = new Map<string, SigningKey>();
  private fetchedAt = Number.NEGATIVE_INFINITY;
  private fetching: Promise<void> | undefined;

  constructor(
    private readonly metadataUrl: string = BOT_FRAMEWORK_OPENID_METADATA,
    private readonly now: () => number = Date.now,
  ) {}

  /** The key with this id; undefined when the metadata has none (after one refetch if it is due). */
  async find(keyId: string): Promise<SigningKey | undefined> {
    // A fetch under way counts as fetched already (see load), so whoever arrives meanwhile waits for its keys: at start
    // every request of the first burst would otherwise find no key and be refused with 401, which Teams does not retry.
    if (this.fetching) {
      try {
        await this.fetching;
      } catch (error) {
        if (!this.keys.has(keyId)) throw error;
      }
    }
    const age = this.now() - this.fetchedAt;
    if (age > KEEP_MS || (!this.keys.has(keyId) && age > EARLIEST_REFETCH_MS)) await this.refresh();
    return this.keys.get(keyId);
  }

  private refresh(): Promise<void> {
    this.fetching ??= this.load().finally(() => {
      this.fetching = undefined;
    });
    return this.fetching;
  }

  private async load(): Promise<void> {
    // Counted as fetched even when it fails: the next try waits its turn rather than hammering the endpoint.
    this.fetchedAt = this.now();
    const metadata = (await fetchJson(this.metadataUrl)) as { jwks_uri?: unknown };
    if (typeof metadata.jwks_uri !== 'string' || !/^https?:\/\//.test(metadata.jwks_uri)) {
      throw new Error('the OpenID metadata names no key set');
    }
    const set = (await fetchJson(metadata.jwks_uri)) as { keys?: unknown };
    const keys = new Map<string, SigningKey>();
    for (const jwk of Array.isArray(set.keys) ? (set.keys as Jwk[]) : []) {
      if (typeof jwk.kid !== 'string' || jwk.kty !== 'RSA') continue;
      const endorsements = Array.isArray(jwk.endorsements)
        ? jwk.endorsements.filter((item): item is string => typeof item === 'string')
        : [];
      try {
        keys.set(jwk.kid, { key: await importJWK({ kty: jwk.kty, n: jwk.n, e: jwk.e }, 'RS256'), endorsements });
      } catch {
        // A key that does not import cannot verify anything: it is left out.
      }
    }
    this.keys = keys;
  }
}
