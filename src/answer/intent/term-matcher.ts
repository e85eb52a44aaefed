// Which lexicon terms a word is: exact words, stems (prefixes) and compound parts, with one typo allowed on longer
// terms (a deletion, insertion, substitution or swap), so "concael", "licnece" and "umgehn" are still read.

export type TermKind = 'word' | 'stem' | 'part';

export interface Term {
  kind: TermKind;
  text: string;
}

/** Terms this short are matched exactly: "hide" and "hire", "stocks" and "sticks" are one letter apart. */
const MIN_TYPO_LENGTH = 7;
const MIN_PART_TOKEN_EXTRA = 3;
const MAX_TYPO_LENGTH = 30;

export function parseTerm(spec: string): Term {
  if (spec.startsWith('*') && spec.endsWith('*') && spec.length > 2) return { kind: 'part', text: spec.slice(1, -1) };
  if (spec.endsWith('*')) return { kind: 'stem', text: spec.slice(0, -1) };
  return { kind: 'word', text: spec };
}

export function termKey(term: Term): string {
  return `${term.kind}:${term.text}`;
}

export class TermMatcher {
  private readonly ids = new Map<string, number>();
  private readonly words = new Map<string, number[]>();
  private readonly stems = new Map<string, number[]>();
  private readonly stemLengths: number[];
  private readonly parts: { text: string; id: number }[] = [];
  /**
   * Longer words and stems by first letter and length (a typo keeps the first letter and moves the length by at most
   * one), for the one-typo match. Buckets instead of every single-letter deletion of every term: those were most of
   * the lexicon's compile time at every start, and generating the token's deletions most of the matching time.
   */
  private readonly typoWords = new Map<string, number[]>();
  private readonly typoStems = new Map<string, number[]>();
  private readonly termText: string[] = [];
  private readonly cache = new Map<string, readonly number[]>();

  constructor(terms: Term[]) {
    const lengths = new Set<number>();
    for (const term of terms) {
      const key = termKey(term);
      if (this.ids.has(key)) continue;
      const id = this.ids.size;
      this.ids.set(key, id);
      this.termText.push(term.text);
      if (term.kind === 'word') {
        push(this.words, term.text, id);
        if (term.text.length >= MIN_TYPO_LENGTH) push(this.typoWords, bucket(term.text[0] ?? '', term.text.length), id);
      } else if (term.kind === 'stem') {
        push(this.stems, term.text, id);
        lengths.add(term.text.length);
        if (term.text.length >= MIN_TYPO_LENGTH) push(this.typoStems, bucket(term.text[0] ?? '', term.text.length), id);
      } else {
        this.parts.push({ text: term.text, id });
      }
    }
    this.stemLengths = [...lengths].sort((a, b) => a - b);
  }

  id(term: Term): number {
    const id = this.ids.get(termKey(term));
    if (id === undefined) throw new Error(`unknown term ${termKey(term)}`);
    return id;
  }

  /** Ids of the terms this token is. */
  match(token: string): readonly number[] {
    const cached = this.cache.get(token);
    if (cached) return cached;
    const found = new Set<number>();
    for (const id of this.words.get(token) ?? []) found.add(id);
    for (const length of this.stemLengths) {
      if (length > token.length) break;
      for (const id of this.stems.get(token.slice(0, length)) ?? []) found.add(id);
    }
    for (const part of this.parts) {
      if (token.length >= part.text.length + MIN_PART_TOKEN_EXTRA && token.includes(part.text)) found.add(part.id);
    }
    // A token longer than any word (a key, a run of one letter) is not a typo of one.
    if (found.size === 0 && token.length >= MIN_TYPO_LENGTH - 1 && token.length <= MAX_TYPO_LENGTH) {
      this.matchWithTypo(token, found);
    }
    const result = [...found];
    if (this.cache.size > 50_000) this.cache.clear();
    this.cache.set(token, result);
    return result;
  }

  private matchWithTypo(token: string, found: Set<number>): void {
    const first = token[0] ?? '';
    this.addWithinOneEdit(token, [token.length - 1, token.length, token.length + 1], this.typoWords, found);
    for (const length of this.stemLengths) {
      if (length < MIN_TYPO_LENGTH) continue;
      if (length - 1 > token.length) break;
      const stems = this.typoStems.get(bucket(first, length));
      if (!stems) continue;
      // The stem may have lost or gained a letter to the typo.
      for (const size of [length - 1, length, length + 1]) {
        if (size > token.length) continue;
        this.addWithinOneEdit(token.slice(0, size), [length], this.typoStems, found);
      }
    }
  }

  /**
   * Adds the terms of these lengths within one edit of the text, in the order a lookup of the text's deletion variants
   * reached them (by the text's variant, then by id), which decides which pattern is tried first.
   */
  private addWithinOneEdit(text: string, lengths: number[], buckets: Map<string, number[]>, found: Set<number>): void {
    const close: { id: number; rank: number }[] = [];
    for (const length of lengths) {
      for (const id of buckets.get(bucket(text[0] ?? '', length)) ?? []) {
        const term = this.termText[id] ?? '';
        if (withinOneEdit(text, term)) close.push({ id, rank: variantRank(text, term) });
      }
    }
    if (close.length > 1) close.sort((left, right) => left.rank - right.rank || left.id - right.id);
    for (const { id } of close) found.add(id);
  }
}

function push(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}

function bucket(first: string, length: number): string {
  return `${first}${length}`;
}

/**
 * Which of the token's variants (0 the token itself, 1 + i the token without letter i) first equals the word or one
 * of its single-letter deletions.
 */
function variantRank(token: string, word: string): number {
  if (token === word || isDeletionOf(word, token)) return 0;
  for (let index = 0; index < token.length; index++) {
    const variant = token.slice(0, index) + token.slice(index + 1);
    if (variant === word || isDeletionOf(word, variant)) return index + 1;
  }
  return token.length + 1;
}

/** Whether `shorter` is `text` with one letter taken out. */
function isDeletionOf(text: string, shorter: string): boolean {
  if (text.length !== shorter.length + 1) return false;
  let index = 0;
  while (index < shorter.length && text[index] === shorter[index]) index++;
  return text.slice(index + 1) === shorter.slice(index);
}

/** Optimal string alignment distance of at most one, with the first letter kept (typos rarely hit it). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (a[0] !== b[0] || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (a.length === b.length) {
    if (sameFrom(a, i + 1, b, i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && sameFrom(a, i + 2, b, i + 2);
  }
  return a.length > b.length ? sameFrom(a, i + 1, b, i) : sameFrom(a, i, b, i + 1);
}

/** `a.slice(aStart) === b.slice(bStart)`, without making either slice (this runs for most words of a text). */
function sameFrom(a: string, aStart: number, b: string, bStart: number): boolean {
  const length = Math.max(0, a.length - aStart);
  if (length !== Math.max(0, b.length - bStart)) return false;
  for (let offset = 0; offset < length; offset++) {
    if (a.charCodeAt(aStart + offset) !== b.charCodeAt(bStart + offset)) return false;
  }
  return true;
}
