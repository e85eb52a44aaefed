import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { silentLogger } from '../log.js';
import { AnswerService } from './answer-service.js';

let answers: AnswerService;

beforeAll(async () => {
  const { knowledge } = await KnowledgeBase.load({ dir: path.resolve('knowledge'), institutionDirs: [] });
  answers = new AnswerService({ knowledge, log: silentLogger(), deskName: 'the desk', today: () => '2026-12-03' });
});

const ask = async (question: string) => (await answers.answer(question)).text;

describe('an EU country the shipped guidance has no rules of its own for', () => {
  it("gets another country's national guidance labelled as such", async () => {
    // Answered before from Sweden's licensing authority, or a Danish university's screening, as if they were the rules
    // where the asker is.
    expect(
      await ask(
        'Brauche ich in Österreich eine Genehmigung, um Dual-Use-Software an einen Partner in China zu schicken?',
      ),
    ).toContain("I hold no guidance of Austria's own on");
    expect(await ask('How do universities in Poland screen foreign visiting researchers?')).toContain(
      "I hold no guidance of Poland's own on",
    );
    expect(await ask('I work at a university in Portugal. How do we screen foreign visiting researchers?')).toContain(
      "I hold no guidance of Portugal's own on",
    );
  });

  it('is no home when it is a destination, or when the asker names a country the guidance covers', async () => {
    expect(await ask('Can I send dual-use software to a partner in China?')).not.toContain('I hold no guidance of');
    expect(
      await ask('We are a Dutch university lab: do we need a licence to send dual-use software to a partner in Spain?'),
    ).not.toContain('I hold no guidance of');
  });
});

describe('a question that names no country', () => {
  it("leads with guidance for everyone rather than another country's own rules", async () => {
    // Led before with "EU financial sanctions apply directly in Germany…" for an asker who never said where they are.
    const text = await ask('Before we partner with a foreign institute, which lists should we check?');
    const lead = text.split(' [1]')[0] ?? '';
    expect(lead).not.toMatch(/German/);
    expect(lead).toMatch(/sanctions lists/);
  });

  it('asked in Dutch, gets the contact points of the Dutch-speaking countries', async () => {
    // Got the German BfV's number before: the answer quoted a German passage as related guidance.
    const text = await ask(
      'Bij welke dienst meld ik vermoedelijke spionage door een gastonderzoeker, en wat is het nummer?',
    );
    const contacts = text.split('\n\n').find((paragraph) => paragraph.includes('phone')) ?? '';
    expect(contacts).toContain('AIVD');
    expect(contacts).not.toContain('BfV');
  });
});
