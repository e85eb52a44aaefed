// The bot's DM with a user (conversations.open), remembered for the life of the process.
import type { webApi } from '@slack/bolt';

export class DirectMessages {
  private readonly channels = new Map<string, string>();

  constructor(private readonly client: webApi.WebClient) {}

  async channelFor(userId: string): Promise<string> {
    const known = this.channels.get(userId);
    if (known) return known;
    const result = await this.client.conversations.open({ users: userId });
    const id = result.channel?.id;
    if (!id) throw new Error('conversations.open returned no channel');
    this.channels.set(userId, id);
    return id;
  }
}
