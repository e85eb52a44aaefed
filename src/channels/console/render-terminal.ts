// Renders neutral replies as terminal text, with what the user can type for each option (see option-keys.ts).

import { printableDeep } from '../../core/printable.js';
import type { Block, ChoiceOption, Reply } from '../../core/reply.js';
import { appraisalLabels, type RiskLevel } from '../../i18n/appraisal-labels.js';
import { optionKey } from './option-keys.js';

export interface TerminalStyle {
  bold(text: string): string;
  dim(text: string): string;
}

export const plainStyle: TerminalStyle = { bold: (text) => text, dim: (text) => text };
export const ansiStyle: TerminalStyle = {
  bold: (text) => `\u001b[1m${text}\u001b[22m`,
  dim: (text) => `\u001b[2m${text}\u001b[22m`,
};

export type FormBlock = Extract<Block, { kind: 'form' }>;

export interface RenderedTerminal {
  text: string;
  /** What can be typed on this screen, lower case: a number, a letter or a word, each for one option. */
  keys: Map<string, ChoiceOption>;
  /** A form to fill in field by field. */
  form?: FormBlock;
  /** A form of one pick-list field, answered on this screen by typing its numbers (a check's "pick all that apply"). */
  picker?: { form: FormBlock; first: number };
}

function markdownToTerminal(markdown: string, style: TerminalStyle): string {
  return markdown
    .replace(/\*\*([^*]+)\*\*/g, (_, text: string) => style.bold(text))
    .replace(/\[([^\]]+)\]\((https?:[^)]+)\)/g, '$1 <$2>');
}

/** The visible fields of a form: fields carried from the context are never asked. */
export function visibleFields(form: FormBlock) {
  return form.fields.filter((field) => !field.hidden);
}

/** A form whose only question is a pick list is answered like a choice, by numbers, not field by field. */
export function isPicker(form: FormBlock): boolean {
  const fields = visibleFields(form);
  const only = fields[0];
  return (
    fields.length === 1 &&
    only !== undefined &&
    (only.kind === 'select' || only.kind === 'multiselect') &&
    (only.options?.length ?? 0) > 0
  );
}

function hasNumberedOptions(reply: Reply): boolean {
  return reply.blocks.some((block) => {
    if (block.kind === 'form') return isPicker(block);
    const options = block.kind === 'choices' ? block.options : block.kind === 'ticket' ? (block.actions ?? []) : [];
    return options.some((option) => optionKey(option).kind === 'number');
  });
}

export function renderReplies(untrusted: Reply[], style: TerminalStyle = plainStyle): RenderedTerminal {
  // Every string a reply carries (questions, ticket subjects, names, model text) may hold escape sequences: none
  // reaches the terminal, so nobody's message can clear the desk's screen.
  const replies = printableDeep(untrusted);
  const lines: string[] = [];
  const keys = new Map<string, ChoiceOption>();
  let form: FormBlock | undefined;
  let picker: RenderedTerminal['picker'];
  let counter = 0;
  // Only the last reply that offers choices is numbered: it is what the screen asks now. Choices of earlier
  // replies on the same screen (an answer to a side question) are listed, and can be typed as text.
  const numbered = replies.findLastIndex(hasNumberedOptions);

  const addOptions = (items: ChoiceOption[], numberHere: boolean, mirrorsList = false) => {
    const letters: string[] = [];
    const words: string[] = [];
    for (const option of items) {
      const key = optionKey(option);
      if (key.kind === 'letter') {
        if (!keys.has(key.key)) keys.set(key.key, option);
        letters.push(`${key.key}) ${option.label}`);
      } else if (key.kind === 'word') {
        keys.set(key.key, option);
        words.push(key.key === option.label.toLowerCase() ? key.key : `${key.key} (${option.label})`);
      } else if (numberHere) {
        counter += 1;
        keys.set(String(counter), option);
        if (!mirrorsList) lines.push(`  ${counter}) ${option.label}`);
      } else {
        lines.push(`  • ${option.label}`);
      }
    }
    if (letters.length > 0) lines.push(`  ${letters.join('   ')}`);
    if (words.length > 0) lines.push(style.dim(`  Or type: ${words.join(' · ')}`));
  };

  for (const [index, reply] of replies.entries()) {
    const numberHere = index === numbered;
    if (reply.visibility === 'private' && replies.length > 1) lines.push(style.dim('(only you can see this)'));
    for (const block of reply.blocks) {
      switch (block.kind) {
        case 'text':
          lines.push(markdownToTerminal(block.markdown, style));
          break;
        case 'citations':
          lines.push(style.bold('Sources:'));
          for (const citation of block.items) {
            const section = citation.section ? ` — ${citation.section}` : '';
            const stale = citation.stale ? ' (due for review)' : '';
            lines.push(
              `  [${citation.n}] ${citation.title}${section}. ${citation.publisher}, ${citation.date}. ${citation.url} (${citation.jurisdiction})${stale}`,
            );
          }
          break;
        case 'choices': {
          const first = counter + 1;
          if (block.mirrorsList && numberHere) {
            const last = counter + block.options.filter((option) => optionKey(option).kind === 'number').length;
            lines.push(`${block.prompt ?? 'Choose'} type its number (${first}–${last}).`);
          } else if (block.prompt) lines.push(block.prompt);
          addOptions(block.options, numberHere, block.mirrorsList === true);
          break;
        }
        case 'form': {
          lines.push(style.bold(block.title));
          if (block.intro) lines.push(block.intro);
          if (isPicker(block)) {
            const field = visibleFields(block)[0];
            if (field?.error) lines.push(`  ⚠ ${field.error}`);
            const first = counter + 1;
            for (const option of field?.options ?? []) {
              if (numberHere) counter += 1;
              lines.push(numberHere ? `  ${counter}) ${option.label}` : `  • ${option.label}`);
            }
            if (numberHere) {
              picker ??= { form: block, first };
              lines.push(
                field?.kind === 'multiselect'
                  ? style.dim(
                      `  Type the numbers of all that apply, for example ${first},${Math.min(first + 2, counter)}.`,
                    )
                  : style.dim(`  Type a number (${first}–${counter}).`),
              );
            }
            break;
          }
          form ??= block;
          for (const field of visibleFields(block)) {
            const choices = field.options ? ` [${field.options.map((option) => option.label).join(' / ')}]` : '';
            const error = field.error ? `  ⚠ ${field.error}` : '';
            lines.push(`  - ${field.label}${field.required ? '' : ' (optional)'}${choices}${error}`);
          }
          break;
        }
        case 'appraisal': {
          const appraisal = block.appraisal;
          const labels = appraisalLabels(appraisal.language);
          const mark = (level: RiskLevel) => labels.level(level).toLocaleUpperCase();
          const overall = `${labels.overallInSentence} ${mark(appraisal.level)}`;
          lines.push(style.bold(`${labels.title(appraisal.flowTitle)} — ${overall}`));
          if (appraisal.flags.length === 0) lines.push(labels.noFlags);
          for (const flag of appraisal.flags) {
            const cites = flag.citations.map((n) => `[${n}]`).join('');
            lines.push(`  • ${mark(flag.level)}: ${flag.reason} ${cites}`.trimEnd());
          }
          if (appraisal.mitigations.length > 0) {
            lines.push(style.bold(`${labels.mitigations}:`));
            for (const item of appraisal.mitigations) lines.push(`  • ${item}`);
          }
          if (appraisal.nextSteps.length > 0) {
            lines.push(style.bold(`${labels.nextSteps}:`));
            for (const item of appraisal.nextSteps) lines.push(`  • ${item}`);
          }
          lines.push(appraisal.escalate ? labels.escalate : labels.noEscalate);
          if (appraisal.citations.length > 0) {
            lines.push(style.bold(`${labels.sources}:`));
            for (const citation of appraisal.citations) {
              lines.push(
                `  [${citation.n}] ${citation.title}. ${citation.publisher}, ${citation.date}. ${citation.url}`,
              );
            }
          }
          break;
        }
        case 'ticket': {
          const ticket = block.ticket;
          lines.push(style.bold(`Ticket ${ticket.id}: ${ticket.subject}`));
          const details = [
            `status ${ticket.status.replace('_', ' ')}`,
            `priority ${ticket.priority}`,
            `requester ${ticket.requester}`,
            ticket.assignee ? `assignee ${ticket.assignee}` : undefined,
            ticket.deadline ? `deadline ${ticket.deadline}` : undefined,
          ].filter(Boolean);
          lines.push(`  ${details.join(' · ')}`);
          if (ticket.flags && ticket.flags.length > 0) lines.push(`  flags: ${ticket.flags.join('; ')}`);
          if (block.actions) addOptions(block.actions, numberHere);
          break;
        }
        case 'context':
          lines.push(style.dim(`ℹ ${block.text}`));
          break;
      }
    }
    lines.push('');
  }
  return { text: lines.join('\n').trimEnd(), keys, form, picker };
}
