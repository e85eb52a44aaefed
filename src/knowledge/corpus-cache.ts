// The analysed corpus persisted between processes: every document, passage, problem, glossary entry and contact point
// as loaded and validated, each passage's terms, and the search index, in one file named after a hash of the corpus
// files and of the code that analyses them. A CLI call or a restart on an unchanged corpus then reads one file
// instead of parsing, validating, tokenising and indexing every document. A file that cannot be read, does not
// parse or was cut short is reported and rebuilt; it never stops a start.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chunkDocument } from './chunk.js';
import type { ContactPoint } from './contact-points.js';
import type { PassageTerms } from './corpus-analysis.js';
import type { KnowledgeDocument, Passage } from './document.js';
import type { GlossaryEntry } from './glossary.js';
import type { CorpusProblem } from './load-corpus.js';
import type { FieldPostings, PostingsData } from './postings.js';

/** Raise when the layout of the file or the meaning of what it holds changes. */
export const CACHE_SCHEMA = 2;
const MAGIC = 'ressec-corpus\n';
const CORPUS_FILE = /\.(md|ya?ml)$/i;

export interface CorpusSnapshot {
  documents: KnowledgeDocument[];
  passages: Passage[];
  problems: CorpusProblem[];
  glossary: GlossaryEntry[];
  contactPoints: ContactPoint[];
  passageTerms: PassageTerms[];
  postings: PostingsData;
  /** How many passages hold each term, counted while reading the cache (not stored): see TermStatistics. */
  documentFrequency?: Map<string, number>;
}

export type CacheOutcome =
  | { kind: 'hit'; file: string }
  | { kind: 'built'; file: string }
  /** The file was there but unusable (truncated, corrupt, unreadable): rebuilt. */
  | { kind: 'rebuilt'; file: string; reason: string }
  /** Built, but the file could not be written: the next start builds again. */
  | { kind: 'unwritable'; file: string; reason: string };

function filesUnder(folder: string): string[] {
  try {
    return readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && CORPUS_FILE.test(entry.name))
      .map((entry) => path.join(entry.parentPath ?? folder, entry.name))
      .sort();
  } catch {
    return [];
  }
}

// The analysis is this folder's code: any change to it (a stemming rule, a stop word) makes old files stale.
const CODE_FOLDER = path.dirname(fileURLToPath(import.meta.url));
let codeHash: string | undefined;
function analysisCode(): string {
  if (codeHash) return codeHash;
  const hash = createHash('sha256');
  for (const file of readdirSync(CODE_FOLDER).sort()) {
    if (!/\.(js|ts)$/.test(file) || /\.test\.(js|ts)$/.test(file)) continue;
    hash.update(file).update(readFileSync(path.join(CODE_FOLDER, file)));
  }
  codeHash = hash.digest('hex');
  return codeHash;
}

/**
 * The cache key: the code version, the schema, the analysing code, and every corpus file (the shipped folder first,
 * then each institution folder in order, each with its path and content).
 */
export function corpusKey(version: string, folders: string[]): string {
  const hash = createHash('sha256');
  hash.update(`${CACHE_SCHEMA}\0${version}\0${analysisCode()}\0`);
  for (const folder of folders) {
    const absolute = path.resolve(folder);
    hash.update(`folder\0${absolute}\0`);
    for (const file of filesUnder(absolute)) {
      hash.update(`${path.relative(absolute, file)}\0`);
      try {
        hash.update(readFileSync(file));
      } catch (error) {
        hash.update(`unreadable ${(error as NodeJS.ErrnoException).code ?? ''}`);
      }
      hash.update('\0');
    }
  }
  return hash.digest('hex').slice(0, 32);
}

export function cacheFile(directory: string, key: string): string {
  return path.join(directory, `index-${key}.bin`);
}

type ArrayKind = 'u32' | 'u16' | 'f64';
interface ArrayEntry {
  kind: ArrayKind;
  offset: number;
  length: number;
}
const BYTES: Record<ArrayKind, number> = { u32: 4, u16: 2, f64: 8 };

/**
 * Layout: the magic line, the header's byte length as a decimal line, the header (JSON: everything but the index's
 * arrays, which it locates), then the arrays, each 8-byte aligned.
 */
export function writeCache(file: string, key: string, snapshot: CorpusSnapshot): void {
  const arrays: ArrayBufferView[] = [];
  const entries: ArrayEntry[] = [];
  let offset = 0;
  const place = (array: Uint32Array | Uint16Array | Float64Array, kind: ArrayKind) => {
    entries.push({ kind, offset, length: array.length });
    arrays.push(array);
    offset += Math.ceil(array.byteLength / 8) * 8;
    return entries.length - 1;
  };
  // Passage terms as ids into one word list: a list of strings per passage is most of the time spent reading JSON.
  const words = new Map<string, number>();
  const ids = (lists: string[][]) => {
    const offsets = new Uint32Array(lists.length + 1);
    const flat: number[] = [];
    lists.forEach((list, index) => {
      for (const word of list) {
        let id = words.get(word);
        if (id === undefined) {
          id = words.size;
          words.set(word, id);
        }
        flat.push(id);
      }
      offsets[index + 1] = flat.length;
    });
    return { offsets: place(offsets, 'u32'), ids: place(Uint32Array.from(flat), 'u32') };
  };
  const passageTerms = ids(snapshot.passageTerms.map((passage) => passage.terms));
  const headingTerms = ids(snapshot.passageTerms.map((passage) => passage.heading));
  const fields = snapshot.postings.fields.map((field) => ({
    offsets: place(field.offsets, 'u32'),
    passages: place(field.passages, 'u32'),
    frequencies: place(field.frequencies, 'u16'),
    maxScores: place(field.maxScores, 'f64'),
    lengths: place(field.lengths, 'u32'),
    averageLength: field.averageLength,
  }));
  const header = Buffer.from(
    JSON.stringify({
      schema: CACHE_SCHEMA,
      key,
      workingFolder: process.cwd(),
      documents: snapshot.documents,
      // Passages are cut from the documents again on reading (cheaply): their text is not stored twice.
      passageCount: snapshot.passages.length,
      problems: snapshot.problems,
      glossary: snapshot.glossary,
      contactPoints: snapshot.contactPoints,
      words: [...words.keys()],
      passageTerms,
      headingTerms,
      terms: snapshot.postings.terms,
      fields,
      arrays: entries,
      bytes: offset,
    }),
  );
  const prefix = Buffer.from(`${MAGIC}${header.length}\n`);
  const start = Math.ceil((prefix.length + header.length) / 8) * 8;
  const output = Buffer.alloc(start + offset);
  prefix.copy(output, 0);
  header.copy(output, prefix.length);
  arrays.forEach((array, index) => {
    const entry = entries[index] as ArrayEntry;
    Buffer.from(array.buffer, array.byteOffset, array.byteLength).copy(output, start + entry.offset);
  });
  const directory = path.dirname(file);
  mkdirSync(directory, { recursive: true, mode: 0o700 });
  // Written aside and renamed: a reader never sees half a file, and two processes building at once both succeed.
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, output, { mode: 0o600 });
  renameSync(temporary, file);
  for (const other of readdirSync(directory)) {
    if (other.startsWith('index-') && other.endsWith('.bin') && other !== path.basename(file)) {
      rmSync(path.join(directory, other), { force: true });
    }
  }
}

export type CacheRead =
  | { kind: 'hit'; snapshot: CorpusSnapshot }
  | { kind: 'missing' }
  | { kind: 'unusable'; reason: string };

export function readCache(file: string, key: string): CacheRead {
  let data: Buffer;
  try {
    if (!statSync(file).isFile()) return { kind: 'unusable', reason: 'not a file' };
    data = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? { kind: 'missing' } : { kind: 'unusable', reason: `unreadable (${code ?? 'error'})` };
  }
  try {
    return { kind: 'hit', snapshot: parseCache(data, key) };
  } catch (error) {
    return { kind: 'unusable', reason: (error as Error).message.slice(0, 120) };
  }
}

function parseCache(data: Buffer, key: string): CorpusSnapshot {
  if (data.subarray(0, MAGIC.length).toString() !== MAGIC) throw new Error('not a corpus cache file');
  const lineEnd = data.indexOf(10, MAGIC.length);
  const headerLength = Number(data.subarray(MAGIC.length, lineEnd).toString());
  if (lineEnd < 0 || !Number.isSafeInteger(headerLength)) throw new Error('damaged header');
  const headerStart = lineEnd + 1;
  if (headerStart + headerLength > data.length) throw new Error('cut short');
  const header = JSON.parse(data.subarray(headerStart, headerStart + headerLength).toString());
  if (header.schema !== CACHE_SCHEMA || header.key !== key) throw new Error('written for another corpus or version');
  const start = Math.ceil((headerStart + headerLength) / 8) * 8;
  if (data.length !== start + header.bytes) throw new Error('cut short');
  // The arrays are copied into a buffer of their own: aligned, and independent of the file's buffer.
  const body = new ArrayBuffer(header.bytes);
  new Uint8Array(body).set(data.subarray(start));
  const array = (index: number) => {
    const entry = header.arrays[index] as ArrayEntry | undefined;
    if (!entry || entry.offset + entry.length * BYTES[entry.kind] > header.bytes) throw new Error('damaged index');
    if (entry.kind === 'u32') return new Uint32Array(body, entry.offset, entry.length);
    if (entry.kind === 'u16') return new Uint16Array(body, entry.offset, entry.length);
    return new Float64Array(body, entry.offset, entry.length);
  };
  const fields = (header.fields as Record<string, number>[]).map(
    (field): FieldPostings => ({
      offsets: array(field.offsets ?? -1) as Uint32Array,
      passages: array(field.passages ?? -1) as Uint32Array,
      frequencies: array(field.frequencies ?? -1) as Uint16Array,
      maxScores: array(field.maxScores ?? -1) as Float64Array,
      lengths: array(field.lengths ?? -1) as Uint32Array,
      averageLength: Number(field.averageLength),
    }),
  );
  const terms = header.terms as string[];
  const documents = header.documents as KnowledgeDocument[];
  const passages = documents.flatMap(chunkDocument);
  const words = header.words as string[];
  // Each passage's list is decoded from the ids when first read (see analysePassage).
  const lists = (entry: { offsets: number; ids: number }) => {
    const offsets = array(entry.offsets) as Uint32Array;
    const ids = array(entry.ids) as Uint32Array;
    if (offsets.length !== passages.length + 1) throw new Error('damaged index');
    return (index: number): string[] =>
      Array.from(ids.subarray(offsets[index], offsets[index + 1]), (id) => words[id] ?? '');
  };
  if (
    !Array.isArray(terms) ||
    !Array.isArray(words) ||
    header.passageCount !== passages.length ||
    fields.some((field) => field.offsets.length !== terms.length + 1 || field.lengths.length !== passages.length)
  ) {
    throw new Error('damaged index');
  }
  const passageTerms = lists(header.passageTerms);
  // Each passage lists a term once, so a term's passages are its id's occurrences: counted over the typed array, not
  // term by term through a map.
  const counts = new Uint32Array(words.length);
  for (const id of array(header.passageTerms.ids) as Uint32Array) counts[id] = (counts[id] ?? 0) + 1;
  const documentFrequency = new Map<string, number>();
  words.forEach((word, id) => {
    if (counts[id]) documentFrequency.set(word, counts[id]);
  });
  const headingTerms = lists(header.headingTerms);
  // File names are relative to the working folder (as the loader gives them): from elsewhere, relative to this one.
  const from = String(header.workingFolder);
  const here = process.cwd();
  const relative = <T extends { file: string }>(item: T): T => {
    if (from === here || path.isAbsolute(item.file)) return item;
    const absolute = path.resolve(from, item.file);
    return { ...item, file: path.relative(here, absolute) || absolute };
  };
  return {
    documents: documents.map(relative),
    passages,
    problems: (header.problems as CorpusProblem[]).map(relative),
    glossary: header.glossary,
    contactPoints: header.contactPoints,
    passageTerms: passages.map((_, index) => ({
      get terms() {
        return passageTerms(index);
      },
      get heading() {
        return headingTerms(index);
      },
    })),
    postings: { terms, passageCount: passages.length, fields },
    documentFrequency,
  };
}

export interface CacheOptions {
  /** The folder the file goes in (the data folder's cache/). */
  dir: string;
  /** The code version (the package version). */
  version: string;
}

/**
 * The corpus of these folders from the cache when its key matches; otherwise analysed by `analyse` and persisted.
 * The key is taken again after analysing: files that changed meanwhile are not stored under the old key.
 */
export async function loadThroughCache<T>(
  options: CacheOptions,
  folders: string[],
  analyse: () => Promise<{ value: T; snapshot: () => CorpusSnapshot }>,
  restore: (snapshot: CorpusSnapshot) => T,
): Promise<{ value: T; cache: CacheOutcome }> {
  const key = corpusKey(options.version, folders);
  const file = cacheFile(options.dir, key);
  const read = readCache(file, key);
  if (read.kind === 'hit') return { value: restore(read.snapshot), cache: { kind: 'hit', file } };
  const analysed = await analyse();
  const cache: CacheOutcome =
    read.kind === 'unusable' ? { kind: 'rebuilt', file, reason: read.reason } : { kind: 'built', file };
  if (corpusKey(options.version, folders) !== key) return { value: analysed.value, cache };
  try {
    writeCache(file, key, analysed.snapshot());
  } catch (error) {
    const reason = `cannot write (${(error as NodeJS.ErrnoException).code ?? (error as Error).message.slice(0, 60)})`;
    return { value: analysed.value, cache: { kind: 'unwritable', file, reason } };
  }
  return { value: analysed.value, cache };
}
