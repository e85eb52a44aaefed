// Control characters, binary and runaway length are normalised away before anything looks at a question, and the
// text is read as shown (NFKC, no invisible characters, look-alike letters folded), so policy and retrieval agree.
import { normaliseText } from '../core/normalise-text.js';

export const MAX_QUESTION_CHARS = 2_000;

export interface CleanQuestion {
  text: string;
  truncated: boolean;
  hadBinary: boolean;
}

export function cleanQuestion(raw: string): CleanQuestion {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
  const controls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD\uFFFE\uFFFF]/g;
  const hadBinary = (raw.match(controls)?.length ?? 0) > Math.max(3, raw.length * 0.05);
  // Normalising costs time in proportion to length; beyond a few times the cap it would only be thrown away.
  const text = normaliseText(raw.slice(0, MAX_QUESTION_CHARS * 4).replace(controls, ' '))
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= MAX_QUESTION_CHARS) return { text, truncated: false, hadBinary };
  return { text: text.slice(0, MAX_QUESTION_CHARS), truncated: true, hadBinary };
}
