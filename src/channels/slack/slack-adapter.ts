// Between a receiver (signed HTTP or Socket Mode) and the runtime: translates each payload by its listener, writes the
// entry to the inbox before acknowledging it, acknowledges, and leaves the work to the runtime. Duplicates (a retry,
// a replay, one post seen as two events) and payloads no listener handles are acknowledged with an empty body and
// nothing else happens.
import type { ReceiverEvent } from '@slack/bolt';
import type { Logger } from '../../log.js';
import type { TurnIntake } from '../runtime/turn-intake.js';
import type { ListenerContext, SlackListeners } from './listeners/slack-listeners.js';

export interface SlackAdapterOptions {
  listeners: SlackListeners;
  intake: TurnIntake;
  log: Logger;
  /** The app's own user id, known once the channel has started. */
  botUserId: () => string | undefined;
  now?: () => number;
}

export class SlackAdapter {
  constructor(private readonly options: SlackAdapterOptions) {}

  /** Called by the receivers, as they would call a Bolt app; throws (so Slack retries) when nothing was admitted. */
  async processEvent(event: ReceiverEvent): Promise<void> {
    try {
      await this.admit(event);
    } catch (error) {
      this.options.log.error({ event: 'admission-failed', err: error as Error }, 'a Slack payload was not admitted');
      throw error;
    }
  }

  private async admit(event: ReceiverEvent): Promise<void> {
    const { listeners, intake, log } = this.options;
    const context: ListenerContext = {
      receivedAt: this.options.now?.() ?? Date.now(),
      botUserId: this.options.botUserId(),
    };
    const admission = await listeners.admissionFor(event.body, context);
    if (!admission) {
      await event.ack();
      return;
    }
    const { entry } = admission;
    if (!(await intake.admit(entry))) {
      log.info(
        { event: 'duplicate', turnId: entry.key, attempt: event.retryNum ?? 0 },
        'duplicate delivery acknowledged',
      );
      await event.ack();
      return;
    }
    try {
      await event.ack(await this.acknowledgement(admission.acknowledgement, entry.key));
    } finally {
      intake.run(entry);
    }
  }

  /** The acknowledgement's body; a failure there only costs the body: the turn is in the inbox and still runs. */
  private async acknowledgement(body: (() => Promise<unknown> | unknown) | undefined, key: string): Promise<unknown> {
    try {
      return await body?.();
    } catch (error) {
      this.options.log.error(
        { event: 'ack-body-failed', turnId: key, err: error as Error },
        'acknowledgement body failed',
      );
      return undefined;
    }
  }
}
