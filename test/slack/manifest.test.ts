// The manifest asks for exactly what the code uses: each scope is needed by an API method the channel calls or an
// event it listens to, and the command and shortcut are the ones the listeners handle.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ASK_SHORTCUT_CALLBACK_ID } from '../../src/channels/slack/listeners/message-shortcut.js';
import { SLASH_COMMAND } from '../../src/channels/slack/listeners/slash-command.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const manifest = parse(readFileSync(path.join(ROOT, 'manifest/slack.yaml'), 'utf8'));

function sources(directory: string): string {
  return readdirSync(directory)
    .map((name) => path.join(directory, name))
    .map((file) =>
      statSync(file).isDirectory()
        ? sources(file)
        : file.endsWith('.ts') && !file.endsWith('.test.ts')
          ? readFileSync(file, 'utf8')
          : '',
    )
    .join('\n');
}

const code = sources(path.join(ROOT, 'src/channels/slack'));

/** Web API methods → the bot scope each needs (none for views.* and auth.test). */
const METHOD_SCOPES: Record<string, string | undefined> = {
  'chat.postMessage': 'chat:write',
  'chat.postEphemeral': 'chat:write',
  'chat.update': 'chat:write',
  'reactions.add': 'reactions:write',
  'reactions.remove': 'reactions:write',
  'conversations.open': 'im:write',
  // Reading a reply back after a crash; in DMs and private channels im:history and groups:history, which the message
  // listener needs already.
  'conversations.history': 'channels:history',
  'conversations.replies': 'channels:history',
  'views.open': undefined,
  'views.push': undefined,
  'views.publish': undefined,
};

/** Bolt listeners → the events they need and the scopes those need. */
const LISTENER_EVENTS: Record<string, { events: string[]; scopes: string[] }> = {
  "app.event('message'": {
    events: ['message.im', 'message.channels', 'message.groups'],
    scopes: ['im:history', 'channels:history', 'groups:history'],
  },
  "app.event('app_mention'": { events: ['app_mention'], scopes: ['app_mentions:read'] },
  "app.event('app_home_opened'": { events: ['app_home_opened'], scopes: [] },
  'app.command(': { events: [], scopes: ['commands'] },
  'app.shortcut': { events: [], scopes: ['commands'] },
};

describe('manifest/slack.yaml', () => {
  it('asks for exactly the scopes the code needs', () => {
    const needed = new Set<string>();
    for (const [method, scope] of Object.entries(METHOD_SCOPES)) {
      if (code.includes(`.${method}(`) && scope) needed.add(scope);
    }
    for (const [listener, { scopes }] of Object.entries(LISTENER_EVENTS)) {
      if (code.includes(listener)) for (const scope of scopes) needed.add(scope);
    }
    // Every Web API method the code calls is accounted for above.
    const called = new Set(
      [...code.matchAll(/client\.(chat|reactions|conversations|views|users)\.(\w+)\(/g)].map(
        (match) => `${match[1]}.${match[2]}`,
      ),
    );
    expect([...called].filter((method) => !(method in METHOD_SCOPES))).toEqual([]);
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...needed].sort());
  });

  it('subscribes to exactly the events the listeners handle', () => {
    const events = Object.entries(LISTENER_EVENTS).flatMap(([listener, value]) =>
      code.includes(listener) ? value.events : [],
    );
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual(events.sort());
  });

  it('declares the slash command and the message shortcut the listeners handle, and interactivity', () => {
    expect(manifest.features.slash_commands.map((command: { command: string }) => command.command)).toEqual([
      SLASH_COMMAND,
    ]);
    expect(manifest.features.shortcuts).toEqual([
      expect.objectContaining({ type: 'message', callback_id: ASK_SHORTCUT_CALLBACK_ID }),
    ]);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.features.app_home.messages_tab_enabled).toBe(true);
  });
});
