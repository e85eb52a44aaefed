import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { silentLogger } from '../log.js';
import { AnswerService } from './answer-service.js';

// Question-aware offline answers, on a small corpus written for these cases (test/fixtures/answering).
let answers: AnswerService;

beforeAll(async () => {
  const { knowledge, problems } = await KnowledgeBase.load({
    dir: path.resolve('test/fixtures/answering'),
    institutionDirs: [],
  });
  expect(problems).toEqual([]);
  answers = new AnswerService({ knowledge, log: silentLogger(), deskName: 'the desk', today: () => '2026-11-24' });
});

/** Every sentence of the answer text ends in a citation marker (labels ending in a colon introduce cited lines). */
function expectEverySentenceCited(text: string) {
  for (const line of text.split('\n')) {
    for (const piece of line.split(/(?<=\])\s+/)) {
      if (piece.trim() === '' || piece.trim().endsWith(':')) continue;
      expect(piece.trim(), line).toMatch(/\[\d+\]$/);
    }
  }
}

describe('offline answers lead with the kind of fact asked', () => {
  it('answers "how long does it take" with the processing time, not the validity', async () => {
    const answer = await answers.answer('How long does an ATAS application take?');
    expect(answer.outcome).toBe('answered');
    expect(answer.text.split(/(?<=\])\s+/)[0]).toMatch(/takes at least 20 working days/);
    expect(answer.text).not.toMatch(/valid for six months/);
  });

  it('answers "how long is it valid" with the validity', async () => {
    const answer = await answers.answer('How long is an ATAS certificate valid?');
    expect(answer.text.split(/(?<=\])\s+/)[0]).toMatch(/valid for six months/);
  });

  it('keeps a list whole, cited once after its last item', async () => {
    const answer = await answers.answer('What does an ATAS application ask for?');
    for (const item of ['academic history', 'research proposal', 'names of supervisors', 'employment history']) {
      expect(answer.text).toContain(item);
    }
    expect(answer.text).toMatch(/asks for four things: the applicant's academic history;.*employment history\. \[1\]/);
    expectEverySentenceCited(answer.text);
  });

  it('brings the numbered items that follow a sentence announcing them ("three axes… Axis 1… Axis 2…")', async () => {
    const answer = await answers.answer('Which axes of action does the 2025 review of ATAS recommend?');
    expect(answer.text).toMatch(
      /three axes of action\. \[1\] Axis 1 is clearer guidance.*Axis 2 is a shared calendar.*Axis 3 is one named contact/s,
    );
    expectEverySentenceCited(answer.text);
  });

  it('brings every item a leading sentence announces, even past the word budget ("three outcomes… the third…")', async () => {
    const answer = await answers.answer('ATAS security scrutiny: possible outcomes?');
    expect(answer.text).toMatch(
      /three possible outcomes.*The first outcome.*The second outcome.*The third outcome is that the application is refused/s,
    );
    expectEverySentenceCited(answer.text);
  });

  it('brings the sentence before one that starts mid-thought', async () => {
    const answer = await answers.answer(
      'Does the catch-all rule still apply when the item appears on no control list?',
    );
    expect(answer.text).toMatch(/catch-all rule can make an unlisted item licensable.*This rule applies even/s);
  });

  it('answers each part of a two-part question', async () => {
    const answer = await answers.answer('Who runs ATAS and how long is a certificate valid?');
    expect(answer.text).toMatch(/Foreign, Commonwealth and Development Office/);
    expect(answer.text).toMatch(/valid for six months/);
    expectEverySentenceCited(answer.text);
  });
});

describe('what the guidance lacks is said plainly', () => {
  it('names the missing country guidance and labels the closest related guidance, and offers the desk', async () => {
    const answer = await answers.answer('Is there a German handbook on export control for universities?');
    expect(answer.text).toMatch(/^I hold no German guidance on “handbook on export control for universities”/);
    expect(answer.text).toMatch(/closest related guidance I hold:\n/);
    expect(answer.citations.every((citation) => citation.jurisdiction !== 'DE')).toBe(true);
    expect(answer.suggestDesk).toBe(true);
  });

  it('says a named identifier is not held and labels the sections that answer the rest as related', async () => {
    const answer = await answers.answer(
      'Under Section 47 of the Export Control Order, which UK authority issues export licences?',
    );
    expect(answer.outcome).toBe('answered');
    expect(answer.text).toMatch(/^I hold no guidance on “Section 47”; the closest related guidance I hold:\n/);
    expect(answer.text).toMatch(/Export Control Joint Unit/);
    expect(answer.suggestDesk).toBe(true);
    expectEverySentenceCited(answer.text);
  });

  it('reads an unknown place beside a country the guidance covers as context, not as what is asked', async () => {
    const answer = await answers.answer(
      'Under the UK rules, which authority issues the export licence before I send data to my co-author in Lisbon?',
    );
    expect(answer.outcome).toBe('answered');
    expect(answer.text).toMatch(/Export Control Joint Unit/);
  });

  it("does not answer an unknown institution's phone number with another office's", async () => {
    for (const question of [
      'What is the phone number of the research security office at Hogeschool Noordkaap?',
      'What is the phone number of the research security office at Hogeschool Noordkaap in the Netherlands?',
    ]) {
      const answer = await answers.answer(question);
      expect(answer.outcome, question).toBe('no-grounding');
      expect(answer.text, question).not.toMatch(/\+31/);
    }
  });
});

describe("the institution's own jurisdiction", () => {
  it('comes first when the question names no country', async () => {
    const question = 'Which authority issues export licences for dual-use goods?';
    for (const [institution, expected] of [
      ['NL', /^The CDIU issues Dutch export licences/],
      ['UK', /^The Export Control Joint Unit \(ECJU\) issues UK export licences/],
    ] as const) {
      const { knowledge } = await KnowledgeBase.load({
        dir: path.resolve('test/fixtures/answering'),
        institutionDirs: [],
        institutionJurisdiction: institution,
      });
      const service = new AnswerService({ knowledge, log: silentLogger(), deskName: 'the desk' });
      expect((await service.answer(question)).text, institution).toMatch(expected);
    }
  });
});

describe('unknown institutions', () => {
  it("does not answer for an institution's own people, but does answer about working with it", async () => {
    const own = await answers.answer('Who is the research security officer at Hogeschool Noordkaap?');
    expect(own.outcome).toBe('no-grounding');
    const partner = await answers.answer(
      'What should a host check before a visiting researcher from Hogeschool Noordkaap arrives?',
    );
    expect(partner.outcome).toBe('answered');
    expect(partner.text).toMatch(/sanctions lists/);
  });
});

describe('contacts are chosen by topic', () => {
  it('gives the intelligence service for espionage, with its phone number', async () => {
    const answer = await answers.answer('Who do I contact about suspected espionage in the Netherlands?');
    expect(answer.outcome).toBe('answered');
    expect(answer.text.split('\n')[0]).toMatch(/^AIVD .*Phone \+31 79 000 0000/);
    expect(answer.citations[0]).toMatchObject({ id: 'contact-points#nl-aivd', url: 'https://example.org/aivd' });
  });

  it('gives the export-control authority for an export licence question', async () => {
    const answer = await answers.answer('Who do I contact about an export licence in the Netherlands?');
    const contacts = answer.text.slice(answer.text.indexOf('Contact points:'));
    expect(contacts.split('\n')[1]).toMatch(/^CDIU/);
  });

  it("leads with the office's number when asked for it by name", async () => {
    const answer = await answers.answer('What is the phone number of the AIVD?');
    expect(answer.text).toMatch(/^AIVD .*\+31 79 000 0000/);
    expect(answer.text).not.toMatch(/\+31 88/);
  });
});
