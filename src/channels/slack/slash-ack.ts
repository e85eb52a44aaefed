// The acknowledgement of `/ressec <question>` says the answer is on its way (answers take seconds; commands do not).
import type { Router } from '../../core/router.js';
import { SLASH_COMMAND, slashCommandText } from './listeners/slash-command.js';

export const WORKING_TEXT = '👀 Looking into it…';

export function slashAckBody(router: Router): (body: Record<string, unknown>) => unknown {
  return (body) => {
    if (body.command !== SLASH_COMMAND) return undefined;
    const text = slashCommandText(typeof body.text === 'string' ? body.text : undefined);
    return router.matchCommand(text) ? undefined : { response_type: 'ephemeral', text: WORKING_TEXT };
  };
}
