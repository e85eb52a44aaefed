// Whether a message event is a person writing (not the bot, another bot, an edit or a deletion).

/** Message subtypes that are still a person writing. */
const PERSON_SUBTYPES = new Set([undefined, 'thread_broadcast', 'file_share']);

export function isPersonMessage(event: { user?: unknown; bot_id?: unknown; subtype?: unknown }): boolean {
  if (typeof event.user !== 'string' || event.bot_id !== undefined) return false;
  return PERSON_SUBTYPES.has(typeof event.subtype === 'string' ? event.subtype : undefined);
}
