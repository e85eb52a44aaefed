// `report [30d]` in any chat: the desk's report, for desk members only, as a private reply.
import { parsePeriodDays } from '../core/period.js';
import { DISCLAIMER, type Reply, textReply } from '../core/reply.js';
import type { Router } from '../core/router.js';
import { partyOf } from '../escalation/handlers/party.js';
import type { DeskRoster } from '../escalation/roles.js';
import type { DeskReport } from './desk-report.js';
import { reportText } from './report-text.js';

export const DEFAULT_REPORT_DAYS = 30;
const MAX_REPORT_DAYS = 3650;

export interface ReportDeps {
  roster: DeskRoster;
  build(days: number): Promise<DeskReport>;
}

export function registerReport(router: Router, deps: ReportDeps): void {
  router.command({
    name: 'report',
    usage: 'report [30d]',
    summary: 'for the advice desk: questions, feedback, gaps and tickets over a period',
    acceptsBare: (args) => parsePeriodDays(args) !== undefined,
    async run(args, turn, context): Promise<Reply[]> {
      if (!deps.roster.isDesk(partyOf(turn))) {
        context.log.warn({ event: 'report', outcome: 'refused' }, 'report asked by a non-desk user');
        return [textReply('Only members of the advice desk can see the report.', 'private')];
      }
      const days = args.trim() === '' ? DEFAULT_REPORT_DAYS : parsePeriodDays(args.replace(/^--since\s+/, ''));
      if (days === undefined || days > MAX_REPORT_DAYS) {
        return [
          textReply('Give the period as days, weeks or months, for example `report 30d`, `report 8w`.', 'private'),
        ];
      }
      const report = await deps.build(days);
      context.log.info({ event: 'report', outcome: 'shown', count: report.questions.total }, 'report shown');
      const markdown = reportText(report);
      return [
        {
          visibility: 'private',
          blocks: [
            { kind: 'text', markdown },
            { kind: 'context', text: 'Charts: `ressec report --html > report.html` on the server.' },
            { kind: 'context', text: DISCLAIMER },
          ],
          fallbackText: `ressec report: ${report.questions.total} questions in the last ${days} days`,
        },
      ];
    },
  });
}
