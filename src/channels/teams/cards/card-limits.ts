// What Teams accepts in a message with a card: the activity must stay under 28 KB, and an action set shows a few
// buttons side by side (the Adaptive Cards default host allows five; more fall into an overflow menu nobody finds).
export const TEAMS_LIMITS = {
  /** Bytes of UTF-8 JSON for the whole card, with room left under 28 KB for the activity around it. */
  cardBytes: 26 * 1024,
  messageBytes: 28 * 1024,
  actionsPerSet: 5,
  /** More options than this are a drop-down rather than rows of buttons. */
  buttonsPerChoice: 10,
  /** A citation's passage is shown as a short excerpt only. */
  excerptCharacters: 240,
} as const;

export function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value), 'utf8');
}

/** Cuts text to `max` characters, marking the cut. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut}…`;
}
