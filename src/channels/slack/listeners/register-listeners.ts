// Every listener, by kind.
import type { SlackDeps } from '../slack-deps.js';
import { registerAppHome } from './app-home.js';
import { registerBlockActions } from './block-actions.js';
import { registerMessages } from './incoming-message.js';
import { registerMessageShortcut } from './message-shortcut.js';
import { SlackListeners } from './slack-listeners.js';
import { registerSlashCommand } from './slash-command.js';
import { registerViewSubmission } from './view-submission.js';

export function slackListeners(deps: SlackDeps): SlackListeners {
  const app = new SlackListeners();
  registerMessages(app, deps);
  registerSlashCommand(app, deps);
  registerMessageShortcut(app);
  registerBlockActions(app, deps);
  registerViewSubmission(app, deps);
  registerAppHome(app);
  return app;
}
