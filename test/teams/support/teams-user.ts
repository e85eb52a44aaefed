// A person in Teams, as far as a test needs one: reads the cards the bot posted to a conversation and clicks their
// buttons or fills and submits their forms, the way the Teams client turns them into invoke activities.
import { type Activity, cardAction, type Person, personalChatOf, personalMessage, RESEARCHER } from './activities.js';
import type { ConnectorCall } from './loopback-connector.js';
import type { TeamsHarness } from './teams-harness.js';

export interface CardActionFound {
  verb: string;
  data: Record<string, unknown>;
  title: string;
}

type Node = Record<string, unknown>;

export function cardOf(call: ConnectorCall | undefined): Node | undefined {
  const attachments = call?.body.attachments as { content?: Node }[] | undefined;
  return attachments?.[0]?.content;
}

function walk(value: unknown, visit: (node: Node) => void): void {
  if (Array.isArray(value)) for (const item of value) walk(item, visit);
  else if (typeof value === 'object' && value !== null) {
    visit(value as Node);
    for (const child of Object.values(value)) walk(child, visit);
  }
}

export function actionsOf(card: Node | undefined): CardActionFound[] {
  const found: CardActionFound[] = [];
  walk(card, (node) => {
    if (node.type === 'Action.Execute') {
      found.push({
        verb: node.verb as string,
        data: node.data as Record<string, unknown>,
        title: node.title as string,
      });
    }
  });
  return found;
}

export function inputsOf(card: Node | undefined): Node[] {
  const inputs: Node[] = [];
  walk(card, (node) => {
    if (typeof node.type === 'string' && node.type.startsWith('Input.')) inputs.push(node);
  });
  return inputs;
}

export class TeamsUser {
  constructor(
    private readonly harness: TeamsHarness,
    readonly person: Person = RESEARCHER,
  ) {}

  get personalChat(): string {
    return personalChatOf(this.person);
  }

  /** The card the person sees last in their personal chat: the last one posted, or one an invoke put in place. */
  private current: Node | undefined;

  /** Posts the activity and waits until everything it started has been delivered. */
  async act(activity: Activity): Promise<{ status: number; body: string; posted: ConnectorCall[] }> {
    const before = this.harness.connector.calls.length;
    const response = await this.harness.post(activity);
    await this.harness.teams.idle(15_000);
    const posted = this.harness.connector.calls.slice(before).filter((call) => call.kind !== 'other');
    const postedCard = cardOf(
      posted.filter((call) => call.conversationId === this.personalChat && cardOf(call)).at(-1),
    );
    const invoke = response.body ? (JSON.parse(response.body) as { type?: string; value?: Node }) : {};
    if (invoke.type === 'application/vnd.microsoft.card.adaptive') this.current = invoke.value;
    else if (postedCard) this.current = postedCard;
    return { ...response, posted };
  }

  say(text: string): ReturnType<TeamsUser['act']> {
    return this.act(personalMessage(this.harness.connector.serviceUrl, text, this.person));
  }

  click(
    action: CardActionFound,
    where: { conversationId: string; replyToId?: string; conversationType?: string },
    inputs: Record<string, string> = {},
  ): ReturnType<TeamsUser['act']> {
    return this.act(
      cardAction(
        this.harness.connector.serviceUrl,
        { verb: action.verb, data: { ...action.data, ...inputs } },
        { replyToId: '1', conversationType: 'personal', ...where },
        this.person,
      ),
    );
  }

  /** Fills a card's form as the Teams client would (each input's shown value, then `values`) and submits it. */
  submit(
    card: Node | undefined,
    values: Record<string, string>,
    where: { conversationId: string; replyToId?: string; conversationType?: string } = {
      conversationId: this.personalChat,
    },
  ): ReturnType<TeamsUser['act']> {
    const submit = actionsOf(card).find((action) => (action.data.ressec as { form?: boolean } | undefined)?.form);
    if (!submit) throw new Error('the card has no form to submit');
    const shown: Record<string, string> = {};
    for (const input of inputsOf(card)) shown[input.id as string] = (input.value as string | undefined) ?? '';
    return this.click(submit, where, { ...shown, ...values });
  }

  /** The card in front of the person in their personal chat. */
  currentCard(): Node | undefined {
    return this.current;
  }
}
