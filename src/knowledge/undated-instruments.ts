// A source whose title dates a legal instrument ("Council Regulation (EU) No 833/2014 of 31 July 2014") while the
// document never states that date: asked "when was it adopted?", the answer has only the title to cite, and the title
// is no sentence an answer can quote. `knowledge check` lists such documents so the date is written into the text.
import type { KnowledgeDocument } from './document.js';

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
// An instrument's own date: its kind, at most a few words of name and number, then "of <date>" ("Act of…").
const DATED_INSTRUMENT = new RegExp(
  `\\b(?:Regulation|Directive|Decision|Act|Law|Decree|Ordinance|Recommendation|Common Position|Convention|\\p{L}*[Gg]esetz)\\b((?:\\s+[^\\s,;:"]+){0,6}?)\\s+of\\s+(\\d{1,2} (?:${MONTHS}) \\d{4})`,
  'u',
);
// "…(press release of 29 September 2025)", "compilation of…", "version of…": the date of a page, not of the law.
const PAGE_DATE = /\b(press|release|news|statement|compilation|version|debate|meeting|report|update|consultation)\b/i;

export interface UndatedInstrument {
  file: string;
  institutional: boolean;
  title: string;
  date: string;
}

export function undatedInstruments(documents: readonly KnowledgeDocument[]): UndatedInstrument[] {
  const found: UndatedInstrument[] = [];
  for (const document of documents) {
    for (const source of document.sources ?? []) {
      const match = DATED_INSTRUMENT.exec(source.title);
      const date = match?.[2];
      if (!match || !date || PAGE_DATE.test(match[1] ?? '')) continue;
      if (!document.body.includes(date))
        found.push({ file: document.file, institutional: document.institutional, title: source.title, date });
    }
  }
  return found;
}
