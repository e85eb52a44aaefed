import { DISCLAIMER, type Reply } from './reply.js';
import type { Command, Router } from './router.js';

export function helpCommand(router: Router): Command {
  return {
    name: 'help',
    aliases: ['start', '?'],
    usage: 'help',
    summary: 'what I can do',
    async run(): Promise<Reply[]> {
      const lines = router
        .listCommands()
        .map((command) => `• \`${command.usage}\`: ${command.summary}`)
        .join('\n');
      const markdown = `I'm ressec, the research security assistant. Ask me a question in plain words, for example "Who can I ask in the Netherlands about a partnership with a foreign university?", and I answer from the curated guidance, citing every source.\n\n${lines}`;
      return [
        {
          visibility: 'private',
          blocks: [
            { kind: 'text', markdown },
            { kind: 'context', text: DISCLAIMER },
          ],
          fallbackText: "I'm ressec, the research security assistant.",
        },
      ];
    },
  };
}
