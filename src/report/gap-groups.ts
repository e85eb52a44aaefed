// Gaps: questions the corpus could not ground and answers marked 👎, grouped by what they are about. Without kept
// text that is the most specific glossary term and the jurisdictions they matched; with text, questions that match no term are
// grouped by the words they share, and a few are shown.
import type { FeedbackRecord, QuestionRecord } from '../feedback/insight-records.js';
import { contentTerms, isStopWord, tokenize } from '../knowledge/text-analysis.js';
import type { GapGroup } from './desk-report.js';

const EXAMPLES = 3;
const SHARED_WORDS = 0.34;

interface Gap {
  question?: QuestionRecord;
  kind: 'unanswered' | 'disliked';
}

function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const term of a) if (b.has(term)) shared += 1;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** The words a group of questions has most in common, for its heading. */
function mainWords(texts: string[]): string {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of new Set(tokenize(text).filter((token) => token.length > 2 && !isStopWord(token)))) {
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)
    .slice(0, 3)
    .map(([word]) => word)
    .join(', ');
}

export function gapGroups(questions: QuestionRecord[], feedback: FeedbackRecord[]): GapGroup[] {
  const byAnswer = new Map(questions.map((question) => [question.answerId, question]));
  const gaps: Gap[] = [
    ...questions
      .filter((question) => question.outcome === 'no-grounding')
      .map((question) => ({
        question,
        kind: 'unanswered' as const,
      })),
    ...feedback
      .filter((rating) => rating.rating === 'down')
      .map((rating) => ({ question: byAnswer.get(rating.answerId), kind: 'disliked' as const })),
  ];
  const frequency = new Map<string, number>();
  for (const question of questions) {
    for (const term of new Set(question.glossaryTerms)) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  }
  const groups = new Map<string, GapGroup>();
  const byWords: { terms: Set<string>; group: GapGroup; texts: string[] }[] = [];
  for (const gap of gaps) {
    const jurisdictions = [...(gap.question?.jurisdictions ?? [])].sort();
    const terms = [...new Set(gap.question?.glossaryTerms ?? [])].sort();
    const text = gap.question?.text;
    let group: GapGroup | undefined;
    if (terms.length === 0 && text) {
      // No glossary term: questions that share most of their words are one topic.
      const own = new Set(contentTerms(text));
      const similar = byWords.find(
        (candidate) =>
          candidate.group.jurisdictions.join() === jurisdictions.join() &&
          overlap(candidate.terms, own) >= SHARED_WORDS,
      );
      if (similar) {
        similar.texts.push(text);
        group = similar.group;
      } else {
        group = { topic: '', jurisdictions, terms: [], unanswered: 0, disliked: 0, examples: [] };
        byWords.push({ terms: own, group, texts: [text] });
        groups.set(`words:${byWords.length}`, group);
      }
    } else {
      // The most specific term names the topic: "deemed export Japan" rather than "export control".
      const term = [...terms].sort(
        (a, b) => (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || b.length - a.length,
      )[0];
      const key = `${jurisdictions.join(',')}|${term ?? ''}`;
      group = groups.get(key);
      if (!group) {
        const topic =
          [term, ...jurisdictions].filter(Boolean).join(' · ') ||
          (gap.question ? 'no term matched' : 'answer no longer on record');
        group = { topic, jurisdictions, terms: [], unanswered: 0, disliked: 0, examples: [] };
        groups.set(key, group);
      }
      for (const other of terms) if (!group.terms.includes(other)) group.terms.push(other);
    }
    group[gap.kind] += 1;
    if (text && group.examples.length < EXAMPLES && !group.examples.includes(text)) group.examples.push(text);
  }
  for (const { group, texts } of byWords) {
    group.topic = [mainWords(texts), ...group.jurisdictions].filter(Boolean).join(' · ') || 'no term matched';
  }
  return [...groups.values()].sort(
    (a, b) => b.unanswered + b.disliked - (a.unanswered + a.disliked) || a.topic.localeCompare(b.topic),
  );
}
