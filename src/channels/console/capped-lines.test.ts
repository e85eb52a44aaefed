import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { cappedLines } from './capped-lines.js';

async function collect(chunks: string[], maxBytes: number) {
  const lines = [];
  for await (const line of cappedLines(Readable.from(chunks.map((chunk) => Buffer.from(chunk))), maxBytes)) {
    lines.push(line);
  }
  return lines;
}

describe('capped lines', () => {
  it('splits across chunk boundaries and handles CRLF and a last line without a newline', async () => {
    expect(await collect(['ab', 'c\r\nde', 'f\n\ng'], 10)).toEqual([
      { number: 1, text: 'abc', tooLong: false },
      { number: 2, text: 'def', tooLong: false },
      { number: 3, text: '', tooLong: false },
      { number: 4, text: 'g', tooLong: false },
    ]);
  });

  it('flags a line over the cap, keeps none of it, and reads the next line normally', async () => {
    const lines = await collect(['short\n', 'x'.repeat(8), 'y'.repeat(8), 'z\nnext\n'], 10);
    expect(lines).toEqual([
      { number: 1, text: 'short', tooLong: false },
      { number: 2, text: '', tooLong: true },
      { number: 3, text: 'next', tooLong: false },
    ]);
  });

  it('keeps multi-byte characters whole when they straddle chunks', async () => {
    const bytes = Buffer.from('café\n');
    const lines = [];
    for await (const line of cappedLines(Readable.from([bytes.subarray(0, 4), bytes.subarray(4)]), 100)) {
      lines.push(line.text);
    }
    expect(lines).toEqual(['café']);
  });
});
