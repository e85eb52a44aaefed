// Guided checks in the asker's language: a researcher who writes Dutch, German or French gets the check's
// questions, options, buttons and the appraisal's labels in that language, in the terminal and in Slack; the desk's
// copy stays English. Every flow text has a translation in every language, with its commands (`skip`) intact.
import { describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { renderReplies } from '../src/channels/console/render-terminal.js';
import { renderReply } from '../src/channels/slack/render-block-kit.js';
import { appraisalStateKey, type StoredAppraisal } from '../src/core/handoff.js';
import type { Reply } from '../src/core/reply.js';
import { textTurn } from '../src/core/turn.js';
import { CATALOGS, FLOW_TEXTS, flowText } from '../src/i18n/messages.js';
import { YES_NO_UNSURE } from '../src/intake/field-builders.js';
import type { FlowDefinition } from '../src/intake/flow.js';
import { ALL_FLOWS } from '../src/intake/flows/index.js';
import type { IntakeState } from '../src/intake/intake-state.js';
import { activeIntakeKey } from '../src/intake/intake-store.js';
import { localiseFlow } from '../src/intake/localise-flow.js';
import { silentLogger } from '../src/log.js';
import { fixtureConfig } from './support/fixture-app.js';

const TRANSLATED = ['nl', 'de', 'fr'] as const;
type Translated = (typeof TRANSLATED)[number];

const SAME_AS_ENGLISH = [
  'nl: flows.visitor.fields.visit-type.choices.postdoc',
  'nl: flows.sharing.fields.annex-categories.choices.cat-4',
  'de: flows.visitor.fields.visit-type.choices.postdoc',
  'fr: flows.sharing.fields.annex-categories.choices.cat-8',
];

const commands = (text: string) => [...text.matchAll(/`[^`]+`/g)].map((match) => match[0]).sort();

/** Every text a flow shows, by catalog key, with its English. */
function flowTextKeys() {
  type Shown = (localised: FlowDefinition) => string | undefined;
  const keys: { key: string; shared?: string; english: string; shown: Shown }[] = [];
  for (const flow of ALL_FLOWS) {
    keys.push({ key: `flows.${flow.id}.title`, english: flow.title, shown: (localised) => localised.title });
    keys.push({ key: `flows.${flow.id}.summary`, english: flow.summary, shown: (localised) => localised.summary });
    flow.fields.forEach((field, index) => {
      for (const part of ['label', 'question', 'help'] as const) {
        const key = `flows.${flow.id}.fields.${field.id}.${part}`;
        const shown: Shown = (localised) => localised.fields[index]?.[part];
        keys.push({ key, shared: `fields.${field.id}.${part}`, english: field[part], shown });
      }
      field.choices?.forEach((choice, position) => {
        const key = `flows.${flow.id}.fields.${field.id}.choices.${choice.value}`;
        const shown: Shown = (localised) => localised.fields[index]?.choices?.[position]?.label;
        keys.push({ key, shared: `choices.${choice.value}`, english: choice.label, shown });
      });
    });
  }
  return keys;
}

function lookup(texts: unknown, key: string): string | undefined {
  let node: unknown = texts;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === 'string' ? node : undefined;
}

describe('flow texts in every language', () => {
  const keys = flowTextKeys();

  it('every title, question, help text and option of every flow is translated, with its commands intact', () => {
    expect(keys.length).toBeGreaterThan(250);
    const same: string[] = [];
    for (const language of TRANSLATED) {
      const localised = new Map(ALL_FLOWS.map((flow) => [flow.id, localiseFlow(flow, language)]));
      for (const { key, shared, english, shown } of keys) {
        const text = lookup(FLOW_TEXTS[language], key) ?? (shared ? lookup(FLOW_TEXTS[language], shared) : undefined);
        expect(text, `${language}: ${key}`).toBeDefined();
        if (text === english) same.push(`${language}: ${key}`);
        expect(commands(text ?? ''), `${language}: ${key} keeps its commands`).toEqual(commands(english));
        expect(shown(localised.get(key.split('.')[1] ?? '') as FlowDefinition), `${language}: ${key} shown`).toBe(text);
      }
    }
    // Words that are the same in English and the language: checked, not forgotten.
    expect(same).toEqual(SAME_AS_ENGLISH);
  });

  it('a text shared by every flow means the same English in every flow that uses it', () => {
    const englishOf = new Map<string, Set<string>>();
    for (const { key, shared, english } of keys) {
      if (!shared || TRANSLATED.some((language) => lookup(FLOW_TEXTS[language], key) !== undefined)) continue;
      englishOf.set(shared, (englishOf.get(shared) ?? new Set()).add(english));
    }
    for (const [shared, english] of englishOf) expect([...english], shared).toHaveLength(1);
    // Yes/No/Unsure are shared by every yes-no question.
    for (const language of TRANSLATED) {
      for (const choice of YES_NO_UNSURE) expect(lookup(FLOW_TEXTS[language], `choices.${choice.value}`)).toBeDefined();
    }
  });

  it('a flow text a catalog lacks falls back to the English of the flow', () => {
    expect(flowText('nl', 'flows.travel.fields.no-such-field.question', 'English text')).toBe('English text');
    expect(flowText('es', 'flows.travel.title', 'Travel check')).toBe('Travel check');
  });
});

interface Expected {
  /** A sentence in the language, so the conversation has one. */
  sentence: string;
  title: string;
  firstQuestion: string;
  firstOption: string;
}

const EXPECTED: Record<Translated, Expected> = {
  nl: {
    sentence: 'Wat moet ik met mijn laptop doen voordat ik naar het buitenland reis?',
    title: 'Reischeck',
    firstQuestion: 'Waarvoor is de reis?',
    firstOption: 'Congres',
  },
  de: {
    sentence: 'Was muss ich mit meinem Laptop tun, bevor ich ins Ausland reise?',
    title: 'Reiseprüfung',
    firstQuestion: 'Wozu dient die Reise?',
    firstOption: 'Konferenz',
  },
  fr: {
    sentence: 'Que dois-je faire de mon ordinateur portable avant de voyager à l’étranger ?',
    title: 'Vérification d’un déplacement',
    firstQuestion: 'Quel est l’objet du déplacement ?',
    firstOption: 'Conférence',
  },
};

/** The replies as the terminal shows them and as Slack receives them. */
function rendered(replies: Reply[]): { terminal: string; slack: string } {
  return {
    terminal: renderReplies(replies).text,
    slack: replies.map((reply) => JSON.stringify(renderReply(reply))).join('\n'),
  };
}

describe.each(TRANSLATED)('a check in %s', (language) => {
  const expected = EXPECTED[language];
  const catalog = CATALOGS[language];

  it('asks its questions, shows its options and buttons, and appraises in the language; the desk’s copy is English', async () => {
    const app = await buildApp(fixtureConfig(), silentLogger(), { stateUrl: 'memory:' });
    const turn = (text: string) => app.router.handleTurn(textTurn(text));
    try {
      await turn(expected.sentence);
      const first = rendered(await turn('check travel'));
      for (const shown of [first.terminal, first.slack]) {
        expect(shown).toContain(`${expected.title} · ${catalog.questionHeading.split(' · ')[1]?.split(' ')[0]} 1`);
        expect(shown).toContain(expected.firstQuestion);
        expect(shown).toContain(expected.firstOption);
        expect(shown).toContain(catalog.back);
        expect(shown).toContain(catalog.finishLater);
        expect(shown).not.toContain('What is the trip for?');
      }
      const state = await app.state.state.get<IntakeState>(activeIntakeKey(textTurn('')));
      expect(state?.language).toBe(language);
      // The translated option's label is an answer, and so is the English one.
      let screen = rendered(await turn(expected.firstOption.toLowerCase()));
      expect((await app.state.state.get<IntakeState>(activeIntakeKey(textTurn(''))))?.answers['trip-purpose']).toBe(
        'conference',
      );
      screen = rendered(await turn('China'));
      const review = catalog.reviewHeading.replace('{{flow}}', expected.title);
      for (let guard = 0; guard < 12 && !screen.terminal.includes(review); guard += 1) {
        const isDate = /\d{4}-\d{2}-\d{2}|JJJJ|AAAA/.test(screen.terminal);
        screen = rendered(await turn(isDate ? '2027-12-01' : '1'));
      }
      expect(screen.terminal).toContain(review);
      expect(screen.slack).toContain(catalog.confirmAndAppraise);
      const appraisal = rendered(await turn('confirm'));
      for (const shown of [appraisal.terminal, appraisal.slack]) {
        expect(shown).toContain(catalog.appraisalTitle.replace('{{flow}}', expected.title));
        expect(shown).toContain(catalog.sendToDesk);
        expect(shown).toContain(catalog.disclaimer);
        expect(shown).toMatch(new RegExp(`${catalog.appraisalEscalate}|${catalog.appraisalNoEscalate}`));
        expect(shown).not.toContain('Risk appraisal');
      }
      expect(appraisal.slack).toContain(`*${catalog.appraisalOverall}:*`);
      expect(appraisal.terminal.toLowerCase()).toContain(catalog.appraisalOverall.toLowerCase());
      // What the desk will read is the English check.
      const intakeId = /"value":"(intake-[^"]+)"/.exec(appraisal.slack)?.[1] ?? '';
      const stored = await app.state.state.get<StoredAppraisal>(appraisalStateKey(intakeId));
      expect(stored?.flowTitle).toBe('Travel check');
      expect(stored?.answers[0]?.question).toBe('What is the trip for?');
      expect(stored?.appraisal.language).toBeUndefined();
      expect(stored?.language).toBe(language);
    } finally {
      await app.close();
    }
  });
});

describe('a check in English', () => {
  it('stays English when the user writes English, and a short reply does not change the language', async () => {
    const app = await buildApp(fixtureConfig(), silentLogger(), { stateUrl: 'memory:' });
    try {
      await app.router.handleTurn(textTurn(EXPECTED.nl.sentence));
      await app.router.handleTurn(textTurn('What should I do with my laptop before I travel abroad?'));
      await app.router.handleTurn(textTurn('ok'));
      const shown = rendered(await app.router.handleTurn(textTurn('check travel')));
      expect(shown.terminal).toContain('Travel check · question 1 of');
      expect(shown.terminal).toContain('What is the trip for?');
    } finally {
      await app.close();
    }
  });
});
