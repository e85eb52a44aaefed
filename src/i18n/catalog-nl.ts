import type { Catalog } from './catalog-en.js';

export const nl: Catalog = {
  scope:
    'Ik help met kennisveiligheid: internationale samenwerkingen, gastonderzoekers, reizen met apparaten en data, buitenlandse financiering en talentprogramma’s, exportcontrole van technologie en data, nationale richtlijnen (EU, NL, VK, VS, CA, AU en meer) en bij wie je terechtkunt.',
  empty:
    'Ik ben ressec, de assistent voor kennisveiligheid, en ik vond geen vraag in dat bericht. {{scope}} Vraag bijvoorbeeld: "Heb ik een exportvergunning nodig om software met een partner in het buitenland te delen?"',
  refusalInjection:
    'Ik volg geen instructies die veranderen hoe ik werk, mijn configuratie prijsgeven of iets goedgekeurd of vrijgegeven verklaren. {{scope}}',
  refusalEvasion:
    'Ik kan niet helpen iets te verzwijgen voor een instelling, financier of overheid, of exportcontrole, screening, sancties of meldplichten te omzeilen: dat brengt jou, je partners en je instelling juridisch in gevaar. De juiste weg is het te melden en {{desk}} te vragen, die met je kan zoeken naar een oplossing, zoals een vergunning, een plan met maatregelen of een andere opzet: gebruik "Vraag het adviesloket" hieronder.{{contacts}}',
  refusalTargeting:
    'Ik kan niet helpen mensen te screenen, te profileren of apart te zetten vanwege hun nationaliteit, etniciteit of afkomst, of privégegevens over iemand te zoeken. Richtlijnen voor kennisveiligheid beoordelen organisaties, activiteiten en technologieën (de banden van een partner, het eindgebruik, de gevoeligheid van het werk), geen nationaliteiten. Heb je een concrete zorg over een samenwerking of een bezoek, dan kan {{desk}} helpen: gebruik "Vraag het adviesloket" hieronder.',
  outOfScope: 'Daar kan ik niet mee helpen. {{scope}}',
  noGrounding:
    'Ik vond dit niet in de richtlijnen die ik heb, dus ik ga niet gissen. {{Desk}} kan helpen: gebruik "Vraag het adviesloket" hieronder.{{contacts}}',
  nationalAdvice: ' Nationaal advies: {{list}}.',
  contactPoints: 'Contactpunten:',
  quotesEnglish:
    'Dit antwoord citeert Engelstalige richtlijnen: de richtlijnen die ik heb zijn in het Engels geschreven.',
  askDesk: 'Vraag het adviesloket',
  startCheck: 'Start een risicocheck',
  alsoAsk: 'Je kunt ook vragen:',
  jurisdiction: 'Rechtsgebied: {{list}}',
  asOf: 'Richtlijnen per {{date}}',
  wordedByModel: 'Verwoord door een AI-model op basis van de geciteerde passages',
  verifiedOn: '✅ Gecontroleerd door het adviesloket op {{date}}',
  stale: '⚠️ "{{title}}" had op {{date}} herzien moeten worden; de richtlijnen kunnen sindsdien veranderd zijn.',
  disclaimer: 'Richtlijnen, geen juridisch advies: een beoordeling is nooit een goedkeuring; je adviesloket beslist.',
  helpIntro:
    'Ik ben ressec, de assistent voor kennisveiligheid. Stel je vraag in gewone woorden, bijvoorbeeld "Bij wie kan ik in Nederland terecht over een samenwerking met een buitenlandse universiteit?", en ik antwoord uit de geselecteerde richtlijnen, met een bron bij alles.',
};
