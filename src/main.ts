// Composition root and CLI entry: reads the environment once, then runs the named command (default: chat), handing
// it the configured channels, which it starts through the Channel contract.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import type { App } from './app.js';
import type {
  Channel,
  ChannelCatalog,
  ChannelCore,
  ChannelModule,
  RunningChannels,
} from './channels/runtime/channel.js';
import { type CliIo, UsageError } from './cli/cli-command.js';
import { CLI_COMMANDS } from './cli/commands.js';
import { type Config, ConfigError, loadConfig } from './config.js';
import type { Platform } from './core/turn.js';
import type { Sink } from './escalation/sinks/sink.js';
import { createLogger, type Logger } from './log.js';
import { ensurePrivateDir } from './store/private-files.js';

/** package.json sits at the project root, one level above src/ and two above dist/src/. */
function packageVersion(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const candidate of [path.resolve(here, '..', 'package.json'), path.resolve(here, '..', '..', 'package.json')]) {
    if (existsSync(candidate)) return (JSON.parse(readFileSync(candidate, 'utf8')) as { version: string }).version;
  }
  return 'unknown';
}

/** Every chat platform ressec runs on, each loaded only when configured (so `ressec ask` never loads Bolt). */
const CHANNEL_MODULES: readonly {
  platform: Platform;
  isConfigured(config: Config): boolean;
  load(): Promise<ChannelModule>;
}[] = [
  {
    platform: 'slack',
    isConfigured: (config) => config.slack !== undefined,
    load: async () => (await import('./channels/slack/slack-channel.js')).slackChannel as ChannelModule,
  },
  {
    platform: 'teams',
    isConfigured: (config) => config.teams !== undefined,
    load: async () => (await import('./channels/teams/teams-channel.js')).teamsChannel as ChannelModule,
  },
];

/** What a channel is given of a built core. */
export function channelCore(app: App): ChannelCore {
  return {
    config: app.config,
    log: app.log,
    router: app.router,
    state: app.state.state,
    databaseReadiness: () => app.escalation.readiness(),
  };
}

/**
 * Registers the channel's notifier and desk sink (first, so that every ticket written from then on, by a turn or by
 * recovery, reaches its desk), then starts it.
 */
export async function startChannel(app: App, channel: Channel): Promise<void> {
  app.notifier.register(channel.platform, channel.notifier);
  if (channel.deskSink) app.escalation.registerSink(channel.deskSink);
  await channel.start();
}

export function channelCatalog(config: Config, log: Logger, options: { logFile?: string } = {}): ChannelCatalog {
  const configured = CHANNEL_MODULES.filter((entry) => entry.isConfigured(config));
  return {
    configured: () => configured.map((entry) => entry.platform),
    async deskSinks(): Promise<Sink[]> {
      const sinks: Sink[] = [];
      for (const entry of configured) {
        try {
          const sink = (await entry.load()).openDeskSink?.(config, log);
          if (sink) sinks.push(sink);
        } catch (error) {
          // A desk channel that cannot be set up must not stop answering: tickets still reach the other sinks.
          log.error(
            { event: 'desk-sink-unavailable', platform: entry.platform, err: error as Error },
            'a desk sink could not be opened',
          );
        }
      }
      return sinks;
    },
    async answerInThreads(platforms = configured.map((entry) => entry.platform)): Promise<boolean> {
      for (const entry of configured.filter((candidate) => platforms.includes(candidate.platform))) {
        if (!(await entry.load()).answering) return false;
      }
      return true;
    },
    async start(app, platforms = configured.map((entry) => entry.platform), start = {}): Promise<RunningChannels> {
      const channels: Channel[] = [];
      let answersHere = false;
      const stop = async () => {
        for (const channel of [...channels].reverse()) await channel.stop();
      };
      try {
        for (const entry of configured.filter((candidate) => platforms.includes(candidate.platform))) {
          const module = await entry.load();
          // A channel with an answering half answers in a worker thread when asked to; one without, here.
          const answerThread = start.answerThread === true && module.answering !== undefined;
          answersHere ||= !answerThread;
          const channel = await module.create(channelCore(app), { answerThread, logFile: options.logFile });
          channels.push(channel);
          await startChannel(app, channel);
        }
      } catch (error) {
        await stop();
        throw error;
      }
      return { channels, answersHere, stop };
    },
  };
}

/** Loads every command, for its usage line: only `ressec help` and a mistyped command pay for that. */
async function usage(): Promise<string> {
  const commands = await Promise.all(Object.values(CLI_COMMANDS).map((load) => load()));
  const lines = commands.map((command) => `  ressec ${command.usage}\n      ${command.summary}`);
  return `Usage:\n${lines.join('\n')}\n`;
}

export async function main(
  argv: string[],
  environment: Record<string, string | undefined>,
  io: CliIo,
): Promise<number> {
  const [name = 'chat', ...args] = argv;
  if (name === '--version' || name === '-v' || name === 'version') {
    io.stdout.write(`ressec ${packageVersion()}\n`);
    return 0;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(await usage());
    return 0;
  }
  // Only the listed commands: "constructor" or "toString" is no command, whatever Object has.
  const load = Object.hasOwn(CLI_COMMANDS, name) ? CLI_COMMANDS[name] : undefined;
  if (!load) {
    io.stderr.write(`ressec: unknown command "${name}"\n${await usage()}`);
    return 2;
  }
  const command = await load();
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(environment);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr.write(`ressec: ${error.message}\nSee .env.example for every variable.\n`);
      return 2;
    }
    throw error;
  }
  // The terminal chat keeps its screen clean: its log goes to a file. Other commands log to stderr.
  let destination: pino.DestinationStream | number;
  let logFile: string | undefined;
  if (name === 'chat' || command.logsToFile?.(args)) {
    ensurePrivateDir(config.dataDir);
    logFile = path.join(config.dataDir, 'ressec.log');
    destination = pino.destination({ dest: logFile, sync: false, mkdir: true });
  } else {
    // stderr: readable lines on a terminal, JSON otherwise (RESSEC_LOG_FORMAT decides).
    destination = 2;
  }
  const log = createLogger({ level: config.log.level, format: config.log.format, destination }).child({
    component: name,
  });
  try {
    return await command.run(args, io, config, log, channelCatalog(config, log, { logFile }));
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`ressec: ${error.message}\n`);
      return 2;
    }
    if (error instanceof ConfigError) {
      io.stderr.write(`ressec: ${error.message}\nSee .env.example for every variable.\n`);
      return 2;
    }
    log.error({ event: 'command-failed', err: error as Error }, 'command failed');
    io.stderr.write(`ressec: ${(error as Error).message}\n`);
    return 1;
  }
}

const invokedDirectly =
  process.argv[1] && path.resolve(process.argv[1]).replace(/\.ts$/, '.js').endsWith(path.join('src', 'main.js'));
if (invokedDirectly || process.env.RESSEC_BIN === '1') {
  // Everything the process creates (databases, their logs, the ticket file, the chat log) is private to its user.
  process.umask(0o077);
  // A .env in the working directory fills in what the environment does not set (the environment wins).
  if (existsSync('.env')) {
    try {
      process.loadEnvFile('.env');
    } catch (error) {
      process.stderr.write(`ressec: cannot read .env: ${(error as Error).message}\n`);
      process.exit(2);
    }
  }
  const io: CliIo = {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    isTTY: process.stdout.isTTY === true,
  };
  main(process.argv.slice(2), process.env, io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`ressec: ${(error as Error).message}\n`);
      process.exitCode = 1;
    },
  );
}
