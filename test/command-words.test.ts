// The chat's command words in Dutch, German and French: each works like the English one (help, ask, check,
// tickets, ticket), and the help it gives lists the commands in that language with their native words.
import { afterEach, describe, expect, it } from 'vitest';
import { type App, buildApp } from '../src/app.js';
import type { Reply } from '../src/core/reply.js';
import { textTurn } from '../src/core/turn.js';
import { CATALOGS } from '../src/i18n/messages.js';
import { silentLogger } from '../src/log.js';
import { fixtureConfig } from './support/fixture-app.js';

const open: App[] = [];
afterEach(async () => {
  for (const app of open.splice(0)) await app.close();
});

async function chat() {
  const app = await buildApp(fixtureConfig(), silentLogger(), { stateUrl: 'memory:' });
  open.push(app);
  return async (text: string) => shown(await app.router.handleTurn(textTurn(text)));
}

function shown(replies: Reply[]): string {
  return replies
    .flatMap((reply) => reply.blocks)
    .map((block) =>
      block.kind === 'text'
        ? block.markdown
        : block.kind === 'context'
          ? block.text
          : block.kind === 'choices'
            ? block.options.map((option) => option.label).join(' | ')
            : block.kind,
    )
    .join('\n');
}

const WORDS = [
  { language: 'nl', help: 'hulp', ask: 'vraag', check: 'controleer', tickets: 'aanvragen', ticket: 'loket' },
  { language: 'de', help: 'hilfe', ask: 'frage', check: 'prüfen', tickets: 'anfragen', ticket: 'beratung' },
  { language: 'fr', help: 'aide', ask: 'question', check: 'vérifier', tickets: 'demandes', ticket: 'conseil' },
] as const;

describe.each(WORDS)('command words in $language', (words) => {
  const catalog = CATALOGS[words.language];

  it('help lists the commands in the language, with their native words', async () => {
    const say = await chat();
    const help = await say(words.help);
    expect(help).toContain(catalog.helpIntro);
    for (const key of ['commandAsk', 'commandCheck', 'commandTickets', 'commandTicket', 'commandHelp'] as const) {
      expect(help).toContain(catalog[key]);
    }
    expect(help).toContain(catalog.disclaimer);
  });

  it('the check word lists the checks in the language; ask answers what follows; the tickets words work', async () => {
    const say = await chat();
    expect(await say(words.check)).toContain(catalog.flowListQuestion);
    expect(await say(`${words.ask} What does the Loket Kennisveiligheid do?`)).toMatch(/Loket Kennisveiligheid/);
    expect(await say(words.ask)).toBe(catalog.askPrompt);
    const tickets = await say(words.tickets);
    expect(tickets).not.toBe('');
    expect(tickets).toBe(await say('tickets'));
    expect(await say(words.ticket)).toBe(await say('ticket'));
  });
});

describe('command words in English', () => {
  it('ask <question> answers the question; the English help is unchanged', async () => {
    const say = await chat();
    expect(await say('ask What does the Loket Kennisveiligheid do?')).toMatch(/Loket Kennisveiligheid/);
    expect(await say('help')).toContain('`check [partnership|visitor|travel|funding|sharing]`: a guided risk check');
  });
});
