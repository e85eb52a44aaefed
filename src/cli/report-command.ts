// `ressec report [--since 30d] [--json|--html]`: the desk's report from the data folder (or RESSEC_DATABASE_URL).
import { buildApp } from '../app.js';
import { parsePeriodDays } from '../core/period.js';
import { buildReport } from '../report/build-report.js';
import { DEFAULT_REPORT_DAYS } from '../report/register-report.js';
import { reportHtml } from '../report/report-html.js';
import { reportText } from '../report/report-text.js';
import { type CliCommand, UsageError } from './cli-command.js';

const USAGE = 'report [--since 30d] [--json|--html]';

function options(args: string[]): { days: number; format: 'text' | 'json' | 'html' } {
  let days = DEFAULT_REPORT_DAYS;
  let format: 'text' | 'json' | 'html' = 'text';
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (arg === '--json' || arg === '--html') {
      const wanted = arg === '--json' ? 'json' : 'html';
      if (format !== 'text' && format !== wanted)
        throw new UsageError(`choose --json or --html; usage: ressec ${USAGE}`);
      format = wanted;
    } else if (arg === '--since' || arg.startsWith('--since=')) {
      const value = arg === '--since' ? args[++index] : arg.slice('--since='.length);
      const parsed = value === undefined ? undefined : parsePeriodDays(value);
      if (parsed === undefined || parsed > 3650) {
        throw new UsageError(`--since needs a period such as 30d, 8w or 6m (at most 10 years); usage: ressec ${USAGE}`);
      }
      days = parsed;
    } else {
      throw new UsageError(`unknown option ${arg}; usage: ressec ${USAGE}`);
    }
  }
  return { days, format };
}

export const reportCommand: CliCommand = {
  usage: USAGE,
  summary: 'for the advice desk: questions by outcome, feedback, cited and stale documents, gaps, ticket handling',
  async run(args, io, config, log) {
    const { days, format } = options(args);
    const app = await buildApp(config, log, { stateUrl: 'memory:' });
    try {
      const report = await buildReport(
        { insights: app.insights, tickets: app.escalation.store, knowledge: app.knowledge },
        days,
      );
      if (format === 'json') io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      else if (format === 'html') io.stdout.write(reportHtml(report));
      else io.stdout.write(`${reportText(report).replaceAll('**', '')}\n`);
    } finally {
      await app.close();
    }
    return 0;
  },
};
