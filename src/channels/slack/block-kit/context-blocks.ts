import { LIMITS } from './limits.js';
import { markdownToMrkdwn, splitText } from './mrkdwn.js';
import { type ContextBlock, mrkdwn } from './slack-block.js';

/** A context line (jurisdiction, "as of", disclaimer); long text becomes several elements, ten per block. */
export function contextBlocks(markdown: string): ContextBlock[] {
  if (markdown.trim() === '') return [];
  const pieces = splitText(markdownToMrkdwn(markdown), LIMITS.sectionText);
  const blocks: ContextBlock[] = [];
  for (let start = 0; start < pieces.length; start += LIMITS.contextElements) {
    blocks.push({ type: 'context', elements: pieces.slice(start, start + LIMITS.contextElements).map(mrkdwn) });
  }
  return blocks;
}
