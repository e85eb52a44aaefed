import { describe, expect, it } from 'vitest';
import { admissionFor } from './inbox-entry.js';

describe('inbox admission', () => {
  it('keys a message by channel and ts, so app_mention and message of the same post collide', () => {
    const mention = admissionFor({
      type: 'event_callback',
      event_id: 'Ev1',
      event: { type: 'app_mention', channel: 'C1', ts: '1.2', user: 'U1' },
    });
    const message = admissionFor({
      type: 'event_callback',
      event_id: 'Ev2',
      event: { type: 'message', channel: 'C1', ts: '1.2', user: 'U1' },
    });
    expect(mention).toEqual({ key: 'message:C1:1.2', eventId: 'Ev1', lane: 'U1', answersInAck: false });
    expect(message?.key).toBe(mention?.key);
  });

  it('keys other events by event id and interactions by trigger id', () => {
    expect(
      admissionFor({ type: 'event_callback', event_id: 'Ev3', event: { type: 'app_home_opened', user: 'U1' } })?.key,
    ).toBe('event:Ev3');
    expect(admissionFor({ command: '/ressec', trigger_id: 't1', user_id: 'U1' })).toMatchObject({
      key: 'command:t1',
      lane: 'U1',
    });
    expect(admissionFor({ type: 'block_actions', trigger_id: 't2', user: { id: 'U1' }, actions: [] })?.key).toBe(
      'action:t2',
    );
    expect(admissionFor({ type: 'message_action', trigger_id: 't3', user: { id: 'U1' } })?.key).toBe('shortcut:t3');
  });

  it('lets a modal submission answer in its acknowledgement', () => {
    expect(
      admissionFor({ type: 'view_submission', trigger_id: 't4', user: { id: 'U1' }, view: { id: 'V1', hash: 'h1' } }),
    ).toEqual({
      key: 'view:V1:h1',
      eventId: 't4',
      lane: 'U1',
      answersInAck: true,
    });
  });

  it('does not admit messages that need no work: bots (the app itself among them), edits, deletions', () => {
    const message = (extra: Record<string, unknown>) => ({
      type: 'event_callback',
      event_id: 'Ev9',
      event: { type: 'message', channel: 'C1', ts: '1.3', ...extra },
    });
    expect(admissionFor(message({ user: 'UBOT', bot_id: 'BBOT' }))).toBeUndefined();
    expect(admissionFor(message({ subtype: 'message_changed' }))).toBeUndefined();
    expect(admissionFor(message({ user: 'U1', subtype: 'message_deleted' }))).toBeUndefined();
    expect(admissionFor(message({ user: 'U1', subtype: 'thread_broadcast' }))?.key).toBe('message:C1:1.3');
  });

  it('leaves payloads it does not know to the app', () => {
    expect(admissionFor({ type: 'view_closed', user: { id: 'U1' } })).toBeUndefined();
    expect(admissionFor({ type: 'block_suggestion' })).toBeUndefined();
  });
});
