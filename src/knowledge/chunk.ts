import type { KnowledgeDocument, Passage } from './document.js';

export function slugify(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'section'
  );
}

/** `<!-- source: 2 -->` or `<!-- sources: 1, 3 -->`: the 1-based front-matter sources a section rests on. */
const SOURCE_MARKER = /<!--\s*sources?:\s*([\d,\s]+?)\s*-->/gi;

export function sectionSources(text: string): { text: string; sources: number[] } {
  const sources: number[] = [];
  const stripped = text.replace(SOURCE_MARKER, (_marker, list: string) => {
    for (const item of list.split(/[,\s]+/)) {
      const n = Number(item);
      if (Number.isInteger(n) && n >= 1 && !sources.includes(n - 1)) sources.push(n - 1);
    }
    return '';
  });
  return { text: stripped.replace(/<!--[\s\S]*?-->/g, '').trim(), sources };
}

/** Splits a body at `## ` headings; the text before the first heading becomes an "Overview" passage. */
export function chunkDocument(document: KnowledgeDocument): Passage[] {
  const passages: Passage[] = [];
  const seen = new Map<string, number>();
  let heading = 'Overview';
  let lines: string[] = [];
  const flush = () => {
    const { text, sources } = sectionSources(lines.join('\n'));
    lines = [];
    if (text.length === 0) return;
    let slug = slugify(heading);
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    if (count > 0) slug = `${slug}-${count + 1}`;
    passages.push({
      id: `${document.id}#${slug}`,
      documentId: document.id,
      heading,
      text,
      jurisdiction: document.jurisdiction,
      institutional: document.institutional,
      sources: sources.filter((index) => index < document.sources.length),
    });
  };
  for (const line of document.body.split('\n')) {
    const match = /^##\s+(.+?)\s*#*\s*$/.exec(line);
    if (match && !line.startsWith('###')) {
      flush();
      heading = match[1] ?? 'Section';
    } else if (/^#\s/.test(line)) {
      // A top-level title repeats the front matter title; it is not content.
    } else {
      lines.push(line);
    }
  }
  flush();
  return passages;
}
