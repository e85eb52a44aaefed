// ressec's Teams channel for bench/teams-ack.ts, in its own process: the core built from the shipped corpus with the
// LLM answerer pointed at the stub, and the Teams channel exactly as `ressec teams` starts it, except that its signing
// keys and outgoing credentials are the benchmark's loopback ones. Prints "READY <port>".
import path from 'node:path';
import { buildApp } from '../src/app.js';
import { TeamsChannel } from '../src/channels/teams/teams-channel.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/log.js';
import { channelCore, startChannel } from '../src/main.js';

const config = loadConfig(process.env);
// The log at the default level, written as in production and thrown away.
const log = createLogger({ level: config.log.level, format: 'json', destination: { write: () => true } as never });
const app = await buildApp(config, log);
const teams = await TeamsChannel.create(channelCore(app), {
  port: 0,
  host: '127.0.0.1',
  openIdMetadataUrl: process.env.BENCH_OPENID_METADATA,
  outgoingToken: 'Bearer bench-outgoing-token',
  // As `ressec teams` serves: answers in a worker thread, this event loop only acknowledges.
  answerThread: true,
  logFile: path.join(config.dataDir, 'answers.log'),
});
await startChannel(app, teams);
process.stdout.write(`READY ${teams.port} ${path.basename(config.dataDir)}\n`);
process.once('SIGTERM', () => process.exit(0));
