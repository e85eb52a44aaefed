// Concepts are small word patterns ("keep ~2 off", "@conceal @overseer") found in a tokenised text. A pattern is
// words and stems separated by spaces: `a|b` alternatives, `stem*` a prefix, `*part*` a compound part, `@name`
// another concept, `~n` up to n words of anything (`~` is three).
import { parseTerm, type Term, TermMatcher } from './term-matcher.js';

export interface Span {
  start: number;
  end: number;
}

type Element = { kind: 'gap'; max: number } | { kind: 'alternatives'; ids: Set<number>; refs: string[] };

interface Pattern {
  concept: string;
  elements: Element[];
}

export type ConceptSpans = Map<string, Span[]>;

export class ConceptSet {
  private readonly matcher: TermMatcher;
  private readonly order: string[];
  private readonly patternsByConcept = new Map<string, Pattern[]>();
  /** Patterns by the terms their first word may be, and those that start with another concept. */
  private readonly patternsByFirstTerm = new Map<number, Pattern[]>();
  private readonly refFirstPatterns = new Map<string, Pattern[]>();

  constructor(definitions: Record<string, readonly string[]>) {
    // Each distinct term once, numbered in order of first use: the matcher's ids. (Most of the lexicon's 13,000 words
    // are repeats, and compiling it is part of every start.)
    const terms: Term[] = [];
    const termIds = new Map<string, number>();
    for (const [concept, specs] of Object.entries(definitions)) {
      const patterns = specs.map((spec) => parsePattern(concept, spec, terms, termIds));
      this.patternsByConcept.set(concept, patterns);
    }
    this.matcher = new TermMatcher(terms);
    this.order = dependencyOrder(this.patternsByConcept);
    for (const [concept, patterns] of this.patternsByConcept) {
      for (const pattern of patterns) {
        const first = pattern.elements[0];
        if (first?.kind !== 'alternatives') continue;
        for (const id of first.ids) {
          const list = this.patternsByFirstTerm.get(id) ?? [];
          list.push(pattern);
          this.patternsByFirstTerm.set(id, list);
        }
        if (first.refs.length > 0) {
          const list = this.refFirstPatterns.get(concept) ?? [];
          list.push(pattern);
          this.refFirstPatterns.set(concept, list);
        }
      }
    }
  }

  /** Every concept found in the tokens, with where. */
  find(tokens: readonly string[]): ConceptSpans {
    const termsAt = tokens.map((token) => this.matcher.match(token));
    // Only patterns whose first word occurs are tried, and only where it occurs.
    const candidates = new Map<string, { pattern: Pattern; start: number }[]>();
    termsAt.forEach((ids, start) => {
      const seen = new Set<Pattern>();
      for (const id of ids) {
        for (const pattern of this.patternsByFirstTerm.get(id) ?? []) {
          if (seen.has(pattern)) continue;
          seen.add(pattern);
          const list = candidates.get(pattern.concept);
          if (list) list.push({ pattern, start });
          else candidates.set(pattern.concept, [{ pattern, start }]);
        }
      }
    });
    const spans: ConceptSpans = new Map();
    for (const concept of this.order) {
      const found: Span[] = [];
      const tryAt = (pattern: Pattern, start: number) => {
        const end = matchFrom(pattern.elements, 0, start, termsAt, spans);
        if (end > start && !found.some((span) => span.start === start && span.end === end)) found.push({ start, end });
      };
      for (const { pattern, start } of candidates.get(concept) ?? []) tryAt(pattern, start);
      for (const pattern of this.refFirstPatterns.get(concept) ?? []) {
        const first = pattern.elements[0];
        if (first?.kind !== 'alternatives') continue;
        for (const ref of first.refs) for (const span of spans.get(ref) ?? []) tryAt(pattern, span.start);
      }
      if (found.length > 0) spans.set(concept, found);
    }
    return spans;
  }
}

function parsePattern(concept: string, spec: string, terms: Term[], termIds: Map<string, number>): Pattern {
  const elements: Element[] = spec
    .trim()
    .split(/\s+/)
    .map((part): Element => {
      if (/^~\d*$/.test(part)) return { kind: 'gap', max: part.length > 1 ? Number(part.slice(1)) : 3 };
      const ids = new Set<number>();
      const refs: string[] = [];
      for (const alternative of part.split('|')) {
        let id = termIds.get(alternative);
        if (id === undefined) {
          if (!/^(@[a-z-]+|\*[a-z0-9]+\*|[a-z0-9]+\*?)$/.test(alternative)) {
            throw new Error(
              `concept ${concept}: "${alternative}" in "${spec}" is not a folded word, stem, part or @concept`,
            );
          }
          if (alternative.startsWith('@')) {
            refs.push(alternative.slice(1));
            continue;
          }
          id = terms.length;
          terms.push(parseTerm(alternative));
          termIds.set(alternative, id);
        }
        ids.add(id);
      }
      return { kind: 'alternatives', ids, refs };
    });
  if (elements[0]?.kind !== 'alternatives' || elements.at(-1)?.kind !== 'alternatives') {
    throw new Error(`concept ${concept}: pattern "${spec}" must start and end with a word`);
  }
  return { concept, elements };
}

function matchFrom(
  elements: Element[],
  index: number,
  position: number,
  termsAt: readonly (readonly number[])[],
  spans: ConceptSpans,
): number {
  const element = elements[index];
  if (!element) return position;
  if (element.kind === 'gap') {
    for (let skip = 0; skip <= element.max && position + skip <= termsAt.length; skip++) {
      const end = matchFrom(elements, index + 1, position + skip, termsAt, spans);
      if (end >= 0) return end;
    }
    return -1;
  }
  const here = termsAt[position];
  if (here?.some((id) => element.ids.has(id))) {
    const end = matchFrom(elements, index + 1, position + 1, termsAt, spans);
    if (end >= 0) return end;
  }
  for (const ref of element.refs) {
    for (const span of spans.get(ref) ?? []) {
      if (span.start !== position) continue;
      const end = matchFrom(elements, index + 1, span.end, termsAt, spans);
      if (end >= 0) return end;
    }
  }
  return -1;
}

function dependencyOrder(patterns: Map<string, Pattern[]>): string[] {
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (concept: string, path: string[]) => {
    if (state.get(concept) === 'done') return;
    if (state.get(concept) === 'visiting') throw new Error(`concept cycle: ${[...path, concept].join(' → ')}`);
    const own = patterns.get(concept);
    if (!own) throw new Error(`unknown concept @${concept} (in ${path.at(-1)})`);
    state.set(concept, 'visiting');
    for (const pattern of own) {
      for (const element of pattern.elements) {
        if (element.kind === 'alternatives') for (const ref of element.refs) visit(ref, [...path, concept]);
      }
    }
    state.set(concept, 'done');
    order.push(concept);
  };
  for (const concept of patterns.keys()) visit(concept, []);
  return order;
}
