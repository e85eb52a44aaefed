// Validates a rendered card offline the way a Teams client would: the `adaptivecards` package parses it for
// schema 1.5 and reports unknown elements, bad values and duplicate ids; then the Teams limits are checked.
import { createRequire } from 'node:module';
import type { AdaptiveCard as RenderedCard } from '../../../src/channels/teams/cards/card-elements.js';
import { TEAMS_LIMITS } from '../../../src/channels/teams/cards/card-limits.js';

// The package's ESM build imports without file extensions; its UMD bundle loads in Node as it is.
const adaptiveCards = createRequire(import.meta.url)(
  'adaptivecards/dist/adaptivecards.js',
) as typeof import('adaptivecards');

function walk(value: unknown, visit: (node: Record<string, unknown>) => void): void {
  if (Array.isArray(value)) {
    for (const item of value) walk(item, visit);
  } else if (typeof value === 'object' && value !== null) {
    visit(value as Record<string, unknown>);
    for (const child of Object.values(value)) walk(child, visit);
  }
}

/** Every problem with the card, as readable lines; empty when it is valid. */
export function cardProblems(card: RenderedCard): string[] {
  const problems: string[] = [];
  const context = new adaptiveCards.SerializationContext(adaptiveCards.Versions.v1_5);
  const parsed = new adaptiveCards.AdaptiveCard();
  parsed.parse(card, context);
  for (let index = 0; index < context.eventCount; index += 1) {
    problems.push(`parse: ${context.getEventAt(index).message}`);
  }
  for (const event of parsed.validateProperties().validationEvents) problems.push(`validate: ${event.message}`);

  const bytes = Buffer.byteLength(JSON.stringify(card), 'utf8');
  if (bytes > TEAMS_LIMITS.messageBytes) problems.push(`size: ${bytes} bytes is over 28 KB`);
  walk(card, (node) => {
    if ('refresh' in node) problems.push('refresh: a card with refresh makes teams-ai edit the shared message');
    if (node.type === 'ActionSet') {
      const count = (node.actions as unknown[]).length;
      if (count > TEAMS_LIMITS.actionsPerSet) problems.push(`actions: ${count} in one set (the host shows 5)`);
      if (count === 0) problems.push('actions: an empty action set');
    }
    if (node.type === 'Action.Execute' && (typeof node.verb !== 'string' || node.verb === '')) {
      problems.push('verb: an Action.Execute without a verb');
    }
    if (node.type === 'Action.Submit')
      problems.push('submit: Action.Submit cannot update the card; use Action.Execute');
  });
  return problems;
}
