// The App Home tab: start a check, the user's tickets and their status, what the assistant is and is not.
import { DISCLAIMER } from '../../../core/reply.js';
import { VERBS } from '../../../core/verbs.js';
import { buttons } from './choice-blocks.js';
import { LIMITS } from './limits.js';
import { escapeMrkdwn } from './mrkdwn.js';
import { type HomeView, mrkdwn, plain, type SlackBlock } from './slack-block.js';

export interface HomeContent {
  institution: string;
  deskName: string;
  /** The user's tickets, already rendered; empty when they have none or tickets are not available. */
  tickets: SlackBlock[];
}

/** Blocks around the ticket list. */
const FIXED_BLOCKS = 10;

export function homeView(content: HomeContent): HomeView {
  const about = [
    `I answer research-security questions for ${escapeMrkdwn(content.institution)} from curated, cited guidance (national portals, funders, the institution's own policy), run guided risk checks for partnerships, visitors, travel, funding and sharing, and pass cases to ${escapeMrkdwn(content.deskName)}.`,
    'Ask me in the *Messages* tab, mention me in a channel, or use `/ressec <question>`.',
  ].join('\n\n');
  const room = LIMITS.modalBlocks - FIXED_BLOCKS;
  const tickets: SlackBlock[] =
    content.tickets.length === 0
      ? [{ type: 'section', text: mrkdwn("You haven't filed any tickets.") }]
      : content.tickets.length <= room
        ? content.tickets
        : [
            ...content.tickets.slice(0, room - 1),
            { type: 'context', elements: [mrkdwn('More tickets: `/ressec tickets`')] },
          ];
  const blocks: SlackBlock[] = [
    { type: 'header', text: plain('Research security assistant') },
    {
      type: 'section',
      text: mrkdwn(
        'Planning a collaboration, a visit, a trip, new funding or sharing technology? A risk check takes a few minutes.',
      ),
    },
    ...buttons([{ label: 'Start a risk check', verb: VERBS.startIntake, value: '', style: 'primary' }]),
    { type: 'divider' },
    { type: 'header', text: plain('My tickets') },
    ...tickets,
    { type: 'divider' },
    { type: 'header', text: plain('About') },
    { type: 'section', text: mrkdwn(about) },
    { type: 'context', elements: [mrkdwn(escapeMrkdwn(DISCLAIMER))] },
  ];
  return { type: 'home', blocks };
}
