// Builds the channel-neutral core: knowledge, answering, state and the router with every feature registered.
import path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import type { AnswerService } from './answer/answer-service.js';
import { today } from './answer/citations.js';
import { openAnswering } from './answer/open-answering.js';
import { registerAnswering } from './answer/register-answering.js';
import type { Config } from './config.js';
import { helpCommand } from './core/help-command.js';
import { NotifierHub } from './core/notifier.js';
import { Router } from './core/router.js';
import { createEscalation, type Escalation } from './escalation/create-escalation.js';
import { registerEscalation, registerEscalationUnavailable } from './escalation/register-escalation.js';
import type { Sink } from './escalation/sinks/sink.js';
import type { Insights } from './feedback/insights.js';
import type { LoadedList } from './intake/data/load-lists.js';
import { registerIntake } from './intake/register-intake.js';
import { ensureVerifiedDir, loadConfiguredKnowledge, loadKnowledge } from './knowledge/configured-knowledge.js';
import { Glossary } from './knowledge/glossary.js';
import { KnowledgeBase } from './knowledge/knowledge-base.js';
import { KnowledgeHolder } from './knowledge/knowledge-holder.js';
import type { CorpusProblem } from './knowledge/load-corpus.js';
import { KnowledgeReloader, requestReload } from './knowledge/reload.js';
import { isVerifiedInForce } from './knowledge/verified-answer-schema.js';
import type { Logger } from './log.js';
import { buildReport } from './report/build-report.js';
import { registerReport } from './report/register-report.js';
import { type OpenedStateStore, openStateStore } from './store/open-state-store.js';
import { startPurgeSchedule } from './store/purge-schedule.js';
import { sqlDatabasePath } from './store/sql-database.js';
import { registerVerified } from './verified/register-verified.js';

// Kept here for the modules that import them from the core.
export { PROJECT_ROOT, resolveFromRoot } from './project-root.js';
export { loadKnowledge };

export interface App {
  config: Config;
  log: Logger;
  /** The corpus in use now (a reload swaps it). */
  readonly knowledge: KnowledgeBase;
  knowledgeHolder: KnowledgeHolder;
  reloader: KnowledgeReloader;
  corpusProblems: CorpusProblem[];
  /** The lists an institution folder replaced, as loaded at start. */
  institutionLists: LoadedList[];
  answers: AnswerService;
  router: Router;
  state: OpenedStateStore;
  /** Channels register their notifier here so the core can message users (ticket status, desk questions). */
  notifier: NotifierHub;
  escalation: Escalation;
  /** Question outcomes and feedback, for the desk's report. */
  insights: Insights;
  close(): Promise<void>;
}

export interface BuildOptions {
  /** Overrides the configured state store (`memory:` for one-shot commands). */
  stateUrl?: string;
  /**
   * The desk sinks of the configured channels (a Slack desk channel), opened by the composition root: the core knows
   * no channel. A running channel registers its own with `app.escalation.registerSink` instead.
   */
  deskSinks?: Sink[];
  /**
   * Reload the corpus when an institution folder or the verified-answer folder changes, or on `ressec knowledge
   * reload` / SIGHUP. Default: on for long-running processes (no `memory:` state) unless RESSEC_WATCH_KNOWLEDGE=false.
   */
  watchKnowledge?: boolean;
  /**
   * 'elsewhere' for a process whose turns are all answered by answer threads, each building a core of its own: this
   * one loads no corpus and no LLM client, reloads and purges nothing, and its router matches commands (what channels
   * ask while acknowledging) but answers no question.
   */
  answers?: 'here' | 'elsewhere';
}

/** The core of a process that answers nothing itself: no documents, no passages. */
function noCorpus(config: Config) {
  const knowledge = new KnowledgeBase([], [], Glossary.empty(), [], config.institution.jurisdiction);
  return {
    knowledge,
    problems: [] as CorpusProblem[],
    folderProblems: [] as string[],
    institutionLists: [] as LoadedList[],
  };
}

/** Watches the folders and the reload stamp; SIGHUP (to the main thread) asks every live process to reload. */
function watchForReloads(config: Config, reloader: KnowledgeReloader): () => void {
  const folders = [...config.knowledge.institutionDirs.map((directory) => path.resolve(directory))];
  if (config.knowledge.verifiedDir) folders.push(config.knowledge.verifiedDir);
  reloader.watch(folders, config.dataDir);
  if (!isMainThread) return () => {};
  const onHangup = () => requestReload(config.dataDir);
  process.on('SIGHUP', onHangup);
  return () => process.off('SIGHUP', onHangup);
}

/** A verified answer past its review date while loaded: reload, so that no passage of it is quoted either. */
async function dropExpiredVerified(holder: KnowledgeHolder, reloader: KnowledgeReloader): Promise<number> {
  const day = today();
  const expired = holder.current.documents.filter(
    (document) => document.verified && !isVerifiedInForce(document, day),
  ).length;
  if (expired > 0) await reloader.reload('verified-expired');
  return expired;
}

/**
 * Escalation with every configured sink and the channels' desk sinks, for any process that files or delivers tickets
 * (the chat, `ressec deliver`, `ressec check --escalate`): outbox rows are routed when a ticket is written.
 */
export function openEscalation(
  config: Config,
  log: Logger,
  options: { notifier?: NotifierHub; deskSinks?: Sink[] } = {},
): Escalation {
  return createEscalation({ config, log, notifier: options.notifier, extraSinks: options.deskSinks });
}

/**
 * A ticket database that cannot be opened must not stop answering: escalation then runs on an empty in-memory
 * database that nothing is filed into, and every ticket command names the file and the problem.
 */
function openEscalationOrFallback(
  config: Config,
  log: Logger,
  notifier: NotifierHub,
  deskSinks: Sink[] | undefined,
  router: Router,
): Escalation {
  try {
    const escalation = openEscalation(config, log, { notifier, deskSinks });
    registerEscalation(router, {
      service: escalation.service,
      deskName: config.desk.name,
      responseTime: config.desk.responseTime,
    });
    return escalation;
  } catch (error) {
    const file = sqlDatabasePath(config.dataDir);
    const reason = ((error as NodeJS.ErrnoException).code ?? (error as Error).message).toString().slice(0, 80);
    log.error({ event: 'ticket-database-unavailable', outcome: reason }, 'the ticket database could not be opened');
    registerEscalationUnavailable(router, `the ticket database ${file} could not be opened (${reason})`);
    for (const sink of deskSinks ?? []) void sink.close?.();
    return createEscalation({ config, log, notifier, extraSinks: [], databaseFile: ':memory:' });
  }
}

export async function buildApp(config: Config, log: Logger, options: BuildOptions = {}): Promise<App> {
  ensureVerifiedDir(config);
  const elsewhere = options.answers === 'elsewhere';
  const { knowledge, problems, institutionLists } = elsewhere
    ? noCorpus(config)
    : await loadConfiguredKnowledge(config, log);
  const knowledgeHolder = new KnowledgeHolder(knowledge);
  const reloader = new KnowledgeReloader({
    holder: knowledgeHolder,
    load: () => loadKnowledge(config),
    log: log.child({ component: 'knowledge' }),
  });
  const live =
    !elsewhere && (options.watchKnowledge ?? (options.stateUrl !== 'memory:' && config.knowledge.watch !== false));
  const stopReloadSignal = live ? watchForReloads(config, reloader) : () => {};
  const { answers, insights } = await openAnswering(config, log, knowledgeHolder, !elsewhere);
  const state = openStateStore(config.dataDir, options.stateUrl ?? config.state.url);
  const router = new Router(log.child({ component: 'router' }), state.state);
  router.command(helpCommand(router));
  registerAnswering(router, answers, { questionTtlMs: config.state.questionTtlMs, insights });
  if (elsewhere) {
    router.question(async () => {
      throw new Error('this process answers no question: its answer threads do');
    });
  }
  // Features register here: intake (src/intake/register-intake.ts) and escalation (src/escalation/register-escalation.ts).
  registerIntake(router, { knowledge: knowledgeHolder, config });
  const notifier = new NotifierHub();
  const escalation = openEscalationOrFallback(config, log, notifier, options.deskSinks, router);
  registerVerified(router, {
    config,
    roster: escalation.service.roster,
    tickets: escalation.store,
    insights,
    holder: knowledgeHolder,
    reloader,
    today,
  });
  registerReport(router, {
    roster: escalation.service.roster,
    build: (days) => buildReport({ insights, tickets: escalation.store, knowledge: knowledgeHolder.current }, days),
  });
  // The answer threads' cores purge for a process that answers elsewhere.
  const purge = startPurgeSchedule(
    elsewhere
      ? []
      : [
          { name: 'state', run: () => state.purgeExpired() },
          { name: 'tickets', run: () => escalation.purgeClosed() },
          { name: 'insights', run: () => insights.purge() },
          { name: 'verified-expiry', run: () => dropExpiredVerified(knowledgeHolder, reloader) },
        ],
    config.state.purgeIntervalMs,
    log.child({ component: 'retention' }),
  );

  return {
    config,
    log,
    get knowledge() {
      return knowledgeHolder.current;
    },
    knowledgeHolder,
    reloader,
    corpusProblems: problems,
    institutionLists,
    answers,
    router,
    state,
    notifier,
    escalation,
    insights,
    close: async () => {
      stopReloadSignal();
      reloader.close();
      await purge.stop();
      await insights.close();
      await escalation.close();
      await state.close();
    },
  };
}
