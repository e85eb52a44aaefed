// Contact points as cited answer lines, chosen by what the question is about: an office the question names first,
// then the office of the jurisdiction in play that handles the topic (export control, espionage…), then the
// national contact point.
import type { Jurisdiction } from '../config.js';
import type { Citation } from '../core/reply.js';
import type { ContactPoint } from '../knowledge/contact-points.js';
import type { ContactTopic } from '../knowledge/contact-topic.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { splitSentences } from '../knowledge/sentences.js';
import { isWordLikeAcronym, normalizeForSearch } from '../knowledge/text-analysis.js';

const MAX_CONTACTS = 2;

/** The forms a question may name an office by: "AIVD", "General Intelligence and Security Service of the Netherlands". */
function nameForms(point: ContactPoint): string[] {
  return point.name
    .split(/\s*[()]\s*|\s+[–—-]\s+/)
    .map((form) => form.trim())
    .filter((form) => form.length >= 3 && !/^(with|and|for|the)\b/i.test(form));
}

// Longer acronyms ("bafa", "aivd") and full names are read however they are typed.
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function namedContactPoints(question: string, points: ContactPoint[]): ContactPoint[] {
  const text = normalizeForSearch(question);
  return points.filter((point) =>
    nameForms(point).some((form) => {
      if (isWordLikeAcronym(form))
        return new RegExp(`(^|[^A-Za-z0-9])${escapeRegExp(form)}(?=$|[^A-Za-z0-9])`).test(question);
      // One word alone (not an acronym, not a web address) names an office only as a proper name, written as the name
      // writes it ("Erhvervsstyrelsen", "KIWi"): "Hotline" in "NSF OIG Hotline" or a note such as "(announced)" is an
      // ordinary word in a question.
      if (!/\s/.test(form) && !form.includes('.') && !/^[\p{Lu}\p{N}&-]+$/u.test(form)) {
        return (
          /^\p{Lu}/u.test(form) &&
          new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(form)}(?=$|[^\\p{L}\\p{N}])`, 'u').test(question) &&
          !ORDINARY_OFFICE_WORDS.has(form.toLowerCase())
        );
      }
      return new RegExp(`(^|[^a-z0-9])${escapeRegExp(normalizeForSearch(form))}(?=$|[^a-z0-9])`).test(text);
    }),
  );
}

/** Words that name a kind of office, not one office: capitalised in a name, they still name no office alone. */
const ORDINARY_OFFICE_WORDS = new Set(['hotline', 'helpline', 'helpdesk', 'office', 'desk', 'portal', 'team', 'unit']);

export function chooseContactPoints(
  knowledge: KnowledgeBase,
  question: string,
  jurisdictions: Jurisdiction[],
  topic: ContactTopic,
): ContactPoint[] {
  const named = namedContactPoints(question, knowledge.contactPoints);
  const chosen = [...named];
  // A question naming an office wants that office; others of its jurisdiction only when nothing was named.
  if (chosen.length === 0) chosen.push(...knowledge.contactPointsFor(jurisdictions, topic));
  return [...new Set(chosen)].slice(0, MAX_CONTACTS);
}

/** How to reach the office: phone, e-mail, form and web address, as far as the contact point lists them. */
function ways(point: ContactPoint): string {
  return [
    point.phone ? `phone ${point.phone}` : '',
    point.email ? `e-mail ${point.email}` : '',
    point.form ? `form ${point.form}` : '',
    `web ${point.url}`,
  ]
    .filter(Boolean)
    .join('; ');
}

function reach(point: ContactPoint): string {
  return `${point.name}: ${ways(point)}.`;
}

export function contactCitation(point: ContactPoint, n: number): Citation {
  return {
    n,
    id: `contact-points#${point.id}`,
    documentId: 'contact-points',
    title: point.name,
    publisher: point.source.publisher,
    date: point.source.date,
    url: point.form ?? point.url,
    jurisdiction: point.jurisdiction,
    excerpt: `${point.name}: ${point.what} Who may ask: ${point.who_may_ask} ${reach(point)}`,
  };
}

/**
 * Cited lines for these offices. `describe` adds what the office does (for "who can I ask"); a question for a
 * phone number or form gets only the ways to reach it.
 */
export function contactLines(
  points: ContactPoint[],
  firstNumber: number,
  describe: boolean,
): { lines: string[]; citations: Citation[] } {
  const lines: string[] = [];
  const citations: Citation[] = [];
  points.forEach((point, index) => {
    const n = firstNumber + index;
    citations.push(contactCitation(point, n));
    const what = describe ? splitSentences(point.what)[0] : undefined;
    const how = ways(point);
    lines.push(
      what
        ? `${point.name}: ${what} [${n}] ${how.charAt(0).toUpperCase()}${how.slice(1)}. [${n}]`
        : `${reach(point)} [${n}]`,
    );
  });
  return { lines, citations };
}
