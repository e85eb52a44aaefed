// The bare botbuilder app of bench/teams-ack.ts, in its own process: botbuilder's CloudAdapter verifying each token
// against the same loopback keys, and a turn that does nothing, so it acknowledges at once. What ressec's
// acknowledgements are compared with. Prints "READY <port>".
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { loopbackCredentials } from '../test/teams/support/teams-harness.js';

const authentication = new ConfigurationBotFrameworkAuthentication(
  {
    MicrosoftAppId: process.env.MicrosoftAppId ?? '',
    MicrosoftAppPassword: 'bench',
    MicrosoftAppTenantId: process.env.MicrosoftAppTenantId ?? '',
    MicrosoftAppType: 'SingleTenant',
    // Naming one endpoint makes botbuilder treat this as a custom cloud: the others must then be named too.
    ToBotFromChannelOpenIdMetadataUrl: process.env.BENCH_OPENID_METADATA,
    ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
    ToBotFromEmulatorOpenIdMetadataUrl: process.env.BENCH_OPENID_METADATA,
    ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
    ToChannelFromBotOAuthScope: 'https://api.botframework.com',
    OAuthUrl: 'https://api.botframework.com',
    ValidateAuthority: true,
  },
  loopbackCredentials,
);
const adapter = new CloudAdapter(authentication);

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    // CloudAdapter expects a parsed body and an express-style response, as its samples give it.
    const body = JSON.parse(Buffer.concat(chunks).toString() || '{}') as Record<string, unknown>;
    let status = 200;
    let sent: unknown;
    const reply = {
      socket: response.socket,
      status: (code: number) => {
        status = code;
      },
      header: (name: string, value: unknown) => response.setHeader(name, String(value)),
      send: (value: unknown) => {
        sent = value;
      },
      end: () => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(sent === undefined ? undefined : JSON.stringify(sent));
      },
    };
    void adapter.process(Object.assign(request, { body }) as never, reply as never, async () => {});
  });
});
server.keepAliveTimeout = 65_000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`READY ${(server.address() as AddressInfo).port}\n`);
});
