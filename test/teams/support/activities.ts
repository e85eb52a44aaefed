// Teams activities as the Bot Framework posts them to /api/messages, trimmed to the fields Teams really sends.
import { randomUUID } from 'node:crypto';

export const APP_ID = '11111111-2222-3333-4444-555555555555';
export const TENANT_ID = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
export const USER_AAD = '00000000-0000-0000-0000-00000000aaaa';
export const DESK_AAD = '00000000-0000-0000-0000-00000000dddd';
export const DESK_CHANNEL = '19:desk0000000000000000000000000000@thread.tacv2';
export const TEAM_CHANNEL = '19:general00000000000000000000000000@thread.tacv2';

export interface Person {
  aad: string;
  id: string;
  name: string;
}

export const RESEARCHER: Person = { aad: USER_AAD, id: '29:1researcher', name: 'A. Researcher' };
export const DESK_MEMBER: Person = { aad: DESK_AAD, id: '29:1deskmember', name: 'D. Esk' };

/** The personal chat's conversation id, as Teams (and the loopback connector, on creating it) gives it. */
export function personalChatOf(person: Person): string {
  return `a:personal-with-${person.id}`;
}

export type Activity = Record<string, unknown> & { id: string; serviceUrl: string };

function base(serviceUrl: string, person: Person, conversation: Record<string, unknown>): Activity {
  return {
    id: `1${Date.now()}${Math.floor(Math.random() * 1e6)}`,
    channelId: 'msteams',
    serviceUrl,
    timestamp: new Date().toISOString(),
    from: { id: person.id, aadObjectId: person.aad, name: person.name },
    recipient: { id: `28:${APP_ID}`, name: 'ressec' },
    conversation: { tenantId: TENANT_ID, ...conversation },
    channelData: { tenant: { id: TENANT_ID } },
    locale: 'en-GB',
  };
}

export function personalMessage(serviceUrl: string, text: string, person: Person = RESEARCHER): Activity {
  return {
    ...base(serviceUrl, person, { id: personalChatOf(person), conversationType: 'personal' }),
    type: 'message',
    text,
    textFormat: 'plain',
  };
}

/** A new post (or a reply in a thread, with `rootId`) in a team channel that @mentions the bot. */
export function channelMention(
  serviceUrl: string,
  text: string,
  options: { rootId?: string; channel?: string; person?: Person; mention?: boolean } = {},
): Activity {
  const channel = options.channel ?? TEAM_CHANNEL;
  const activity = base(serviceUrl, options.person ?? RESEARCHER, {});
  const rootId = options.rootId ?? activity.id;
  const mention = options.mention ?? true;
  return {
    ...activity,
    type: 'message',
    text: mention ? `<at>ressec</at> ${text}` : text,
    ...(options.rootId ? { replyToId: options.rootId } : {}),
    conversation: {
      id: `${channel};messageid=${rootId}`,
      conversationType: 'channel',
      isGroup: true,
      tenantId: TENANT_ID,
    },
    channelData: { tenant: { id: TENANT_ID }, team: { id: '19:team@thread.tacv2' }, channel: { id: channel } },
    entities: mention
      ? [{ type: 'mention', text: '<at>ressec</at>', mentioned: { id: `28:${APP_ID}`, name: 'ressec' } }]
      : [],
  };
}

export function cardAction(
  serviceUrl: string,
  action: { verb: string; data: Record<string, unknown> },
  where: { conversationId: string; replyToId: string; conversationType?: string },
  person: Person = RESEARCHER,
): Activity {
  return {
    ...base(serviceUrl, person, { id: where.conversationId, conversationType: where.conversationType ?? 'personal' }),
    type: 'invoke',
    name: 'adaptiveCard/action',
    replyToId: where.replyToId,
    value: { action: { type: 'Action.Execute', verb: action.verb, data: action.data }, trigger: 'manual' },
  };
}

export function messageAction(serviceUrl: string, text: string, person: Person = RESEARCHER): Activity {
  return {
    ...base(serviceUrl, person, { id: `${TEAM_CHANNEL};messageid=1700000000000`, conversationType: 'channel' }),
    type: 'invoke',
    name: 'composeExtension/submitAction',
    value: {
      commandId: 'askResearchSecurity',
      commandContext: 'message',
      data: {},
      messagePayload: {
        id: '1700000000000',
        body: { contentType: 'html', content: text },
        from: { user: { id: 'x', displayName: 'Someone' } },
      },
    },
  };
}

export function installed(serviceUrl: string, person: Person = RESEARCHER): Activity {
  return {
    ...base(serviceUrl, person, { id: personalChatOf(person), conversationType: 'personal' }),
    type: 'conversationUpdate',
    membersAdded: [{ id: `28:${APP_ID}` }],
  };
}

export function newActivityId(): string {
  return `1${randomUUID().replace(/\D/g, '').slice(0, 12)}`;
}
