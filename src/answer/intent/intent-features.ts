// What the learned intent model reads: words, word pairs and letter n-grams of the normalised text, and the lexicon's
// concepts with their pairs, hashed into a fixed space. Letter n-grams carry meaning across typos, inflection and the
// four languages ("verberg", "verbergen", "verbergt" share most of theirs). Concepts carry it across wordings: "keep
// off", "weglaten" and "verschweigen" are one concept, and a pair such as conceal × overseer is the shape of an
// evasion request whatever words fill it. The hashing keeps the model a fixed, small size whatever the vocabulary.
import { readFileSync } from 'node:fs';
import { normaliseText } from '../../core/normalise-text.js';
import { intentConcepts } from './classify-intent.js';
import { countryNameIndex, maskCountries } from './country-names.js';

export const FEATURE_BITS = 16;
/** Changes when the features change, so a model trained on other features is not read with these. */
export const FEATURE_SET = 'words+concepts-2';
/** Weight of the concept block beside the (unit-length) word block. */
const CONCEPT_WEIGHT = 0.6;
const FEATURE_MASK = (1 << FEATURE_BITS) - 1;

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };

/** Lower case, accents folded, leetspeak letters read as letters, spaced-out letters ("h i d e") joined. */
export function intentWords(text: string): string[] {
  return maskCountries(foldedWords(text), countryIndex()).masked;
}

/** The country names in the text (any country, in English, Dutch, German or French), lower case, accents folded. */
export function countryNamesIn(text: string): string[] {
  return maskCountries(foldedWords(text), countryIndex()).names;
}

/** Written by the build beside the compiled module: asking ICU for every region's name in four languages took 30 ms. */
export const COUNTRY_INDEX_FILE = 'country-names.json';

let countries: Map<string, string[][]> | undefined;
/** Read from the build's file, or built on first use from ICU: a process that never reads a question needs neither. */
function countryIndex(): Map<string, string[][]> {
  if (!countries) {
    try {
      const entries = JSON.parse(readFileSync(new URL(COUNTRY_INDEX_FILE, import.meta.url), 'utf8')) as [
        string,
        string[][],
      ][];
      countries = new Map(entries);
    } catch {
      countries = countryNameIndex(foldedWords);
    }
  }
  return countries;
}

/** The index as the build writes it (from ICU, whatever file is there). */
export function countryIndexEntries(): [string, string[][]][] {
  return [...countryNameIndex(foldedWords)];
}

function foldedWords(text: string): string[] {
  const folded = normaliseText(text)
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/(?<=[a-z])[013457@$](?=[a-z])|(?<=[a-z])[013457@$](?=\b)|\b[013457@$](?=[a-z])/g, (c) => LEET[c] ?? c)
    .replace(/\b(?:[a-z] ){2,}[a-z]\b/g, (letters) => letters.replace(/ /g, ''));
  return folded.match(/[a-z0-9]+/g) ?? [];
}

function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193);
  }
  return (value >>> 0) & FEATURE_MASK;
}

/**
 * Sparse feature vector: hashed index → weight. The word block is L2-normalised, the concept block too, and then
 * weighted; pass the concepts when they are already known (the policy has them from the lexicon).
 */
export function intentFeatures(text: string, concepts: readonly string[] = intentConcepts(text)): Map<number, number> {
  const features = wordFeatures(text);
  const block = new Map<number, number>();
  const add = (key: string, weight: number) => {
    const index = hash(key);
    block.set(index, (block.get(index) ?? 0) + weight);
  };
  const sorted = [...concepts].sort();
  for (let first = 0; first < sorted.length; first++) {
    add(`k:${sorted[first]}`, 1);
    for (let second = first + 1; second < sorted.length; second++) add(`kk:${sorted[first]}|${sorted[second]}`, 0.7);
  }
  normalise(block);
  for (const [index, value] of block) features.set(index, (features.get(index) ?? 0) + CONCEPT_WEIGHT * value);
  return features;
}

function normalise(features: Map<number, number>): void {
  let norm = 0;
  for (const value of features.values()) norm += value * value;
  norm = Math.sqrt(norm) || 1;
  for (const [index, value] of features) features.set(index, value / norm);
}

function wordFeatures(text: string): Map<number, number> {
  const features = new Map<number, number>();
  const add = (key: string, weight: number) => {
    const index = hash(key);
    features.set(index, (features.get(index) ?? 0) + weight);
  };
  const words = intentWords(text).slice(0, 400);
  for (let index = 0; index < words.length; index++) {
    const word = words[index] as string;
    add(`w:${word}`, 1);
    const next = words[index + 1];
    if (next !== undefined) add(`b:${word} ${next}`, 1);
    const bounded = `^${word}$`;
    for (let size = 3; size <= 5; size++) {
      for (let start = 0; start + size <= bounded.length; start++) add(`c:${bounded.slice(start, start + size)}`, 0.5);
    }
  }
  normalise(features);
  return features;
}

const regions = new Map<string, Map<string, string>>();
/**
 * Which of these regions (ISO codes) a name from `countryNamesIn` is, read from ICU's names in the four languages:
 * "osterreich" → AT.
 */
export function regionNamed(name: string, codes: readonly string[]): string | undefined {
  const key = codes.join(',');
  let byName = regions.get(key);
  if (!byName) {
    byName = new Map();
    for (const language of ['en', 'nl', 'de', 'fr']) {
      const names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
      for (const code of codes) {
        const written = names.of(code)?.replace(/\(.*\)/, '');
        if (written) byName.set(foldedWords(written).join(' '), code);
      }
    }
    regions.set(key, byName);
  }
  return byName.get(name);
}
