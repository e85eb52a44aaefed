// The Slack benchmark's peers, in a process of their own so they take no time from the load generator or the server:
// a lean fake Slack Web API that records, per DM channel, when the first visible sign (👀) arrived and how many
// answers, "queued" notices and apologies (a turn that failed: not an answer) were posted; and an OpenAI-compatible LLM stub that answers after BENCH_LLM_MS with a
// cited sentence of the first passage it was sent. GET /stats returns what was recorded; prints "READY <port>".
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const LLM_MS = Number(process.env.BENCH_LLM_MS ?? 5_000);

const signs = new Map<string, number>();
const answers = new Map<string, number>();
const notices = new Map<string, number>();
const apologies = new Map<string, number>();
const methods = new Map<string, number>();
let llmCalls = 0;
let ts = 1_700_000_000;

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString()));
  });
}

function args(contentType: string | undefined, raw: string): Record<string, unknown> {
  if (raw === '') return {};
  if (contentType?.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  return Object.fromEntries(new URLSearchParams(raw));
}

function json(response: ServerResponse, body: unknown): void {
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

function slack(method: string, call: Record<string, unknown>): Record<string, unknown> {
  methods.set(method, (methods.get(method) ?? 0) + 1);
  const channel = String(call.channel ?? '');
  switch (method) {
    case 'auth.test':
      return { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T0001' };
    case 'reactions.add':
      if (!signs.has(channel)) signs.set(channel, Date.now());
      return { ok: true };
    case 'chat.postMessage': {
      const text = String(call.text ?? '');
      const counts = text.includes('queued') ? notices : text.includes('something went wrong') ? apologies : answers;
      counts.set(channel, (counts.get(channel) ?? 0) + 1);
      ts += 1;
      return { ok: true, channel, ts: `${ts}.000100` };
    }
    case 'conversations.open':
      return { ok: true, channel: { id: `D${String(call.users)}` } };
    default:
      return { ok: true };
  }
}

/** The first sentence of the first passage, cited: what a grounded model would write. */
function stubAnswer(body: string): string {
  let passage = 'See the guidance.';
  try {
    const request = JSON.parse(body) as { messages: { role: string; content: string }[] };
    const user = JSON.parse(request.messages.find((message) => message.role === 'user')?.content ?? '{}') as {
      passages?: { text: string }[];
    };
    passage = user.passages?.[0]?.text ?? passage;
  } catch {
    // A request we cannot read still gets an answer; the app checks it either way.
  }
  const sentence = (passage.match(/[^.!?]+[.!?]/)?.[0] ?? passage).replace(/https?:\/\/\S+/g, '').trim();
  return JSON.stringify({
    answer: `${sentence.replace(/[.!?]$/, '')} [1].`,
    cited_passages: [1],
    grounded: true,
    needs_desk: false,
    follow_ups: [],
  });
}

const server = createServer(async (request, response) => {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  const raw = await readBody(request);
  if (path === '/stats') {
    json(response, {
      signs: [...signs],
      answers: [...answers],
      notices: [...notices],
      apologies: [...apologies],
      methods: Object.fromEntries(methods),
      llmCalls,
    });
    return;
  }
  if (path.endsWith('/chat/completions')) {
    llmCalls += 1;
    const content = stubAnswer(raw);
    setTimeout(() => {
      json(response, {
        id: `chatcmpl-${llmCalls}`,
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model: 'stub',
        choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content, refusal: null } }],
        usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
      });
    }, LLM_MS);
    return;
  }
  if (path.startsWith('/api/')) {
    json(response, slack(path.slice('/api/'.length), args(request.headers['content-type'], raw)));
    return;
  }
  response.writeHead(404).end();
});
server.keepAliveTimeout = 65_000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`READY ${(server.address() as AddressInfo).port}\n`);
});
