// Wires guided checks into the router: the active intake intercepts text, `intake.*` verbs drive buttons and
// forms, and `check` lists, starts or resumes a check.
import { type Reply, textReply } from '../core/reply.js';
import type { ActionHandler, Router, TurnContext } from '../core/router.js';
import type { Turn } from '../core/turn.js';
import { commandWordLanguage, nativeWords } from '../i18n/command-words.js';
import { message } from '../i18n/messages.js';
import { guessLanguage } from '../knowledge/translate-terms.js';
import { nextField } from './applicable-fields.js';
import { ALL_FLOWS, findFlow } from './flows/index.js';
import type { IntakeDependencies } from './intake-dependencies.js';
import { type IntakeEvent, interpretText } from './intake-event.js';
import { IntakeSession } from './intake-session.js';
import { decodeButtonValue, INTAKE_VERBS } from './intake-verbs.js';
import { flowListReply, resumeOfferReply } from './replies/flow-list-reply.js';
import { saveAppraisal } from './save-appraisal.js';

/** After this long without a step, typed text is not taken as an answer before the user chooses to continue. */
export const RESUME_AFTER_IDLE_MS = 30 * 60_000;

/** Three words or more: a short reply ("yes", "check travel") says nothing about the language. */
function isSentence(text: string): boolean {
  return text.trim().split(/\s+/).length >= 3;
}

const SIMPLE_EVENTS: Record<string, IntakeEvent> = {
  [INTAKE_VERBS.back]: { kind: 'back' },
  [INTAKE_VERBS.skip]: { kind: 'skip' },
  [INTAKE_VERBS.confirm]: { kind: 'confirm' },
  [INTAKE_VERBS.cancel]: { kind: 'cancel' },
  [INTAKE_VERBS.pause]: { kind: 'pause' },
  [INTAKE_VERBS.resume]: { kind: 'resume' },
};

async function listOrResume(session: IntakeSession): Promise<Reply[]> {
  const active = await session.active();
  const flows = await session.shownFlows();
  if (!active) return [flowListReply(flows, undefined, await session.language())];
  const position = session.position(active.flow, active.state);
  const offer = { intakeId: active.state.intakeId, flow: active.flow, position };
  return [resumeOfferReply(flows, offer, { language: active.state.language })];
}

async function saveMarkdown(
  session: IntakeSession,
  intakeId: string,
  turn: Turn,
  context: TurnContext,
  dataDir: string | undefined,
): Promise<Reply[]> {
  const stored = await session.store.loadAppraisal(intakeId);
  // Appraisals are private: only the researcher who completed it gets the document.
  if (!stored || stored.userId !== turn.user.id || stored.platform !== turn.platform) {
    return [textReply(message(await session.language(), 'appraisalGone'), 'private')];
  }
  return saveAppraisal(stored, turn, dataDir, context.log.child({ component: 'intake' }));
}

function answerFromForm(values: Record<string, string | string[] | undefined>): IntakeEvent | undefined {
  const [fieldId, value] = Object.entries(values).find(([, entry]) => entry !== undefined) ?? [];
  if (!fieldId || value === undefined) return undefined;
  if (typeof value === 'string') {
    const event = interpretText(value, false);
    return event.kind === 'answer' ? { ...event, fieldId } : event;
  }
  return { kind: 'answer', input: value, fieldId };
}

export function registerIntake(router: Router, dependencies: IntakeDependencies): void {
  const flows = dependencies.flows ?? ALL_FLOWS;
  const session = (turn: Turn, context: TurnContext) => new IntakeSession(dependencies, turn, context);

  router.intercept('intake', async (text, turn, context) => {
    const current = session(turn, context);
    const active = await current.active();
    if (!active || active.state.paused) {
      // What the user writes outside a check sets the language a check started later speaks.
      if (!router.matchCommand(text) && isSentence(text))
        await current.store.rememberLanguage(turn, guessLanguage(text));
      return undefined;
    }
    const event = interpretText(text, nextField(active.flow, active.state) === undefined);
    // Commands (help, check, ticket…) still work during an intake; an answer that is not one stays an answer.
    if (event.kind === 'answer' && router.matchCommand(text)) return undefined;
    if (event.kind !== 'cancel' && current.idleFor(active.state, RESUME_AFTER_IDLE_MS)) {
      return current.offerResume(message(active.state.language, 'resumeAfterIdle'));
    }
    return current.handle(event);
  });

  const actions: ActionHandler = async (input, turn, context) => {
    const current = session(turn, context);
    if (input.kind === 'form') {
      const event = answerFromForm(input.values);
      if (event) return current.handle(event);
      return [textReply(message(await current.language(), 'problemPickAtLeastOne'), 'private')];
    }
    const button = decodeButtonValue(input.value);
    switch (input.verb) {
      case INTAKE_VERBS.start:
        return input.value ? current.start(input.value) : listOrResume(current);
      case INTAKE_VERBS.answer:
        return current.handle({ kind: 'answer', input: button.value ?? '', fieldId: button.fieldId }, button.intakeId);
      case INTAKE_VERBS.change:
        return current.handle({ kind: 'change', target: button.fieldId ?? '' }, button.intakeId);
      case INTAKE_VERBS.sessionStart:
        return current.offerResume();
      case INTAKE_VERBS.saveMarkdown:
        return saveMarkdown(current, input.value ?? '', turn, context, dependencies.config.dataDir);
      default: {
        const event = SIMPLE_EVENTS[input.verb];
        if (event) return current.handle(event, button.intakeId || undefined);
        return [textReply(message(await current.language(), 'intakeButtonInactive'), 'private')];
      }
    }
  };
  router.action('intake', actions);

  router.command({
    name: 'check',
    aliases: ['risk-check', ...nativeWords('check')],
    usage: 'check [partnership|visitor|travel|funding|sharing]',
    summary: 'a guided risk check that ends in a cited appraisal (no name: list the checks, or resume yours)',
    acceptsBare: (args) => findFlow(flows, args) !== undefined,
    async run(args, turn, context) {
      const current = session(turn, context);
      // "controleer", "prüfen", "vérifier": the checks in the language of the word.
      const spoken = turn.input.kind === 'text' ? commandWordLanguage(turn.input.text) : undefined;
      if (spoken) await current.store.rememberLanguage(turn, spoken);
      return args.trim() === '' ? listOrResume(current) : current.start(args);
    },
  });
}
