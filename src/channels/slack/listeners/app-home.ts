// The App Home tab, published each time it is opened: the user's tickets come from the core's `tickets` command.
import type { App } from '@slack/bolt';
import type { Block } from '../../../core/reply.js';
import { homeView } from '../block-kit/home-view.js';
import { renderBlocks } from '../render-block-kit.js';
import { inboxRun, type SlackDeps, slackTurn } from '../slack-deps.js';

const TICKETS_COMMAND = 'tickets';

async function ticketBlocks(
  deps: SlackDeps,
  userId: string,
  channel: string,
  key: string,
  receivedAt: number,
): Promise<Block[]> {
  if (!deps.router.matchCommand(TICKETS_COMMAND)) return [];
  const turn = slackTurn(key, userId, { id: channel, kind: 'dm' }, { kind: 'text', text: TICKETS_COMMAND }, receivedAt);
  const replies = await deps.router.handleTurn(turn);
  return replies.flatMap((reply) => reply.blocks).filter((block) => block.kind === 'text' || block.kind === 'ticket');
}

export function registerAppHome(app: App, deps: SlackDeps): void {
  app.event('app_home_opened', async ({ event, context }) => {
    if (event.tab !== 'home') return;
    const { key, receivedAt } = inboxRun(deps, context);
    let tickets: Block[] = [];
    try {
      tickets = await ticketBlocks(deps, event.user, event.channel, key ?? `home:${event.user}`, receivedAt);
    } catch (error) {
      deps.log.warn({ event: 'home-tickets-failed', err: error as Error }, 'tickets for the home tab failed');
    }
    const view = homeView({ ...deps.about, tickets: renderBlocks(tickets) });
    await deps.client.views.publish({ user_id: event.user, view });
  });
}
