// Every listener, by kind.
import type { App } from '@slack/bolt';
import type { SlackDeps } from '../slack-deps.js';
import { registerAppHome } from './app-home.js';
import { registerAppMention } from './app-mention.js';
import { registerBlockActions } from './block-actions.js';
import { registerMessage } from './message.js';
import { registerMessageShortcut } from './message-shortcut.js';
import { registerSlashCommand } from './slash-command.js';
import { registerViewSubmission } from './view-submission.js';

export function registerListeners(app: App, deps: SlackDeps): void {
  registerMessage(app, deps);
  registerAppMention(app, deps);
  registerSlashCommand(app, deps);
  registerMessageShortcut(app, deps);
  registerBlockActions(app, deps);
  registerViewSubmission(app, deps);
  registerAppHome(app, deps);
}
