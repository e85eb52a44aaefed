// Intake answers never reach the logs: planted partner names and secrets appear in no log line, whatever the path.
import { describe, expect, it } from 'vitest';
import { INTAKE_VERBS } from '../../src/intake/intake-verbs.js';
import { capturingLogger, intakeHarness, testConfig } from './support/intake-fixtures.js';
import { activeIntake } from './support/walk-flow.js';

const SECRETS = [
  'Zyxwv Secret Partner Labs',
  'ZYXWV-INVALID-7731',
  'Qwerty Hidden Funder GmbH',
  'zyxwv-secret-deadline-note',
];

describe('privacy of intake answers', () => {
  it('logs ids, field ids and outcomes, never answers', async () => {
    const { log, lines } = capturingLogger();
    const harness = await intakeHarness({ log, config: testConfig({ escalatePartners: ['zyxwv'] }) });
    await harness.say('check partnership');
    await harness.say('1');
    await harness.say(SECRETS[0]!);
    await harness.say('university');
    await harness.say(SECRETS[1]!);
    await harness.say(SECRETS[2]!);
    await harness.say(SECRETS[3]!);
    await harness.say('Norway');
    for (const text of ['none', 'no', 'no', 'no', 'no', 'no', 'no', 'no', 'none', 'yes', '2099-01-01'])
      await harness.say(text);
    await harness.say('change 2');
    await harness.say(`${SECRETS[0]} International`);
    const intakeId = (await activeIntake(harness))!.intakeId;
    await harness.say('confirm');
    await harness.act(INTAKE_VERBS.saveMarkdown, intakeId);
    await harness.say('check funding');
    await harness.say('2');
    await harness.say(SECRETS[2]!);
    await harness.say('cancel');

    expect(lines.length).toBeGreaterThan(10);
    const events = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(events.some((event) => event.event === 'intake-completed' && event.appraisalLevel === 'high')).toBe(true);
    expect(events.some((event) => event.event === 'intake-step' && event.field === 'partner-type')).toBe(true);
    for (const line of lines) {
      for (const secret of SECRETS) expect(line.toLowerCase()).not.toContain(secret.toLowerCase());
      expect(line.toLowerCase()).not.toContain('zyxwv');
      expect(line).not.toContain('Norway');
    }
  });
});
