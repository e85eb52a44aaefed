// What a user types in the terminal for each option. A screen has one numbering, for the choices of the thing it
// asks now; actions offered everywhere (feedback, the advice desk, a new check) keep the same letter on every
// screen, and a check's navigation keeps the word the check understands when typed. So a number never changes
// meaning because an answer to a side question was printed above it.
import type { ChoiceOption } from '../../core/reply.js';
import { VERBS } from '../../core/verbs.js';
import { INTAKE_VERBS } from '../../intake/intake-verbs.js';

export type OptionKey = { kind: 'letter' | 'word'; key: string } | { kind: 'number' };

const LETTERS: { key: string; matches: (option: ChoiceOption) => boolean }[] = [
  { key: 'g', matches: (option) => option.verb === VERBS.feedback && (option.value ?? '').startsWith('up:') },
  { key: 'b', matches: (option) => option.verb === VERBS.feedback && (option.value ?? '').startsWith('down:') },
  { key: 'c', matches: (option) => option.verb === VERBS.startIntake && !option.value },
  { key: 'd', matches: (option) => option.verb === VERBS.newTicket },
];

/** The words the check reads as navigation when typed (src/intake/intake-event.ts), by the verb of its buttons. */
const WORDS: Record<string, string> = {
  [INTAKE_VERBS.back]: 'back',
  [INTAKE_VERBS.skip]: 'skip',
  [INTAKE_VERBS.pause]: 'later',
  [INTAKE_VERBS.cancel]: 'cancel',
  [INTAKE_VERBS.confirm]: 'confirm',
};

export function optionKey(option: ChoiceOption): OptionKey {
  const letter = LETTERS.find((candidate) => candidate.matches(option));
  if (letter) return { kind: 'letter', key: letter.key };
  const word = WORDS[option.verb];
  if (word) return { kind: 'word', key: word };
  return { kind: 'number' };
}

/** The letters in use, for the help text. */
export const LETTER_KEYS = LETTERS.map((letter) => letter.key);
