// The country and technology lists the rules consult: data files with their public source and date, checked by zod.

import { z } from 'zod';
import { normalizeForSearch } from '../../knowledge/text-analysis.js';
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

export const RESTRICTED_DESTINATIONS = listSchema(destinationSchema).parse(destinationData);
export const CRITICAL_TECHNOLOGY_AREAS = listSchema(technologySchema).parse(technologyData);
export const STATE_ACTOR_COUNTRIES = listSchema(stateActorSchema).parse(stateActorData);

export const DATA_LISTS = {
  [RESTRICTED_DESTINATIONS.id]: RESTRICTED_DESTINATIONS,
  [CRITICAL_TECHNOLOGY_AREAS.id]: CRITICAL_TECHNOLOGY_AREAS,
  [STATE_ACTOR_COUNTRIES.id]: STATE_ACTOR_COUNTRIES,
};

/**
 * What a flag says about the countries it matched, from the list's own data (never from what the user typed):
 * `{detail}` the entries' details, `{advice}` their travel-advice pages.
 */
export function entryTexts(names: readonly string[]): { detail: string; advice: string } {
  const matched = STATE_ACTOR_COUNTRIES.entries.filter((entry) => names.includes(entry.name));
  return {
    detail: matched.map((entry) => entry.detail).join(' '),
    advice: matched.flatMap((entry) => entry.travel_advice.map((page) => `${page.publisher}: ${page.url}`)).join('; '),
  };
}

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

/** The display name of the list entry a text answer names, if any. */
export function matchList(list: string, text: string): string | undefined {
  const data = DATA_LISTS[list];
  if (!data) throw new Error(`unknown data list "${list}"`);
  const entry = data.entries.find((candidate) => {
    if (!names(text, candidate.name) && !candidate.aliases.some((term) => names(text, term))) return false;
    const excepted = 'except' in candidate && (candidate.except ?? []).some((term) => names(text, term));
    return !excepted || candidate.aliases.some((term) => names(text, term));
  });
  return entry?.name;
}

export const PRIORITY_TECHNOLOGY_VALUES = CRITICAL_TECHNOLOGY_AREAS.entries
  .filter((entry) => entry.priority)
  .map((entry) => entry.id);

export const OTHER_TECHNOLOGY_VALUES = CRITICAL_TECHNOLOGY_AREAS.entries
  .filter((entry) => !entry.priority)
  .map((entry) => entry.id);

/** Choices for "which EU critical technology areas does this touch", with "none of these". */
export const TECHNOLOGY_CHOICES: FieldChoice[] = [
  ...CRITICAL_TECHNOLOGY_AREAS.entries.map((entry) => ({
    value: entry.id,
    label: entry.priority ? `${entry.name} (EU priority area)` : entry.name,
    synonyms: [entry.name, ...entry.aliases],
  })),
  { value: NONE_VALUE, label: 'None of these', synonyms: ['none', 'no', 'n/a', 'not applicable'] },
];
