// Renders neutral replies as Block Kit, every block kind, within Slack's limits: long text is split into several
// sections, a message keeps at most 50 blocks (the cut is noted), and every message carries fallback text.
import { printableDeep } from '../../core/printable.js';
import type { Block, Reply } from '../../core/reply.js';
import { appraisalBlocks } from './block-kit/appraisal-blocks.js';
import { choiceBlocks } from './block-kit/choice-blocks.js';
import { citationBlocks } from './block-kit/citation-blocks.js';
import { contextBlocks } from './block-kit/context-blocks.js';
import { type FormBlock, formMessageBlocks } from './block-kit/form-blocks.js';
import { LIMITS, truncate } from './block-kit/limits.js';
import { mrkdwn, type SlackBlock } from './block-kit/slack-block.js';
import { textBlocks } from './block-kit/text-blocks.js';
import { ticketBlocks } from './block-kit/ticket-blocks.js';

export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
}

export interface RenderOptions {
  /** The value of the button that opens a form shown in a message; defaults to the form's verb. */
  formRef?: (form: FormBlock) => string;
}

export function renderBlock(block: Block, options: RenderOptions = {}): SlackBlock[] {
  switch (block.kind) {
    case 'text':
      return textBlocks(block.markdown);
    case 'citations':
      return citationBlocks(block.items);
    case 'choices':
      return choiceBlocks(block);
    case 'form':
      return formMessageBlocks(block, options.formRef?.(block) ?? block.verb);
    case 'appraisal':
      return appraisalBlocks(block.appraisal);
    case 'ticket':
      return ticketBlocks(block.ticket, block.actions);
    case 'context':
      return contextBlocks(block.text);
  }
}

/** Trailing blocks worth keeping when a message is cut: buttons (with their prompt) and context lines. */
function tailStart(blocks: SlackBlock[], maxTail: number): number {
  let start = blocks.length;
  while (start > 0 && blocks.length - start < maxTail) {
    const block = blocks[start - 1];
    const promptOfButtons = block?.type === 'section' && blocks[start]?.type === 'actions';
    if (block?.type !== 'actions' && block?.type !== 'context' && !promptOfButtons) break;
    start -= 1;
  }
  return start;
}

/** Keeps at most `max` blocks: the head of the content, a note, and the trailing buttons and context lines. */
export function fitBlocks(blocks: SlackBlock[], max: number): SlackBlock[] {
  if (blocks.length <= max) return blocks;
  const tail = blocks.slice(tailStart(blocks, 6));
  const headCount = max - tail.length - 1;
  const left = blocks.length - tail.length - headCount;
  const note: SlackBlock = {
    type: 'context',
    elements: [mrkdwn(`✂️ ${left} more part(s) were too long for one Slack message and were left out.`)],
  };
  return [...blocks.slice(0, headCount), note, ...tail];
}

export function renderBlocks(blocks: readonly Block[], options: RenderOptions = {}): SlackBlock[] {
  return blocks.flatMap((block) => renderBlock(block, options));
}

export function fallbackText(reply: Reply): string {
  const firstText = reply.blocks.find((block) => block.kind === 'text');
  const text = reply.fallbackText || (firstText?.kind === 'text' ? firstText.markdown : '') || 'ressec';
  return truncate(text, LIMITS.fallbackText);
}

/** Text from users, the corpus or a model: no control, escape or direction-changing character reaches Slack. */
export function renderReply(untrusted: Reply, options: RenderOptions = {}): SlackMessage {
  const reply = printableDeep(untrusted);
  return { text: fallbackText(reply), blocks: fitBlocks(renderBlocks(reply.blocks, options), LIMITS.messageBlocks) };
}
