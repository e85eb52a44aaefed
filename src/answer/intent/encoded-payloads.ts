// Instructions hidden in base64, hex, rot13 or reversed text are decoded so the policy reads what they say.
import { isStopWord } from '../../knowledge/text-analysis.js';

export type Encoding = 'base64' | 'hex' | 'rot13' | 'reversed';

export interface DecodedPayload {
  encoding: Encoding;
  text: string;
}

const BASE64_RUN = /[A-Za-z0-9+/_-]{16,}={0,2}/g;
const HEX_RUN = /\b(?:(?:0x)?[0-9a-fA-F]{2}[\s:,-]?){8,}/g;

/** Decoded payloads that read as words; an identifier or a key that decodes to bytes is not one. */
export function decodePayloads(text: string): DecodedPayload[] {
  const found: DecodedPayload[] = [];
  for (const run of text.match(BASE64_RUN) ?? []) {
    // Ordinary long words and identifiers are not base64: it mixes cases and usually digits.
    if (!/[a-z]/.test(run) || !/[A-Z0-9+/]/.test(run.slice(1))) continue;
    const decoded = readable(Buffer.from(run.replace(/-/g, '+').replace(/_/g, '/'), 'base64'));
    if (decoded) found.push({ encoding: 'base64', text: decoded });
  }
  for (const run of text.match(HEX_RUN) ?? []) {
    const digits = run.replace(/0x|[\s:,-]/g, '');
    if (digits.length % 2 !== 0 || !/[a-fA-F]/.test(digits)) continue;
    const decoded = readable(Buffer.from(digits, 'hex'));
    if (decoded) found.push({ encoding: 'hex', text: decoded });
  }
  // A payload often follows a plain preamble ("Message: …"), so each sentence is tried on its own.
  for (const segment of text.split(/[:.!?\n]+/)) {
    if ((segment.match(/[a-zA-Z]+/g) ?? []).length < 6) continue;
    const rotated = rot13(segment);
    if (readsBetter(rotated, segment)) found.push({ encoding: 'rot13', text: rotated });
    const reversed = [...segment].reverse().join('');
    if (readsBetter(reversed, segment)) found.push({ encoding: 'reversed', text: reversed });
  }
  return found;
}

function readable(bytes: Buffer): string | undefined {
  if (bytes.length < 8) return undefined;
  const text = bytes.toString('utf8');
  if (text.includes('\uFFFD')) return undefined;
  const printable = text.replace(/[^\p{L}\p{N}\p{P}\p{Zs}]/gu, '');
  if (printable.length < text.length * 0.9) return undefined;
  const words = text.match(/\p{L}{2,}/gu) ?? [];
  return words.length >= 2 && /\s/.test(text) ? text : undefined;
}

export function rot13(text: string): string {
  return text.replace(/[a-zA-Z]/g, (character) => {
    const base = character <= 'Z' ? 65 : 97;
    return String.fromCharCode(((character.charCodeAt(0) - base + 13) % 26) + base);
  });
}

/** Share of a text's words that are everyday function words (the, and, to, de, het, und, le): prose has many. */
function functionWordShare(text: string): { share: number; count: number } {
  const words = text.toLowerCase().match(/[a-z']+/g) ?? [];
  if (words.length === 0) return { share: 0, count: 0 };
  const count = words.filter((word) => isStopWord(word)).length;
  return { share: count / words.length, count };
}

function readsBetter(candidate: string, original: string): boolean {
  const before = functionWordShare(original);
  const after = functionWordShare(candidate);
  return after.count >= 2 && after.share >= 0.2 && after.share > before.share * 2 + 0.1;
}
