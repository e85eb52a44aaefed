// The Teams variables: single-tenant by default, every credential a bot registration needs asked for by name, and the
// local trial only without an app id.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { APP_ID, TENANT_ID } from './support/activities.js';

function problems(environment: Record<string, string>): string[] {
  try {
    loadConfig(environment);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe('Teams configuration', () => {
  it('reads a single-tenant bot by default', () => {
    const config = loadConfig({
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 'secret',
      MicrosoftAppTenantId: TENANT_ID,
      RESSEC_TEAMS_DESK_CONVERSATION: '19:desk@thread.tacv2',
      PORT: '3978',
    });
    expect(config.teams).toEqual({
      appId: APP_ID,
      appPassword: 'secret',
      tenantId: TENANT_ID,
      appType: 'SingleTenant',
      local: false,
      deskConversation: '19:desk@thread.tacv2',
      port: 3978,
    });
  });

  it('names what a bot registration still needs', () => {
    expect(problems({ MicrosoftAppId: APP_ID })).toEqual([
      expect.stringMatching(/^MicrosoftAppPassword: required/),
      expect.stringMatching(/^MicrosoftAppTenantId: required for a SingleTenant bot/),
    ]);
    expect(problems({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x', MicrosoftAppType: 'MultiTenant' })).toEqual(
      [],
    );
    expect(problems({ MicrosoftAppId: 'not-a-guid' })[0]).toMatch(
      /^MicrosoftAppId: must be the bot's Microsoft app id/,
    );
    expect(problems({ MicrosoftAppType: 'Everyone' })[0]).toMatch(/^MicrosoftAppType:/);
  });

  it('runs the local trial only without an app id', () => {
    expect(loadConfig({ RESSEC_TEAMS_LOCAL: 'true' }).teams).toMatchObject({ local: true, appId: undefined });
    expect(
      problems({
        RESSEC_TEAMS_LOCAL: 'true',
        MicrosoftAppId: APP_ID,
        MicrosoftAppPassword: 'x',
        MicrosoftAppTenantId: TENANT_ID,
      }),
    ).toEqual([expect.stringMatching(/^RESSEC_TEAMS_LOCAL:/)]);
    expect(loadConfig({}).teams).toBeUndefined();
  });
});
