// `ressec check`: list the guided checks, run one in the terminal chat, or run one from a file of answers.

import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { cappedLines } from '../channels/console/capped-lines.js';
import { renderReplies } from '../channels/console/render-terminal.js';
import type { ChannelCatalog } from '../channels/runtime/channel.js';
import type { Config } from '../config.js';
import type { StoredAppraisal } from '../core/handoff.js';
import { createEscalation, type Escalation } from '../escalation/create-escalation.js';
import { deliveryWording } from '../escalation/delivery-status.js';
import { fileAppraisalTicket } from '../escalation/file-appraisal.js';
import { STATUS_LABELS } from '../escalation/lifecycle.js';
import { answersTemplate } from '../intake/answers-template.js';
import { bindLists } from '../intake/bind-lists.js';
import { loadDataLists } from '../intake/data/load-lists.js';
import type { FlowDefinition } from '../intake/flow.js';
import { dataListsJson, flowDefinitionJson } from '../intake/flow-definition-json.js';
import { ALL_FLOWS, findFlow } from '../intake/flows/index.js';
import { appraisalReply } from '../intake/replies/appraisal-reply.js';
import { runFlowNonInteractive } from '../intake/run-flow-non-interactive.js';
import { loadKnowledge } from '../knowledge/configured-knowledge.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { Logger } from '../log.js';
import { type CliCommand, type CliIo, UsageError } from './cli-command.js';

interface CheckArguments {
  flowName?: string;
  answersFile?: string;
  json: boolean;
  jsonl: boolean;
  list: boolean;
  escalate: boolean;
  template: boolean;
  idempotencyKey?: string;
}

function parseArguments(args: string[]): CheckArguments {
  const parsed: CheckArguments = { json: false, jsonl: false, list: false, escalate: false, template: false };
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index];
    if (arg === '--json') parsed.json = true;
    else if (arg === '--list') parsed.list = true;
    else if (arg === '--jsonl') parsed.jsonl = true;
    else if (arg === '--escalate') parsed.escalate = true;
    else if (arg === '--template') parsed.template = true;
    else if (arg === '--answers') {
      parsed.answersFile = args[index + 1];
      if (!parsed.answersFile)
        throw new UsageError('--answers needs a file: ressec check <flow> --answers answers.json');
      index += 1;
    } else if (arg === '--idempotency-key') {
      parsed.idempotencyKey = args[index + 1];
      if (!parsed.idempotencyKey || parsed.idempotencyKey.length > 200)
        throw new UsageError('--idempotency-key needs a value of at most 200 characters');
      index += 1;
    } else if (arg?.startsWith('--')) throw new UsageError(`check: unknown option ${arg}`);
    else if (arg !== undefined && parsed.flowName === undefined) parsed.flowName = arg;
    else throw new UsageError('check takes one flow name');
  }
  return parsed;
}

/** The appraisal as JSON for scripts: level, flags with reasons and citation ids, mitigations, next steps. */
export function appraisalJson(stored: StoredAppraisal) {
  const view = stored.appraisal;
  const passageId = (n: number) => view.citations.find((citation) => citation.n === n)?.id;
  return {
    flow: stored.flow,
    intakeId: stored.intakeId,
    level: view.level,
    escalate: view.escalate,
    flags: view.flags.map((flag) => ({
      id: flag.id,
      level: flag.level,
      reason: flag.reason,
      citations: flag.citations.map(passageId).filter((id): id is string => id !== undefined),
    })),
    mitigations: view.mitigations,
    nextSteps: view.nextSteps,
    citations: view.citations.map((citation) => ({
      n: citation.n,
      id: citation.id,
      documentId: citation.documentId,
      title: citation.title,
      url: citation.url,
    })),
    deadline: stored.deadline,
    answers: stored.answers,
  };
}

async function printList(io: CliIo, json: boolean, config: Config): Promise<void> {
  if (json) {
    // The lists in use: the institution's own where it has replaced one (the documents are not needed here).
    const { lists } = await loadDataLists(config.knowledge.institutionDirs);
    const flows = ALL_FLOWS.map((flow) => flowDefinitionJson(bindLists(flow, lists)));
    io.stdout.write(`${JSON.stringify({ flows, lists: dataListsJson(lists) }, null, 2)}\n`);
    return;
  }
  for (const flow of ALL_FLOWS)
    io.stdout.write(`  ${flow.id.padEnd(12)} ${flow.summary} (${flow.fields.length} questions)\n`);
  io.stdout.write('Run one with: ressec check <flow>\n');
}

async function readAnswersFile(file: string, io: CliIo): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    io.stderr.write(`ressec: cannot read the answers file ${file}\n`);
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    io.stderr.write(`ressec: ${file} is not valid JSON: ${(error as Error).message}\n`);
    return undefined;
  }
}

/**
 * Each run of `check --answers` makes a new appraisal, so the chat's key (the appraisal's id) would file a ticket per
 * run: the same answers on the same day are one submission instead, unless the caller names it (--idempotency-key).
 */
export function cliSubmissionKey(appraisal: StoredAppraisal, day: string, idempotencyKey?: string): string {
  if (idempotencyKey) return `cli:${appraisal.userId}:key:${idempotencyKey}`;
  const answers = JSON.stringify(appraisal.answers.map((answer) => [answer.field, answer.answer]));
  const digest = createHash('sha256').update(answers).digest('hex').slice(0, 32);
  return `cli:${appraisal.userId}:check:${appraisal.flow}:${digest}:${day}`;
}

async function openCliEscalation(config: Config, log: Logger, channels: ChannelCatalog): Promise<Escalation> {
  return createEscalation({ config, log, extraSinks: await channels.deskSinks() });
}

/** `--escalate`: files the appraisal as a ticket for the desk (delivered by the worker: npm start or ressec deliver). */
async function escalateAppraisal(
  appraisal: StoredAppraisal,
  config: Config,
  escalation: Escalation,
  idempotencyKey?: string,
) {
  const requester = { platform: 'cli' as const, userId: appraisal.userId };
  const key = cliSubmissionKey(appraisal, new Date().toISOString().slice(0, 10), idempotencyKey);
  const outcome = await fileAppraisalTicket(escalation.service, appraisal, requester, '', key);
  if (outcome.kind === 'invalid')
    throw new Error(`the ticket could not be filed: ${outcome.problems[0]?.message ?? ''}`);
  const delivery = await escalation.service.deliveryStatus(outcome.ticket.id, 'ticket.created');
  const where = deliveryWording(delivery, `ticket ${outcome.ticket.id}`, config.desk.name);
  const message =
    outcome.kind === 'created'
      ? where
      : `Already filed as ticket ${outcome.ticket.id} (${STATUS_LABELS[outcome.ticket.status]}) for these answers; nothing new was filed. ${where}`;
  return {
    json: {
      id: outcome.ticket.id,
      status: outcome.ticket.status,
      created: outcome.kind === 'created',
      delivery: delivery.kind,
    },
    message,
  };
}

/** One line of `check --jsonl` longer than this is reported and skipped: an answers object is a few hundred bytes. */
const MAX_JSONL_LINE_BYTES = 64 * 1024;

/**
 * `check [<flow>] --jsonl [--escalate]`: one JSON object per stdin line, `{"id", "flow", "answers",
 * "idempotencyKey"}` (flow optional when named on the command line), one appraisal (and ticket) per output line. The
 * corpus and the ticket database are opened once for every line, so a script filing many tickets pays the start-up
 * once. A line that cannot be run gets `{"id", "error"}`, and the lines after it are still read.
 */
async function checkJsonLines(
  parsed: CheckArguments,
  defaultFlow: FlowDefinition | undefined,
  io: CliIo,
  config: Config,
  log: Logger,
  channels: ChannelCatalog,
): Promise<number> {
  const { knowledge } = await loadKnowledge(config);
  const escalation = parsed.escalate ? await openCliEscalation(config, log, channels) : undefined;
  let failed = 0;
  try {
    for await (const line of cappedLines(io.stdin, MAX_JSONL_LINE_BYTES)) {
      if (!line.tooLong && line.text.trim() === '') continue;
      const record = await checkLine(line, defaultFlow, knowledge, config, escalation);
      if ('error' in record) failed += 1;
      await writeLine(io, `${JSON.stringify(record)}\n`);
    }
  } finally {
    await escalation?.close();
  }
  return failed > 0 ? 1 : 0;
}

async function checkLine(
  line: { number: number; text: string; tooLong: boolean },
  defaultFlow: FlowDefinition | undefined,
  knowledge: KnowledgeBase,
  config: Config,
  escalation: Escalation | undefined,
): Promise<Record<string, unknown>> {
  if (line.tooLong) return { id: null, error: `line ${line.number}: longer than 64 KB, skipped` };
  let request: { id?: unknown; flow?: unknown; answers?: unknown; idempotencyKey?: unknown };
  try {
    request = JSON.parse(line.text) as typeof request;
  } catch {
    request = {};
  }
  const id = typeof request?.id === 'string' || typeof request?.id === 'number' ? request.id : null;
  if (typeof request !== 'object' || request === null || request.answers === undefined) {
    return { id, error: `line ${line.number}: expected a JSON object with "answers" (and "flow")` };
  }
  const flow = typeof request.flow === 'string' ? findFlow(ALL_FLOWS, request.flow) : defaultFlow;
  if (!flow) {
    return {
      id,
      error: `line ${line.number}: unknown or missing "flow"; one of: ${ALL_FLOWS.map((item) => item.id).join(', ')}`,
    };
  }
  const key = request.idempotencyKey;
  if (key !== undefined && (typeof key !== 'string' || key === '' || key.length > 200)) {
    return { id, error: `line ${line.number}: "idempotencyKey" must be a string of 1 to 200 characters` };
  }
  const result = runFlowNonInteractive(flow, request.answers, { knowledge, config });
  if (!result.ok) {
    const field = result.problem.field ? ` field "${result.problem.field}":` : '';
    return { id, error: `line ${line.number}:${field} ${result.problem.message}` };
  }
  try {
    const ticket = escalation ? await escalateAppraisal(result.appraisal, config, escalation, key) : undefined;
    return { id, ...appraisalJson(result.appraisal), ticket: ticket?.json };
  } catch (error) {
    return { id, error: `line ${line.number}: ${(error as Error).message}` };
  }
}

/** Honours back-pressure, so a slow reader does not make appraisals pile up in memory. */
function writeLine(io: CliIo, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    io.stdout.write(text, (error) => (error ? reject(error) : resolve()));
  });
}

export const checkCommand: CliCommand = {
  usage:
    'check [<flow>] [--answers answers.json [--json] [--escalate [--idempotency-key KEY]]] | check [<flow>] --jsonl [--escalate] < requests.jsonl | check <flow> --template | check --list [--json]',
  summary: 'a guided risk check: in the terminal chat, or from a file of answers; --list shows every flow',
  logsToFile: (args) =>
    !args.includes('--list') &&
    !args.includes('--answers') &&
    !args.includes('--template') &&
    !args.includes('--jsonl') &&
    args.some((arg) => !arg.startsWith('--')),
  async run(args, io, config, log, channels) {
    const parsed = parseArguments(args);
    if (parsed.jsonl) {
      const flow = parsed.flowName === undefined ? undefined : findFlow(ALL_FLOWS, parsed.flowName);
      if (parsed.flowName !== undefined && !flow) throw new UsageError(`unknown check "${parsed.flowName}"`);
      return checkJsonLines(parsed, flow, io, config, log, channels);
    }
    if (parsed.list || parsed.flowName === undefined) {
      await printList(io, parsed.json, config);
      return 0;
    }
    const flow = findFlow(ALL_FLOWS, parsed.flowName);
    if (!flow) {
      throw new UsageError(
        `unknown check "${parsed.flowName}"; choose one of: ${ALL_FLOWS.map((item) => item.id).join(', ')}`,
      );
    }
    if (parsed.template) {
      io.stdout.write(`${JSON.stringify(answersTemplate(flow), null, 2)}\n`);
      return 0;
    }
    if (parsed.escalate && !parsed.answersFile) {
      throw new UsageError(
        '--escalate needs --answers; in the chat, use "Send to the advice desk" after the appraisal',
      );
    }
    if (parsed.answersFile) {
      const raw = await readAnswersFile(parsed.answersFile, io);
      if (raw === undefined) return 2;
      const { knowledge } = await loadKnowledge(config);
      const result = runFlowNonInteractive(flow, raw, { knowledge, config });
      if (!result.ok) {
        const field = result.problem.field ? ` field "${result.problem.field}":` : '';
        io.stderr.write(`ressec: ${parsed.answersFile}:${field} ${result.problem.message}\n`);
        return 2;
      }
      let ticket: Awaited<ReturnType<typeof escalateAppraisal>> | undefined;
      if (parsed.escalate) {
        const escalation = await openCliEscalation(config, log, channels);
        try {
          ticket = await escalateAppraisal(result.appraisal, config, escalation, parsed.idempotencyKey);
        } finally {
          await escalation.close();
        }
      }
      if (parsed.json) {
        io.stdout.write(`${JSON.stringify({ ...appraisalJson(result.appraisal), ticket: ticket?.json }, null, 2)}\n`);
      } else {
        // The appraisal without its buttons: nothing here can be pressed.
        const reply = appraisalReply(result.appraisal);
        const blocks = reply.blocks.filter((block) => block.kind !== 'choices');
        io.stdout.write(`${renderReplies([{ ...reply, blocks }]).text}\n`);
        if (ticket) io.stdout.write(`${ticket.message}\n`);
      }
      return 0;
    }
    // The terminal chat (the whole core) is loaded only for an interactive check, not for one from a file.
    const { runConsoleSession } = await import('./console-session.js');
    await runConsoleSession(io, config, log, {
      initialInput: `check ${flow.id}`,
      deskSinks: await channels.deskSinks(),
    });
    return 0;
  },
};
