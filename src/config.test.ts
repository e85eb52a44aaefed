import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('uses the embedded defaults with an empty environment', () => {
    const config = loadConfig({});
    expect(config.dataDir).toBe(path.resolve('./data'));
    expect(config.llm).toBeUndefined();
    expect(config.slack).toBeUndefined();
    expect(config.sinks.webhook).toBeUndefined();
    expect(config.log.level).toBe('info');
  });

  it('names every bad key and what it expects', () => {
    let error: unknown;
    try {
      loadConfig({ RESSEC_LOG_LEVEL: 'loud', PORT: 'eighty', OPENAI_BASE_URL: 'not a url' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/RESSEC_LOG_LEVEL/);
    expect(problems).toMatch(/PORT/);
    expect(problems).toMatch(/OPENAI_BASE_URL/);
  });

  it('requires the webhook secret with a webhook URL, and a whsec_ prefix', () => {
    expect(() => loadConfig({ ESCALATION_WEBHOOK_URL: 'https://desk.example/hook' })).toThrow(
      /ESCALATION_WEBHOOK_SECRET/,
    );
    expect(() =>
      loadConfig({ ESCALATION_WEBHOOK_URL: 'https://desk.example/hook', ESCALATION_WEBHOOK_SECRET: 'abc' }),
    ).toThrow(/whsec_/);
    // A prefix with something that is not base64 used to pass here and break every delivery later.
    for (const secret of ['whsec_not base64!!', 'whsec_abc', `whsec_${Buffer.from('short').toString('base64')}`]) {
      expect(() =>
        loadConfig({ ESCALATION_WEBHOOK_URL: 'https://desk.example/hook', ESCALATION_WEBHOOK_SECRET: secret }),
      ).toThrow(/ESCALATION_WEBHOOK_SECRET: must be whsec_ followed by base64/);
    }
    for (const [variable, value] of [
      ['SLACK_BOT_TOKEN', 'xoxp-a-user-token'],
      ['SLACK_APP_TOKEN', 'xoxb-not-an-app-token'],
      ['SLACK_SIGNING_SECRET', 'short'],
    ]) {
      expect(() =>
        loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', [variable as string]: value }),
      ).toThrow(new RegExp(`${variable}: must`));
    }
    const good = `whsec_${Buffer.from('a-secret-of-at-least-16-bytes').toString('base64')}`;
    expect(
      loadConfig({ ESCALATION_WEBHOOK_URL: 'https://desk.example/hook', ESCALATION_WEBHOOK_SECRET: good }).sinks.webhook
        ?.secret,
    ).toBe(good);
  });

  it('turns on the LLM path for an API key or a base URL, unless offline is forced', () => {
    expect(loadConfig({ OPENAI_API_KEY: 'sk-test' }).llm?.model).toBe('gpt-4o-mini');
    expect(loadConfig({ OPENAI_BASE_URL: 'http://127.0.0.1:8080/v1' }).llm?.baseURL).toBe('http://127.0.0.1:8080/v1');
    expect(loadConfig({ OPENAI_API_KEY: 'sk-test', RESSEC_OFFLINE: 'true' }).llm).toBeUndefined();
  });

  it('moves tickets and state to PostgreSQL with RESSEC_DATABASE_URL, and refuses any other scheme', () => {
    expect(loadConfig({}).database.postgresUrl).toBeUndefined();
    const url = 'postgres://ressec:secret@db:5432/ressec';
    const config = loadConfig({ RESSEC_DATABASE_URL: url });
    expect(config.database.postgresUrl).toBe(url);
    expect(config.state.url).toBe(url);
    expect(loadConfig({ RESSEC_DATABASE_URL: url, RESSEC_STATE_URL: 'memory:' }).state.url).toBe('memory:');
    expect(() => loadConfig({ RESSEC_DATABASE_URL: 'mysql://db/ressec' })).toThrow(
      /RESSEC_DATABASE_URL: must be postgres:\/\//,
    );
  });

  it('reads RESSEC_DATA_DIR and list values', () => {
    const config = loadConfig({ RESSEC_DATA_DIR: '/tmp/ressec-x', RESSEC_DESK_MEMBERS: 'slack:U1, console:me ,' });
    expect(config.dataDir).toBe('/tmp/ressec-x');
    expect(config.desk.members).toEqual(['slack:U1', 'console:me']);
  });
});
