// Text from users, the corpus or a model is shown in terminals and stored in tickets: no escape sequence, control
// or direction-changing character may pass, so a ticket subject cannot clear the desk's screen or reorder a line.

// CSI (ESC [ … or the 8-bit 0x9B), OSC (ESC ] … BEL or ST), DCS/PM/APC strings, and two-character ESC sequences.
const ESCAPE_SEQUENCE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: escape sequences are what this removes
  /(?:\u001B\[|\u009B)[0-?]*[ -/]*[@-~]?|(?:\u001B[\]PX^_]|[\u0090\u009D\u009E\u009F])[^\u0007\u001B\u009C]*(?:\u0007|\u001B\\|\u009C)?|\u001B[ -~]?/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
// Variation selectors and the zero-width joiner stay: emoji need them ("⚠️", "🧑‍🔬"), and they move no text.
const INVISIBLE = /(?![\u200D\uFE00-\uFE0F])[\p{Bidi_Control}\p{Default_Ignorable_Code_Point}]/gu;

/** Safe to print or store: escape sequences and controls removed; newlines and tabs kept. */
export function printable(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '').replace(INVISIBLE, '');
}

/** One line: printable, with line breaks and tabs turned into single spaces. */
export function printableLine(text: string): string {
  return printable(text).replace(/[\t\n\r\u2028\u2029]+/g, ' ');
}

/** Every string inside a plain value (replies, tickets) made printable; other values as they are. */
export function printableDeep<T>(value: T): T {
  if (typeof value === 'string') return printable(value) as T;
  if (Array.isArray(value)) return value.map((item) => printableDeep(item)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, printableDeep(item)])) as T;
  }
  return value;
}
