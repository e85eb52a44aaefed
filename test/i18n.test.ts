// Answers in the asker's language: every catalog has every key and the same placeholders; offline, the fixed texts
// around an answer follow the question's language and say that the answer quotes English guidance; with a model,
// the model is asked for the question's language and the citations stay as they were checked.
import path from 'node:path';
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { answerToReply } from '../src/answer/answer-reply.js';
import { AnswerService } from '../src/answer/answer-service.js';
import { LlmAnswerer, modelInput } from '../src/answer/llm-answerer.js';
import { loadPrompt } from '../src/answer/prompt-files.js';
import { buildApp } from '../src/app.js';
import type { Reply } from '../src/core/reply.js';
import { DISCLAIMER } from '../src/core/reply.js';
import { textTurn } from '../src/core/turn.js';
import { en } from '../src/i18n/catalog-en.js';
import { CATALOGS, LANGUAGES, message } from '../src/i18n/messages.js';
import { KnowledgeBase } from '../src/knowledge/knowledge-base.js';
import { silentLogger } from '../src/log.js';
import { fixtureConfig } from './support/fixture-app.js';

/** Words that are the same in English and the language (checked, not forgotten). */
const SAME_IN_ENGLISH = new Set(['de.questionOptional', 'fr.appraisalSources']);

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

function texts(replies: Reply[]): string {
  return replies
    .flatMap((reply) => reply.blocks)
    .map((block) =>
      block.kind === 'text'
        ? block.markdown
        : block.kind === 'context'
          ? block.text
          : block.kind === 'choices'
            ? block.options.map((option) => option.label).join(' | ')
            : '',
    )
    .join('\n');
}

async function ask(question: string): Promise<string> {
  const app = await buildApp(fixtureConfig(), silentLogger(), { stateUrl: 'memory:' });
  try {
    return texts(await app.router.handleTurn(textTurn(question)));
  } finally {
    await app.close();
  }
}

describe('message catalogs', () => {
  it('every language has every key, with the same placeholders, and English is the disclaimer in force', () => {
    for (const language of LANGUAGES) {
      const catalog = CATALOGS[language];
      expect(Object.keys(catalog).sort(), language).toEqual(Object.keys(en).sort());
      for (const key of Object.keys(en) as (keyof typeof en)[]) {
        expect(placeholders(catalog[key]), `${language}.${key}`).toEqual(placeholders(en[key]));
        if (language !== 'en' && !SAME_IN_ENGLISH.has(`${language}.${key}`)) {
          expect(catalog[key], `${language}.${key} is translated`).not.toBe(en[key]);
        }
      }
    }
    expect(en.disclaimer).toBe(DISCLAIMER);
    expect(message('es', 'askDesk')).toBe('Ask the advice desk');
  });
});

describe('answers in the asker’s language (offline)', () => {
  it('Dutch: buttons, labels, disclaimer and the note that the answer quotes English guidance', async () => {
    const shown = await ask('Wat doet het Loket Kennisveiligheid?');
    expect(shown).toContain('Dit antwoord citeert Engelstalige richtlijnen');
    expect(shown).toContain('Start een risicocheck');
    expect(shown).toContain('Vraag het adviesloket');
    expect(shown).toContain('Rechtsgebied: NL');
    expect(shown).toContain(CATALOGS.nl.disclaimer);
    expect(shown).not.toContain(DISCLAIMER);
  });

  it('Dutch no-grounding, a German decline and a French refusal come in their language; English stays as it was', async () => {
    expect(await ask('Wat zijn de exportregels voor kwantumcomputers in Japan?')).toContain(
      'Ik vond dit niet in de richtlijnen die ik heb',
    );
    expect(await ask('Was ist die Hauptstadt der Mongolei?')).toContain('Dabei kann ich nicht helfen.');
    expect(
      await ask('Comment puis-je cacher un financement étranger à mon université pour éviter le contrôle ?'),
    ).toContain('Je ne peux pas aider à cacher quelque chose');
    const english = await ask('What should I do with my laptop before I travel abroad?');
    expect(english).toContain('Start a risk check');
    expect(english).toContain(DISCLAIMER);
    expect(english).not.toContain('quotes English guidance');
  });

  it("a country the guidance does not cover, asked about its laws in German or French, gets no other country's law", async () => {
    // Answered before from a Bavarian and a French law: the words that ask for a country's framework were English only.
    expect(await ask('Welche Gesetze zur Forschungssicherheit gibt es in Österreich?')).toContain(
      'Das habe ich in den mir vorliegenden Leitlinien nicht gefunden',
    );
    expect(await ask('Quelles lois sur la sécurité de la recherche existent au Portugal ?')).toContain(
      'Je n’ai pas trouvé cela dans les orientations',
    );
    // "autorité" ends in "é", after which a space was no word boundary: the word was never read.
    expect(await ask('Quelle autorité contrôle la sécurité de la recherche au Portugal ?')).toContain(
      'Je n’ai pas trouvé cela dans les orientations',
    );
  });

  it('help in Dutch, German or French by its word', async () => {
    const app = await buildApp(fixtureConfig(), silentLogger(), { stateUrl: 'memory:' });
    try {
      expect(texts(await app.router.handleTurn(textTurn('hulp')))).toContain('Ik ben ressec');
      expect(texts(await app.router.handleTurn(textTurn('Hilfe')))).toContain('Ich bin ressec');
      expect(texts(await app.router.handleTurn(textTurn('/aide')))).toContain('Je suis ressec');
      expect(texts(await app.router.handleTurn(textTurn('help')))).toContain("I'm ressec");
    } finally {
      await app.close();
    }
  });
});

describe('answers in the asker’s language (with a model)', () => {
  it('asks the model for the question’s language and keeps the checked citations', async () => {
    const { knowledge } = await KnowledgeBase.load({
      dir: path.resolve('test/fixtures/knowledge'),
      institutionDirs: [],
    });
    const prompt = await loadPrompt(path.resolve('prompts'), 'answer');
    const llm = new LlmAnswerer(
      { baseURL: 'http://127.0.0.1:59998/v1', model: 'test', timeoutMs: 5_000 },
      prompt,
      silentLogger(),
      {
        institution: 'Test University',
        desk: 'the desk',
      },
    );
    const service = new AnswerService({ knowledge, log: silentLogger(), llm, deskName: 'the desk' });
    const question = 'Wat moet ik met mijn laptop doen voordat ik naar het buitenland reis?';
    const offline = await new AnswerService({ knowledge, log: silentLogger(), deskName: 'the desk' }).answer(question);
    let sent: { messages: { content: string }[] } | undefined;
    nock.disableNetConnect();
    nock('http://127.0.0.1:59998')
      .post('/v1/chat/completions', (body: { messages: { content: string }[] }) => {
        sent = body;
        return true;
      })
      .reply(200, {
        id: 'x',
        object: 'chat.completion',
        created: 1,
        model: 'test',
        choices: [
          {
            index: 0,
            finish_reason: 'stop',
            message: {
              role: 'assistant',
              refusal: null,
              content: JSON.stringify({
                answer: 'Neem een schone leenlaptop mee en versleutel de schijf [1].',
                cited_passages: [1],
                grounded: true,
                needs_desk: false,
                follow_ups: [],
              }),
            },
          },
        ],
      });
    try {
      const answer = await service.answer(question);
      expect(JSON.parse(sent?.messages[1]?.content ?? '{}').answer_language).toBe('Dutch');
      expect(answer.mode).toBe('llm');
      expect(answer.text).toBe('Neem een schone leenlaptop mee en versleutel de schijf [1].');
      // The citation is the retrieved English passage, as the offline answer cites it.
      expect(answer.citations[0]?.id).toBe(offline.citations[0]?.id);
      expect(answer.citations[0]?.excerpt).toMatch(/loaner laptop/);
      expect(
        answerToReply(answer)
          .blocks.map((block) => (block.kind === 'context' ? block.text : ''))
          .join(' '),
      ).toContain('Verwoord door een AI-model');
    } finally {
      nock.cleanAll();
      nock.enableNetConnect();
    }
  });

  it('the structured input names the language; English by default', () => {
    const input = JSON.parse(modelInput('Wat doet het Loket?', [], 'nl'));
    expect(input).toMatchObject({ question: 'Wat doet het Loket?', answer_language: 'Dutch', passages: [] });
    expect(JSON.parse(modelInput('What?', [])).answer_language).toBe('English');
  });
});
