// A fresh, empty schema per test on the run's PostgreSQL (in the database the global set-up made for tests), dropped
// afterwards. Its URL selects the schema through search_path, so the code under test needs no notion of schemas; a
// schema costs milliseconds where a database costs a few hundred.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

export function postgresTestUrl(): string {
  return inject('postgresTestUrl');
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const baseUrl = postgresTestUrl();
  const schema = `test_${randomUUID().replaceAll('-', '').slice(0, 20)}`;
  await withClient(baseUrl, (client) => client.query(`CREATE SCHEMA ${schema}`));
  const url = new URL(baseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.toString(),
    drop: async () => {
      await withClient(baseUrl, (client) => client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
    },
  };
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
