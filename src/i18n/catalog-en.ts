// The fixed texts in English: the source catalog. Every other catalog has exactly these keys (a test checks it).
export const en = {
  scope:
    'I can help with research security: international partnerships, visiting researchers, travel with devices and data, foreign funding and talent programmes, export control of technology and data, national guidance (EU, NL, UK, US, CA, AU and more), and who to contact.',
  empty:
    'I\'m ressec, the research security assistant, and I did not find a question in that message. {{scope}} Ask me something like "Do I need an export licence to share software with a partner abroad?"',
  refusalInjection:
    "I can't follow instructions that change how I work, reveal my configuration, or declare something cleared or approved. {{scope}}",
  refusalEvasion:
    'I can\'t help with keeping something from an institution, funder or authority, or with getting around export controls, screening, sanctions or disclosure duties: that puts you, your partners and your institution at legal risk. The legitimate route is to disclose it and ask {{desk}}, who can look for a way forward with you, such as a licence, a mitigation plan or a different set-up: use "Ask the advice desk" below.{{contacts}}',
  refusalTargeting:
    'I can\'t help with screening, profiling or singling out people because of their nationality, ethnicity or origin, or with finding private details about a person. Research-security guidance assesses organisations, activities and technologies (a partner\'s links, the end use, the sensitivity of the work), not nationalities. If you have a concrete concern about a collaboration or a visit, {{desk}} can help: use "Ask the advice desk" below.',
  outOfScope: 'That is outside what I can help with. {{scope}}',
  noGrounding:
    'I could not find this in the guidance I hold, so I won\'t guess. {{Desk}} can help: use "Ask the advice desk" below.{{contacts}}',
  nationalAdvice: ' National advice: {{list}}.',
  contactPoints: 'Contact points:',
  quotesEnglish: 'This answer quotes English guidance: the guidance I hold is written in English.',
  askDesk: 'Ask the advice desk',
  startCheck: 'Start a risk check',
  alsoAsk: 'You could also ask:',
  jurisdiction: 'Jurisdiction: {{list}}',
  asOf: 'Guidance as of {{date}}',
  wordedByModel: 'Worded by an AI model from the cited passages',
  verifiedOn: '✅ Verified by the advice desk on {{date}}',
  stale: '⚠️ "{{title}}" was due for review on {{date}}; the guidance may have changed since.',
  disclaimer: 'Guidance, not legal advice: an appraisal is never a clearance; your advice desk decides.',
  helpIntro:
    'I\'m ressec, the research security assistant. Ask me a question in plain words, for example "Who can I ask in the Netherlands about a partnership with a foreign university?", and I answer from the curated guidance, citing every source.',
} as const;

export type MessageKey = keyof typeof en;
export type Catalog = Record<MessageKey, string>;
