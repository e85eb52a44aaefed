// Typos ("exemtions", "reserach") would otherwise be words the corpus has never seen, so a question that names
// its topic misspelt goes unanswered. A word the corpus lacks is replaced by the commonest corpus word one edit
// away (an insertion, deletion, substitution or swap of neighbours), found through shared single-letter deletions.
import { normalizeForSearch } from './text-analysis.js';

const MIN_LENGTH = 5;
// No word is this long; a pasted run of characters is not a typo worth correcting.
const MAX_LENGTH = 30;

function deletions(word: string): string[] {
  const variants: string[] = [];
  for (let index = 0; index < word.length; index++) variants.push(word.slice(0, index) + word.slice(index + 1));
  return variants;
}

/** One insertion, deletion, substitution or swap of neighbours turns `a` into `b`. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  if (a.length === b.length) {
    const rest = (offset: number) => a.slice(start + offset) === b.slice(start + offset);
    // A substitution, or two neighbours swapped.
    return rest(1) || (a[start] === b[start + 1] && a[start + 1] === b[start] && rest(2));
  }
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  return longer.slice(start + 1) === shorter.slice(start);
}

export class SpellingCorrector {
  private built?: { frequency: Map<string, number>; byDeletion: Map<string, string[]> };

  /** `texts` are read on first use: a process that answers one question with no unknown word never builds this. */
  constructor(private readonly texts: () => Iterable<string>) {}

  private vocabulary() {
    if (this.built) return this.built;
    const frequency = new Map<string, number>();
    const byDeletion = new Map<string, string[]>();
    for (const text of this.texts()) {
      for (const word of normalizeForSearch(text).match(/[a-z0-9]+/g) ?? []) {
        frequency.set(word, (frequency.get(word) ?? 0) + 1);
      }
    }
    for (const word of frequency.keys()) {
      if (word.length < MIN_LENGTH - 1 || /\d/.test(word)) continue;
      for (const variant of new Set(deletions(word))) {
        const words = byDeletion.get(variant);
        if (words) words.push(word);
        else byDeletion.set(variant, [word]);
      }
    }
    this.built = { frequency, byDeletion };
    return this.built;
  }

  /** Whether the corpus uses this word (lower-case, accents folded) as it is written. */
  knows(word: string): boolean {
    return this.vocabulary().frequency.has(word);
  }

  /** The commonest corpus word one edit away from `word`, or undefined when it is known or has none. */
  suggest(word: string): string | undefined {
    if (word.length < MIN_LENGTH || word.length > MAX_LENGTH) return undefined;
    const { frequency, byDeletion } = this.vocabulary();
    if (frequency.has(word)) return undefined;
    const candidates = new Set<string>(byDeletion.get(word) ?? []);
    for (const variant of new Set(deletions(word))) {
      if (frequency.has(variant)) candidates.add(variant);
      for (const candidate of byDeletion.get(variant) ?? []) candidates.add(candidate);
    }
    let best: string | undefined;
    for (const candidate of candidates) {
      // Two words that share a deletion can be two edits apart ("joked" and "joske" both lose a letter to "joke").
      if (!oneEditApart(word, candidate)) continue;
      if (!best || (frequency.get(candidate) ?? 0) > (frequency.get(best) ?? 0)) best = candidate;
    }
    return best;
  }

  /**
   * The text with misspelt lower-case words corrected. Capitalised words are names and are left alone, as are
   * words in `keep` (words of other languages the translation list knows).
   */
  correct(text: string, keep: (word: string) => boolean = () => false): string {
    return text.replace(/\p{L}+/gu, (word) => {
      if (word !== word.toLowerCase() || keep(word)) return word;
      const folded = normalizeForSearch(word);
      if (folded !== word) return word;
      return this.suggest(word) ?? word;
    });
  }
}
