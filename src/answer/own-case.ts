// "What did the export office decide about my request last week?": a question about the asker's own case, its status
// or a decision taken on it. No guidance holds that; an answer from the guidance would answer a neighbouring question
// without saying so. The office that holds the case does: the answer says so and offers the advice desk.

/** A decision, check or status, in English, Dutch, German and French. */
const DECIDED_WORDS =
  /(decided?|decision|ruled|approved|rejected|refused|turned down|checked|screened|assessed|reviewed|vetted|status|besloten|beslist|beslissing|goedgekeurd|afgewezen|gecontroleerd|gescreend|beoordeeld|entschieden|entscheidung|genehmigt|abgelehnt|gepr[uü]ft|[uü]berpr[uü]ft|d[eé]cid[eé]e?s?|d[eé]cision|approuv[eé]e?|refus[eé]e?|rejet[eé]e?|examin[eé]e?|v[eé]rifi[eé]e?|statut)\b/
    .source;
const DECIDED = new RegExp(`\\b${DECIDED_WORDS}`, 'i');
/** Whose: the asker's own request, file or person. */
const MINE = /\b(my|our|mijn|onze|ons|mein(e[mnrs]?)?|unser(e[mnrs]?)?|mon|ma|mes|notre|nos)\b/i;
/** When: a recent, particular moment, or "already", which only a case has. */
const PARTICULAR_TIME =
  /\b(last (week|month|tuesday|monday|wednesday|thursday|friday|meeting)|yesterday|this (morning|week)|already|vorige week|gisteren|vanochtend|vanmorgen|afgelopen (week|dinsdag|maandag|woensdag|donderdag|vrijdag)|al\b|letzte[nr]? (woche|sitzung|dienstag|montag|mittwoch|donnerstag|freitag)|gestern|heute morgen|schon|bereits|(mardi|lundi|mercredi|jeudi|vendredi|semaine) derni[eè]re?|la semaine derni[eè]re|hier|ce matin|d[eé]j[aà])\b/i;

/** "I already decided to…": the asker's own decision is no case of theirs that someone else holds. */
const OWN_DECISION = new RegExp(`\\b(i|we|ik|wij|ich|wir|je|j'|nous)\\b(\\s+\\S+){0,2}\\s+${DECIDED_WORDS}`, 'i');

export function asksAboutOwnCase(question: string): boolean {
  return question.split(/(?<=[.!?])\s+/).some(
    // Asked, not told: "the shipping quote is already approved" sets a scene.
    (sentence) =>
      sentence.trim().endsWith('?') &&
      DECIDED.test(sentence) &&
      MINE.test(sentence) &&
      PARTICULAR_TIME.test(sentence) &&
      !OWN_DECISION.test(sentence),
  );
}
