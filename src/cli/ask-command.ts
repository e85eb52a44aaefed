import { buildApp } from '../app.js';
import { askJsonLines, askOnce } from '../channels/console/ask.js';
import { type CliCommand, UsageError } from './cli-command.js';

export const askCommand: CliCommand = {
  usage: 'ask "question" | ask --jsonl < questions.jsonl',
  summary: 'print one cited answer, or answer JSON lines from stdin',
  async run(args, io, config, log) {
    const jsonl = args.includes('--jsonl');
    const question = args.filter((arg) => arg !== '--jsonl').join(' ');
    if (!jsonl && question.trim() === '') throw new UsageError('ask needs a question: ressec ask "your question"');
    const app = await buildApp(config, log, { stateUrl: 'memory:' });
    try {
      if (jsonl) await askJsonLines(app.answers, io.stdin, io.stdout);
      else await askOnce(app.answers, question, io.stdout);
    } finally {
      await app.close();
    }
    return 0;
  },
};
