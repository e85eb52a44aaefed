import { afterEach, describe, expect, it } from 'vitest';
import { captureLogger } from '../support/capture-log.js';
import { fixture } from './support/fixtures.js';
import { findCall } from './support/messages.js';
import { type Harness, startHarness } from './support/slack-harness.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.stop();
  await harness?.api.close();
});

describe('errors and logs', () => {
  it('answers a failure in the core with a short apology and a reference id that the log also has', async () => {
    const { log, lines } = captureLogger();
    harness = await startHarness({ log });
    harness.app.router.question(async () => {
      throw new Error('the answerer broke');
    });
    await harness.send(fixture('event-message-im'));
    await harness.slack.idle();
    const apology = findCall(harness.api.calls, 'chat.postMessage', 'Sorry, something went wrong');
    expect(apology?.args.channel).toBe('D0REQ0001');
    const reference = /ERR-[A-Z0-9]+-[A-Z0-9]+/.exec(String(apology?.args.text))?.[0];
    expect(reference).toBeDefined();
    expect(lines.some((line) => line.includes(reference!) && line.includes('turn-failed'))).toBe(true);
    // The 👀 is taken back once the user has their answer, even an apology.
    expect(harness.api.ok('reactions.remove')).toHaveLength(1);
  });

  it('logs ids and outcomes, never the message text, the answer or who asked', async () => {
    const { log, lines } = captureLogger();
    harness = await startHarness({ log });
    await harness.send(fixture('event-message-im'));
    await harness.send(
      fixture('slash-command', (payload) => {
        payload.response_url = harness!.api.responseUrl('log');
      }),
    );
    await harness.slack.idle();
    expect(harness.api.ok('chat.postMessage')).toHaveLength(1);
    const text = lines.join('\n');
    expect(text).toContain('"event":"turn"');
    for (const secret of ['laptop', 'travelling', 'researcher', 'loaner', 'xoxb-test-token'])
      expect(text).not.toContain(secret);
  });
});
