import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runTerminalChat } from '../src/channels/console/terminal-chat.js';
import { silentLogger } from '../src/log.js';
import { fixtureApp } from './support/fixture-app.js';

async function chat(lines: string[]): Promise<string> {
  const app = await fixtureApp();
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk) => {
    text += chunk.toString();
  });
  const done = runTerminalChat({ router: app.router, log: silentLogger(), input, output });
  for (const line of lines) input.write(`${line}\n`);
  input.end();
  await done;
  await app.close();
  return text;
}

describe('terminal chat', () => {
  it('answers with citations and numbered options, and says goodbye on /quit', async () => {
    const text = await chat(['What should I do with my laptop before travelling abroad?', '/quit', 'never read']);
    expect(text).toMatch(/loaner laptop.*\[1\]/);
    expect(text).toContain('Sources:');
    expect(text).toMatch(/1\) 👍/);
    expect(text).toContain('Goodbye.');
    expect(text).not.toContain('never read');
  });

  it('shows help and follows a numbered choice', async () => {
    const text = await chat(['/help', 'What should I do with my laptop before travelling abroad?', '1']);
    expect(text).toContain("I'm ressec");
    expect(text).toContain('Thanks for the feedback.');
  });

  it('survives every kind of bad input', async () => {
    const text = await chat([
      '',
      '\u0000\u0001\u0002\u0003\u0004\u0005\u0006',
      'x'.repeat(50_000),
      '🙂🙂🙂',
      'Wat doet het Loket Kennisveiligheid?',
      'Was macht das Loket Kennisveiligheid?',
      'Que fait le Loket Kennisveiligheid ?',
      '99',
      'What should I do with my laptop before travelling abroad?',
    ]);
    expect(text).toContain('did not find a question');
    expect(text).toContain('answer in English');
    expect(text).toMatch(/loaner laptop/);
    expect(text).toContain('Goodbye.');
  });
});
