// `ressec check --jsonl --escalate`: many appraisals and tickets from one process, a bad line reported and skipped.
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { ChannelCatalog } from '../src/channels/runtime/channel.js';
import { checkCommand } from '../src/cli/check-command.js';
import { silentLogger } from '../src/log.js';
import { fixtureConfig } from './support/fixture-app.js';

const TRAVEL = {
  'trip-purpose': 'conference',
  'destination-country': 'China',
  devices: ['work-laptop'],
  'sensitive-data': 'no',
  'controlled-technology': 'no',
  'technology-areas': ['none'],
  'presenting-unpublished': 'no',
  'host-military-links': 'no',
  'encryption-checked': 'no',
  deadline: '2099-12-31',
};

const noChannels = { configured: () => [], deskSinks: async () => [] } as unknown as ChannelCatalog;

async function runJsonl(args: string[], lines: string[], config = fixtureConfig()) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let output = '';
  stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const io = { stdin: Readable.from([lines.join('\n')]), stdout, stderr, isTTY: false };
  const code = await checkCommand.run(args, io, config, silentLogger(), noChannels);
  return {
    code,
    records: output
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

describe('check --jsonl', () => {
  it('files one ticket per line, reports a bad line and goes on, and files a repeated key once', async () => {
    const config = fixtureConfig();
    const { code, records } = await runJsonl(
      ['--jsonl', '--escalate'],
      [
        JSON.stringify({ id: 1, flow: 'travel', answers: TRAVEL, idempotencyKey: 'a' }),
        'not json',
        JSON.stringify({ id: 3, flow: 'travel', answers: { ...TRAVEL, 'destination-country': 'Norway' } }),
        JSON.stringify({ id: 4, flow: 'nope', answers: TRAVEL }),
        JSON.stringify({ id: 5, flow: 'travel', answers: { ...TRAVEL, bogus: 1 } }),
        JSON.stringify({ id: 6, flow: 'travel', answers: TRAVEL, idempotencyKey: 'a' }),
      ],
      config,
    );
    expect(code).toBe(1);
    expect(records.map((record) => record.id)).toEqual([1, null, 3, 4, 5, 6]);
    expect(records[1]?.error).toMatch(/^line 2: /);
    expect(records[3]?.error).toMatch(/^line 4: unknown or missing "flow"/);
    expect(records[4]?.error).toMatch(/^line 5: field "bogus"/);
    const first = records[0]?.ticket as { id: string; created: boolean };
    const second = records[2]?.ticket as { id: string; created: boolean };
    expect(first.created).toBe(true);
    expect(second.created).toBe(true);
    expect(second.id).not.toBe(first.id);
    expect(records[5]?.ticket).toMatchObject({ id: first.id, created: false });
    expect(records[0]?.flow).toBe('travel');
  });

  it('appraises without filing when --escalate is not given, with the flow named on the command line', async () => {
    const { code, records } = await runJsonl(['travel', '--jsonl'], [JSON.stringify({ answers: TRAVEL })]);
    expect(records[0]?.error).toBeUndefined();
    expect(code).toBe(0);
    expect(records).toHaveLength(1);
    expect(records[0]?.ticket).toBeUndefined();
    expect(records[0]?.level).toEqual(expect.any(String));
  });
});
