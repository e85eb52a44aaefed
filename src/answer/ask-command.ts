// `ask <question>` (and "vraag", "frage", "question"): the word Teams' command menu and the help name; what follows
// is answered as any question. The word alone gets a hint, in its language.

import { textReply } from '../core/reply.js';
import type { Command, Router } from '../core/router.js';
import { commandWordLanguage, nativeWords } from '../i18n/command-words.js';
import { message } from '../i18n/messages.js';

export function askCommand(router: Router): Command {
  return {
    name: 'ask',
    aliases: nativeWords('ask'),
    usage: 'ask <question>',
    summary: 'a question in plain words (or simply type it)',
    acceptsBare: (args) => args.trim() !== '',
    async run(args, turn, context) {
      if (args.trim() === '') {
        const language = turn.input.kind === 'text' ? commandWordLanguage(turn.input.text) : undefined;
        return [textReply(message(language, 'askPrompt'), 'private')];
      }
      return router.answerQuestion(args.trim(), turn, context);
    },
  };
}
