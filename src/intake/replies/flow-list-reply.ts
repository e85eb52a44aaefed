// The list of checks, and the offer to resume one in progress.
import type { Block, Reply } from '../../core/reply.js';
import { inSentence } from '../../i18n/appraisal-labels.js';
import { checkCommandFor } from '../../i18n/command-words.js';
import { message } from '../../i18n/messages.js';
import type { FlowDefinition } from '../flow.js';
import { encodeButtonValue, INTAKE_VERBS } from '../intake-verbs.js';

function flowChoices(flows: readonly FlowDefinition[]): Block {
  return {
    kind: 'choices',
    display: 'buttons',
    options: flows.map((flow) => ({ label: flow.title, verb: INTAKE_VERBS.start, value: flow.id })),
  };
}

/** One line per flow: how to start it, in the language of the texts around it, and what it is for. */
function flowLines(flows: readonly FlowDefinition[], language: string | undefined): string {
  const colon = language === 'fr' ? ' :' : ':';
  return flows.map((flow) => `• \`${checkCommandFor(flow.id, language)}\`${colon} ${flow.summary}`).join('\n');
}

/** `flows` as the user reads them (localised); `language` for the fixed texts around them. */
export function flowListReply(flows: readonly FlowDefinition[], lead?: string, language?: string): Reply {
  const intro = lead ?? message(language, 'flowListIntro');
  return {
    visibility: 'private',
    blocks: [{ kind: 'text', markdown: `${intro}\n${flowLines(flows, language)}` }, flowChoices(flows)],
    fallbackText: message(language, 'flowListQuestion'),
  };
}

/**
 * An unfinished check is only continued when the user says so: after a break or in a new session, the first thing
 * typed is not taken as its answer.
 */
export function resumeOfferReply(
  flows: readonly FlowDefinition[],
  active: { intakeId: string; flow: FlowDefinition; position: string },
  options: { note?: string; otherChecks?: boolean; language?: string } = {},
): Reply {
  const { language } = options;
  const value = encodeButtonValue(active.intakeId);
  const title = inSentence(active.flow.title, language);
  const question = message(language, 'resumeQuestion', { flow: title });
  const note = options.note ? `${options.note} ` : '';
  const unfinished = message(language, 'resumeUnfinished', { flow: active.flow.title, position: active.position });
  const blocks: Block[] = [
    { kind: 'text', markdown: `${note}${unfinished} ${question}` },
    {
      kind: 'choices',
      display: 'buttons',
      options: [
        {
          label: message(language, 'resumeContinue', { flow: title }),
          verb: INTAKE_VERBS.resume,
          value,
          style: 'primary',
        },
        { label: message(language, 'startOver'), verb: INTAKE_VERBS.start, value: active.flow.id },
        { label: message(language, 'cancelIt'), verb: INTAKE_VERBS.cancel, value, style: 'danger' },
      ],
    },
  ];
  if (options.otherChecks !== false) {
    blocks.push(
      { kind: 'text', markdown: `${message(language, 'otherChecks')}\n${flowLines(flows, language)}` },
      flowChoices(flows),
    );
  }
  return { visibility: 'private', blocks, fallbackText: question };
}
