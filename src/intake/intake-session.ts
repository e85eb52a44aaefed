// One turn of an intake: load the active intake, run the engine step, store the result, and build the replies.
// Logs carry ids, field ids and outcomes only, never answers.
import { type Reply, textReply } from '../core/reply.js';
import type { TurnContext } from '../core/router.js';
import type { Turn } from '../core/turn.js';
import { inSentence } from '../i18n/appraisal-labels.js';
import { type MessageLanguage, message } from '../i18n/messages.js';
import { currentKnowledge } from '../knowledge/knowledge-holder.js';
import type { Logger } from '../log.js';
import { applicableFields, nextField, reconcile } from './applicable-fields.js';
import { appraisalSettings, buildStoredAppraisal } from './appraisal/stored-appraisal.js';
import { bindLists } from './bind-lists.js';
import type { FlowDefinition } from './flow.js';
import { ALL_FLOWS, findFlow } from './flows/index.js';
import type { IntakeDependencies } from './intake-dependencies.js';
import { type IntakeOutcome, step } from './intake-engine.js';
import type { IntakeEvent } from './intake-event.js';
import { type IntakeState, newIntakeState } from './intake-state.js';
import { IntakeStore } from './intake-store.js';
import { INTAKE_VERBS } from './intake-verbs.js';
import { localiseFlow } from './localise-flow.js';
import { appraisalReply } from './replies/appraisal-reply.js';
import { flowListReply, resumeOfferReply } from './replies/flow-list-reply.js';
import { questionReply } from './replies/question-reply.js';
import { reviewReply } from './replies/review-reply.js';

export class IntakeSession {
  readonly flows: readonly FlowDefinition[];
  readonly store: IntakeStore;
  private readonly log: Logger;
  private readonly now: () => Date;

  constructor(
    private readonly dependencies: IntakeDependencies,
    private readonly turn: Turn,
    private readonly context: TurnContext,
  ) {
    this.flows = dependencies.flows ?? ALL_FLOWS;
    this.store = new IntakeStore(context.state, dependencies.config.state.intakeTtlMs);
    this.log = context.log.child({ component: 'intake' });
    this.now = dependencies.now ?? (() => new Date());
  }

  /** The language the user last wrote in here (English until they have written a sentence). */
  async language(): Promise<MessageLanguage> {
    return (await this.store.language(this.turn)) ?? 'en';
  }

  /** The flow with the data lists in use now: a reload that brings new lists reaches the next step. */
  private withListsInUse(flow: FlowDefinition): FlowDefinition {
    return bindLists(flow, currentKnowledge(this.dependencies.knowledge).lists);
  }

  /** The flows as this user reads them: for the list of checks. */
  async shownFlows(): Promise<readonly FlowDefinition[]> {
    const language = await this.language();
    return this.flows.map((flow) => localiseFlow(this.withListsInUse(flow), language));
  }

  /** The active intake, with its flow as the researcher sees it (in the intake's language). */
  async active(): Promise<{ state: IntakeState; flow: FlowDefinition } | undefined> {
    const stored = await this.store.load(this.turn);
    if (!stored) return undefined;
    const defined = findFlow(this.flows, stored.flowId);
    if (!defined) {
      // The flow was withdrawn: its intake cannot go on.
      await this.store.remove(this.turn);
      return undefined;
    }
    const flow = this.withListsInUse(defined);
    return { state: reconcile(flow, stored).state, flow: localiseFlow(flow, stored.language) };
  }

  /** "question 3 of 12" or "at the summary", for the resume offer. */
  position(flow: FlowDefinition, state: IntakeState): string {
    const field = nextField(flow, state);
    if (!field) return message(state.language, 'positionSummary');
    const fields = applicableFields(flow, state.answers);
    return message(state.language, 'positionQuestion', {
      position: fields.indexOf(field) + 1,
      total: fields.length,
    });
  }

  /**
   * Pauses the unfinished check, if any, and asks whether to continue it or start over: for a new session, or a
   * message after a long break, so that what is typed next is not taken as an answer. No check: no replies.
   */
  async offerResume(note?: string): Promise<Reply[]> {
    const active = await this.active();
    if (!active) return [];
    if (!active.state.paused) await this.store.save(this.turn, { ...active.state, paused: true });
    this.log.info({ event: 'intake-resume-offered', flow: active.flow.id, turnId: this.turn.id }, 'resume offered');
    const position = this.position(active.flow, active.state);
    return [
      resumeOfferReply(
        await this.shownFlows(),
        { intakeId: active.state.intakeId, flow: active.flow, position },
        { note, otherChecks: false, language: active.state.language },
      ),
    ];
  }

  /** True when the check has waited longer than `idleMs` since its last step. */
  idleFor(state: IntakeState, idleMs: number): boolean {
    return this.now().getTime() - Date.parse(state.updatedAt) > idleMs;
  }

  async start(flowName: string): Promise<Reply[]> {
    const flow = findFlow(this.flows, flowName);
    if (!flow) {
      const unknown = message(await this.language(), 'intakeUnknownFlow', { name: flowName.slice(0, 40) });
      return [flowListReply(await this.shownFlows(), unknown, await this.language())];
    }
    const previous = await this.store.load(this.turn);
    const language = await this.language();
    const owner = { userId: this.turn.user.id, platform: this.turn.platform };
    const state = newIntakeState(flow.id, owner, this.now(), language);
    await this.store.save(this.turn, state);
    this.log.info({ event: 'intake-started', flow: flow.id, language, turnId: this.turn.id }, 'intake started');
    const shown = localiseFlow(this.withListsInUse(flow), language);
    const lead = [
      message(language, 'intakeStarting', { flow: shown.title }),
      ...(previous ? [message(language, 'intakeDiscarded')] : []),
      message(language, 'intakeHowTo'),
    ].join(' ');
    return [this.replyFor(shown, state, { kind: 'review' }, lead)];
  }

  /** Applies an event to the active intake; `intakeId` (from a button) must match it. */
  async handle(event: IntakeEvent, intakeId?: string): Promise<Reply[]> {
    const active = await this.active();
    if (!active) {
      return [textReply(message(await this.language(), 'intakeNone'), 'private')];
    }
    const { flow } = active;
    if (intakeId && intakeId !== active.state.intakeId) {
      return [this.replyFor(flow, active.state, { kind: 'review' }, message(active.state.language, 'intakeOldButton'))];
    }
    const result = step(flow, active.state, event, this.now());
    const outcome = result.outcome;
    const language = active.state.language;
    const titleInText = inSentence(flow.title, language);
    this.log.info(
      {
        event: 'intake-step',
        flow: flow.id,
        kind: event.kind,
        field: outcome.kind === 'ask' ? outcome.field.id : undefined,
        outcome: outcome.kind === 'ask' && outcome.problem ? 'invalid' : outcome.kind,
        turnId: this.turn.id,
      },
      'intake step',
    );
    switch (outcome.kind) {
      case 'ask':
      case 'review':
        await this.store.save(this.turn, result.state);
        return [this.replyFor(flow, result.state, outcome)];
      case 'side-question': {
        await this.store.save(this.turn, result.state);
        const answer = await this.context.router.answerQuestion(outcome.question, this.turn, this.context);
        return [
          ...answer,
          this.replyFor(
            flow,
            result.state,
            { kind: 'review' },
            message(language, 'backToCheck', { flow: titleInText }),
          ),
        ];
      }
      case 'paused':
        await this.store.save(this.turn, result.state);
        return [textReply(message(language, 'intakePaused', { flow: titleInText }), 'private')];
      case 'cancelled': {
        await this.store.remove(this.turn);
        const text = message(language, 'intakeCancelled', { flow: titleInText });
        return [
          {
            visibility: 'private',
            blocks: [
              { kind: 'text', markdown: text },
              {
                kind: 'choices',
                display: 'buttons',
                options: [{ label: message(language, 'startCheck'), verb: INTAKE_VERBS.start, value: '' }],
              },
            ],
            fallbackText: text,
          },
        ];
      }
      case 'complete':
        return [await this.complete(flow, result.state, outcome.answers)];
    }
  }

  /** The stored appraisal (the desk's copy) is built from the English flow; the researcher sees it in theirs. */
  private async complete(
    shown: FlowDefinition,
    state: IntakeState,
    answers: Record<string, string | string[]>,
  ): Promise<Reply> {
    const now = this.now();
    // Read once: a reload while the appraisal is built does not mix two corpora (or two sets of lists) in one appraisal.
    const knowledge = currentKnowledge(this.dependencies.knowledge);
    const flow = bindLists(findFlow(this.flows, shown.id) ?? shown, knowledge.lists);
    const settings = appraisalSettings(this.dependencies.config, knowledge, now.toISOString().slice(0, 10));
    const stored = buildStoredAppraisal(flow, answers, state, knowledge, settings, now);
    await this.store.saveAppraisal(stored);
    await this.store.remove(this.turn);
    this.log.info(
      {
        event: 'intake-completed',
        flow: flow.id,
        appraisalLevel: stored.appraisal.level,
        count: stored.appraisal.flags.length,
        outcome: stored.appraisal.escalate ? 'escalate' : 'advise',
        turnId: this.turn.id,
      },
      'intake completed',
    );
    return appraisalReply(stored);
  }

  /** The reply for an outcome: the question asked, else the current question or the summary, with any notes. */
  replyFor(flow: FlowDefinition, state: IntakeState, outcome: IntakeOutcome, lead?: string): Reply {
    if (outcome.kind === 'ask') {
      return questionReply(flow, state, outcome.field, {
        lead,
        note: outcome.note,
        problem: outcome.problem,
        offerDesk: outcome.offerDesk,
      });
    }
    const field = nextField(flow, state);
    const note = outcome.kind === 'review' ? outcome.note : undefined;
    if (field) return questionReply(flow, state, field, { lead, note });
    return reviewReply(flow, state, [lead, note].filter(Boolean).join(' ') || undefined);
  }
}
