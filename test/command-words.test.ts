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

/** The checks as each language names them after its check word, in the order they are offered. */
const FLOW_NAMES = {
  nl: { shown: ['samenwerking', 'gastonderzoeker', 'reis', 'financiering', 'delen'], travelTitle: 'Reischeck' },
  de: {
    shown: ['partnerschaft', 'gastforschende', 'reise', 'finanzierung', 'weitergabe'],
    travelTitle: 'Reiseprüfung',
  },
  fr: {
    shown: ['partenariat', 'accueil', 'déplacement', 'financement', 'partage'],
    travelTitle: 'Vérification d’un déplacement',
  },
} as const;

describe.each(WORDS)('the checks named in $language', (words) => {
  const names = FLOW_NAMES[words.language];
  const catalog = CATALOGS[words.language];

  it('the check word lists each check by its name in the language, none by its English name', async () => {
    const say = await chat();
    const list = await say(words.check);
    for (const name of names.shown) expect(list).toContain(`\`${words.check} ${name}\``);
    expect(list).not.toMatch(/`check |partnership|visitor|travel|funding|sharing/);
    // An unknown name: the list again, in the language.
    const unknown = await say(`/${words.check} nonsense`);
    expect(unknown).toContain(catalog.intakeUnknownFlow.replace('{{name}}', 'nonsense'));
    expect(unknown).toContain(`\`${words.check} ${names.shown[2]}\``);
    expect(unknown).not.toMatch(/`check /);
  });

  it('the name shown starts that check, and the English name still does', async () => {
    const say = await chat();
    expect(await say(`${words.check} ${names.shown[2]}`)).toContain(names.travelTitle);
    const other = await chat();
    expect(await other(`${words.check} travel`)).toContain(names.travelTitle);
  });
});

describe('command words in English', () => {
  it('check lists the checks by their English names', async () => {
    const say = await chat();
    const list = await say('check');
    for (const id of ['partnership', 'visitor', 'travel', 'funding', 'sharing'])
      expect(list).toContain(`\`check ${id}\``);
  });

  it('ask <question> answers the question; the English help is unchanged', async () => {
    const say = await chat();
    expect(await say('ask What does the Loket Kennisveiligheid do?')).toMatch(/Loket Kennisveiligheid/);
    expect(await say('help')).toContain('`check [partnership|visitor|travel|funding|sharing]`: a guided risk check');
  });
});
