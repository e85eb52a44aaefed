import { message } from '../i18n/messages.js';
import { DISCLAIMER, type Reply } from './reply.js';
import type { Command, Router } from './router.js';

const HELP_WORDS: Record<string, string> = { hulp: 'nl', hilfe: 'de', aide: 'fr' };

export function helpCommand(router: Router): Command {
  return {
    name: 'help',
    aliases: ['start', '?', ...Object.keys(HELP_WORDS)],
    usage: 'help',
    summary: 'what I can do',
    async run(_args, turn): Promise<Reply[]> {
      // "hulp", "hilfe" or "aide": the introduction and disclaimer in that language (commands stay English).
      const word = turn.input.kind === 'text' ? (turn.input.text.trim().replace(/^\//, '').split(/\s/)[0] ?? '') : '';
      const language = HELP_WORDS[word.toLowerCase()] ?? 'en';
      const lines = router
        .listCommands()
        .map((command) => `• \`${command.usage}\`: ${command.summary}`)
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
