// The chat's command words in Dutch, German and French: typed as a command, each works like the English one and says
// which language the researcher writes in, so what follows (the list of checks, the help) comes in that language.
import type { MessageLanguage } from './messages.js';

type NativeWords = Record<string, Exclude<MessageLanguage, 'en'>>;

export const COMMAND_WORDS = {
  help: { hulp: 'nl', hilfe: 'de', aide: 'fr' },
  ask: { vraag: 'nl', frage: 'de', question: 'fr' },
  check: {
    controleer: 'nl',
    controleren: 'nl',
    prüfen: 'de',
    pruefen: 'de',
    überprüfen: 'de',
    vérifier: 'fr',
    verifier: 'fr',
    contrôler: 'fr',
  },
  tickets: { aanvragen: 'nl', anfragen: 'de', demandes: 'fr' },
  ticket: { loket: 'nl', beratung: 'de', conseil: 'fr' },
} satisfies Record<string, NativeWords>;

export type CommandWithNativeWords = keyof typeof COMMAND_WORDS;

/** The Dutch, German and French words for a command, to register as its aliases. */
export function nativeWords(command: CommandWithNativeWords): string[] {
  return Object.keys(COMMAND_WORDS[command]);
}

/** The language a message's first word says, when that word is a native command word ("controleer" → nl). */
export function commandWordLanguage(text: string): Exclude<MessageLanguage, 'en'> | undefined {
  const word = text.trim().replace(/^\//, '').split(/\s/)[0]?.toLowerCase() ?? '';
  for (const words of Object.values(COMMAND_WORDS) as NativeWords[]) {
    if (Object.hasOwn(words, word)) return words[word];
  }
  return undefined;
}
