// The desk's verified answers in any chat: "Save as verified answer" on a ticket with advice (or `verify <ticket>` /
// `verify <answer id>` for an answer marked 👎), the form, saving (checked, written, the corpus reloaded at once),
// `verify` alone to list them, and retiring one. Desk members only.
import type { Config, Jurisdiction } from '../config.js';
import { type Reply, textReply } from '../core/reply.js';
import type { Router, TurnContext } from '../core/router.js';
import type { Turn } from '../core/turn.js';
import { partyOf } from '../escalation/handlers/party.js';
import type { DeskRoster } from '../escalation/roles.js';
import { parseTicketId } from '../escalation/ticket-id.js';
import type { TicketStore } from '../escalation/ticket-store.js';
import type { Insights } from '../feedback/insights.js';
import type { KnowledgeHolder } from '../knowledge/knowledge-holder.js';
import type { KnowledgeReloader } from '../knowledge/reload.js';
import {
  defaultReviewBy,
  listVerifiedAnswers,
  retireVerifiedAnswer,
  saveVerifiedAnswer,
} from './verified-answer-file.js';
import { draftFromAnswer, draftFromTicket, parseSources, type VerifiedFormDraft } from './verified-draft.js';
import { verifiedForm } from './verified-form.js';
import { VERIFIED_VERBS } from './verified-verbs.js';

export interface VerifiedDeps {
  config: Pick<Config, 'knowledge' | 'institution' | 'desk'>;
  roster: DeskRoster;
  tickets: TicketStore;
  insights: Insights;
  holder: KnowledgeHolder;
  reloader: KnowledgeReloader;
  today(): string;
}

const ANSWER_ID = /^[A-Za-z0-9-]{8,64}$/;

function formValue(values: Record<string, string | string[] | undefined>, field: string): string {
  const value = values[field];
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

export function registerVerified(router: Router, deps: VerifiedDeps): void {
  const fallback = (): Jurisdiction => deps.config.institution.jurisdiction ?? 'GENERAL';
  const directory = deps.config.knowledge.verifiedDir;

  const refuse = (turn: Turn, context: TurnContext): Reply[] | undefined => {
    if (!deps.roster.isDesk(partyOf(turn))) {
      context.log.warn({ event: 'verified', outcome: 'refused' }, 'verified answers by a non-desk user refused');
      return [textReply('Only members of the advice desk can save or retire verified answers.', 'private')];
    }
    if (!directory) {
      return [
        textReply(
          'Verified answers need a writable folder: an administrator sets RESSEC_VERIFIED_DIR (see .env.example). Nothing was saved.',
          'private',
        ),
      ];
    }
    return undefined;
  };

  /** The draft for `ticket:<id>` / `answer:<id>` (or a bare ticket id or answer id), or why there is none. */
  const draftFor = async (ref: string): Promise<VerifiedFormDraft | string> => {
    const bare = ref.replace(/^(ticket|answer):/, '');
    const ticketId = parseTicketId(bare);
    if (ticketId && !ref.startsWith('answer:')) {
      const ticket = await deps.tickets.get(ticketId);
      if (!ticket) return `I can't find ticket ${ticketId}.`;
      const draft = draftFromTicket(ticket, fallback());
      if (!draft.answer) return `${ticketId} has no advice yet: give advice first, then save it as a verified answer.`;
      return draft;
    }
    if (!ANSWER_ID.test(bare)) return `"${bare.slice(0, 40)}" is neither a ticket id (RS-2026-0042) nor an answer id.`;
    const record = await deps.insights.store.question(bare, deps.insights.retention, deps.insights.now());
    if (!record) return 'That answer is no longer on record.';
    return draftFromAnswer(record, deps.holder.current, fallback());
  };

  const showForm = async (ref: string): Promise<Reply[]> => {
    const draft = await draftFor(ref);
    if (typeof draft === 'string') return [textReply(draft, 'private')];
    return [verifiedForm(draft, defaultReviewBy(deps.today()))];
  };

  const list = (): Reply[] => {
    const day = deps.today();
    const listings = directory ? listVerifiedAnswers(directory) : [];
    const inForce = listings.filter((item) => !item.retired && item.reviewBy >= day);
    if (inForce.length === 0) return [textReply('No verified answers in force.', 'private')];
    return [
      {
        visibility: 'private',
        blocks: [
          { kind: 'text', markdown: `**Verified answers in force (${inForce.length})**` },
          ...inForce.slice(0, 20).flatMap((item) => [
            {
              kind: 'text' as const,
              markdown: `• ${item.questions[0] ?? item.id}\n  verified ${item.on}, review by ${item.reviewBy} (\`${item.id}\`)`,
            },
            {
              kind: 'choices' as const,
              display: 'buttons' as const,
              options: [{ label: 'Retire', verb: VERIFIED_VERBS.retire, value: item.id, style: 'danger' as const }],
            },
          ]),
        ],
        fallbackText: `${inForce.length} verified answer(s) in force`,
      },
    ];
  };

  const save = async (
    values: Record<string, string | string[] | undefined>,
    context: TurnContext,
  ): Promise<Reply[]> => {
    const ref = formValue(values, 'ref');
    const draft = await draftFor(ref);
    if (typeof draft === 'string') return [textReply(draft, 'private')];
    const raw = {
      ref,
      questions: formValue(values, 'questions'),
      answer: formValue(values, 'answer'),
      sources: formValue(values, 'sources'),
      reviewBy: formValue(values, 'reviewBy'),
    };
    const { sources, bad } = parseSources(raw.sources);
    const errors: Record<string, string> = {};
    if (bad.length > 0) errors.sources = `Each line needs a title | https://link; not: "${bad[0]}"`;
    const reviewBy = /^\d{4}-\d{2}-\d{2}$/.test(raw.reviewBy) ? raw.reviewBy : defaultReviewBy(deps.today());
    if (Object.keys(errors).length === 0 && directory) {
      const outcome = await saveVerifiedAnswer(directory, {
        questions: raw.questions.split('\n'),
        answer: raw.answer,
        role: deps.config.desk.name,
        on: deps.today(),
        reviewBy,
        sources,
        jurisdiction: draft.jurisdiction,
        from: ref.startsWith('ticket:') ? ref.slice('ticket:'.length) : 'feedback',
      });
      if (outcome.ok) {
        const reload = await deps.reloader.reload('verified-saved');
        context.log.info(
          {
            event: 'verified-saved',
            outcome: reload.kind,
            ticketId: ref.startsWith('ticket:') ? ref.slice(7) : undefined,
          },
          'verified answer saved',
        );
        const text = `Saved as verified answer \`${outcome.id}\`, to be reviewed by ${reviewBy}. ${
          reload.kind === 'reloaded'
            ? 'Matching questions get it from now on, marked "Verified by the advice desk".'
            : 'The corpus could not be reloaded; it is used after the next reload.'
        }`;
        return [
          {
            visibility: 'private',
            blocks: [
              { kind: 'text', markdown: text },
              {
                kind: 'choices',
                display: 'buttons',
                options: [{ label: 'Retire it', verb: VERIFIED_VERBS.retire, value: outcome.id, style: 'danger' }],
              },
            ],
            fallbackText: text,
          },
        ];
      }
      for (const problem of outcome.problems) {
        const field = problem.field?.startsWith('verified.questions')
          ? 'questions'
          : problem.field?.startsWith('sources')
            ? 'sources'
            : problem.field === 'review_by'
              ? 'reviewBy'
              : 'answer';
        errors[field] = errors[field] ? `${errors[field]}; ${problem.message}` : problem.message;
      }
    }
    context.log.info({ event: 'verified-saved', outcome: 'invalid', count: Object.keys(errors).length }, 'invalid');
    return [verifiedForm(draft, reviewBy, { values: raw, errors })];
  };

  router.action('verified', async (input, turn, context) => {
    const refusal = refuse(turn, context);
    if (refusal) return refusal;
    if (input.verb === VERIFIED_VERBS.new && input.kind === 'action') return showForm(input.value ?? '');
    if (input.verb === VERIFIED_VERBS.save && input.kind === 'form') return save(input.values, context);
    if (input.verb === VERIFIED_VERBS.retire && input.kind === 'action' && directory) {
      const id = input.value ?? '';
      if (!retireVerifiedAnswer(directory, id, deps.today()))
        return [textReply(`There is no verified answer ${id.slice(0, 80)}.`, 'private')];
      await deps.reloader.reload('verified-retired');
      context.log.info({ event: 'verified-retired', outcome: 'retired' }, 'verified answer retired');
      return [textReply(`Retired \`${id}\`: it is no longer given to anyone.`, 'private')];
    }
    return [textReply('That button is no longer active.', 'private')];
  });

  router.command({
    name: 'verify',
    aliases: ['verified'],
    usage: 'verify [RS-2026-0042 | answer id]',
    summary: 'for the advice desk: save a ticket’s advice or a 👎 answer as a verified answer; alone, list them',
    acceptsBare: (args) => parseTicketId(args) !== undefined,
    async run(args, turn, context) {
      const refusal = refuse(turn, context);
      if (refusal) return refusal;
      return args.trim() === '' ? list() : showForm(args.trim());
    },
  });
}
