// Renders neutral replies as terminal text. Choices are numbered so the user can answer with a number.
import type { Block, ChoiceOption, Reply } from '../../core/reply.js';

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
  /** Numbered options, 1-based, in the order shown. */
  options: ChoiceOption[];
  forms: FormBlock[];
}

const LEVEL_MARK = { low: 'LOW', medium: 'MEDIUM', high: 'HIGH' } as const;

function markdownToTerminal(markdown: string, style: TerminalStyle): string {
  return markdown
    .replace(/\*\*([^*]+)\*\*/g, (_, text: string) => style.bold(text))
    .replace(/\[([^\]]+)\]\((https?:[^)]+)\)/g, '$1 <$2>');
}

export function renderReplies(replies: Reply[], style: TerminalStyle = plainStyle): RenderedTerminal {
  const lines: string[] = [];
  const options: ChoiceOption[] = [];
  const forms: FormBlock[] = [];
  const addOptions = (items: ChoiceOption[]) => {
    for (const option of items) {
      options.push(option);
      lines.push(`  ${options.length}) ${option.label}`);
    }
  };
  for (const reply of replies) {
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
        case 'choices':
          if (block.prompt) lines.push(block.prompt);
          addOptions(block.options);
          break;
        case 'form':
          forms.push(block);
          lines.push(style.bold(block.title));
          if (block.intro) lines.push(block.intro);
          for (const field of block.fields) {
            const choices = field.options ? ` [${field.options.map((option) => option.label).join(' / ')}]` : '';
            const error = field.error ? `  ⚠ ${field.error}` : '';
            lines.push(`  - ${field.label}${field.required ? '' : ' (optional)'}${choices}${error}`);
          }
          break;
        case 'appraisal': {
          const appraisal = block.appraisal;
          lines.push(style.bold(`Risk appraisal: ${appraisal.flowTitle} — overall ${LEVEL_MARK[appraisal.level]}`));
          if (appraisal.flags.length === 0) lines.push('No flags fired.');
          for (const flag of appraisal.flags) {
            const cites = flag.citations.map((n) => `[${n}]`).join('');
            lines.push(`  • ${LEVEL_MARK[flag.level]}: ${flag.reason} ${cites}`.trimEnd());
          }
          if (appraisal.mitigations.length > 0) {
            lines.push(style.bold('Mitigations to consider:'));
            for (const item of appraisal.mitigations) lines.push(`  • ${item}`);
          }
          if (appraisal.nextSteps.length > 0) {
            lines.push(style.bold('Next steps:'));
            for (const item of appraisal.nextSteps) lines.push(`  • ${item}`);
          }
          lines.push(
            appraisal.escalate
              ? 'The advice desk should see this before you go ahead.'
              : 'No desk review is suggested, but you can always ask.',
          );
          if (appraisal.citations.length > 0) {
            lines.push(style.bold('Sources:'));
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
          if (block.actions) addOptions(block.actions);
          break;
        }
        case 'context':
          lines.push(style.dim(`ℹ ${block.text}`));
          break;
      }
    }
    lines.push('');
  }
  return { text: lines.join('\n').trimEnd(), options, forms };
}
