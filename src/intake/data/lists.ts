// The country and technology lists the rules consult: data files with their public source and date, checked by zod.
// The built-in lists ship with ressec; an institution may replace one with its own file (load-lists.ts). The lists
// in use travel with the corpus (KnowledgeBase.lists), so a reload swaps both at once.

import { z } from 'zod';
import { normalizeForSearch } from '../../knowledge/text-analysis.js';
import type { ListLookup } from '../condition.js';
import type { FieldChoice } from '../field.js';
import { NONE_VALUE } from '../field.js';
import technologyData from './critical-technology-areas.json' with { type: 'json' };
import destinationData from './restricted-destinations.json' with { type: 'json' };
import stateActorData from './state-actor-countries.json' with { type: 'json' };

const sourceSchema = z.object({ title: z.string(), publisher: z.string(), url: z.url(), date: z.string() });

const listSchema = <Entry extends z.ZodTypeAny>(entry: Entry) =>
  z.object({
    id: z.string(),
    title: z.string(),
    purpose: z.string(),
    sources: z.array(sourceSchema).min(1),
    as_of: z.string().regex(/^\d{4}(-\d{2})?$/),
    entries: z.array(entry).min(1),
  });

const destinationSchema = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  legal_basis: z.string(),
  url: z.url(),
});

/** A country whose entry says, from its own sources, what a researcher's devices and data face there. */
const stateActorSchema = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  /** Names that contain the entry's name but mean something else ("Republic of China" is Taiwan), unless an alias matches too. */
  except: z.array(z.string()).optional(),
  /** One or two sentences, each fact from `sources`; shown in the flag's reason. */
  detail: z.string().min(20),
  sources: z.array(sourceSchema).min(1),
  /** National travel advice pages for the country, named in the flag's mitigations. */
  travel_advice: z.array(z.object({ publisher: z.string(), url: z.url() })).min(1),
});

const technologySchema = z.object({
  id: z.string(),
  name: z.string(),
  priority: z.boolean(),
  aliases: z.array(z.string()),
});

/** The list ids the flows name; an institution's file replaces the list with the same id. */
export const DESTINATIONS_LIST = 'eu-arms-embargo-destinations';
export const TECHNOLOGY_LIST = 'eu-critical-technology-areas';
export const STATE_ACTOR_LIST = 'state-actor-countries';

export const LIST_SCHEMAS = {
  [DESTINATIONS_LIST]: listSchema(destinationSchema),
  [TECHNOLOGY_LIST]: listSchema(technologySchema),
  [STATE_ACTOR_LIST]: listSchema(stateActorSchema),
} as const;

export type DestinationList = z.infer<(typeof LIST_SCHEMAS)[typeof DESTINATIONS_LIST]>;
export type TechnologyList = z.infer<(typeof LIST_SCHEMAS)[typeof TECHNOLOGY_LIST]>;
export type StateActorList = z.infer<(typeof LIST_SCHEMAS)[typeof STATE_ACTOR_LIST]>;
export type DataList = DestinationList | TechnologyList | StateActorList;

function normalize(text: string): string {
  return normalizeForSearch(text)
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whole-word match of a name or alias inside the text ("Moscow, Russia" names Russia; "Belarusian" does not). */
function names(text: string, term: string): boolean {
  const haystack = ` ${normalize(text)} `;
  const needle = normalize(term);
  return needle.length > 0 && haystack.includes(` ${needle} `);
}

/** One set of the three lists: the built-in ones, or those with an institution's replacements. */
export class DataLists implements ListLookup {
  constructor(
    readonly destinations: DestinationList,
    readonly technologies: TechnologyList,
    readonly stateActors: StateActorList,
  ) {}

  get all(): DataList[] {
    return [this.destinations, this.technologies, this.stateActors];
  }

  list(id: string): DataList | undefined {
    return this.all.find((list) => list.id === id);
  }

  /** The display name of the list entry a text answer names, if any. */
  match(listId: string, text: string): string | undefined {
    const data = this.list(listId);
    if (!data) throw new Error(`unknown data list "${listId}"`);
    const entry = (data.entries as DataList['entries'][number][]).find((candidate) => {
      if (!names(text, candidate.name) && !candidate.aliases.some((term) => names(text, term))) return false;
      const excepted = 'except' in candidate && (candidate.except ?? []).some((term) => names(text, term));
      return !excepted || candidate.aliases.some((term) => names(text, term));
    });
    return entry?.name;
  }

  /** The ids of a list's entries; for the technology list, only the EU priority areas or only the others. */
  entryIds(listId: string, priority?: boolean): string[] {
    const data = this.list(listId);
    if (!data) throw new Error(`unknown data list "${listId}"`);
    return (data.entries as DataList['entries'][number][])
      .filter((entry) => priority === undefined || ('priority' in entry && entry.priority === priority))
      .map((entry) => entry.id);
  }

  /**
   * What a flag says about the countries it matched, from the list's own data (never from what the user typed):
   * `{detail}` the entries' details (each through `translate`, for the check's language), `{advice}` their
   * travel-advice pages.
   */
  entryTexts(
    matched: readonly string[],
    translate: (detail: string) => string = (detail) => detail,
  ): { detail: string; advice: string } {
    const entries = this.stateActors.entries.filter((entry) => matched.includes(entry.name));
    return {
      detail: entries.map((entry) => translate(entry.detail)).join(' '),
      advice: entries
        .flatMap((entry) => entry.travel_advice.map((page) => `${page.publisher}: ${page.url}`))
        .join('; '),
    };
  }

  /** Choices for "which EU critical technology areas does this touch", with "none of these". */
  technologyChoices(): FieldChoice[] {
    return [
      ...this.technologies.entries.map((entry) => ({
        value: entry.id,
        label: entry.priority ? `${entry.name} (EU priority area)` : entry.name,
        synonyms: [entry.name, ...entry.aliases],
      })),
      { value: NONE_VALUE, label: 'None of these', synonyms: ['none', 'no', 'n/a', 'not applicable'] },
    ];
  }
}

export const BUILT_IN_LISTS = new DataLists(
  LIST_SCHEMAS[DESTINATIONS_LIST].parse(destinationData),
  LIST_SCHEMAS[TECHNOLOGY_LIST].parse(technologyData),
  LIST_SCHEMAS[STATE_ACTOR_LIST].parse(stateActorData),
);
