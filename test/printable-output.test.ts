// Nothing a user, the corpus or a model wrote can drive the terminal: escape and control characters are stripped
// from what the console prints and from what a ticket stores.
import { describe, expect, it } from 'vitest';
import { renderReplies } from '../src/channels/console/render-terminal.js';
import { threadLine } from '../src/channels/slack/desk/desk-card.js';
import { renderReply } from '../src/channels/slack/render-block-kit.js';
import { renderCard } from '../src/channels/teams/cards/render-card.js';
import { printable, printableLine } from '../src/core/printable.js';
import { EscalationService } from '../src/escalation/escalation-service.js';

const ATTACK = 'Visitor\u001b[2J\u001b[H\u001b]0;owned\u0007 from\u009b31m X\u202Egnp.exe\u0000';

describe('printable', () => {
  it('strips CSI, OSC, C1 and bidi controls, keeping text, newlines and tabs', () => {
    expect(printable(ATTACK)).toBe('Visitor from Xgnp.exe');
    expect(printable('line one\n\tline two')).toBe('line one\n\tline two');
    expect(printableLine('line one\nline two')).toBe('line one line two');
    expect(printable('Zürich, Kraków, 北京')).toBe('Zürich, Kraków, 北京');
  });

  it('is applied to everything the terminal renders', () => {
    const rendered = renderReplies([
      { visibility: 'public', blocks: [{ kind: 'text', markdown: `Subject: ${ATTACK}` }] },
    ] as Parameters<typeof renderReplies>[0]);
    expect(rendered.text).toContain('Subject: Visitor from X');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: asserting their absence
    expect(rendered.text).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E]/);
  });

  it('is applied to what the Slack and Teams renderers send and to the desk thread lines', () => {
    const reply = {
      visibility: 'public',
      blocks: [{ kind: 'text', markdown: `Subject: ${ATTACK}` }],
      fallbackText: ATTACK,
    } as Parameters<typeof renderReply>[0];
    // biome-ignore lint/suspicious/noControlCharactersInRegex: asserting their absence
    const unsafe = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E]/;
    const slack = JSON.stringify(renderReply(reply));
    const teams = JSON.stringify(renderCard(reply));
    for (const rendered of [slack, teams]) {
      expect(rendered).toContain('Visitor from X');
      expect(JSON.parse(rendered, (_key, value) => value)).toBeTruthy();
      expect(collectStrings(JSON.parse(rendered)).some((text) => unsafe.test(text))).toBe(false);
    }
    const line = threadLine({
      entry: {
        actor: { platform: 'teams', userId: 't1', name: `Mallory${ATTACK}`, role: 'desk' },
        action: 'question_asked',
        visibility: 'shared',
        text: ATTACK,
      },
    } as unknown as Parameters<typeof threadLine>[0]);
    expect(line).toContain('Visitor from X');
    expect(unsafe.test(line)).toBe(false);
  });

  it('is applied to a ticket subject, note and requester name before the store sees them', async () => {
    let stored: { subject: string; note: string; requester: { name?: string } } | undefined;
    const service = new EscalationService({
      store: {
        submit: async (submission: { ticket: typeof stored }) => {
          stored = submission.ticket;
          throw new Error('stop here');
        },
      },
    } as unknown as ConstructorParameters<typeof EscalationService>[0]);
    await service
      .submit('key-1', {
        requester: { platform: 'console', userId: 'u1', name: `Eve${ATTACK}` },
        origin: { kind: 'request' },
        subject: ATTACK,
        note: `line\n${ATTACK}`,
        priority: 'low',
      } as Parameters<EscalationService['submit']>[1])
      .catch(() => undefined);
    expect(stored?.subject).toBe('Visitor from Xgnp.exe');
    expect(stored?.note).toBe('line\nVisitor from Xgnp.exe');
    expect(stored?.requester.name).toBe('EveVisitor from Xgnp.exe');
  });
});

function collectStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(collectStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(collectStrings);
  return [];
}
