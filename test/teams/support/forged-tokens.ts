// Every way the tests forge a request to /api/messages, each with the reason code the check must give.
import type { BotFrameworkLogin, TokenClaims } from './bot-framework-login.js';

export type Forgery = [name: string, authorization: () => Promise<string | undefined>, reason: string];

/** `login` is read when a header is made, so the list can be built before the stand-in starts. */
export function forgeries(login: () => BotFrameworkLogin, claims: TokenClaims & { appId: string }): Forgery[] {
  const signed = async (extra: TokenClaims) => `Bearer ${await login().sign({ ...claims, ...extra })}`;
  return [
    ['a missing header', async () => undefined, 'missing-header'],
    ['a bad signature', async () => `Bearer ${await login().signWithOtherKey(claims)}`, 'bad-signature'],
    ['alg none', async () => `Bearer ${login().unsigned(claims)}`, 'algorithm-not-allowed'],
    [
      'algorithm confusion (HS256 keyed with the public key)',
      async () => `Bearer ${await login().hmacWithPublicKey(claims)}`,
      'algorithm-not-allowed',
    ],
    ['a wrong audience', () => signed({ aud: 'someone-else' }), 'wrong-audience'],
    ['a wrong issuer', () => signed({ iss: 'https://sts.windows.net/evil/' }), 'wrong-issuer'],
    ['an expired token', () => signed({ expiresIn: -600 }), 'expired'],
    ['a token not yet valid', () => signed({ notBeforeIn: 600 }), 'not-yet-valid'],
    [
      'a serviceUrl claim that differs from the activity',
      () => signed({ serviceurl: 'https://evil.example/' }),
      'service-url-mismatch',
    ],
    ['a Basic header', async () => 'Basic dXNlcjpwYXNz', 'malformed-token'],
    ['garbage after Bearer', async () => 'Bearer not.a.jwt!', 'malformed-token'],
  ];
}
