// Splits a byte stream into lines without ever holding more than `maxBytes` of one line: a several-hundred-MB line
// from a script must not take the process down, and the lines after it must still be read.
import type { Readable } from 'node:stream';

export interface CappedLine {
  /** 1-based line number in the input. */
  number: number;
  /** The line's text, or its first `maxBytes` bytes when `tooLong`. */
  text: string;
  tooLong: boolean;
}

const NEWLINE = 0x0a;

export async function* cappedLines(input: Readable, maxBytes: number): AsyncGenerator<CappedLine> {
  let parts: Buffer[] = [];
  let kept = 0;
  let tooLong = false;
  let number = 0;
  const finish = (): CappedLine => {
    number += 1;
    const text = Buffer.concat(parts).toString('utf8').replace(/\r$/, '');
    const line = { number, text, tooLong };
    parts = [];
    kept = 0;
    tooLong = false;
    return line;
  };
  const keep = (slice: Buffer) => {
    if (tooLong) return;
    if (kept + slice.length > maxBytes) {
      tooLong = true;
      parts = [];
      kept = 0;
      return;
    }
    // Copy: a subarray would pin the whole chunk in memory.
    parts.push(Buffer.from(slice));
    kept += slice.length;
  };
  for await (const chunk of input) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    let start = 0;
    for (let index = buffer.indexOf(NEWLINE); index !== -1; index = buffer.indexOf(NEWLINE, start)) {
      keep(buffer.subarray(start, index));
      yield finish();
      start = index + 1;
    }
    if (start < buffer.length) keep(buffer.subarray(start));
  }
  if (kept > 0 || tooLong) yield finish();
}
