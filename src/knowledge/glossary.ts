// Acronyms, native-language names and synonyms: a question naming one form also searches for the others.
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { z } from 'zod';
import { JURISDICTIONS, type Jurisdiction } from '../config.js';
import { contentTerms, normalizeForSearch } from './text-analysis.js';

const glossarySchema = z.object({
  entries: z.array(
    z
      .object({
        terms: z.array(z.string().min(1)).min(1),
        jurisdiction: z.enum(JURISDICTIONS).optional(),
      })
      .strict(),
  ),
});

export interface GlossaryEntry {
  terms: string[];
  jurisdiction?: Jurisdiction;
}

export interface Expansion {
  /** Extra search text: the other forms of every concept the question names. */
  extraText: string;
  /** Jurisdictions implied by terms in the question (RCAT implies UK). */
  jurisdictions: Jurisdiction[];
  matchedTerms: string[];
}

function termPattern(term: string): RegExp {
  const escaped = normalizeForSearch(term).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Acronyms must match as whole words; longer phrases tolerate plural endings.
  return new RegExp(`(^|[^a-z0-9])${escaped}(s|es)?(?=$|[^a-z0-9])`, 'i');
}

export class Glossary {
  private readonly compiled: { entry: GlossaryEntry; patterns: RegExp[] }[];
  /** Each entry's forms as content terms, analysed once: "RCAT" and "Research Collaboration Advice Team". */
  readonly forms: string[][][];
  /** Every content term of every glossary form. */
  readonly terms: Set<string>;

  constructor(readonly entries: GlossaryEntry[]) {
    this.compiled = entries.map((entry) => ({ entry, patterns: entry.terms.map(termPattern) }));
    this.forms = entries.map((entry) =>
      entry.terms.map((term) => contentTerms(term)).filter((terms) => terms.length > 0),
    );
    this.terms = new Set(this.forms.flat(2));
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
      data = parse(text);
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
    const extra: string[] = [];
    const jurisdictions = new Set<Jurisdiction>();
    const matchedTerms: string[] = [];
    for (const { entry, patterns } of this.compiled) {
      const hit = patterns.findIndex((pattern) => pattern.test(normalized));
      if (hit < 0) continue;
      matchedTerms.push(entry.terms[hit] ?? '');
      extra.push(...entry.terms.filter((_, index) => index !== hit));
      if (entry.jurisdiction) jurisdictions.add(entry.jurisdiction);
    }
    return { extraText: extra.join(' '), jurisdictions: [...jurisdictions], matchedTerms };
  }
}
