// Loads and validates markdown documents; problems are returned as data naming file and field.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { chunkDocument } from './chunk.js';
import type { KnowledgeDocument } from './document.js';
import { frontMatterSchema } from './document-schema.js';
import { splitFrontMatter } from './front-matter.js';
import { verifiedProblems } from './verified-answer-schema.js';

export interface CorpusProblem {
  file: string;
  field?: string;
  message: string;
}

export interface LoadedCorpus {
  documents: KnowledgeDocument[];
  problems: CorpusProblem[];
}

async function listMarkdown(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md') && entry.name.toLowerCase() !== 'readme.md')
    .map((entry) => path.join(entry.parentPath ?? directory, entry.name))
    .sort();
}

export async function loadDocumentsFrom(directory: string, institutional: boolean): Promise<LoadedCorpus> {
  const documents: KnowledgeDocument[] = [];
  const problems: CorpusProblem[] = [];
  let files: string[];
  try {
    files = await listMarkdown(directory);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { documents, problems: [{ file: directory, message: `cannot read the folder (${code ?? 'error'})` }] };
  }
  for (const file of files) {
    const relative = path.relative(process.cwd(), file) || file;
    let split: ReturnType<typeof splitFrontMatter>;
    try {
      split = splitFrontMatter(await readFile(file, 'utf8'));
    } catch (error) {
      problems.push({
        file: relative,
        message: `front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
      });
      continue;
    }
    if (!split) {
      problems.push({ file: relative, message: 'missing YAML front matter (--- … ---) at the top' });
      continue;
    }
    const parsed = frontMatterSchema.safeParse(split.data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ file: relative, field: issue.path.join('.') || undefined, message: issue.message });
      }
      continue;
    }
    const meta = parsed.data;
    const expectedId = path.basename(file, '.md');
    if (meta.id !== expectedId) {
      problems.push({
        file: relative,
        field: 'id',
        message: `id "${meta.id}" differs from the file name "${expectedId}"`,
      });
    }
    if (meta.review_by < meta.last_reviewed) {
      problems.push({ file: relative, field: 'review_by', message: 'review_by is before last_reviewed' });
    }
    for (const problem of verifiedProblems(meta)) problems.push({ file: relative, ...problem });
    const document: KnowledgeDocument = { ...meta, file: relative, institutional, body: split.body };
    const passages = chunkDocument(document);
    if (passages.length === 0) {
      problems.push({ file: relative, message: 'the document has no text' });
      continue;
    }
    documents.push(document);
  }
  return { documents, problems };
}

export async function loadCorpus(knowledgeDir: string, institutionDirs: string[]): Promise<LoadedCorpus> {
  const parts = await Promise.all([
    loadDocumentsFrom(knowledgeDir, false),
    ...institutionDirs.map((directory) => loadDocumentsFrom(directory, true)),
  ]);
  const documents = parts.flatMap((part) => part.documents);
  const problems = parts.flatMap((part) => part.problems);
  const seen = new Map<string, string>();
  const unique: KnowledgeDocument[] = [];
  for (const document of documents) {
    const earlier = seen.get(document.id);
    if (earlier) {
      problems.push({
        file: document.file,
        field: 'id',
        message: `duplicate id "${document.id}" (also in ${earlier})`,
      });
      continue;
    }
    seen.set(document.id, document.file);
    unique.push(document);
  }
  return { documents: unique, problems };
}
