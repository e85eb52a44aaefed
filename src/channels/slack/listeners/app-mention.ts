import type { App } from '@slack/bolt';
import type { SlackDeps } from '../slack-deps.js';
import { handleIncomingMessage, type MessageFields } from './incoming-message.js';

export function registerAppMention(app: App, deps: SlackDeps): void {
  app.event('app_mention', async ({ event, context }) => {
    await handleIncomingMessage(deps, event as unknown as MessageFields, context);
  });
}
