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

type NativeLanguage = Exclude<MessageLanguage, 'en'>;

/** The check word shown in each language's texts ("`controleer reis`"). */
const SHOWN_CHECK_WORD: Record<NativeLanguage, string> = { nl: 'controleer', de: 'prüfen', fr: 'vérifier' };

/**
 * The guided checks' names in Dutch, German and French, by flow id: the first is the one shown ("`controleer reis`"),
 * every one is understood after a check word, in any language, as the English id and aliases are.
 */
export const FLOW_WORDS: Record<string, Record<NativeLanguage, string[]>> = {
  partnership: {
    nl: ['samenwerking', 'partnerschap'],
    de: ['partnerschaft', 'kooperation', 'zusammenarbeit'],
    fr: ['partenariat'],
  },
  visitor: {
    nl: ['gastonderzoeker', 'bezoeker', 'gast'],
    de: ['gastforschende', 'gast', 'besuch'],
    fr: ['accueil', 'visiteur', 'invité'],
  },
  travel: { nl: ['reis', 'reizen'], de: ['reise', 'reisen'], fr: ['déplacement', 'deplacement', 'voyage'] },
  funding: { nl: ['financiering'], de: ['finanzierung', 'förderung'], fr: ['financement'] },
  sharing: { nl: ['delen'], de: ['weitergabe'], fr: ['partage'] },
};

function isNativeLanguage(language: string | undefined): language is NativeLanguage {
  return language === 'nl' || language === 'de' || language === 'fr';
}

/** "`check travel`" in English, "`controleer reis`" in Dutch: how to start a flow, as a researcher types it. */
export function checkCommandFor(flowId: string, language: string | undefined): string {
  if (!isNativeLanguage(language)) return `check ${flowId}`;
  return `${SHOWN_CHECK_WORD[language]} ${FLOW_WORDS[flowId]?.[language][0] ?? flowId}`;
}

/** The flow id a Dutch, German or French check name stands for ("reis" → travel), in any of the three. */
export function flowIdForWord(word: string): string | undefined {
  const wanted = word.trim().toLocaleLowerCase();
  for (const [flowId, names] of Object.entries(FLOW_WORDS)) {
    if (Object.values(names).some((words) => words.includes(wanted))) return flowId;
  }
  return undefined;
}

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
