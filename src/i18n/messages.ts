// The fixed texts in the asker's language, through i18next and the catalogs beside this file (EN, NL, DE, FR).
// English is the fallback for any key or language a catalog lacks. Interpolated values are plain text: the replies
// are rendered by each channel, which escapes for its own markup.
import { createInstance, type TFunction } from 'i18next';
import { de } from './catalog-de.js';
import { type Catalog, en, type MessageKey } from './catalog-en.js';
import { fr } from './catalog-fr.js';
import { nl } from './catalog-nl.js';

export const LANGUAGES = ['en', 'nl', 'de', 'fr'] as const;
export type MessageLanguage = (typeof LANGUAGES)[number];

export const CATALOGS: Record<MessageLanguage, Catalog> = { en, nl, de, fr };

const i18n = createInstance();
void i18n.init({
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES],
  initAsync: false,
  resources: Object.fromEntries(LANGUAGES.map((language) => [language, { translation: CATALOGS[language] }])),
  interpolation: { escapeValue: false },
  returnNull: false,
});

const translators = new Map<MessageLanguage, TFunction>(
  LANGUAGES.map((language) => [language, i18n.getFixedT(language)]),
);

export function isMessageLanguage(value: unknown): value is MessageLanguage {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The text for `key` in `language` (English when the language is unknown), with its values filled in. */
export function message(
  language: string | undefined,
  key: MessageKey,
  values: Record<string, string | number> = {},
): string {
  const translate = translators.get(isMessageLanguage(language) ? language : 'en') ?? i18n.t;
  return String(translate(key, values));
}
