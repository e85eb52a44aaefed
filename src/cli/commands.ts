// Every `ressec <command>`, each loaded only when it runs: `ressec ask` loads the answerer, not Bolt, the desk report
// or the ticket sinks' libraries. src/main.ts dispatches to these.
import type { CliCommand } from './cli-command.js';

export const CLI_COMMANDS: Record<string, () => Promise<CliCommand>> = {
  chat: async () => (await import('./chat-command.js')).chatCommand,
  check: async () => (await import('./check-command.js')).checkCommand,
  ask: async () => (await import('./ask-command.js')).askCommand,
  knowledge: async () => (await import('./knowledge-command.js')).knowledgeCommand,
  tickets: async () => (await import('./tickets-command.js')).ticketsCommand,
  report: async () => (await import('./report-command.js')).reportCommand,
  deliver: async () => (await import('./deliver-command.js')).deliverCommand,
  slack: async () => (await import('./slack-command.js')).slackCommand,
  teams: async () => (await import('./teams-command.js')).teamsCommand,
};
