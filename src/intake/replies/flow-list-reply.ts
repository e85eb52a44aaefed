// The list of checks, and the offer to resume one in progress.
import type { Block, Reply } from '../../core/reply.js';
import type { FlowDefinition } from '../flow.js';
import { encodeButtonValue, INTAKE_VERBS } from '../intake-verbs.js';

function flowChoices(flows: readonly FlowDefinition[]): Block {
  return {
    kind: 'choices',
    display: 'buttons',
    options: flows.map((flow) => ({ label: flow.title, verb: INTAKE_VERBS.start, value: flow.id })),
  };
}

function flowLines(flows: readonly FlowDefinition[]): string {
  return flows.map((flow) => `• \`check ${flow.id}\`: ${flow.summary}`).join('\n');
}

export function flowListReply(flows: readonly FlowDefinition[], lead?: string): Reply {
  const intro =
    lead ?? 'Which risk check would you like to run? Each takes a few minutes and ends in a cited appraisal.';
  return {
    visibility: 'private',
    blocks: [{ kind: 'text', markdown: `${intro}\n${flowLines(flows)}` }, flowChoices(flows)],
    fallbackText: 'Which risk check would you like to run?',
  };
}

/**
 * An unfinished check is only continued when the user says so: after a break or in a new session, the first thing
 * typed is not taken as its answer.
 */
export function resumeOfferReply(
  flows: readonly FlowDefinition[],
  active: { intakeId: string; flow: FlowDefinition; position: string },
  options: { note?: string; otherChecks?: boolean } = {},
): Reply {
  const value = encodeButtonValue(active.intakeId);
  const title = active.flow.title.toLowerCase();
  const question = `Continue your ${title}, or start over?`;
  const note = options.note ? `${options.note} ` : '';
  const blocks: Block[] = [
    {
      kind: 'text',
      markdown: `${note}You have an unfinished **${active.flow.title}** (${active.position}). ${question}`,
    },
    {
      kind: 'choices',
      display: 'buttons',
      options: [
        { label: `Continue the ${title}`, verb: INTAKE_VERBS.resume, value, style: 'primary' },
        { label: 'Start over', verb: INTAKE_VERBS.start, value: active.flow.id },
        { label: 'Cancel it', verb: INTAKE_VERBS.cancel, value, style: 'danger' },
      ],
    },
  ];
  if (options.otherChecks !== false) {
    blocks.push({ kind: 'text', markdown: `Or start another check:\n${flowLines(flows)}` }, flowChoices(flows));
  }
  return { visibility: 'private', blocks, fallbackText: question };
}
