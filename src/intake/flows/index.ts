// The five guided checks, in the order they are offered.
import { flowIdForWord } from '../../i18n/command-words.js';
import type { FlowDefinition } from '../flow.js';
import { fundingFlow } from './funding.js';
import { partnershipFlow } from './partnership.js';
import { sharingFlow } from './sharing.js';
import { travelFlow } from './travel.js';
import { visitorFlow } from './visitor.js';

export const ALL_FLOWS: readonly FlowDefinition[] = [
  partnershipFlow,
  visitorFlow,
  travelFlow,
  fundingFlow,
  sharingFlow,
];

/** A flow by id or alias, or by its Dutch, German or French name ("reis", "Reise", "déplacement"), case-insensitive. */
export function findFlow(flows: readonly FlowDefinition[], name: string): FlowDefinition | undefined {
  const wanted = name.trim().toLowerCase();
  const native = flowIdForWord(wanted);
  return flows.find((flow) => flow.id === wanted || flow.aliases.includes(wanted) || flow.id === native);
}
