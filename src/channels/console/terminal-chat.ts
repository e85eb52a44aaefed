// The interactive terminal chat: a channel like any other, turning lines into Turns and replies into text.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { ChoiceOption } from '../../core/reply.js';
import { apologyReply, newReferenceId, type Router } from '../../core/router.js';
import type { Turn, TurnInput } from '../../core/turn.js';
import type { Logger } from '../../log.js';
import { ansiStyle, type FormBlock, plainStyle, renderReplies } from './render-terminal.js';

export interface TerminalChatOptions {
  router: Router;
  log: Logger;
  input: Readable;
  output: Writable;
  color?: boolean;
  userId?: string;
  userName?: string;
  greeting?: string;
  /** Sent as the user's first message, e.g. `check visitor` for `ressec check visitor`. */
  initialInput?: string;
}

interface PendingForm {
  form: FormBlock;
  index: number;
  values: Record<string, string>;
}

export async function runTerminalChat(options: TerminalChatOptions): Promise<void> {
  const style = options.color ? ansiStyle : plainStyle;
  const write = (text: string) => options.output.write(`${text}\n`);
  const lines = createInterface({ input: options.input, terminal: false, crlfDelay: Number.POSITIVE_INFINITY });
  let pendingOptions: ChoiceOption[] = [];
  let pendingForm: PendingForm | undefined;
  let counter = 0;

  const turnFor = (input: TurnInput): Turn => ({
    id: `console-${Date.now().toString(36)}-${++counter}`,
    platform: 'console',
    user: { id: options.userId ?? 'local-user', name: options.userName ?? 'You' },
    conversation: { id: 'terminal', kind: 'dm' },
    receivedAt: new Date().toISOString(),
    input,
  });

  const promptField = () => {
    if (!pendingForm) return;
    const field = pendingForm.form.fields[pendingForm.index];
    if (!field) return;
    const choices = field.options
      ? ` (${field.options.map((option, i) => `${i + 1}=${option.label}`).join(', ')})`
      : '';
    const initialLabel = field.options?.find((option) => option.value === field.initial)?.label ?? field.initial;
    const initial = initialLabel !== undefined && initialLabel !== '' ? ` [${String(initialLabel)}]` : '';
    const optional = field.required ? '' : ' (optional, Enter to skip)';
    write(style.bold(`${field.label}${choices}${initial}${optional}:`));
  };

  const send = async (input: TurnInput) => {
    let replies: Awaited<ReturnType<Router['handleTurn']>>;
    try {
      replies = await options.router.handleTurn(turnFor(input));
    } catch (error) {
      const referenceId = newReferenceId();
      options.log.error({ event: 'turn-failed', referenceId, err: error as Error }, 'turn failed');
      replies = [apologyReply(referenceId)];
    }
    const rendered = renderReplies(replies, style);
    write(rendered.text);
    write('');
    pendingOptions = rendered.options;
    const form = rendered.forms[0];
    if (form) {
      pendingForm = { form, index: 0, values: {} };
      promptField();
    }
  };

  const handleFormLine = async (line: string) => {
    if (!pendingForm) return;
    if (line.trim() === '/cancel') {
      pendingForm = undefined;
      write('Form cancelled.');
      return;
    }
    const field = pendingForm.form.fields[pendingForm.index];
    if (field) {
      let value = line.trim();
      if (value === '' && field.initial !== undefined) value = String(field.initial);
      if (field.options && /^\d+$/.test(value)) value = field.options[Number(value) - 1]?.value ?? value;
      else if (field.options) {
        const match = field.options.find((option) => option.label.toLowerCase() === value.toLowerCase());
        if (match) value = match.value;
      }
      if (value === '' && field.required) {
        write('This field is required (type /cancel to stop).');
        promptField();
        return;
      }
      pendingForm.values[field.id] = value;
      pendingForm.index += 1;
    }
    if (pendingForm.index < pendingForm.form.fields.length) {
      promptField();
      return;
    }
    const { form, values } = pendingForm;
    pendingForm = undefined;
    await send({ kind: 'form', verb: form.verb, values });
  };

  if (options.greeting) write(options.greeting);
  write(style.dim('Type a question, /help for commands, /quit to leave.'));
  if (options.initialInput) await send({ kind: 'text', text: options.initialInput });
  for await (const rawLine of lines) {
    const line = rawLine.replace(/\r$/, '');
    if (pendingForm) {
      await handleFormLine(line);
      continue;
    }
    const trimmed = line.trim();
    if (trimmed === '') continue;
    if (trimmed === '/quit' || trimmed === '/exit') break;
    const choice = /^\d{1,2}$/.test(trimmed) ? pendingOptions[Number(trimmed) - 1] : undefined;
    if (choice) {
      await send({ kind: 'action', verb: choice.verb, value: choice.value });
      continue;
    }
    await send({ kind: 'text', text: trimmed === '/help' ? 'help' : line });
  }
  lines.close();
  write('Goodbye.');
}
