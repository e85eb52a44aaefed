// Splits passage text into sentences a reader can take alone: bullets are sentences; abbreviations do not split, nor
// does a code's letter before an article number ("article R. 413-5", "8 U.S.C. 1324b", "p. 12", "S.C. 2024, c. 16").
// Each sentence remembers the list it belongs to or opens, so an answer can keep a list whole.
const ABBREVIATIONS =
  /\b(e\.g|i\.e|etc|vs|No|Art|Arts|Reg|para|cf|St|Dr|Prof|approx|Inc|Ltd|Co|Sec|U\.S\.C|C\.F\.R|U\.S|U\.K|Nr|Abs|Ziff|incl|Vol|et al|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.(?=\s)|\b(?:[A-Z]|pp?|c|ch|s|ss|nr|no|art|para)\.(?=\s\d)/g;

const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/;

export interface PassageSentence {
  text: string;
  /** Index of the list this sentence is an item of. */
  listItem?: number;
  /** Index of the list this sentence introduces (the sentence just before its first item). */
  opensList?: number;
}

export function stripMarkdown(text: string): string {
  return text
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/__([^_]+)__/g, '$1')
    .replace(/(^|\s)\*([^*\s][^*]*)\*/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/^#{1,6}\s+/gm, '');
}

function splitBlock(block: string): string[] {
  const protectedText = block.replace(ABBREVIATIONS, (match) => match.replace(/\./g, '\uE000'));
  const sentences: string[] = [];
  // Only full stops end a sentence: a colon or semicolon inside a block joins a list to the sentence that opens it.
  for (const part of protectedText.split(/(?<=[.!?])\s+(?=[A-Z0-9"“(‘'])/)) {
    const sentence = part.replace(/\uE000/g, '.').trim();
    if (sentence.length > 0) sentences.push(/[.!?:;]$/.test(sentence) ? sentence : `${sentence}.`);
  }
  return sentences;
}

export function passageSentences(text: string): PassageSentence[] {
  const sentences: PassageSentence[] = [];
  let lists = 0;
  let previousWasItem = false;
  for (const raw of stripMarkdown(text).split(/\n\s*\n|\n(?=\s*(?:[-*+]|\d+[.)])\s)/)) {
    const isItem = LIST_ITEM.test(raw);
    const block = raw.replace(LIST_ITEM, '').replace(/\s+/g, ' ').trim();
    if (block.length === 0) continue;
    if (isItem && !previousWasItem) {
      lists += 1;
      const intro = sentences.at(-1);
      if (intro && intro.listItem === undefined) intro.opensList = lists;
    }
    previousWasItem = isItem;
    let inlineList: number | undefined;
    for (const sentence of splitBlock(block)) {
      if (isItem) {
        sentences.push({ text: sentence, listItem: lists });
      } else if (inlineList !== undefined) {
        // "…must include: A. B. C." written as prose: the sentences after the colon are the list's items.
        sentences.push({ text: sentence, listItem: inlineList });
      } else {
        sentences.push({ text: sentence });
      }
      if (!isItem && inlineList === undefined && sentence.endsWith(':')) {
        lists += 1;
        inlineList = lists;
        const intro = sentences.at(-1);
        if (intro) intro.opensList = lists;
      }
    }
  }
  return sentences;
}

export function splitSentences(text: string): string[] {
  return passageSentences(text).map((sentence) => sentence.text);
}
