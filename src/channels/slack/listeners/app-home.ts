// The App Home tab, published each time it is opened: the user's tickets come from the core's `tickets` command,
// and the deliverer renders the reply as the home view.
import { slackTurn } from '../slack-deps.js';
import type { SlackListeners } from './slack-listeners.js';

const TICKETS_COMMAND = 'tickets';

export function registerAppHome(app: SlackListeners): void {
  app.event('app_home_opened', async (event, envelope, context) => {
    const userId = event.user;
    const eventId = envelope.event_id;
    if (event.tab !== 'home' || typeof userId !== 'string' || typeof eventId !== 'string') return undefined;
    const key = `event:${eventId}`;
    const conversation = { id: String(event.channel ?? ''), kind: 'dm' as const };
    const turn = slackTurn(key, userId, conversation, { kind: 'text', text: TICKETS_COMMAND }, context.receivedAt);
    return { entry: { key, lane: userId, turn, target: { userId, home: true } } };
  });
}
