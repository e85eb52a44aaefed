// The person behind a turn, as tickets record them.
import type { Turn } from '../../core/turn.js';
import type { Party } from '../ticket.js';

export function partyOf(turn: Turn): Party {
  return {
    platform: turn.platform,
    userId: turn.user.id,
    ...(turn.user.name ? { name: turn.user.name.slice(0, 200) } : {}),
  };
}

/** Replays of the same platform event carry the same turn id, so they map to the same key. */
export function actionKeyOf(turn: Turn): string {
  return `${turn.platform}:${turn.id}`;
}
