// The fixed texts in the asker's language, through i18next and the catalogs beside this file (EN, NL, DE, FR).
// English is the fallback for any key or language a catalog lacks. Interpolated values are plain text: the replies
// are rendered by each channel, which escapes for its own markup.
import { createInstance, type TFunction } from 'i18next';
import { appraisalTextsDe } from './appraisal-texts-de.js';
import { appraisalTextsFr } from './appraisal-texts-fr.js';
import { appraisalTextsNl } from './appraisal-texts-nl.js';
import { de } from './catalog-de.js';
import { type Catalog, en, type MessageKey } from './catalog-en.js';
import { fr } from './catalog-fr.js';
import { nl } from './catalog-nl.js';
import type { FlowTexts } from './flow-texts.js';
import { flowTextsDe } from './flow-texts-de.js';
import { flowTextsFr } from './flow-texts-fr.js';
import { flowTextsNl } from './flow-texts-nl.js';

export const LANGUAGES = ['en', 'nl', 'de', 'fr'] as const;
export type MessageLanguage = (typeof LANGUAGES)[number];

export const CATALOGS: Record<MessageLanguage, Catalog> = { en, nl, de, fr };

/** The guided checks' questions, options and titles. English is not here: it is the flow definitions themselves. */
export const FLOW_TEXTS: Record<Exclude<MessageLanguage, 'en'>, FlowTexts> = {
  nl: flowTextsNl,
  de: flowTextsDe,
  fr: flowTextsFr,
};

/**
 * The appraisal's flag reasons, mitigations and next steps, keyed by the English text of the flow definitions (a
 * test checks that every text of every flow has its translation, so an edited English text cannot go unnoticed).
 */
export const APPRAISAL_TEXTS: Record<Exclude<MessageLanguage, 'en'>, Record<string, string>> = {
  nl: appraisalTextsNl,
  de: appraisalTextsDe,
  fr: appraisalTextsFr,
};

const i18n = createInstance();
void i18n.init({
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES],
  initAsync: false,
  resources: Object.fromEntries(
    LANGUAGES.map((language) => [
      language,
      language === 'en'
        ? { translation: CATALOGS[language], flows: {}, appraisal: {} }
        : { translation: CATALOGS[language], flows: FLOW_TEXTS[language], appraisal: APPRAISAL_TEXTS[language] },
    ]),
  ),
  interpolation: { escapeValue: false },
  returnNull: false,
});

const translators = new Map<MessageLanguage, TFunction>(
  LANGUAGES.map((language) => [language, i18n.getFixedT(language)]),
);

export function isMessageLanguage(value: unknown): value is MessageLanguage {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

// The catalogs never change while the process runs, so a text is looked up and filled in once: i18next's t() cost
// a third of a millisecond of every answer. Bounded, since the values can hold a user's words.
const filled = new Map<string, string>();
const FILLED_LIMIT = 5_000;

/** The text for `key` in `language` (English when the language is unknown), with its values filled in. */
export function message(
  language: string | undefined,
  key: MessageKey,
  values: Record<string, string | number> = {},
): string {
  const known = isMessageLanguage(language) ? language : 'en';
  const memo = JSON.stringify([known, key, values]);
  const found = filled.get(memo);
  if (found !== undefined) return found;
  const translate = translators.get(known) ?? i18n.t;
  const text = String(translate(key, values));
  if (filled.size >= FILLED_LIMIT) filled.clear();
  filled.set(memo, text);
  return text;
}

/**
 * A text of a guided check (`travel.fields.devices.question`, `choices.none`) in `language`, or `english` (the
 * flow definition's own text) where the language is English or the catalog lacks it.
 */
export function flowText(language: string | undefined, key: string, english: string): string {
  if (!isMessageLanguage(language) || language === 'en') return english;
  const translate = translators.get(language) ?? i18n.t;
  return String(translate(key, { ns: 'flows', defaultValue: english }));
}

/**
 * A flag reason, mitigation or next step of a guided check in `language`, or `english` where the language is
 * English or the catalog lacks it. Placeholders ({match}, {desk}) stay as they are, to be filled after.
 */
export function appraisalText(language: string | undefined, english: string): string {
  if (!isMessageLanguage(language) || language === 'en') return english;
  const translate = translators.get(language) ?? i18n.t;
  return String(
    translate(english, { ns: 'appraisal', defaultValue: english, keySeparator: false, nsSeparator: false }),
  );
}
