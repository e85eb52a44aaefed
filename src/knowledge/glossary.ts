// Acronyms, native-language names and synonyms: a question naming one form also searches for the others.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { JURISDICTIONS, type Jurisdiction } from '../config.js';
import { parseYaml } from './parse-yaml.js';
import { contentTerms, isWordLikeAcronym, normalizeForSearch } from './text-analysis.js';

const glossarySchema = z.object({
  entries: z.array(
    z
      .object({
        terms: z.array(z.string().min(1)).min(1),
        jurisdiction: z.enum(JURISDICTIONS).optional(),
        setting: z.boolean().optional(),
      })
      .strict(),
  ),
});

export interface GlossaryEntry {
  terms: string[];
  jurisdiction?: Jurisdiction;
  /**
   * Words of the academic setting every researcher's question has ("postdoc", "PhD candidate"): searched as
   * synonyms, but naming one does not make a question one about research security.
   */
  setting?: boolean;
}

export interface Expansion {
  /** Extra search text: the other forms of every concept the question names. */
  extraText: string;
  /** Jurisdictions implied by terms in the question (RCAT implies UK). */
  jurisdictions: Jurisdiction[];
  matchedTerms: string[];
}

function termPattern(term: string): RegExp {
  if (isWordLikeAcronym(term)) return new RegExp(`(^|[^A-Za-z0-9])${term}s?(?=$|[^A-Za-z0-9])`);
  const escaped = normalizeForSearch(term).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Acronyms must match as whole words; longer phrases tolerate plural endings.
  return new RegExp(`(^|[^a-z0-9])${escaped}(s|es)?(?=$|[^a-z0-9])`, 'i');
}

export class Glossary {
  /** Each entry's patterns, compiled when a question first could match it: a start compiles none of the 2,000. */
  private readonly patterns: (RegExp[] | undefined)[];
  /** Each entry's forms as content terms, in the order of `terms` (empty where a form has none). */
  private readonly termsByForm: string[][][];
  /** Each entry's forms as content terms, analysed once: "RCAT" and "Research Collaboration Advice Team". */
  readonly forms: string[][][];
  /** Every content term of every glossary form. */
  readonly terms: Set<string>;

  /** Entries by the first word of one of their forms, and by the first content term: only these can match. */
  private readonly byFirstWord = new Map<string, number[]>();
  private readonly byFirstTerm = new Map<string, number[]>();

  constructor(readonly entries: GlossaryEntry[]) {
    this.patterns = new Array(entries.length);
    this.termsByForm = entries.map((entry) => entry.terms.map((term) => contentTerms(term)));
    this.forms = this.termsByForm.map((forms) => forms.filter((terms) => terms.length > 0));
    this.terms = new Set(this.forms.flat(2));
    const index = (map: Map<string, number[]>, key: string | undefined, entry: number) => {
      if (key === undefined) return;
      const entries = map.get(key);
      if (!entries) map.set(key, [entry]);
      else if (entries.at(-1) !== entry) entries.push(entry);
    };
    entries.forEach((entry, position) => {
      for (const term of entry.terms)
        index(this.byFirstWord, normalizeForSearch(term).match(/[a-z0-9]+/)?.[0], position);
      for (const terms of this.termsByForm[position] ?? []) index(this.byFirstTerm, terms[0], position);
    });
  }

  /** Entries one of whose forms could occur in the question, in glossary order. */
  private candidates(normalized: string, questionTerms: Set<string>): number[] {
    const found = new Set<number>();
    for (const word of normalized.match(/[a-z0-9]+/g) ?? []) {
      for (const key of [word, word.replace(/e?s$/, '')])
        for (const entry of this.byFirstWord.get(key) ?? []) found.add(entry);
    }
    for (const term of questionTerms) for (const entry of this.byFirstTerm.get(term) ?? []) found.add(entry);
    return [...found].sort((a, b) => a - b);
  }

  static empty(): Glossary {
    return new Glossary([]);
  }

  static async load(file: string): Promise<{ glossary: Glossary; problems: string[] }> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      return { glossary: Glossary.empty(), problems: [] };
    }
    let data: unknown;
    try {
      data = parseYaml(text);
    } catch (error) {
      return { glossary: Glossary.empty(), problems: [`not valid YAML: ${(error as Error).message.split('\n')[0]}`] };
    }
    const parsed = glossarySchema.safeParse(data);
    if (!parsed.success) {
      return {
        glossary: Glossary.empty(),
        problems: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
      };
    }
    return { glossary: new Glossary(parsed.data.entries), problems: [] };
  }

  expand(question: string): Expansion {
    const normalized = normalizeForSearch(question);
    const questionTerms = new Set(contentTerms(question));
    const extra: string[] = [];
    const jurisdictions = new Set<Jurisdiction>();
    const matchedTerms: string[] = [];
    for (const index of this.candidates(normalized, questionTerms)) {
      const entry = this.entries[index];
      if (!entry) continue;
      const patterns = this.patterns[index] ?? entry.terms.map(termPattern);
      this.patterns[index] = patterns;
      // A case-sensitive pattern (a word-like acronym) reads the question as written.
      let hit = patterns.findIndex((pattern) => pattern.test(pattern.ignoreCase ? normalized : question));
      const exact = hit >= 0;
      // A name of several words in another order or form ("l'Académie virtuelle du G7" for "G7 Virtual Academy").
      if (!exact) {
        hit = (this.termsByForm[index] ?? []).findIndex(
          (terms) => terms.length >= 2 && terms.every((term) => questionTerms.has(term)),
        );
      }
      if (hit < 0) continue;
      if (!entry.setting) matchedTerms.push(entry.terms[hit] ?? '');
      extra.push(...entry.terms.filter((_, form) => form !== hit));
      // Words that merely occur together do not name a country's body; only the name itself implies its jurisdiction.
      if (entry.jurisdiction && exact) jurisdictions.add(entry.jurisdiction);
    }
    return { extraText: extra.join(' '), jurisdictions: [...jurisdictions], matchedTerms };
  }
}
