// An institution replaces a built-in list by putting its own file, with the same list id, in `lists/` inside one of
// its folders (for example its own export-control destinations). A file that does not validate is reported and the
// built-in list stays in use, so a typo never leaves the rules with no list at all.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  BUILT_IN_LISTS,
  DataLists,
  type DestinationList,
  LIST_SCHEMAS,
  type StateActorList,
  type TechnologyList,
} from './lists.js';

export const LISTS_FOLDER = 'lists';

export interface ListProblem {
  file: string;
  field?: string;
  message: string;
}

/** A list an institution folder replaced: which list, from which file in which of its folders. */
export interface LoadedList {
  id: string;
  title: string;
  entries: number;
  file: string;
  directory: string;
}

async function listFiles(folder: string): Promise<string[]> {
  try {
    const entries = await readdir(folder, { withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.json'))
      .map((entry) => path.join(folder, entry.name))
      .sort();
  } catch {
    // No lists folder: the built-in lists stand.
    return [];
  }
}

function isKnownList(id: unknown): id is keyof typeof LIST_SCHEMAS {
  return typeof id === 'string' && Object.hasOwn(LIST_SCHEMAS, id);
}

/** The built-in lists with each institution folder's replacements; a later folder wins over an earlier one. */
export async function loadDataLists(institutionDirs: readonly string[]): Promise<{
  lists: DataLists;
  problems: ListProblem[];
  /** Every valid list file, in the order read (a later one with the same id is the one in use). */
  loaded: LoadedList[];
}> {
  const replaced = new Map<string, unknown>();
  const problems: ListProblem[] = [];
  const loaded: LoadedList[] = [];
  for (const directory of institutionDirs) {
    for (const file of await listFiles(path.join(directory, LISTS_FOLDER))) {
      let data: unknown;
      try {
        data = JSON.parse(await readFile(file, 'utf8'));
      } catch (error) {
        problems.push({ file, message: `not readable JSON (${(error as Error).name})` });
        continue;
      }
      const id = (data as { id?: unknown } | null)?.id;
      if (!isKnownList(id)) {
        problems.push({
          file,
          field: 'id',
          message: `names no list ressec uses (${Object.keys(LIST_SCHEMAS).join(', ')})`,
        });
        continue;
      }
      const parsed = LIST_SCHEMAS[id].safeParse(data);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        problems.push({ file, field: issue?.path.join('.') || undefined, message: issue?.message ?? 'invalid list' });
        continue;
      }
      replaced.set(id, parsed.data);
      loaded.push({ id, title: parsed.data.title, entries: parsed.data.entries.length, file, directory });
    }
  }
  if (replaced.size === 0) return { lists: BUILT_IN_LISTS, problems, loaded };
  const pick = <List>(id: string, builtIn: List): List => (replaced.get(id) as List | undefined) ?? builtIn;
  return {
    lists: new DataLists(
      pick<DestinationList>(BUILT_IN_LISTS.destinations.id, BUILT_IN_LISTS.destinations),
      pick<TechnologyList>(BUILT_IN_LISTS.technologies.id, BUILT_IN_LISTS.technologies),
      pick<StateActorList>(BUILT_IN_LISTS.stateActors.id, BUILT_IN_LISTS.stateActors),
    ),
    problems,
    loaded,
  };
}
