// A check run wholly in Dutch, German or French: started with the native command word, driven with native words
// (back, skip, confirm), its validation notes in that language, and an appraisal whose flag reasons, mitigations
// and next steps are in that language while the desk's copy stays English. Every flag, mitigation and next-step
// text of every flow has its translation, with the same placeholders.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type App, buildApp } from '../../src/app.js';
import { appraisalStateKey, type StoredAppraisal } from '../../src/core/handoff.js';
import type { Reply } from '../../src/core/reply.js';
import { textTurn } from '../../src/core/turn.js';
import { APPRAISAL_TEXTS, CATALOGS, FLOW_TEXTS } from '../../src/i18n/messages.js';
import { BUILT_IN_LISTS } from '../../src/intake/data/lists.js';
import { ALL_FLOWS } from '../../src/intake/flows/index.js';
import type { IntakeState } from '../../src/intake/intake-state.js';
import { activeIntakeKey } from '../../src/intake/intake-store.js';
import { INTAKE_VERBS } from '../../src/intake/intake-verbs.js';
import { APPRAISALS_FOLDER } from '../../src/intake/save-appraisal.js';
import { silentLogger } from '../../src/log.js';
import { fixtureConfig } from '../support/fixture-app.js';
import { textOf } from './support/intake-fixtures.js';

/** Every text a flag, mitigation or next step of a flow can show. */
function appraisalTexts(): string[] {
  const texts = new Set<string>();
  for (const flow of ALL_FLOWS) {
    for (const rule of flow.rules) for (const text of [rule.reason, ...rule.mitigations]) texts.add(text);
    for (const rule of flow.combinations) for (const text of [rule.reason, ...rule.mitigations]) texts.add(text);
    for (const step of flow.nextSteps) texts.add(step.text);
  }
  return [...texts];
}

/** The built-in state-actor list's detail sentences, filled into a flag's {detail}. */
const listDetails = () => BUILT_IN_LISTS.stateActors.entries.map((entry) => entry.detail);

const placeholders = (text: string) => [...text.matchAll(/\{\w+\}/g)].map((match) => match[0]).sort();

interface Words {
  check: string;
  back: string;
  skip: string;
  confirm: string;
  unsure: string;
  /** Expected texts, from the catalogs or written here as a native speaker reads them. */
  firstQuestion: string;
  cannotSkip: RegExp;
  noMatch: RegExp;
  stateActorReason: RegExp;
  /** The start of China's detail sentence from the state-actor list, in the language. */
  stateActorDetail: RegExp;
  unsureNote: string;
  cleanLoaner: RegExp;
  /** The first line of the saved markdown document. */
  documentTitle: string;
}

const LANGUAGES: Record<'nl' | 'de' | 'fr', Words> = {
  nl: {
    check: 'controleer travel',
    back: 'terug',
    skip: 'overslaan',
    confirm: 'bevestig',
    unsure: 'Weet niet',
    firstQuestion: 'Dit is de eerste vraag.',
    cannotSkip: /kan niet worden overgeslagen/,
    noMatch: /Ik kon dat niet koppelen aan een van de opties\. Kies een van: Ja, Nee, Weet niet\./,
    stateActorReason: /^China is een van de landen die de Nederlandse inlichtingendiensten noemen/,
    stateActorDetail: /geen oordeel\. De Chinese contraspionagewet, herzien en van kracht sinds 1 juli 2023,/,
    unsureNote: '(beantwoord met "Weet niet": een signaal totdat het is nagegaan)',
    cleanLoaner: /^Neem in plaats van uw eigen apparaten een schone leenlaptop/,
    documentTitle: '# Reischeck: risicobeoordeling',
  },
  de: {
    check: 'prüfen travel',
    back: 'zurück',
    skip: 'überspringen',
    confirm: 'bestätigen',
    unsure: 'Unsicher',
    firstQuestion: 'Das ist die erste Frage.',
    cannotSkip: /kann nicht übersprungen werden/,
    noMatch: /Das konnte ich keiner Option zuordnen\. Bitte wählen Sie eine davon: Ja, Nein, Unsicher\./,
    stateActorReason: /^China gehört zu den Ländern, die die niederländischen Nachrichtendienste/,
    stateActorDetail:
      /kein Urteil\. Das chinesische Gesetz zur Spionageabwehr, überarbeitet und seit dem 1\. Juli 2023/,
    unsureNote: '(mit "Unsicher" beantwortet: ein Hinweis, bis es geklärt ist)',
    cleanLoaner: /^Nehmen Sie statt Ihrer eigenen Geräte einen sauberen Leihlaptop/,
    documentTitle: '# Reiseprüfung: Risikobewertung',
  },
  fr: {
    check: 'vérifier travel',
    back: 'retour',
    skip: 'passer',
    confirm: 'confirmer',
    unsure: 'Je ne sais pas',
    firstQuestion: 'C’est la première question.',
    cannotSkip: /ne peut pas être passée/,
    noMatch: /Je n’ai pas pu rattacher cette réponse à une option\. Choisissez parmi : Oui, Non, Je ne sais pas\./,
    stateActorReason: /^China fait partie des pays que les services de renseignement néerlandais/,
    stateActorDetail:
      /pas un verdict\. La loi chinoise contre l’espionnage, révisée et en vigueur depuis le 1er juillet 2023/,
    unsureNote: '(réponse « Je ne sais pas » : un signal tant que ce n’est pas vérifié)',
    cleanLoaner: /^Emportez un ordinateur portable et un téléphone de prêt vierges/,
    documentTitle: '# Vérification d’un déplacement : évaluation des risques',
  },
};

const open: App[] = [];
afterEach(async () => {
  for (const app of open.splice(0)) await app.close();
});

function hasForm(replies: Reply[]): number | undefined {
  const form = replies.flatMap((reply) => reply.blocks).find((block) => block.kind === 'form');
  return form?.kind === 'form' ? form.fields[0]?.options?.length : undefined;
}

function hasButtons(replies: Reply[]): boolean {
  return replies
    .flatMap((reply) => reply.blocks)
    .some((block) => block.kind === 'choices' && block.options.some((option) => option.verb === 'intake.answer'));
}

describe('the appraisal texts in every language', () => {
  it('every flag reason, mitigation and next step of every flow is translated, with its placeholders', () => {
    const texts = appraisalTexts();
    expect(texts.length).toBeGreaterThan(100);
    for (const language of ['nl', 'de', 'fr'] as const) {
      const catalog = APPRAISAL_TEXTS[language];
      for (const english of texts) {
        const translated = catalog[english];
        expect(translated, `${language}: ${english}`).toBeDefined();
        expect(translated, `${language}: ${english}`).not.toBe(english);
        expect(placeholders(translated ?? ''), `${language}: ${english}`).toEqual(placeholders(english));
      }
      // Nothing stale: every translation belongs to a text a flow or the built-in state-actor list still has.
      const known = [...texts, ...listDetails()];
      expect(Object.keys(catalog).filter((english) => !known.includes(english))).toEqual([]);
    }
  });

  it('every detail sentence of the built-in state-actor list is translated', () => {
    const details = listDetails();
    expect(details.length).toBeGreaterThan(3);
    for (const language of ['nl', 'de', 'fr'] as const) {
      for (const english of details) {
        const translated = APPRAISAL_TEXTS[language][english];
        expect(translated, `${language}: ${english}`).toBeDefined();
        expect(translated, `${language}: ${english}`).not.toBe(english);
      }
    }
  });
});

describe.each(Object.entries(LANGUAGES))('a travel check in %s', (language, words) => {
  it('runs on native words, says its notes in the language, and appraises in it; the desk reads English', async () => {
    const app = await buildApp(fixtureConfig(), silentLogger(), { stateUrl: 'memory:' });
    open.push(app);
    const say = (text: string) => app.router.handleTurn(textTurn(text));

    await say(words.check);
    expect(textOf(await say(words.back))).toContain(words.firstQuestion);
    await say('1');
    expect(textOf(await say(words.skip))).toMatch(words.cannotSkip);
    await say('China');
    await say('1');
    // A yes/no/unsure question: an answer that fits no option, then Unsure.
    expect(textOf(await say('blabla'))).toMatch(words.noMatch);
    let replies = await say(words.unsure);
    for (let guard = 0; guard < 15; guard += 1) {
      const state = await app.state.state.get<IntakeState>(activeIntakeKey(textTurn('')));
      expect(state?.language).toBe(language);
      const options = hasForm(replies);
      if (options) replies = await say(String(options));
      else if (hasButtons(replies)) replies = await say('2');
      else break;
    }
    // The date question is optional: skipped with the native word; then the summary, confirmed natively.
    const state = await app.state.state.get<IntakeState>(activeIntakeKey(textTurn('')));
    await say(words.skip);
    replies = await say(words.confirm);
    const block = replies.flatMap((reply) => reply.blocks).find((item) => item.kind === 'appraisal');
    if (block?.kind !== 'appraisal') throw new Error(`no appraisal: ${textOf(replies)}`);
    const view = block.appraisal;
    const actions = replies.flatMap((reply) => reply.blocks).find((item) => item.kind === 'choices');
    if (actions?.kind !== 'choices') throw new Error(`no actions: ${textOf(replies)}`);
    const reasons = new Map(view.flags.map((flag) => [flag.id, flag.reason]));
    expect(reasons.get('state-actor-country')).toMatch(words.stateActorReason);
    // The list's detail about China follows in the language too, with no English sentence of it left.
    expect(reasons.get('state-actor-country')).toMatch(words.stateActorDetail);
    expect(reasons.get('state-actor-country')).not.toContain('Counter-Espionage Law');
    expect(reasons.get('sensitive-data-in-state-actor-country')).toContain(words.unsureNote);
    expect(view.mitigations.some((item) => words.cleanLoaner.test(item))).toBe(true);
    expect(view.nextSteps.at(-1)).toBe(CATALOGS[language as 'nl'].notAClearance);
    // No mitigation or next step is left in English.
    const english = new Set(appraisalTexts());
    for (const text of [...view.mitigations, ...view.nextSteps]) expect(english.has(text), text).toBe(false);

    const stored = await app.state.state.get<StoredAppraisal>(appraisalStateKey(state?.intakeId ?? ''));
    const deskReason = stored?.appraisal.flags.find((flag) => flag.id === 'state-actor-country')?.reason;
    expect(deskReason).toMatch(/^China is one of the countries that Dutch intelligence services name/);
    expect(deskReason).toContain(
      "not a verdict. China's Counter-Espionage Law, revised and in force since 1 July 2023",
    );
    expect(stored?.appraisal.nextSteps.at(-1)).toBe(CATALOGS.en.notAClearance);
    expect(stored?.appraisal.flags.map((flag) => flag.id)).toEqual(view.flags.map((flag) => flag.id));

    // After the check, a button of it and an unknown check are answered in the language too.
    const lang = language as 'nl';
    const stale = await app.router.handleTurn({
      ...textTurn(''),
      input: { kind: 'action', verb: 'intake.skip', value: '' },
    });
    expect(textOf(stale)).toBe(CATALOGS[lang].intakeNone);
    const unknown = textOf(await say(`/${words.check.split(' ')[0]} nonsense`));
    expect(unknown).toContain(CATALOGS[lang].intakeUnknownFlow.replace('{{name}}', 'nonsense'));

    // The appraisal's buttons, and "Save as markdown": what it says and the document it writes, in the language.
    const catalog = CATALOGS[lang];
    expect(actions.options.map((option) => option.label)).toEqual([
      catalog.sendToDesk,
      catalog.saveMarkdown,
      catalog.startAgain,
    ]);
    const save = actions.options.find((option) => option.verb === INTAKE_VERBS.saveMarkdown);
    const saved = await app.router.handleTurn({
      ...textTurn(''),
      input: { kind: 'action', verb: INTAKE_VERBS.saveMarkdown, value: save?.value },
    });
    const folder = path.join(app.config.dataDir, APPRAISALS_FOLDER);
    const [name = ''] = readdirSync(folder);
    const file = path.join(folder, name);
    expect(textOf(saved)).toBe(
      `${catalog.appraisalSaved.replace('{{file}}', file)}\n${catalog.sendToDesk} | ${catalog.startAgain}`,
    );
    const document = readFileSync(file, 'utf8');
    expect(document.split('\n')[0]).toBe(words.documentTitle);
    for (const heading of ['appraisalDocumentFlags', 'appraisalMitigations', 'appraisalNextSteps'] as const) {
      expect(document).toContain(`\n## ${catalog[heading]}\n`);
    }
    expect(document).toMatch(words.stateActorDetail);
    expect(document).toMatch(new RegExp(`^- ${words.cleanLoaner.source.slice(1)}`, 'm'));
    const destination = FLOW_TEXTS[lang].flows.travel?.fields['destination-country']?.question;
    expect(document).toContain(`\n## ${catalog.appraisalDocumentAnswers}\n\n- `);
    expect(document).toContain(`- ${destination}\n  **China**`);
    expect(document).toContain(`_${catalog.disclaimer}_`);
    for (const english of ['risk appraisal', 'Overall level', '## Answers', 'Counter-Espionage', 'Which country']) {
      expect(document).not.toContain(english);
    }
  });
});
