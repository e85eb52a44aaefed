import type { MessageKey } from '../i18n/catalog-en.js';
import { type CommandWithNativeWords, commandWordLanguage } from '../i18n/command-words.js';
import { message } from '../i18n/messages.js';
import { DISCLAIMER, type Reply } from './reply.js';
import type { Command, Router } from './router.js';

/** The researcher's commands, described in their language with their native words; desk commands stay English. */
const NATIVE_LINES: Record<CommandWithNativeWords, MessageKey> = {
  ask: 'commandAsk',
  check: 'commandCheck',
  tickets: 'commandTickets',
  ticket: 'commandTicket',
  help: 'commandHelp',
};

function line(command: Command, language: string): string {
  const key = NATIVE_LINES[command.name as CommandWithNativeWords];
  return language !== 'en' && key ? `• ${message(language, key)}` : `• \`${command.usage}\`: ${command.summary}`;
}

export function helpCommand(router: Router): Command {
  return {
    name: 'help',
    aliases: ['start', '?', 'hulp', 'hilfe', 'aide'],
    usage: 'help',
    summary: 'what I can do',
    async run(_args, turn): Promise<Reply[]> {
      // "hulp", "hilfe" or "aide": the introduction, the commands and the disclaimer in that language.
      const language = turn.input.kind === 'text' ? (commandWordLanguage(turn.input.text) ?? 'en') : 'en';
      const lines = router
        .listCommands()
        .map((command) => line(command, language))
        .join('\n');
      const markdown = `${message(language, 'helpIntro')}\n\n${lines}`;
      return [
        {
          visibility: 'private',
          blocks: [
            { kind: 'text', markdown },
            { kind: 'context', text: language === 'en' ? DISCLAIMER : message(language, 'disclaimer') },
          ],
          fallbackText: "I'm ressec, the research security assistant.",
        },
      ];
    },
  };
}
