// Every `ressec <command>`; src/main.ts dispatches to these.
import { askCommand } from './ask-command.js';
import { chatCommand } from './chat-command.js';
import type { CliCommand } from './cli-command.js';
import { knowledgeCommand } from './knowledge-command.js';

export const CLI_COMMANDS: Record<string, CliCommand> = {
  chat: chatCommand,
  ask: askCommand,
  knowledge: knowledgeCommand,
};
