// Composition root and CLI entry: reads the environment once, then runs the named command (default: chat).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { type CliIo, UsageError } from './cli/cli-command.js';
import { CLI_COMMANDS } from './cli/commands.js';
import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './log.js';
import { ensurePrivateDir } from './store/private-files.js';

/** package.json sits at the project root, one level above src/ and two above dist/src/. */
function packageVersion(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const candidate of [path.resolve(here, '..', 'package.json'), path.resolve(here, '..', '..', 'package.json')]) {
    if (existsSync(candidate)) return (JSON.parse(readFileSync(candidate, 'utf8')) as { version: string }).version;
  }
  return 'unknown';
}

function usage(): string {
  const lines = Object.entries(CLI_COMMANDS).map(
    ([, command]) => `  ressec ${command.usage}\n      ${command.summary}`,
  );
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
    io.stdout.write(usage());
    return 0;
  }
  const command = CLI_COMMANDS[name];
  if (!command) {
    io.stderr.write(`ressec: unknown command "${name}"\n${usage()}`);
    return 2;
  }
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
  let destination: pino.DestinationStream;
  if (name === 'chat' || command.logsToFile?.(args)) {
    ensurePrivateDir(config.dataDir);
    destination = pino.destination({ dest: path.join(config.dataDir, 'ressec.log'), sync: false, mkdir: true });
  } else {
    destination = pino.destination(2);
  }
  const log = createLogger({ level: config.log.level, format: config.log.format, destination }).child({
    component: name,
  });
  try {
    return await command.run(args, io, config, log);
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
