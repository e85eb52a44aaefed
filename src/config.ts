// The one place that reads the environment. Everything else receives a typed Config.
import path from 'node:path';
import { z } from 'zod';
import { parsePeriodDays } from './core/period.js';

const list = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item.length > 0),
  );

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .optional()
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const int = (fallback: number, min: number, max: number) =>
  z
    .string()
    .optional()
    .transform((value) => (value === undefined || value === '' ? String(fallback) : value))
    .pipe(z.coerce.number<string>().int().min(min).max(max));

const optionalUrl = z
  .string()
  .optional()
  .transform((value) => (value === '' ? undefined : value))
  .pipe(z.url().optional());

const optionalString = z
  .string()
  .optional()
  .transform((value) => (value === '' ? undefined : value));

/** A secret checked for its shape at start, so a pasted wrong token fails here, naming its variable, not later. */
const optionalSecret = (pattern: RegExp, expected: string) =>
  optionalString.pipe(z.string().regex(pattern, expected).optional());

export const JURISDICTIONS = [
  'EU',
  'NL',
  'UK',
  'US',
  'CA',
  'AU',
  'DE',
  'FR',
  'IT',
  'JP',
  'CZ',
  'CH',
  'BE',
  'NORDIC',
  'NO',
  'SE',
  'DK',
  'FI',
  'INTL',
  'GENERAL',
] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

/** Standard Webhooks secrets are `whsec_` + base64; anything else would make every signature fail later. */
function isWebhookSecret(value: string): boolean {
  const encoded = value.startsWith('whsec_') ? value.slice('whsec_'.length) : '';
  return (
    /^[A-Za-z0-9+/]+={0,2}$/.test(encoded) && encoded.length % 4 === 0 && Buffer.from(encoded, 'base64').length >= 16
  );
}

/** `30d`, `12w`, `6m` (30-day months) or `off`: how long an opted-in text is kept, in days; empty or off keeps nothing. */
const retentionDays = z
  .string()
  .optional()
  .transform((value, context) => {
    const text = (value ?? '').trim().toLowerCase();
    if (text === '' || text === 'off' || text === '0' || text === 'false' || text === 'no') return undefined;
    const days = parsePeriodDays(text) ?? Number.NaN;
    if (!(days >= 1 && days <= 365)) {
      context.addIssue({
        code: 'custom',
        message: 'expected off or a period of at most a year, such as 30d, 8w or 6m',
      });
      return z.NEVER;
    }
    return days;
  });

const environmentSchema = z.object({
  RESSEC_DATA_DIR: z.string().min(1).default('./data'),
  RESSEC_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  RESSEC_LOG_FORMAT: z.enum(['auto', 'json', 'pretty']).default('auto'),
  RESSEC_KNOWLEDGE_DIR: z.string().min(1).default('knowledge'),
  RESSEC_INSTITUTION_DIRS: list,
  RESSEC_INSTITUTION_NAME: z.string().min(1).default('your institution'),
  RESSEC_INSTITUTION_JURISDICTION: z
    .enum(JURISDICTIONS)
    .optional()
    .or(z.literal('').transform(() => undefined)),
  RESSEC_OFFLINE: bool,
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalUrl,
  OPENAI_MODEL: z.string().min(1).default('gpt-4o-mini'),
  RESSEC_LLM_TIMEOUT_MS: int(20_000, 1_000, 300_000),
  RESSEC_STATE_URL: optionalString,
  RESSEC_DATABASE_URL: z
    .string()
    .optional()
    .transform((value) => (value === '' ? undefined : value))
    .pipe(
      z
        .string()
        .regex(
          /^postgres(ql)?:\/\/\S+$/,
          'must be postgres://user:password@host:port/database (unset: embedded SQLite)',
        )
        .optional(),
    ),
  RESSEC_INTAKE_TTL_HOURS: int(72, 1, 24 * 90),
  RESSEC_QUESTION_TTL_HOURS: int(24, 1, 24 * 30),
  RESSEC_PURGE_INTERVAL_MINUTES: int(60, 1, 24 * 60),
  RESSEC_KEEP_QUESTIONS: retentionDays,
  RESSEC_INSIGHT_RETENTION_DAYS: int(365, 1, 3650),
  RESSEC_VERIFIED_DIR: optionalString,
  RESSEC_WATCH_KNOWLEDGE: z
    .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
    .optional()
    .transform((value) => value === undefined || value === '' || value === 'true' || value === '1' || value === 'yes'),
  RESSEC_DESK_RESPONSE_TIME: optionalString.pipe(z.string().max(120).optional()),
  RESSEC_DESK_ROUTES: list.pipe(
    z.array(
      z
        .string()
        .regex(
          /^(\*|(flow|jurisdiction|language|level)=[A-Za-z0-9_|-]+):(console|slack|teams|cli):(\S+)$/,
          'each rule is <flow|jurisdiction|language|level>=<value>:<platform>:<userId>, or *:<platform>:<userId>',
        ),
    ),
  ),
  RESSEC_DESK_MEMBERS: list,
  RESSEC_DESK_NAME: z.string().min(1).default('the research security advice desk'),
  RESSEC_TICKET_RETENTION_DAYS: int(365, 1, 3650),
  RESSEC_DELIVERY_MAX_ATTEMPTS: int(8, 1, 100),
  RESSEC_POLICY_ESCALATE_TECHNOLOGIES: list,
  RESSEC_POLICY_ESCALATE_PARTNERS: list,
  RESSEC_POLICY_NOTICE_DAYS: int(0, 0, 365),
  ESCALATION_WEBHOOK_URL: optionalUrl,
  ESCALATION_WEBHOOK_SECRET: z
    .string()
    .optional()
    .transform((value) => (value === '' ? undefined : value))
    .pipe(z.string().refine(isWebhookSecret, 'must be whsec_ followed by base64 of at least 16 bytes').optional()),
  SMTP_URL: optionalUrl,
  ESCALATION_EMAIL_TO: z
    .string()
    .optional()
    .transform((value) => (value === '' ? undefined : value))
    .pipe(z.email().optional()),
  ESCALATION_EMAIL_FROM: z
    .string()
    .optional()
    .transform((value) => (value === '' ? undefined : value))
    .pipe(z.email().optional()),
  SLACK_BOT_TOKEN: optionalSecret(/^xoxb-\S+$/, 'must be a bot token starting with xoxb-'),
  SLACK_SIGNING_SECRET: optionalSecret(/^\S{8,}$/, 'must be the signing secret: 8 or more characters, no spaces'),
  SLACK_APP_TOKEN: optionalSecret(/^xapp-\S+$/, 'must be an app-level token starting with xapp-'),
  SLACK_API_URL: optionalUrl,
  SLACK_DESK_CHANNEL: optionalString,
  SLACK_THREAD_FOLLOWUP_CHANNELS: list,
  MicrosoftAppId: optionalString.pipe(z.guid("must be the bot's Microsoft app id (a GUID)").optional()),
  MicrosoftAppPassword: optionalString,
  MicrosoftAppTenantId: optionalString,
  MicrosoftAppType: z
    .enum(['SingleTenant', 'MultiTenant', 'UserAssignedMSI', ''])
    .optional()
    .transform((value) => (value ? value : 'SingleTenant')),
  RESSEC_TEAMS_LOCAL: bool,
  RESSEC_TEAMS_DESK_CONVERSATION: optionalString,
  RESSEC_TEAMS_DEVELOPER_NAME: optionalString.pipe(z.string().max(32).default('Research security office')),
  RESSEC_TEAMS_WEBSITE_URL: optionalUrl,
  RESSEC_TEAMS_PRIVACY_URL: optionalUrl,
  RESSEC_TEAMS_TERMS_URL: optionalUrl,
  PORT: int(3000, 0, 65535),
  RESSEC_HEALTH_PORT: z
    .string()
    .optional()
    .transform((value) => (value === '' ? undefined : value))
    .pipe(z.coerce.number<string>().int().min(0).max(65535).optional()),
  RESSEC_ANSWER_THREADS: z
    .string()
    .optional()
    .transform((value) => (value === '' ? undefined : value))
    .pipe(z.coerce.number<string>().int().min(1).max(64).optional()),
});

export type Environment = z.output<typeof environmentSchema>;

export interface Config {
  dataDir: string;
  log: { level: Environment['RESSEC_LOG_LEVEL']; format: Environment['RESSEC_LOG_FORMAT'] };
  knowledge: {
    dir: string;
    institutionDirs: string[];
    /** The writable folder where the desk's verified answers are saved (and loaded like an institution folder). */
    verifiedDir?: string;
    /** Long-running processes reload the corpus when a folder changes (default on). */
    watch?: boolean;
  };
  institution: { name: string; jurisdiction?: Jurisdiction };
  llm?: { apiKey?: string; baseURL?: string; model: string; timeoutMs: number };
  /** Set: tickets, outbox, inbox and (unless RESSEC_STATE_URL says otherwise) state live in this PostgreSQL. */
  database: { postgresUrl?: string };
  state: { url?: string; intakeTtlMs: number; questionTtlMs: number; purgeIntervalMs: number };
  desk: {
    members: string[];
    name: string;
    /** The desk's stated response time, told to a researcher who files a ticket ("two working days"). */
    responseTime?: string;
    /** `<condition>=<platform>:<userId>` rules that assign a new ticket to a desk member. */
    routes?: string[];
  };
  /**
   * What is kept to improve the answers: question outcomes and 👍/👎 (no text) for `retentionDays`; question text and
   * feedback notes only when the institution opts in (`keepTextDays`), and only that long.
   */
  insights: { keepTextDays?: number; retentionDays: number };
  tickets: { retentionDays: number; maxDeliveryAttempts: number };
  policy: { escalateTechnologies: string[]; escalatePartners: string[]; noticeDays: number };
  sinks: {
    webhook?: { url: string; secret: string };
    email?: { smtpUrl: string; to: string; from: string };
  };
  slack?: {
    botToken: string;
    signingSecret?: string;
    appToken?: string;
    apiUrl?: string;
    deskChannel?: string;
    threadFollowupChannels: string[];
    port: number;
  };
  teams?: {
    /** Absent only in the local trial: no authentication, loopback only. */
    appId?: string;
    appPassword?: string;
    tenantId?: string;
    appType: 'SingleTenant' | 'MultiTenant' | 'UserAssignedMSI';
    local: boolean;
    /** The desk's Teams channel (its conversation id), where each ticket gets a card and a thread. */
    deskConversation?: string;
    port: number;
  };
  /** Set: a long-running process serves GET /healthz and /readyz on this port (for a load balancer or orchestrator). */
  health?: { port: number };
  /** Worker threads that answer chat turns (`ressec slack`, `ressec teams`); unset: one per core but one, at least one. */
  answerThreads?: number;
  /** What the Teams app package shows of its publisher (`ressec teams package`). */
  teamsApp: { developerName: string; websiteUrl?: string; privacyUrl?: string; termsUrl?: string };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(environment: Record<string, string | undefined> = process.env): Config {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`),
    );
  }
  const env = parsed.data;
  const problems: string[] = [];
  if (env.ESCALATION_WEBHOOK_URL && !env.ESCALATION_WEBHOOK_SECRET) {
    problems.push('ESCALATION_WEBHOOK_SECRET: required when ESCALATION_WEBHOOK_URL is set (a whsec_… secret)');
  }
  if (env.SMTP_URL && !env.ESCALATION_EMAIL_TO) {
    problems.push('ESCALATION_EMAIL_TO: required when SMTP_URL is set (the desk e-mail address)');
  }
  if (env.SLACK_BOT_TOKEN && !env.SLACK_SIGNING_SECRET && !env.SLACK_APP_TOKEN) {
    problems.push('SLACK_SIGNING_SECRET: required for HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)');
  }
  if (env.MicrosoftAppId && env.RESSEC_TEAMS_LOCAL) {
    problems.push(
      'RESSEC_TEAMS_LOCAL: the local trial runs without MicrosoftAppId (with an app id, auth is always on)',
    );
  }
  if (env.MicrosoftAppId && !env.MicrosoftAppPassword && env.MicrosoftAppType !== 'UserAssignedMSI') {
    problems.push(
      'MicrosoftAppPassword: required when MicrosoftAppId is set (the client secret of the bot registration)',
    );
  }
  if (env.MicrosoftAppId && env.MicrosoftAppType !== 'MultiTenant' && !env.MicrosoftAppTenantId) {
    problems.push(`MicrosoftAppTenantId: required for a ${env.MicrosoftAppType} bot (your Microsoft Entra tenant id)`);
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const llmConfigured = !env.RESSEC_OFFLINE && (env.OPENAI_API_KEY !== undefined || env.OPENAI_BASE_URL !== undefined);
  return {
    dataDir: path.resolve(env.RESSEC_DATA_DIR),
    log: { level: env.RESSEC_LOG_LEVEL, format: env.RESSEC_LOG_FORMAT },
    knowledge: {
      dir: env.RESSEC_KNOWLEDGE_DIR,
      institutionDirs: env.RESSEC_INSTITUTION_DIRS,
      verifiedDir: env.RESSEC_VERIFIED_DIR ? path.resolve(env.RESSEC_VERIFIED_DIR) : undefined,
      watch: env.RESSEC_WATCH_KNOWLEDGE,
    },
    institution: { name: env.RESSEC_INSTITUTION_NAME, jurisdiction: env.RESSEC_INSTITUTION_JURISDICTION },
    llm: llmConfigured
      ? {
          apiKey: env.OPENAI_API_KEY,
          baseURL: env.OPENAI_BASE_URL,
          model: env.OPENAI_MODEL,
          timeoutMs: env.RESSEC_LLM_TIMEOUT_MS,
        }
      : undefined,
    database: { postgresUrl: env.RESSEC_DATABASE_URL },
    state: {
      url: env.RESSEC_STATE_URL ?? env.RESSEC_DATABASE_URL,
      intakeTtlMs: env.RESSEC_INTAKE_TTL_HOURS * 3_600_000,
      questionTtlMs: env.RESSEC_QUESTION_TTL_HOURS * 3_600_000,
      purgeIntervalMs: env.RESSEC_PURGE_INTERVAL_MINUTES * 60_000,
    },
    desk: {
      members: env.RESSEC_DESK_MEMBERS,
      name: env.RESSEC_DESK_NAME,
      responseTime: env.RESSEC_DESK_RESPONSE_TIME,
      routes: env.RESSEC_DESK_ROUTES,
    },
    insights: { keepTextDays: env.RESSEC_KEEP_QUESTIONS, retentionDays: env.RESSEC_INSIGHT_RETENTION_DAYS },
    tickets: { retentionDays: env.RESSEC_TICKET_RETENTION_DAYS, maxDeliveryAttempts: env.RESSEC_DELIVERY_MAX_ATTEMPTS },
    policy: {
      escalateTechnologies: env.RESSEC_POLICY_ESCALATE_TECHNOLOGIES,
      escalatePartners: env.RESSEC_POLICY_ESCALATE_PARTNERS,
      noticeDays: env.RESSEC_POLICY_NOTICE_DAYS,
    },
    sinks: {
      webhook:
        env.ESCALATION_WEBHOOK_URL && env.ESCALATION_WEBHOOK_SECRET
          ? { url: env.ESCALATION_WEBHOOK_URL, secret: env.ESCALATION_WEBHOOK_SECRET }
          : undefined,
      email:
        env.SMTP_URL && env.ESCALATION_EMAIL_TO
          ? {
              smtpUrl: env.SMTP_URL,
              to: env.ESCALATION_EMAIL_TO,
              from: env.ESCALATION_EMAIL_FROM ?? 'ressec@localhost',
            }
          : undefined,
    },
    slack: env.SLACK_BOT_TOKEN
      ? {
          botToken: env.SLACK_BOT_TOKEN,
          signingSecret: env.SLACK_SIGNING_SECRET,
          appToken: env.SLACK_APP_TOKEN,
          apiUrl: env.SLACK_API_URL,
          deskChannel: env.SLACK_DESK_CHANNEL,
          threadFollowupChannels: env.SLACK_THREAD_FOLLOWUP_CHANNELS,
          port: env.PORT,
        }
      : undefined,
    teams:
      env.MicrosoftAppId || env.RESSEC_TEAMS_LOCAL
        ? {
            appId: env.MicrosoftAppId,
            appPassword: env.MicrosoftAppPassword,
            tenantId: env.MicrosoftAppTenantId,
            appType: env.MicrosoftAppType,
            local: !env.MicrosoftAppId,
            deskConversation: env.RESSEC_TEAMS_DESK_CONVERSATION,
            port: env.PORT,
          }
        : undefined,
    health: env.RESSEC_HEALTH_PORT === undefined ? undefined : { port: env.RESSEC_HEALTH_PORT },
    answerThreads: env.RESSEC_ANSWER_THREADS,
    teamsApp: {
      developerName: env.RESSEC_TEAMS_DEVELOPER_NAME,
      websiteUrl: env.RESSEC_TEAMS_WEBSITE_URL,
      privacyUrl: env.RESSEC_TEAMS_PRIVACY_URL,
      termsUrl: env.RESSEC_TEAMS_TERMS_URL,
    },
  };
}
