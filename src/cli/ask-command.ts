import { openAnswering } from '../answer/open-answering.js';
import { askJsonLines, askOnce } from '../channels/console/ask.js';
import { ensureVerifiedDir, loadConfiguredKnowledge } from '../knowledge/configured-knowledge.js';
import { KnowledgeHolder } from '../knowledge/knowledge-holder.js';
import { startPurgeSchedule } from '../store/purge-schedule.js';
import { type CliCommand, UsageError } from './cli-command.js';

export const askCommand: CliCommand = {
  usage: 'ask "question" | ask --jsonl < questions.jsonl',
  summary: 'print one cited answer, or answer JSON lines from stdin',
  async run(args, io, config, log) {
    const jsonl = args.includes('--jsonl');
    const question = args.filter((arg) => arg !== '--jsonl').join(' ');
    if (!jsonl && question.trim() === '') throw new UsageError('ask needs a question: ressec ask "your question"');
    // Answering only: no router, tickets, intake or desk report to load, which was most of the command's start.
    ensureVerifiedDir(config);
    const { knowledge } = await loadConfiguredKnowledge(config, log);
    const { answers, insights } = await openAnswering(config, log, new KnowledgeHolder(knowledge));
    // The outcomes recorded here keep their retention, as in every process that writes them.
    const purge = startPurgeSchedule(
      [{ name: 'insights', run: () => insights.purge() }],
      config.state.purgeIntervalMs,
      log.child({ component: 'retention' }),
    );
    try {
      if (jsonl) await askJsonLines(answers, io.stdin, io.stdout);
      else await askOnce(answers, question, io.stdout);
    } finally {
      await purge.stop();
      await insights.close();
    }
    return 0;
  },
};
