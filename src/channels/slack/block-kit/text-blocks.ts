import { LIMITS } from './limits.js';
import { markdownToMrkdwn, splitText } from './mrkdwn.js';
import { mrkdwn, type SectionBlock } from './slack-block.js';

/** Already-converted mrkdwn as one or more sections, each within Slack's 3,000-character limit. */
export function mrkdwnSections(text: string): SectionBlock[] {
  if (text.trim() === '') return [];
  return splitText(text, LIMITS.sectionText).map((piece) => ({ type: 'section', text: mrkdwn(piece) }));
}

export function textBlocks(markdown: string): SectionBlock[] {
  return mrkdwnSections(markdownToMrkdwn(markdown));
}
