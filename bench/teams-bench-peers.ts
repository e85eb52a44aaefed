// The Teams benchmark's peers, in a process of their own: the Bot Framework's OpenID metadata and signing key on
// loopback (GET /token signs a channel token for the app and serviceUrl given), and a lean Bot Connector that records,
// per conversation, when typing first arrived and how many answers and "queued" notices were posted. GET /stats returns what was
// recorded; prints "READY <port>".
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';

const KEY_ID = 'bench-key';
const keys = await generateKeyPair('RS256', { extractable: true });
const jwk = { ...(await exportJWK(keys.publicKey)), kid: KEY_ID, use: 'sig', endorsements: ['msteams'] };

const typing = new Map<string, number>();
const messages = new Map<string, number>();
/** "Busy, your message is queued" notices, apart from the answers. */
const notices = new Map<string, number>();
let activityId = 1_700_000_000_000;

function json(response: ServerResponse, body: unknown): void {
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString()));
  });
}

const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const raw = await readBody(request);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  if (url.pathname === '/v1/.well-known/openidconfiguration') return json(response, { jwks_uri: `${base}/v1/keys` });
  if (url.pathname === '/v1/keys') return json(response, { keys: [jwk] });
  if (url.pathname === '/token') {
    const now = Math.floor(Date.now() / 1000);
    const token = await new SignJWT({ serviceurl: url.searchParams.get('serviceUrl') })
      .setProtectedHeader({ alg: 'RS256', kid: KEY_ID, typ: 'JWT' })
      .setIssuer('https://api.botframework.com')
      .setAudience(url.searchParams.get('appId') ?? '')
      .setIssuedAt(now)
      .setNotBefore(now - 60)
      .setExpirationTime(now + 3_600)
      .sign(keys.privateKey);
    return json(response, { token });
  }
  if (url.pathname === '/stats')
    return json(response, { typing: [...typing], messages: [...messages], notices: [...notices] });
  const posted = /^\/v3\/conversations\/([^/]+)\/activities\/?$/.exec(url.pathname);
  if (request.method === 'POST' && posted?.[1]) {
    const conversation = decodeURIComponent(posted[1]);
    const activity = JSON.parse(raw) as { type?: string; text?: string };
    if (activity.type === 'typing') {
      if (!typing.has(conversation)) typing.set(conversation, Date.now());
    } else {
      const counts = activity.text?.includes('queued') ? notices : messages;
      counts.set(conversation, (counts.get(conversation) ?? 0) + 1);
    }
    activityId += 1;
    return json(response, { id: String(activityId) });
  }
  response.writeHead(404).end();
});
server.keepAliveTimeout = 65_000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`READY ${(server.address() as AddressInfo).port}\n`);
});
