// What a user can do in an intake, and how free text maps onto it (commands first, else an answer).
import type { AnswerValue } from './field.js';

export type IntakeEvent =
  /** An answer; `fieldId` comes from a button or form, and may name an earlier question (a correction). */
  | { kind: 'answer'; input: AnswerValue; fieldId?: string }
  | { kind: 'back' }
  | { kind: 'skip' }
  /** Correct an earlier answer: a field id, its number in the summary, or words of its label. */
  | { kind: 'change'; target: string }
  | { kind: 'confirm' }
  | { kind: 'cancel' }
  | { kind: 'pause' }
  | { kind: 'resume' };

// The English words, then the Dutch, German and French ones a researcher writing in that language would type (the
// notes and help name them). Accents are optional: "zurück" or "zuruck", "précédent" or "precedent".
const BACK = new Set([
  ...['back', 'go back', 'previous', 'previous question', 'undo'],
  ...['terug', 'vorige', 'vorige vraag', 'ga terug'],
  ...['zurück', 'zuruck', 'zurueck', 'vorherige frage', 'zurückgehen'],
  ...['retour', 'précédent', 'precedent', 'question précédente', 'revenir'],
]);
const SKIP = new Set([
  ...['skip', 'skip it', 'skip this', 'pass'],
  ...['overslaan', 'sla over'],
  ...['überspringen', 'uberspringen', 'ueberspringen'],
  ...['passer', 'sauter'],
]);
const CANCEL = new Set([
  ...['cancel', 'cancel check', 'stop', 'abort', 'cancel the check', 'quit check'],
  ...['annuleer', 'annuleren', 'stoppen', 'check annuleren'],
  ...['abbrechen', 'stopp', 'prüfung abbrechen'],
  ...['annuler', 'arrêter', 'arreter', 'abandonner'],
]);
const PAUSE = new Set([
  ...['later', 'pause', 'finish later', 'continue later', 'not now'],
  ...['pauze', 'later afmaken', 'niet nu'],
  ...['später', 'spater', 'spaeter', 'später fortsetzen', 'nicht jetzt'],
  ...['plus tard', 'pas maintenant', 'finir plus tard'],
]);
const CONFIRM = new Set([
  ...['confirm', 'confirmed', 'submit'],
  ...['bevestig', 'bevestigen', 'versturen', 'verstuur'],
  ...['bestätigen', 'bestatigen', 'bestaetigen', 'absenden'],
  ...['confirmer', 'valider', 'envoyer'],
]);
/** Only read as confirmation at the summary, where no question is open. */
const CONFIRM_AT_REVIEW = new Set([
  ...['yes', 'y', 'ok', 'okay', 'done', 'looks good', 'all good', 'correct', 'finish'],
  ...['ja', 'klopt', 'akkoord', 'prima', 'klaar', 'in orde'],
  ...['stimmt', 'passt', 'richtig', 'fertig', 'alles richtig'],
  ...['oui', "d'accord", 'c’est bon', "c'est bon", 'terminé', 'termine', 'exact'],
]);
const CHANGE =
  /^(?:change|edit|correct|wijzig|wijzigen|aanpassen|verander|ändern|andern|aendern|korrigieren|bearbeiten|modifier|corriger|changer)\s+(.+)$/;

export function interpretText(text: string, atReview: boolean): IntakeEvent {
  const typed = text
    .trim()
    .toLowerCase()
    .replace(/^\//, '')
    .replace(/[.!]+$/, '');
  if (BACK.has(typed)) return { kind: 'back' };
  if (SKIP.has(typed)) return { kind: 'skip' };
  if (CANCEL.has(typed)) return { kind: 'cancel' };
  if (PAUSE.has(typed)) return { kind: 'pause' };
  if (CONFIRM.has(typed) || (atReview && CONFIRM_AT_REVIEW.has(typed))) return { kind: 'confirm' };
  const change = CHANGE.exec(typed);
  if (change?.[1]) return { kind: 'change', target: change[1].trim() };
  return { kind: 'answer', input: text };
}
