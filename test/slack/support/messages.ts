// Reading what reached the fake Slack: the text of a call's blocks, whatever method carried them.
import type { ApiCall } from './fake-slack-api.js';

export function callText(call: ApiCall): string {
  return JSON.stringify([call.args.text ?? '', call.args.blocks ?? [], call.args.view ?? {}]);
}

export function findCall(calls: ApiCall[], method: string, contains: string): ApiCall | undefined {
  return calls.find((call) => call.method === method && call.ok && callText(call).includes(contains));
}
