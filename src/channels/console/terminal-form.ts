// A form filled in at the terminal, one field at a time. Fields carried from the context (a ticket id) are never
// asked; Enter keeps the value shown in brackets, `-` clears an optional field, and `/back` returns to the field
// before. `/cancel`, `/help` and `/quit` are the chat's (terminal-chat.ts), so none of them becomes a value.
import type { FormField } from '../../core/reply.js';
import { type FormBlock, plainStyle, type TerminalStyle, visibleFields } from './render-terminal.js';

export type FormStep = { kind: 'ask'; text: string } | { kind: 'submit'; values: Record<string, string | string[]> };

const CLEAR = '-';

function asList(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** "1,3", "1 3" or "1 and 3": the option values, or undefined when any part is not a listed number. */
export function pickNumbers(text: string, options: { value: string }[], first = 1): string[] | undefined {
  const parts = text
    .split(/\s*(?:,|;|\band\b|\s)\s*/i)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 0 || !parts.every((part) => /^\d{1,3}$/.test(part))) return undefined;
  const picked: string[] = [];
  for (const part of parts) {
    const option = options[Number(part) - first];
    if (!option) return undefined;
    if (!picked.includes(option.value)) picked.push(option.value);
  }
  return picked;
}

export class TerminalForm {
  private readonly fields: FormField[];
  private readonly values: Record<string, string | string[]> = {};
  private index = 0;

  constructor(
    readonly form: FormBlock,
    private readonly style: TerminalStyle = plainStyle,
  ) {
    this.fields = visibleFields(form);
    for (const field of form.fields) {
      if (field.initial !== undefined) this.values[field.id] = field.initial;
    }
  }

  /** The question for the current field. */
  prompt(problem?: string): FormStep {
    const field = this.fields[this.index];
    if (!field) return { kind: 'submit', values: { ...this.values } };
    const options = field.options
      ? ` (${field.options.map((option, i) => `${i + 1} = ${option.label}`).join(', ')})`
      : '';
    const current = asList(this.values[field.id])
      .map((value) => field.options?.find((option) => option.value === value)?.label ?? value)
      .join(', ');
    const shown = current !== '' ? ` [${current}]` : '';
    const notes: string[] = [];
    if (!field.required) notes.push('optional');
    if (current !== '') notes.push('Enter keeps it');
    else if (!field.required) notes.push('Enter leaves it empty');
    if (!field.required && current !== '') notes.push(`${CLEAR} clears it`);
    const how = notes.length > 0 ? ` (${notes.join(', ')})` : '';
    const counter = this.fields.length > 1 ? `${this.index + 1}/${this.fields.length} ` : '';
    const lines = [
      ...(problem ? [`⚠ ${problem}`] : []),
      `${this.style.bold(`${counter}${field.label}${options}${shown}${how}:`)} ${this.style.dim('(/back /cancel /help /quit)')}`,
    ];
    return { kind: 'ask', text: lines.join('\n') };
  }

  /** A line typed for the current field. */
  input(line: string): FormStep {
    const field = this.fields[this.index];
    if (!field) return this.prompt();
    const typed = line.trim();
    const current = asList(this.values[field.id]);
    if (typed === CLEAR) {
      if (field.required) return this.prompt('This field is required, so it cannot be cleared.');
      this.values[field.id] = '';
    } else if (typed === '') {
      if (current.length === 0 || current.every((value) => value === '')) {
        if (field.required) return this.prompt('This field is required.');
        this.values[field.id] = '';
      }
    } else {
      const value = this.read(field, typed);
      if (value === undefined) {
        const count = field.options?.length ?? 0;
        return this.prompt(
          field.kind === 'multiselect'
            ? `Type the numbers of the options (1–${count}), separated by commas.`
            : `Type one of the numbers (1–${count}) or an option's name.`,
        );
      }
      this.values[field.id] = value;
    }
    this.index += 1;
    return this.prompt();
  }

  /** `/back`: the field before, or undefined at the first field. */
  back(): FormStep | undefined {
    if (this.index === 0) return undefined;
    this.index -= 1;
    return this.prompt();
  }

  private read(field: FormField, typed: string): string | string[] | undefined {
    if (!field.options) return typed;
    if (field.kind === 'multiselect') return pickNumbers(typed, field.options);
    if (/^\d{1,3}$/.test(typed)) return field.options[Number(typed) - 1]?.value;
    return field.options.find((option) => option.label.toLowerCase() === typed.toLowerCase())?.value;
  }
}
