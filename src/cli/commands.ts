// Every `ressec <command>`; src/main.ts dispatches to these.
import { askCommand } from './ask-command.js';
import { chatCommand } from './chat-command.js';
import { checkCommand } from './check-command.js';
import type { CliCommand } from './cli-command.js';
import { deliverCommand } from './deliver-command.js';
import { knowledgeCommand } from './knowledge-command.js';
import { reportCommand } from './report-command.js';
import { slackCommand } from './slack-command.js';
import { teamsCommand } from './teams-command.js';
import { ticketsCommand } from './tickets-command.js';

export const CLI_COMMANDS: Record<string, CliCommand> = {
  chat: chatCommand,
  check: checkCommand,
  ask: askCommand,
  knowledge: knowledgeCommand,
  tickets: ticketsCommand,
  report: reportCommand,
  deliver: deliverCommand,
  slack: slackCommand,
  teams: teamsCommand,
};
