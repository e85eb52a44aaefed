import type { App } from '@slack/bolt';
import type { SlackDeps } from '../slack-deps.js';
import { handleIncomingMessage, type MessageFields } from './incoming-message.js';

export function registerMessage(app: App, deps: SlackDeps): void {
  app.event('message', async ({ event, context }) => {
    await handleIncomingMessage(deps, event as unknown as MessageFields, context);
  });
}
