// The Channel contract: what every chat platform offers the composition root (src/main.ts), which starts each
// configured channel through it. The core never sees a channel; a channel sees the core only through ChannelCore.
import type { App } from '../../app.js';
import type { Config } from '../../config.js';
import type { Notifier } from '../../core/notifier.js';
import type { Router } from '../../core/router.js';
import type { StateStore } from '../../core/state-store.js';
import type { Platform } from '../../core/turn.js';
import type { Sink } from '../../escalation/sinks/sink.js';
import type { Logger } from '../../log.js';
import type { Readiness } from '../../store/readiness.js';
import type { Deliverer } from './deliverer.js';
import type { FormMemory } from './form-memory.js';
import type { InboxState } from './inbox.js';

/** What a channel is given of the core. */
export interface ChannelCore {
  config: Config;
  log: Logger;
  router: Router;
  state: StateStore;
  /** Whether the ticket database is reachable and migrated: GET /readyz on the channels' HTTP port reports it. */
  databaseReadiness?: () => Promise<Readiness>;
}

export interface ChannelHealth {
  platform: Platform;
  /** False once the channel has stopped or lost its connection to the platform. */
  ok: boolean;
  inbox: Record<InboxState, number>;
  /** Turns queued or running in this process. */
  queued: number;
}

export interface Channel {
  readonly platform: Platform;
  /** Delivers the core's messages on its own initiative (ticket status, a desk question) to this platform's users. */
  readonly notifier: Notifier;
  /**
   * Ticket events for a desk that works in this platform (a desk channel). Registered before `start`, so that every
   * ticket written from then on, by a turn or by recovery, is routed to it.
   */
  readonly deskSink?: Sink;
  /** Starts receiving, and works off what a previous run left unfinished. */
  start(): Promise<void>;
  /** Stops receiving, lets running turns finish, and hands unfinished ones back to the inbox. */
  stop(): Promise<void>;
  health(): Promise<ChannelHealth>;
}

/** The half of a channel that posts: what the thread that answers turns needs of it. */
export interface ChannelAnswering {
  deliverer: Deliverer;
  notifier: Notifier;
  deskSink?: Sink;
}

/** A chat platform ressec can run on. */
export interface ChannelModule<Options extends ChannelStartOptions = ChannelStartOptions> {
  readonly platform: Platform;
  isConfigured(config: Config): boolean;
  /** The channel on a built core, not yet started. */
  create(core: ChannelCore, options?: Options): Promise<Channel>;
  /**
   * The channel's desk sink alone, for a process that files or delivers tickets without running the channel (the
   * terminal chat, `ressec check --escalate`, `ressec deliver`); undefined when this configuration has no desk there.
   */
  openDeskSink?(config: Config, log: Logger): Sink | undefined;
  /** The channel's answering half on a core, for an answer thread (src/channels/runtime/answer-thread). */
  answering?(core: ChannelCore, forms: FormMemory, options?: unknown): ChannelAnswering;
}

/** What every channel module's options may carry, from the composition root. */
export interface ChannelStartOptions {
  /** Answer in a worker thread, so that the event loop that acknowledges does nothing else. */
  answerThread?: boolean;
  /** Where an answer thread logs (stderr when absent). */
  logFile?: string;
}

/** The running channels of a process. */
export interface RunningChannels {
  channels: readonly Channel[];
  /** Some channel answers in this thread (its desk sink is registered here, so tickets are delivered from here). */
  answersHere: boolean;
  /** Stops them, last started first. */
  stop(): Promise<void>;
}

/** The channels this environment configures, as the composition root (src/main.ts) hands them to commands. */
export interface ChannelCatalog {
  /** The platforms configured, e.g. `['slack']`. */
  configured(): Platform[];
  /** The configured channels' desk sinks, for a process that files or delivers tickets without running them. */
  deskSinks(): Promise<Sink[]>;
  /**
   * Whether each of the named configured channels (all by default) can answer in answer threads: then the process
   * that runs them needs no corpus of its own.
   */
  answerInThreads(platforms?: readonly Platform[]): Promise<boolean>;
  /** Creates the named configured channels (all by default) on a built core and starts them. */
  start(app: App, platforms?: readonly Platform[], options?: { answerThread?: boolean }): Promise<RunningChannels>;
}
