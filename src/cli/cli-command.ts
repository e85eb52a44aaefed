import type { Readable, Writable } from 'node:stream';
import type { ChannelCatalog } from '../channels/runtime/channel.js';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';

export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  isTTY: boolean;
}

export interface CliCommand {
  usage: string;
  summary: string;
  /** True when the command runs the interactive chat, so logs go to a file instead of the screen. */
  logsToFile?: (args: string[]) => boolean;
  /**
   * Returns the process exit code: 0 ok, 1 a failure the command reports, 2 bad usage or input. `channels` are the
   * configured chat platforms, to serve or to take desk sinks from.
   */
  run(args: string[], io: CliIo, config: Config, log: Logger, channels: ChannelCatalog): Promise<number>;
}

export class UsageError extends Error {
  override name = 'UsageError';
}
