// A stand-in for login.botframework.com on loopback: OpenID metadata and a key set with one signing key endorsed for
// msteams, and a signer that issues tokens with that key the way the Bot Framework does, or forged in any one way.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT } from 'jose';

export const KEY_ID = 'loopback-key-1';
export const ISSUER = 'https://api.botframework.com';

export interface TokenClaims {
  aud?: string;
  iss?: string;
  serviceurl?: string;
  /** Seconds relative to now. */
  expiresIn?: number;
  notBeforeIn?: number;
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export interface BotFrameworkLogin {
  metadataUrl: string;
  /** How many times the key set was fetched. */
  keyFetches(): number;
  sign(claims: TokenClaims & { appId: string }): Promise<string>;
  /** Signed with a key the metadata does not hold, under the good key's id. */
  signWithOtherKey(claims: TokenClaims & { appId: string }): Promise<string>;
  unsigned(claims: TokenClaims & { appId: string }): string;
  /** HS256 with the public key as the HMAC secret: the classic algorithm confusion. */
  hmacWithPublicKey(claims: TokenClaims & { appId: string }): Promise<string>;
  publicKeyPem: string;
  close(): Promise<void>;
}

function payload(claims: TokenClaims & { appId: string }): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return {
    aud: claims.aud ?? claims.appId,
    iss: claims.iss ?? ISSUER,
    serviceurl: claims.serviceurl,
    iat: now - 10,
    nbf: now + (claims.notBeforeIn ?? -10),
    exp: now + (claims.expiresIn ?? 3_600),
  };
}

export async function startBotFrameworkLogin(): Promise<BotFrameworkLogin> {
  const good = await generateKeyPair('RS256', { extractable: true });
  const other = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(good.publicKey)), kid: KEY_ID, use: 'sig', endorsements: ['msteams'] };
  const publicKeyPem = await exportSPKI(good.publicKey);
  let fetches = 0;
  const server: Server = createServer((request, response) => {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    response.setHeader('content-type', 'application/json');
    if (request.url === '/v1/.well-known/openidconfiguration') {
      response.end(
        JSON.stringify({
          issuer: ISSUER,
          jwks_uri: `${base}/v1/keys`,
          id_token_signing_alg_values_supported: ['RS256'],
        }),
      );
    } else if (request.url === '/v1/keys') {
      fetches += 1;
      response.end(JSON.stringify({ keys: [jwk] }));
    } else {
      response.statusCode = 404;
      response.end('{}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const signWith = (key: typeof good.privateKey, claims: TokenClaims & { appId: string }) =>
    new SignJWT(payload(claims)).setProtectedHeader({ alg: 'RS256', kid: KEY_ID, typ: 'JWT' }).sign(key);
  return {
    metadataUrl: `http://127.0.0.1:${port}/v1/.well-known/openidconfiguration`,
    keyFetches: () => fetches,
    sign: (claims) => signWith(good.privateKey, claims),
    signWithOtherKey: (claims) => signWith(other.privateKey, claims),
    unsigned: (claims) => `${base64url({ alg: 'none', kid: KEY_ID, typ: 'JWT' })}.${base64url(payload(claims))}.`,
    hmacWithPublicKey: (claims) =>
      new SignJWT(payload(claims))
        .setProtectedHeader({ alg: 'HS256', kid: KEY_ID, typ: 'JWT' })
        .sign(new TextEncoder().encode(publicKeyPem)),
    publicKeyPem,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
