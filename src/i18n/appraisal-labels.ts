// The words around a risk appraisal, for every renderer (terminal, Slack, Teams, the saved document): one set, so
// the three say the same thing and a Dutch, German or French researcher reads them in their language. Without a
// language (the desk's copy), English.
import { message } from './messages.js';

export type RiskLevel = 'low' | 'medium' | 'high';

const LEVEL_KEYS = { low: 'levelLow', medium: 'levelMedium', high: 'levelHigh' } as const;

export interface AppraisalLabels {
  level(level: RiskLevel): string;
  title(flowTitle: string): string;
  /** "Overall", for a layout of its own ("Overall: HIGH"). */
  overall: string;
  /** "overall", inside a sentence (German keeps its nouns capitalised). */
  overallInSentence: string;
  flags: string;
  noFlags: string;
  mitigations: string;
  nextSteps: string;
  escalate: string;
  noEscalate: string;
  sources: string;
}

/** A title or label inside a sentence: lower case, except in German, where nouns keep their capital. */
export function inSentence(text: string, language: string | undefined): string {
  return language === 'de' ? text : text.toLocaleLowerCase(language ?? 'en');
}

export function appraisalLabels(language: string | undefined): AppraisalLabels {
  const level = (value: RiskLevel) => message(language, LEVEL_KEYS[value]);
  return {
    level,
    title: (flowTitle) => message(language, 'appraisalTitle', { flow: flowTitle }),
    overall: message(language, 'appraisalOverall'),
    overallInSentence: inSentence(message(language, 'appraisalOverall'), language),
    flags: message(language, 'appraisalFlags'),
    noFlags: message(language, 'appraisalNoFlags'),
    mitigations: message(language, 'appraisalMitigations'),
    nextSteps: message(language, 'appraisalNextSteps'),
    escalate: message(language, 'appraisalEscalate'),
    noEscalate: message(language, 'appraisalNoEscalate'),
    sources: message(language, 'appraisalSources'),
  };
}
