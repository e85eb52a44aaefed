// `ressec check`: --list --json, a non-interactive run from an answers file, clear errors, and the terminal chat.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/cli-command.js';
import { main } from '../../src/main.js';
import { BENIGN, FIRES } from './support/answer-sets.js';

const directory = mkdtempSync(path.join(tmpdir(), 'ressec-check-cli-'));

afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

function collect(stream: PassThrough): () => string {
  let text = '';
  stream.on('data', (chunk) => {
    text += String(chunk);
  });
  return () => text;
}

async function ressec(args: string[], input = '', environment: Record<string, string> = {}) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out = collect(stdout);
  const err = collect(stderr);
  const io: CliIo = { stdin: Readable.from([input]), stdout, stderr, isTTY: false };
  const code = await main(args, { RESSEC_DATA_DIR: directory, RESSEC_LOG_LEVEL: 'silent', ...environment }, io);
  return { code, stdout: out(), stderr: err() };
}

function answersFile(name: string, answers: unknown): string {
  const file = path.join(directory, name);
  writeFileSync(file, typeof answers === 'string' ? answers : JSON.stringify(answers));
  return file;
}

describe('ressec check', () => {
  it('--list --json prints every flow with field ids, kinds, choices and conditions', async () => {
    const { code, stdout } = await ressec(['check', '--list', '--json']);
    expect(code).toBe(0);
    const listed = JSON.parse(stdout);
    expect(listed.flows.map((flow: { id: string }) => flow.id)).toEqual([
      'partnership',
      'visitor',
      'travel',
      'funding',
      'sharing',
    ]);
    const visitor = listed.flows[1];
    const access = visitor.fields.find((field: { id: string }) => field.id === 'access');
    expect(access).toMatchObject({ kind: 'multi', optional: false });
    expect(access.choices[0]).toEqual({ value: 'office-library', label: 'General areas only (offices & library)' });
    const limited = visitor.fields.find((field: { id: string }) => field.id === 'access-limited');
    expect(limited.when).toEqual({ field: 'access', in: expect.arrayContaining(['controlled-technology']) });
    expect(visitor.rules[0]).toMatchObject({
      id: expect.any(String),
      level: expect.any(String),
      basis: expect.any(Array),
    });
    expect(listed.lists.map((list: { id: string }) => list.id)).toEqual([
      'eu-arms-embargo-destinations',
      'eu-critical-technology-areas',
      'state-actor-countries',
    ]);
    expect(listed.lists[0].sources[0].url).toBe('https://www.sanctionsmap.eu/');
  });

  it('--answers --json prints the appraisal: level, flags with reasons and citation ids, mitigations, next steps', async () => {
    const file = answersFile('sharing.json', {
      ...BENIGN.sharing,
      ...FIRES.sharing?.['listed-item-export'],
      deadline: '2099-03-01',
    });
    const { code, stdout, stderr } = await ressec(['check', 'sharing', '--answers', file, '--json'], '', {
      RESSEC_POLICY_NOTICE_DAYS: '10',
    });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ flow: 'sharing', level: 'high', escalate: true, deadline: '2099-03-01' });
    const flag = result.flags.find((candidate: { id: string }) => candidate.id === 'listed-item-export');
    expect(flag.reason).toMatch(/licence/);
    expect(flag.citations[0]).toMatch(/^eu-dual-use-regulation-overview#/);
    expect(result.mitigations.length).toBeGreaterThan(0);
    expect(result.nextSteps).toContain(
      "Your institution asks for 10 days' notice: contact the research security advice desk by 2099-02-19 (your deadline is 2099-03-01).",
    );
  });

  it('accepts labels, numbers and true/false in the answers file, and renders text without --json', async () => {
    const file = answersFile('travel.json', {
      ...BENIGN.travel,
      'trip-purpose': 'Conference',
      devices: ['Loaner (clean) devices only'],
      'sensitive-data': false,
      'encryption-checked': true,
    });
    const { code, stdout } = await ressec(['check', 'travel', '--answers', file]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Risk appraisal: Travel check — overall LOW/);
  });

  it.each([
    ['an unknown field', { ...BENIGN.funding, colour: 'blue' }, /field "colour": unknown field/],
    ['an invalid answer', { ...BENIGN.funding, disclosure: 'perhaps later' }, /field "disclosure": I couldn't match/],
    ['a missing required answer', { 'funding-type': 'grant' }, /field "funder-name": required/],
    ['a past deadline', { ...BENIGN.funding, deadline: '2001-01-01' }, /field "deadline": That date has passed/],
    ['not an object', '["grant"]', /must be a JSON object/],
    ['not JSON', '{"funding-type":', /is not valid JSON/],
  ])('exits 2 with a message naming the field for %s', async (_name, answers, message) => {
    const file = answersFile('bad.json', answers);
    const { code, stderr, stdout } = await ressec(['check', 'funding', '--answers', file, '--json']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it.each(['partnership', 'visitor', 'travel', 'funding', 'sharing'])(
    '--template prints an answers file for %s that runs as it is, with every field of the flow',
    async (flow) => {
      const template = await ressec(['check', flow, '--template']);
      expect(template.code).toBe(0);
      const answers = JSON.parse(template.stdout);
      const listed = JSON.parse((await ressec(['check', '--list', '--json'])).stdout);
      const fields = listed.flows.find((item: { id: string }) => item.id === flow).fields;
      expect(Object.keys(answers)).toEqual(fields.map((field: { id: string }) => field.id));
      const run = await ressec(['check', flow, '--answers', answersFile(`${flow}-template.json`, answers), '--json']);
      expect(run.stderr).toBe('');
      expect(JSON.parse(run.stdout).flow).toBe(flow);
    },
  );

  it("runs the README's example answers file", async () => {
    const readme = readFileSync(path.resolve('README.md'), 'utf8');
    const example = /A travel check:\s*```json\n([\s\S]+?)```/.exec(readme)?.[1] ?? '';
    const { code, stdout, stderr } = await ressec([
      'check',
      'travel',
      '--answers',
      answersFile('readme.json', example),
      '--json',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      level: 'medium',
      flags: [{ id: 'state-actor-country' }, expect.anything()],
    });
  });

  it('prints the appraisal without buttons nobody can press', async () => {
    const file = answersFile('travel-plain.json', BENIGN.travel);
    const { stdout } = await ressec(['check', 'travel', '--answers', file]);
    expect(stdout).not.toMatch(/Save as markdown|\d\) Start again/);
  });

  it('exits 2 for an unknown flow', async () => {
    const { code, stderr } = await ressec(['check', 'weather']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/unknown check "weather"; choose one of: partnership, visitor, travel, funding, sharing/);
  });

  it('runs a flow in the terminal chat, starting with the first question', async () => {
    const { code, stdout } = await ressec(['check', 'travel'], '1\nlater\n/quit\n');
    expect(code).toBe(0);
    expect(stdout).toMatch(/Starting the Travel check[\s\S]*What is the trip for\?/);
    expect(stdout).toMatch(/Which country are you travelling to/);
    expect(stdout).toMatch(/Saved for later/);
  });
});
