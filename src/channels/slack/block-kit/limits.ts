// Slack's Block Kit limits (docs.slack.dev/reference/block-kit): exceeding any of them fails the whole API call.
export const LIMITS = {
  messageBlocks: 50,
  modalBlocks: 100,
  sectionText: 3_000,
  sectionFields: 10,
  fieldText: 2_000,
  headerText: 150,
  contextElements: 10,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2_000,
  actionId: 255,
  optionText: 75,
  optionValue: 150,
  selectOptions: 100,
  modalTitle: 24,
  modalButton: 24,
  inputLabel: 2_000,
  inputHint: 2_000,
  placeholder: 150,
  plainTextInput: 3_000,
  privateMetadata: 3_000,
  fallbackText: 3_000,
} as const;

/** Cuts `text` to `max` characters, ending with an ellipsis when anything was cut. */
export function truncate(text: string, max: number): string {
  const characters = Array.from(text);
  if (characters.length <= max) return text;
  return `${characters.slice(0, Math.max(0, max - 1)).join('')}…`;
}
