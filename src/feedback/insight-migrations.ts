// The insight tables, on SQLite and PostgreSQL alike (text columns hold ISO timestamps and JSON arrays). Add a
// migration with the next number; never edit one that has shipped.
import type { Migration } from '../store/sql-database.js';

export const INSIGHT_MODULE = 'insights';

const TABLES = `
  CREATE TABLE insight_questions (
    answer_id TEXT PRIMARY KEY,
    asked_at TEXT NOT NULL,
    channel TEXT NOT NULL,
    outcome TEXT NOT NULL,
    mode TEXT NOT NULL,
    language TEXT NOT NULL,
    jurisdictions TEXT NOT NULL,
    glossary_terms TEXT NOT NULL,
    cited_documents TEXT NOT NULL,
    verified_document TEXT,
    question_text TEXT
  );
  CREATE INDEX insight_questions_asked ON insight_questions (asked_at);
  CREATE TABLE insight_feedback (
    answer_id TEXT PRIMARY KEY,
    rated_at TEXT NOT NULL,
    channel TEXT NOT NULL,
    rating TEXT NOT NULL,
    reason TEXT,
    cited_documents TEXT NOT NULL,
    note TEXT
  );
  CREATE INDEX insight_feedback_rated ON insight_feedback (rated_at);
`;

export const INSIGHT_MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'question outcomes and answer feedback', sql: TABLES },
];
