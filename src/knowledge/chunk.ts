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

/** Splits a body at `## ` headings; the text before the first heading becomes an "Overview" passage. */
export function chunkDocument(document: KnowledgeDocument): Passage[] {
  const passages: Passage[] = [];
  const seen = new Map<string, number>();
  let heading = 'Overview';
  let lines: string[] = [];
  const flush = () => {
    const text = lines.join('\n').trim();
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
