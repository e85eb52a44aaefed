// Builds the channel-neutral core: knowledge, answering, state and the router with every feature registered.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread } from 'node:worker_threads';
import { AnswerService } from './answer/answer-service.js';
import { today } from './answer/citations.js';
import type { LlmAnswerer } from './answer/llm-answerer.js';
import { loadPrompt } from './answer/prompt-files.js';
import { registerAnswering } from './answer/register-answering.js';
import { type Config, ConfigError } from './config.js';
import { helpCommand } from './core/help-command.js';
import { NotifierHub } from './core/notifier.js';
import { Router } from './core/router.js';
import { createEscalation, type Escalation } from './escalation/create-escalation.js';
import { registerEscalation, registerEscalationUnavailable } from './escalation/register-escalation.js';
import type { Sink } from './escalation/sinks/sink.js';
import { Insights } from './feedback/insights.js';
import { openInsightStoreOrMemory } from './feedback/open-insight-store.js';
import { loadDataLists } from './intake/data/load-lists.js';
import { registerIntake } from './intake/register-intake.js';
import type { CacheOutcome } from './knowledge/corpus-cache.js';
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

/** The project root (where knowledge/ and prompts/ live), whether running from src/ or dist/src/. */
export const PROJECT_ROOT = (() => {
  const here = path.dirname(fileURLToPath(import.meta.url));
  return here.includes(`${path.sep}dist${path.sep}`) ? path.resolve(here, '..', '..') : path.resolve(here, '..');
})();

export function resolveFromRoot(target: string): string {
  return path.isAbsolute(target) ? target : path.resolve(PROJECT_ROOT, target);
}

export interface App {
  config: Config;
  log: Logger;
  /** The corpus in use now (a reload swaps it). */
  readonly knowledge: KnowledgeBase;
  knowledgeHolder: KnowledgeHolder;
  reloader: KnowledgeReloader;
  corpusProblems: CorpusProblem[];
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
  return { knowledge, problems: [] as CorpusProblem[], folderProblems: [] as string[] };
}

let version: string | undefined;
/** Part of the corpus cache's key: a new release never reads an index an older one wrote. */
function packageVersion(): string {
  try {
    version ??= String(JSON.parse(readFileSync(resolveFromRoot('package.json'), 'utf8')).version);
  } catch {
    version = 'unknown';
  }
  return version;
}

export async function loadKnowledge(config: Config) {
  const corpusDir = resolveFromRoot(config.knowledge.dir);
  const institutionDirs = config.knowledge.institutionDirs.map((directory) => path.resolve(directory));
  const verifiedDir = config.knowledge.verifiedDir;
  const withVerified = verifiedDir && existsSync(verifiedDir) ? [...institutionDirs, verifiedDir] : institutionDirs;
  const [corpus, lists] = await Promise.all([
    KnowledgeBase.load({
      dir: corpusDir,
      institutionDirs: withVerified,
      institutionJurisdiction: config.institution.jurisdiction,
      cache: { dir: path.join(config.dataDir, 'cache'), version: packageVersion() },
    }),
    loadDataLists(institutionDirs),
  ]);
  const loaded = withoutVerifiedOutOfForce(corpus, today());
  // Set before the corpus is returned, so the holder swaps documents and lists together.
  loaded.knowledge.lists = lists.lists;
  // A bot that starts with no guidance answers nothing: buildApp refuses to start on a missing or empty folder.
  const problems: string[] = [];
  const inFolder = (directory: string) =>
    loaded.knowledge.documents.filter((document) => path.resolve(document.file).startsWith(directory + path.sep))
      .length;
  if (inFolder(corpusDir) === 0) {
    problems.push(
      `RESSEC_KNOWLEDGE_DIR: ${corpusDir} ${existsSync(corpusDir) ? 'holds no valid document' : 'does not exist'}`,
    );
  }
  for (const directory of institutionDirs) {
    if (inFolder(directory) === 0) {
      problems.push(
        `RESSEC_INSTITUTION_DIRS: ${directory} ${existsSync(directory) ? 'holds no valid document' : 'does not exist'}`,
      );
    }
  }
  return { ...loaded, problems: [...loaded.problems, ...lists.problems], folderProblems: problems };
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
 * A retired or expired verified answer is not used at all: not given as the desk's answer, and not quoted as a
 * passage either. (The matcher checks the day too, for one that expires while the corpus is loaded.)
 */
function withoutVerifiedOutOfForce<T extends { knowledge: KnowledgeBase }>(loaded: T, day: string): T {
  const { knowledge } = loaded;
  const out = new Set(
    knowledge.documents
      .filter((document) => document.verified && !isVerifiedInForce(document, day))
      .map((document) => document.id),
  );
  if (out.size === 0) return loaded;
  return {
    ...loaded,
    knowledge: new KnowledgeBase(
      knowledge.documents.filter((document) => !out.has(document.id)),
      knowledge.passages.filter((passage) => !out.has(passage.documentId)),
      knowledge.glossary,
      knowledge.contactPoints,
      knowledge.institutionJurisdiction,
    ),
  };
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
  if (config.knowledge.verifiedDir) {
    try {
      mkdirSync(config.knowledge.verifiedDir, { recursive: true });
    } catch (error) {
      throw new ConfigError([
        `RESSEC_VERIFIED_DIR: ${config.knowledge.verifiedDir} cannot be created (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      ]);
    }
  }
  const elsewhere = options.answers === 'elsewhere';
  const loadedCorpus = elsewhere ? noCorpus(config) : await loadKnowledge(config);
  const { knowledge, problems, folderProblems } = loadedCorpus;
  const { cache } = loadedCorpus as { cache?: CacheOutcome };
  if (folderProblems.length > 0) throw new ConfigError(folderProblems);
  const knowledgeHolder = new KnowledgeHolder(knowledge);
  const reloader = new KnowledgeReloader({
    holder: knowledgeHolder,
    load: () => loadKnowledge(config),
    log: log.child({ component: 'knowledge' }),
  });
  const live =
    !elsewhere && (options.watchKnowledge ?? (options.stateUrl !== 'memory:' && config.knowledge.watch !== false));
  const stopReloadSignal = live ? watchForReloads(config, reloader) : () => {};
  for (const problem of problems) {
    log.warn({ event: 'corpus-file-skipped', file: problem.file, field: problem.field }, problem.message);
  }
  log.info(
    { event: 'corpus-loaded', documents: knowledge.documents.length, passages: knowledge.passages.length },
    'corpus loaded',
  );
  if (cache?.kind === 'rebuilt' || cache?.kind === 'unwritable') {
    log.warn({ event: 'corpus-cache', outcome: cache.kind }, `corpus cache ${cache.file}: ${cache.reason}`);
  }

  let llm: LlmAnswerer | undefined;
  if (config.llm && !elsewhere) {
    // Loaded only when configured: offline, the openai client is never loaded.
    const { LlmAnswerer } = await import('./answer/llm-answerer.js');
    const prompt = await loadPrompt(resolveFromRoot('prompts'), 'answer');
    llm = new LlmAnswerer(config.llm, prompt, log.child({ component: 'llm' }), {
      institution: config.institution.name,
      desk: config.desk.name,
    });
  }
  const insights = new Insights({
    store: openInsightStoreOrMemory(config, log),
    retention: config.insights,
    log: log.child({ component: 'insights' }),
    glossary: () => knowledgeHolder.current.glossary,
  });
  const answers = new AnswerService({
    knowledge: knowledgeHolder,
    log: log.child({ component: 'answer' }),
    llm,
    deskName: config.desk.name,
    onAnswered: (answer, channel) => insights.answered(answer, channel),
  });
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
