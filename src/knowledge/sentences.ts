// Splits passage text into sentences a reader can take alone: bullets are sentences; abbreviations do not split.
const ABBREVIATIONS =
  /\b(e\.g|i\.e|etc|vs|No|Art|Arts|Reg|para|cf|St|Dr|Prof|approx|Inc|Ltd|Co|Sec|U\.S|U\.K|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.(?=\s)/g;

export function stripMarkdown(text: string): string {
  return text
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/__([^_]+)__/g, '$1')
    .replace(/(^|\s)\*([^*\s][^*]*)\*/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/^#{1,6}\s+/gm, '');
}

export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  const blocks = stripMarkdown(text)
    .split(/\n\s*\n|\n(?=\s*(?:[-*+]|\d+[.)])\s)/)
    .map((block) =>
      block
        .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((block) => block.length > 0);
  for (const block of blocks) {
    const protectedText = block.replace(ABBREVIATIONS, (match) => match.replace(/\./g, '\uE000'));
    for (const part of protectedText.split(/(?<=[.!?;:])\s+(?=[A-Z0-9"“(‘'])/)) {
      const sentence = part.replace(/\uE000/g, '.').trim();
      if (sentence.length > 0) sentences.push(/[.!?:;]$/.test(sentence) ? sentence : `${sentence}.`);
    }
  }
  return sentences;
}
