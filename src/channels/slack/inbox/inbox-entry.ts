// Which inbox row a Slack payload is: its deduplication key, its lane (the user, so one person's messages run in
// order) and whether the listener must answer in the acknowledgement itself (a modal submission). Payloads that
// need no work are not admitted.
import { isPersonMessage } from '../person-message.js';
import type { InboxEntry } from './slack-inbox.js';

export interface Admission extends InboxEntry {
  /** The listener answers in the ack (response_action), so it runs before the acknowledgement. */
  answersInAck: boolean;
}

type Payload = Record<string, unknown>;

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const record = (value: unknown): Payload => (value && typeof value === 'object' ? (value as Payload) : {});

function eventAdmission(body: Payload): Admission | undefined {
  const event = record(body.event);
  const eventId = text(body.event_id);
  const channel = text(event.channel);
  const ts = text(event.ts);
  const lane = text(event.user) ?? channel ?? 'events';
  // Bots' messages (the app's own answers among them), edits and deletions need no work: Bolt acknowledges them.
  if (event.type === 'message' && !isPersonMessage(event)) return undefined;
  // A mention arrives as app_mention and as message with different event ids: the message itself is the key.
  if ((event.type === 'message' || event.type === 'app_mention') && channel && ts) {
    return { key: `message:${channel}:${ts}`, eventId, lane, answersInAck: false };
  }
  if (!eventId) return undefined;
  return { key: `event:${eventId}`, eventId, lane, answersInAck: false };
}

export function admissionFor(body: Payload): Admission | undefined {
  if (body.type === 'event_callback') return eventAdmission(body);
  const user = text(record(body.user).id) ?? text(body.user_id) ?? 'interactions';
  const trigger = text(body.trigger_id);
  if (text(body.command) && trigger)
    return { key: `command:${trigger}`, eventId: trigger, lane: user, answersInAck: false };
  if (body.type === 'block_actions') {
    const action = record((body.actions as unknown[] | undefined)?.[0]);
    const id = trigger ?? text(action.action_ts);
    return id ? { key: `action:${id}`, eventId: id, lane: user, answersInAck: false } : undefined;
  }
  if ((body.type === 'message_action' || body.type === 'shortcut') && trigger) {
    return { key: `shortcut:${trigger}`, eventId: trigger, lane: user, answersInAck: false };
  }
  if (body.type === 'view_submission') {
    const view = record(body.view);
    const id = text(view.id);
    return id
      ? { key: `view:${id}:${text(view.hash) ?? trigger ?? ''}`, eventId: trigger, lane: user, answersInAck: true }
      : undefined;
  }
  return undefined;
}
