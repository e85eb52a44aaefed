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

export function resumeOfferReply(
  flows: readonly FlowDefinition[],
  active: { intakeId: string; flow: FlowDefinition; position: string },
): Reply {
  const value = encodeButtonValue(active.intakeId);
  return {
    visibility: 'private',
    blocks: [
      { kind: 'text', markdown: `You have an unfinished **${active.flow.title}** (${active.position}).` },
      {
        kind: 'choices',
        display: 'buttons',
        options: [
          {
            label: `Resume the ${active.flow.title.toLowerCase()}`,
            verb: INTAKE_VERBS.resume,
            value,
            style: 'primary',
          },
          { label: 'Start it again', verb: INTAKE_VERBS.start, value: active.flow.id },
          { label: 'Cancel it', verb: INTAKE_VERBS.cancel, value, style: 'danger' },
        ],
      },
      { kind: 'text', markdown: `Or start another check:\n${flowLines(flows)}` },
      flowChoices(flows),
    ],
    fallbackText: `You have an unfinished ${active.flow.title}.`,
  };
}
