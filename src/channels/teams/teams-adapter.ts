// Between /api/messages and the runtime: runs each verified activity through teams-ai's router (message, install,
// card action, message action), whose handlers only translate the activity and write it to the inbox. The HTTP
// response (and an invoke's body) goes back once the entry is durable; the answer is the runtime's work, after.

import { Application } from '@microsoft/teams-ai';
import {
  type Activity,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import { type AuthenticateRequestResult, ClaimsIdentity } from 'botframework-connector';
import type { Logger } from '../../log.js';
import type { InboxEntry } from '../runtime/inbox.js';
import type { TurnIntake } from '../runtime/turn-intake.js';
import {
  type AdmissionDeps,
  cardActionAdmission,
  messageActionAdmission,
  messageAdmission,
  welcomeAdmission,
} from './admissions.js';
import { actionInput } from './cards/card-actions.js';
import type { AdaptiveCard } from './cards/card-elements.js';
import type { TeamsConnector } from './connector/teams-connector.js';
import type { EndpointResult } from './http/messages-endpoint.js';
import { invokeView, WORKING_NOTICE } from './invoke-view.js';

/** The message action's id in the app manifest. */
export const ASK_COMMAND_ID = 'askResearchSecurity';
const CHANNEL_SERVICE = 'https://api.botframework.com';

/** botbuilder makes a user token client per activity; ressec signs nobody in, so one serves every turn. */
class OneUserTokenClient extends ConfigurationBotFrameworkAuthentication {
  private client: ReturnType<ConfigurationBotFrameworkAuthentication['createUserTokenClient']> | undefined;

  constructor(private readonly wrapped: ConfigurationBotFrameworkAuthentication) {
    super();
  }

  override createUserTokenClient(identity: ClaimsIdentity) {
    this.client ??= this.wrapped.createUserTokenClient(identity);
    return this.client;
  }
}

/** botbuilder keeps the method that runs a verified activity protected; this adapter only opens it up. */
class VerifiedActivityAdapter extends CloudAdapter {
  runVerified(result: AuthenticateRequestResult, activity: Activity, logic: (context: TurnContext) => Promise<void>) {
    return this.processActivity(result, activity, logic);
  }
}

export interface TeamsAdapterOptions extends Omit<AdmissionDeps, 'threads'> {
  intake: TurnIntake;
  connector: TeamsConnector;
  log: Logger;
  /** How long a card action may wait for the core to show its next step in place. */
  invokeBudgetMs: number;
}

export class TeamsAdapter {
  private readonly app = new Application({ startTypingTimer: false, removeRecipientMention: false });
  private readonly adapter: VerifiedActivityAdapter;

  private readonly deps: AdmissionDeps;

  constructor(private readonly options: TeamsAdapterOptions) {
    this.deps = { ...options, threads: options.intake.threads };
    this.adapter = new VerifiedActivityAdapter(new OneUserTokenClient(options.connector.authentication));
    this.app.activity('message', async (context) => {
      await this.accept(await messageAdmission(this.deps, context.activity));
    });
    this.app.conversationUpdate('membersAdded', async (context) => {
      await this.accept(welcomeAdmission(this.deps, context.activity));
    });
    this.app.messageExtensions.submitAction(ASK_COMMAND_ID, async (context) => {
      await this.accept(messageActionAdmission(this.deps, context.activity));
      return 'I am answering in your personal chat with ressec.';
    });
    this.app.adaptiveCards.actionExecute(/^[\s\S]+$/, async (context, _state, data) =>
      this.cardAction(context.activity, data),
    );
  }

  /** Runs a verified activity; resolves once what it asks is in the inbox, with the HTTP response to give. */
  async receive(activity: Record<string, unknown>, claims: Record<string, unknown>): Promise<EndpointResult> {
    const verified = activity as unknown as Activity;
    const identity = new ClaimsIdentity(
      Object.entries(claims).map(([type, value]) => ({ type, value: String(value) })),
      true,
    );
    const result: AuthenticateRequestResult = {
      audience: CHANNEL_SERVICE,
      claimsIdentity: identity,
      callerId: undefined,
      // teams-ai's handlers here send nothing but the invoke response: the connector botbuilder wants on the turn is
      // the cached one for this serviceUrl, not a new client (and pipeline) per activity.
      connectorFactory: { create: (serviceUrl: string) => this.options.connector.client(serviceUrl) },
    } as AuthenticateRequestResult;
    const response: InvokeResponse | undefined = await this.adapter.runVerified(result, verified, async (context) => {
      await this.app.run(context);
    });
    return { status: response?.status ?? 200, body: response?.body };
  }

  private async accept(admission: InboxEntry | undefined): Promise<boolean> {
    if (!admission) return false;
    const { intake, log } = this.options;
    const { working } = admission.target;
    const typing = working && !admission.replies ? working : undefined;
    const entry = typing
      ? { ...admission, target: { ...admission.target, working: { ...typing, shownOnAdmission: true } } }
      : admission;
    if (!(await intake.admit(entry))) {
      log.info({ event: 'duplicate', turnId: entry.key }, 'duplicate activity acknowledged');
      return false;
    }
    // Typing, the first sign of life, goes up from the answering side as soon as it hears of the turn, even while the
    // turn waits in the inbox for a queue with room: a person should see within a second that they were heard.
    intake.run(entry);
    return true;
  }

  private async cardAction(activity: Activity, data: unknown): Promise<AdaptiveCard | string> {
    const { intake, log, invokeBudgetMs } = this.options;
    // A card with `refresh` would have teams-ai edit the shared message on every refresh; ressec's cards carry none,
    // and a refresh that arrives anyway is answered here without touching the message.
    if ((activity.value as { trigger?: string } | undefined)?.trigger === 'automatic') return 'Up to date.';
    const decoded = actionInput((activity.value as { action?: { verb?: unknown } }).action?.verb, data);
    if (!decoded) return 'That button is no longer active. Type help to see what I can do.';
    const entry = cardActionAdmission(this.deps, activity, decoded);
    if (!(await intake.admit(entry))) {
      log.info({ event: 'duplicate', turnId: entry.key }, 'repeated card action acknowledged');
      return 'That was done already.';
    }
    let timer: NodeJS.Timeout | undefined;
    const budget = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), invokeBudgetMs);
    });
    try {
      const replies = await Promise.race([intake.replies(entry.key), budget]);
      if (!replies) return WORKING_NOTICE;
      const view = invokeView(decoded, replies);
      await intake.saveReplies(entry.key, view.rest);
      return view.shown;
    } finally {
      clearTimeout(timer);
      intake.run(entry);
    }
  }
}
