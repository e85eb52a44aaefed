// Intakes expire: the TTL from config is set on every save, expired intakes are gone, and the SQLite store purges them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openStateStore } from '../../src/store/open-state-store.js';
import { intakeHarness, optionsOf, testConfig } from './support/intake-fixtures.js';
import { activeIntake } from './support/walk-flow.js';

const HOUR = 3_600_000;

afterEach(() => {
  vi.useRealTimers();
});

describe('expired intakes', () => {
  it('are forgotten after the intake TTL, and each answer renews it', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-24T09:00:00Z'), toFake: ['Date'] });
    const harness = await intakeHarness({ config: testConfig({}, 2 * HOUR) });
    await harness.say('check travel');
    vi.setSystemTime(new Date('2026-11-24T10:30:00Z'));
    // After a long break the first message is not taken as an answer: the user chooses to continue first.
    const offer = await harness.say('conference');
    expect((await activeIntake(harness))?.answers).toEqual({});
    const resume = optionsOf(offer).find((option) => option.label.startsWith('Continue'));
    await harness.act(resume?.verb ?? '', resume?.value);
    await harness.say('conference');
    vi.setSystemTime(new Date('2026-11-24T12:00:00Z'));
    expect((await activeIntake(harness))?.answers).toEqual({ 'trip-purpose': 'conference' });
    vi.setSystemTime(new Date('2026-11-24T12:31:00Z'));
    expect(await activeIntake(harness)).toBeUndefined();
    const list = await harness.say('check');
    expect(optionsOf(list).some((option) => option.label.startsWith('Continue'))).toBe(false);
  });

  it('are purged from the embedded SQLite state store', async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'ressec-intake-ttl-'));
    const opened = openStateStore(directory);
    try {
      vi.useFakeTimers({ now: new Date('2026-11-24T09:00:00Z'), toFake: ['Date'] });
      const harness = await intakeHarness({ state: opened.state, config: testConfig({}, HOUR) });
      await harness.say('check sharing');
      expect(await activeIntake(harness)).toBeDefined();
      expect(opened.purgeExpired()).toBe(0);
      vi.setSystemTime(new Date('2026-11-24T10:01:00Z'));
      expect(opened.purgeExpired()).toBe(1);
      expect(await activeIntake(harness)).toBeUndefined();
    } finally {
      await opened.close();
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
