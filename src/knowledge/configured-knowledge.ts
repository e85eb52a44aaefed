// The configured corpus (shipped folder, institution folders, verified answers), loaded through the corpus cache:
// what every process that answers or cites loads, the full core and the lean `ressec ask` alike.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { today } from '../answer/citations.js';
import { type Config, ConfigError } from '../config.js';
import { LISTS_FOLDER, loadDataLists } from '../intake/data/load-lists.js';
import type { Logger } from '../log.js';
import { resolveFromRoot } from '../project-root.js';
import { KnowledgeBase } from './knowledge-base.js';
import { isVerifiedInForce } from './verified-answer-schema.js';

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
  // A bot that starts with no guidance answers nothing: buildApp refuses to start on a missing or empty folder. An
  // institution folder is in use when it gives documents or a list that replaces a built-in one.
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
    const listsFrom = lists.loaded.filter((list) => list.directory === directory).length;
    if (inFolder(directory) === 0 && listsFrom === 0) {
      const nothing = existsSync(path.join(directory, LISTS_FOLDER))
        ? 'holds no valid document or list'
        : 'holds no valid document';
      problems.push(`RESSEC_INSTITUTION_DIRS: ${directory} ${existsSync(directory) ? nothing : 'does not exist'}`);
    }
  }
  return {
    ...loaded,
    problems: [...loaded.problems, ...lists.problems],
    folderProblems: problems,
    institutionLists: lists.loaded,
  };
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

/** The verified-answer folder is created at start, so the desk can save the first answer into it. */
export function ensureVerifiedDir(config: Config): void {
  if (!config.knowledge.verifiedDir) return;
  try {
    mkdirSync(config.knowledge.verifiedDir, { recursive: true });
  } catch (error) {
    throw new ConfigError([
      `RESSEC_VERIFIED_DIR: ${config.knowledge.verifiedDir} cannot be created (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    ]);
  }
}

/**
 * The corpus for a process that answers: loaded, refused when a folder holds no valid document, each skipped file
 * and a rebuilt or unwritable cache logged.
 */
export async function loadConfiguredKnowledge(config: Config, log: Logger) {
  const loaded = await loadKnowledge(config);
  if (loaded.folderProblems.length > 0) throw new ConfigError(loaded.folderProblems);
  for (const problem of loaded.problems) {
    log.warn({ event: 'corpus-file-skipped', file: problem.file, field: problem.field }, problem.message);
  }
  log.info(
    {
      event: 'corpus-loaded',
      documents: loaded.knowledge.documents.length,
      passages: loaded.knowledge.passages.length,
    },
    'corpus loaded',
  );
  for (const list of loaded.institutionLists) {
    log.info({ event: 'institution-list-loaded', file: list.file, count: list.entries }, `list ${list.id} in use`);
  }
  const { cache } = loaded;
  if (cache?.kind === 'rebuilt' || cache?.kind === 'unwritable') {
    log.warn({ event: 'corpus-cache', outcome: cache.kind }, `corpus cache ${cache.file}: ${cache.reason}`);
  }
  return loaded;
}
