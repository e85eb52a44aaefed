// The core writes CommonMark-ish markdown; an Adaptive Card TextBlock in Teams reads a small subset: bold, italic,
// lists and links. Everything else is turned into that subset here, so no markup shows up as stray characters.

const LIST_ITEM = /^\s*(?:[-*•]|\d+\.)\s+/;

function inline(line: string): string {
  return (
    line
      // Code spans have no style in a TextBlock: bold keeps commands (`help`) standing out.
      .replace(/`([^`\n]+)`/g, '**$1**')
      .replace(/__([^_\n]+)__/g, '**$1**')
      // Only web links stay links; anything else keeps its label, so no other scheme is ever clickable.
      .replace(/\[([^\]\n]+)\]\(([^)\s]+)\)/g, (whole, label: string, url: string) =>
        /^https?:\/\//i.test(url) ? whole : label,
      )
  );
}

/** One line as the TextBlock wants it: headings become bold lines, list markers become `- `. */
function line(text: string): string {
  const heading = /^#{1,6}\s+(.+)$/.exec(text);
  if (heading) return `**${inline(heading[1] ?? '')}**`;
  if (LIST_ITEM.test(text)) {
    const numbered = /^\s*(\d+)\.\s+/.exec(text);
    const marker = numbered ? `${numbered[1]}. ` : '- ';
    return marker + inline(text.replace(LIST_ITEM, ''));
  }
  return inline(text);
}

/**
 * Converts markdown for a TextBlock. Teams joins single line breaks into one paragraph except between list items,
 * so lines that are not list items are kept apart as paragraphs.
 */
export function cardMarkdown(markdown: string): string {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  let out = '';
  let previousWasItem = false;
  for (const raw of lines) {
    if (raw.trim() === '') continue;
    const isItem = LIST_ITEM.test(raw);
    const separator = out === '' ? '' : isItem && previousWasItem ? '\n' : '\n\n';
    out += separator + line(raw.trimEnd());
    previousWasItem = isItem;
  }
  return out;
}

/** Plain text for places that show no markdown (a button title, a choice, a fact value). */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]\n]+)\]\([^)\s]+\)/g, '$1')
    .replace(/\*\*([^*\n]+)\*\*/g, '$1')
    .replace(/`([^`\n]+)`/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
