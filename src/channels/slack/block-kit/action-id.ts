// Buttons carry the core's verb as their action_id and its value as their value. Slack wants action_ids unique
// within a block, so a repeated verb (👍 and 👎 are both `answer.feedback`) gets a `#n` suffix that decoding drops.

/** A select whose options carry different verbs: each option value is `<verb> <value>`. */
export const MIXED_SELECT_ACTION_ID = 'ressec.choose';
/** The button that opens a form in a modal: handled by the Slack channel itself, never by the router. */
export const OPEN_FORM_ACTION_ID = 'ressec.open-form';
/** An empty option value is not allowed by Slack; this stands for "no value". */
export const EMPTY_VALUE = '-';

export function uniqueActionIds(verbs: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return verbs.map((verb) => {
    const count = seen.get(verb) ?? 0;
    seen.set(verb, count + 1);
    return count === 0 ? verb : `${verb}#${count}`;
  });
}

export function verbFromActionId(actionId: string): string {
  return actionId.split('#')[0] ?? actionId;
}

export function encodeMixedOption(verb: string, value: string | undefined): string {
  return `${verb} ${value ?? ''}`;
}

export function decodeMixedOption(optionValue: string): { verb: string; value?: string } {
  const space = optionValue.indexOf(' ');
  if (space < 0) return { verb: optionValue };
  const value = optionValue.slice(space + 1);
  return { verb: optionValue.slice(0, space), value: value === '' ? undefined : value };
}
