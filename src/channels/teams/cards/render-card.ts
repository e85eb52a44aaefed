// Renders a neutral reply as one Adaptive Card 1.5, every block kind, within what Teams accepts: a card too large
// for one message first loses its source excerpts, then its middle, with a note saying so; buttons always stay.
import { printableDeep } from '../../../core/printable.js';
import type { Block, Reply } from '../../../core/reply.js';
import { appraisalElements } from './appraisal-elements.js';
import type { AdaptiveCard, CardElement } from './card-elements.js';
import { textBlock } from './card-elements.js';
import { jsonBytes, shorten, TEAMS_LIMITS } from './card-limits.js';
import { cardMarkdown } from './card-markdown.js';
import { choiceElements } from './choice-elements.js';
import { citationElements } from './citation-elements.js';
import { formElements } from './form-elements.js';
import { ticketElements } from './ticket-elements.js';

interface RenderOptions {
  excerpts: boolean;
}

function blockElements(block: Block, options: RenderOptions): CardElement[] {
  switch (block.kind) {
    case 'text':
      return [textBlock(cardMarkdown(block.markdown))];
    case 'citations':
      return citationElements(block.items, { excerpts: options.excerpts });
    case 'choices':
      return choiceElements(block);
    case 'form':
      return formElements(block);
    case 'appraisal':
      return appraisalElements(block.appraisal);
    case 'ticket':
      return ticketElements(block.ticket, block.actions);
    case 'context':
      return [textBlock(cardMarkdown(block.text), { size: 'small', isSubtle: true, spacing: 'small' })];
  }
}

function card(body: CardElement[], fallbackText: string): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    fallbackText,
    msteams: { width: 'Full' },
  };
}

/** The body cut to fit: the trailing buttons and the last line kept, the middle dropped from its end. */
function cutToFit(body: CardElement[], fallbackText: string): AdaptiveCard {
  let tailStart = body.length;
  while (tailStart > 0 && body.length - tailStart < 4 && body[tailStart - 1]?.type !== 'Container') {
    const element = body[tailStart - 1];
    if (element?.type !== 'ActionSet' && !(element?.type === 'TextBlock' && element.isSubtle)) break;
    tailStart -= 1;
  }
  const tail = body.slice(tailStart);
  const note = textBlock('✂️ The rest of this reply was too long for one Teams message and was left out.', {
    isSubtle: true,
    size: 'small',
  });
  for (let keep = tailStart - 1; keep >= 0; keep -= 1) {
    const candidate = card([...body.slice(0, keep), note, ...tail], fallbackText);
    if (jsonBytes(candidate) <= TEAMS_LIMITS.cardBytes) return candidate;
  }
  const first = body[0];
  const headline = first?.type === 'TextBlock' ? shorten(first.text, 2_000) : fallbackText;
  return card([textBlock(headline), note, ...tail], fallbackText);
}

export function summaryText(reply: Reply): string {
  return shorten(reply.fallbackText.trim() || 'ressec', 1_000);
}

/** Text from users, the corpus or a model: no control, escape or direction-changing character reaches Teams. */
export function renderCard(untrusted: Reply): AdaptiveCard {
  const reply = printableDeep(untrusted);
  const fallbackText = summaryText(reply);
  const full = card(
    reply.blocks.flatMap((block) => blockElements(block, { excerpts: true })),
    fallbackText,
  );
  if (jsonBytes(full) <= TEAMS_LIMITS.cardBytes) return full;
  const body = reply.blocks.flatMap((block) => blockElements(block, { excerpts: false }));
  const lean = card(body, fallbackText);
  return jsonBytes(lean) <= TEAMS_LIMITS.cardBytes ? lean : cutToFit(body, fallbackText);
}
