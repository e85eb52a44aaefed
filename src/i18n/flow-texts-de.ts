// The guided checks in German (formal "Sie"). Keys follow the flow definitions in src/intake/flows (a test checks
// that every field and option has a text here, with the same placeholders as the English).
import type { FlowTexts } from './flow-texts.js';

const ORGANISATION_HELP =
  'Nur die Organisation, keine Namen von Personen. Ihre Antworten bleiben vertraulich zwischen Ihnen und der Beratungsstelle und gelangen nie in die Protokolle.';
const COUNTRY_HELP =
  'Das Land, in dem die Organisation (oder ihre Muttergesellschaft) ihren Sitz hat. Wir fragen nach Organisationen und Ländern, nie nach der Staatsangehörigkeit einer Person.';
const UNSURE_IS_FINE =
  'Ja, Nein oder Unsicher. „Unsicher“ ist in Ordnung: Wie Ja wird es markiert, damit es geprüft wird.';
const UNSURE_IF_UNKNOWN =
  'Antworten Sie „Unsicher“, wenn Sie es nicht wissen; es wird dann markiert, damit es geprüft wird.';
const MILITARY_LINKS = 'Militärische Verbindungen';
const RESTRICTED_LISTS = 'Sanktions- oder Beschränkungslisten';

export const flowTextsDe: FlowTexts = {
  choices: {
    yes: 'Ja',
    no: 'Nein',
    unsure: 'Unsicher',
    none: 'Nichts davon',
    other: 'Sonstiges',
    university: 'Universität',
    'research-institute': 'Forschungsinstitut',
    company: 'Unternehmen',
    government: 'Staatliche Stelle oder Behörde',
    military: 'Militär- oder Verteidigungsorganisation',
    'advanced-semiconductors': 'Fortgeschrittene Halbleiter (EU-Schwerpunktbereich)',
    'artificial-intelligence': 'Künstliche Intelligenz (EU-Schwerpunktbereich)',
    quantum: 'Quantentechnologien (EU-Schwerpunktbereich)',
    biotechnologies: 'Biotechnologien (EU-Schwerpunktbereich)',
    'advanced-connectivity': 'Fortgeschrittene Konnektivität, Navigation und Digitaltechnik',
    'advanced-sensing': 'Fortgeschrittene Sensorik',
    'space-propulsion': 'Raumfahrt und Antriebe',
    energy: 'Energietechnologien',
    'robotics-autonomous-systems': 'Robotik und autonome Systeme',
    'advanced-materials': 'Fortgeschrittene Werkstoffe, Fertigung und Recycling',
  },
  fields: {
    'technology-areas': {
      label: 'Technologiebereiche',
      help: 'Die zehn Bereiche der Empfehlung der Europäischen Kommission vom 3. Oktober 2023; der Research Council of Finland stellt dieselbe Frage. Geben Sie die Nummern durch Kommas getrennt ein, zum Beispiel 2, 3.',
    },
    deadline: {
      label: 'Frist',
      help: 'Optional, für die Beratungsstelle: ein Datum im Format JJJJ-MM-TT (oder „in 3 weeks“). Geben Sie `skip` ein, wenn es keine Frist gibt.',
    },
  },
  flows: {
    partnership: {
      title: 'Partnerschaftsprüfung',
      summary:
        'gemeinsame Forschung, ein gemeinsames Labor, ein MoU oder ein Partner aus der Industrie oder dem Ausland',
      fields: {
        'activity-type': {
          label: 'Art der Partnerschaft',
          question: 'Welche Art von Partnerschaft planen Sie?',
          help: 'Wählen Sie das Zutreffendste; die Beratungsstelle kann es präzisieren.',
          choices: {
            'joint-research': 'Gemeinsames Forschungsprojekt',
            'joint-lab': 'Gemeinsames Labor oder Zentrum',
            mou: 'MoU oder Rahmenvereinbarung',
            industry: 'Industrievertrag oder Auftragsforschung',
          },
        },
        'partner-name': {
          label: 'Partnerorganisation',
          question: 'Welche Organisation ist der Partner?',
          help: ORGANISATION_HELP,
        },
        'partner-type': {
          label: 'Art des Partners',
          question: 'Um welche Art von Organisation handelt es sich beim Partner?',
          help: 'Das kanadische Risk Assessment Form zählt jede Organisation mit einer aktiven Rolle oder mit Geld- oder Sachleistungen als Partner.',
        },
        'partner-country': {
          label: 'Land des Partners',
          question: 'In welchem Land hat die Partnerorganisation ihren Sitz?',
          help: COUNTRY_HELP,
        },
        'technology-areas': {
          question:
            'Berührt die Forschung einen der kritischen Technologiebereiche der EU? Wählen Sie alles Zutreffende oder „Nichts davon“.',
        },
        'dual-use': {
          label: 'Dual-Use-Potenzial',
          question:
            'Könnten die Ergebnisse, Geräte oder Software eine militärische oder andere Dual-Use-Anwendung haben oder auf einer Exportkontrollliste stehen?',
          help: `Die finnische Selbstbewertung und die britischen Exportkontrollfragen fragen danach. ${UNSURE_IS_FINE}`,
        },
        'government-influence': {
          label: 'Staatlicher Einfluss',
          question:
            'Gibt es Anzeichen dafür, dass der Partner dem Einfluss, der Einmischung oder der Kontrolle einer ausländischen Regierung unterliegen könnte (Staatseigentum, Gesetze, die zur Weitergabe von Daten verpflichten, umfangreiche staatliche Finanzierung)?',
          help: `Eine Frage aus Abschnitt 2 des kanadischen Risk Assessment Form. ${UNSURE_IS_FINE}`,
        },
        'partner-military-links': {
          label: MILITARY_LINKS,
          question:
            'Hat der Partner oder seine Mutterorganisation Verbindungen zu Militär-, Verteidigungs-, Sicherheits- oder Nachrichtendienststellen?',
          help: `Checklisten britischer Universitäten (Queen’s University Belfast, Glasgow) fragen danach. ${UNSURE_IS_FINE}`,
        },
        'partner-restricted-party': {
          label: RESTRICTED_LISTS,
          question:
            'Steht der Partner auf einer Sanktions- oder Beschränkungsliste (zum Beispiel der EU-Sanktionskarte, der US Entity List oder den kanadischen Named Research Organizations)?',
          help: 'Antworten Sie „Unsicher“, wenn dies noch nicht geprüft wurde; Ihr Forschungsreferat kann es prüfen lassen.',
        },
        'partner-expectations': {
          label: 'Erwartungen des Partners',
          question:
            'Erwartet der Partner Einfluss auf die Forschungsrichtung, das Eigentum an Daten oder geistigem Eigentum oder Einschränkungen bei der Veröffentlichung?',
          help: `Die Partner-Checkliste des Imperial College London fragt, was der Partner im Gegenzug erwartet. ${UNSURE_IS_FINE}`,
        },
        'sensitive-data': {
          label: 'Sensible Daten',
          question:
            'Verwendet das Projekt sensible personenbezogene Daten oder große Datensätze, die in Kombination sensibel werden?',
          help: `Eine Frage aus Abschnitt 1 des kanadischen Risk Assessment Form. ${UNSURE_IS_FINE}`,
        },
        'partner-access': {
          label: 'Zugang über das Projekt hinaus',
          question:
            'Erhielte der Partner Zugang zu Ihren Einrichtungen, Netzwerken oder Daten über das hinaus, was das Projekt erfordert?',
          help: `Eine Frage aus Abschnitt 2 des kanadischen Risk Assessment Form. ${UNSURE_IS_FINE}`,
        },
        'red-flags': {
          label: 'Warnsignale',
          question: 'Ist Ihnen eines dieser Anzeichen aufgefallen? Wählen Sie alles Zutreffende oder „Nichts davon“.',
          help: 'Warnsignale aus den Due-Diligence-Leitfäden britischer Universitäten und des niederländischen Loket Kennisveiligheid.',
          choices: {
            'cold-approach': 'Eine unaufgeforderte Kontaktaufnahme',
            'generous-offer': 'Ein Angebot, das günstiger ist als bei üblichen Geldgebern',
            'unclear-end-use': 'Unklarer Endverwender oder unklare Endverwendung',
            secrecy: 'Übertriebene Geheimhaltung',
            'unknown-partner': 'Kaum Informationen online oder in Fachkreisen unbekannt',
            'outcome-interest': 'Interesse an einem bestimmten Forschungsergebnis',
            dependence: 'Wachsende finanzielle Abhängigkeit vom Partner',
          },
        },
        'written-agreement': {
          label: 'Schriftliche Vereinbarung',
          question:
            'Gibt es (oder wird es geben) eine schriftliche Vereinbarung über geistiges Eigentum, Daten, Veröffentlichung und die zulässige Verwendung der Ergebnisse?',
          help: 'Leitfäden zur Forschungssicherheit empfehlen, dies früh in einer Kooperationsvereinbarung zu regeln, und zwar bevor sensible Arbeiten beginnen.',
        },
        deadline: {
          question: 'Bis wann muss über die Partnerschaft entschieden oder sie unterzeichnet sein (JJJJ-MM-TT)?',
        },
      },
    },
    visitor: {
      title: 'Prüfung für Gastforschende',
      summary:
        'Gastforschende, Promovierende oder Postdocs mit Zugang zu Laboren, Daten oder Technologie aufnehmen oder einstellen',
      fields: {
        'visit-type': {
          label: 'Art des Besuchs',
          question: 'Wen nehmen Sie auf?',
          help: 'Wählen Sie die zutreffendste Rolle.',
          choices: {
            'visiting-researcher': 'Gastwissenschaftlerin oder Gastwissenschaftler',
            'phd-candidate': 'Promovierende Person',
            postdoc: 'Postdoc',
            'guest-lecturer': 'Gastdozentin oder Gastdozent',
            delegation: 'Besuch einer Delegation',
          },
        },
        duration: {
          label: 'Aufenthaltsdauer',
          question: 'Wie lange dauert der Besuch?',
          help: 'Eine Schätzung genügt.',
          choices: {
            'under-a-week': 'Weniger als eine Woche',
            'up-to-3-months': 'Eine Woche bis 3 Monate',
            '3-to-6-months': '3 bis 6 Monate',
            'over-6-months': 'Mehr als 6 Monate',
          },
        },
        'home-organisation': {
          label: 'Heimatorganisation',
          question: 'Von welcher Organisation kommt die Person (derzeitiger Arbeitgeber oder Heimatinstitution)?',
          help: `${ORGANISATION_HELP} Auch keine Lebensläufe: Diese Prüfung betrifft Organisationen und Zugänge, nicht die Überprüfung einer Person.`,
        },
        'home-country': {
          label: 'Land der Heimatorganisation',
          question: 'In welchem Land hat diese Organisation ihren Sitz?',
          help: COUNTRY_HELP,
        },
        'home-organisation-type': {
          label: 'Art der Heimatorganisation',
          question: 'Um welche Art von Organisation handelt es sich?',
          help: 'Wählen Sie das Zutreffendste.',
        },
        'visit-funding': {
          label: 'Wer den Besuch bezahlt',
          question: 'Wer bezahlt den Besuch?',
          help: 'Stipendien aus einem Programm einer ausländischen Regierung können an Bedingungen geknüpft sein, die Sie kennen sollten.',
          choices: {
            host: 'Ihre Einrichtung oder Ihre eigenen Fördermittel',
            'home-organisation': 'Die Heimatorganisation',
            'foreign-government-programme': 'Eine ausländische Regierung oder ein Stipendienprogramm',
            company: 'Ein Unternehmen',
            unknown: 'Sonstige oder unbekannt',
          },
        },
        access: {
          label: 'Beantragter Zugang',
          question: 'Wozu erhält die Person Zugang? Wählen Sie alles Zutreffende.',
          help: 'Gastgebende sollten schriftlich festhalten, welche Labore, Daten und Systeme der Besuch erfordert, bevor Zugang gewährt wird.',
          choices: {
            'office-library': 'Nur allgemeine Bereiche (Büros und Bibliothek)',
            'sensitive-labs': 'Labore mit sensibler Ausstattung',
            'restricted-area': 'Ein zugangsbeschränkter Bereich (etwa eine französische ZRR)',
            'unpublished-data': 'Unveröffentlichte Daten oder Quellcode',
            'controlled-technology': 'Exportkontrollierte Technologie oder Materialien',
            'it-systems': 'IT-Systeme mit Forschungsdaten',
          },
        },
        'technology-areas': {
          question:
            'Berührt die Arbeit, an der die Person mitwirkt, einen der kritischen Technologiebereiche der EU? Wählen Sie alles Zutreffende oder „Nichts davon“.',
        },
        'home-organisation-military-links': {
          label: MILITARY_LINKS,
          question:
            'Hat die Heimatorganisation Verbindungen zu Militär-, Verteidigungs-, Sicherheits- oder Nachrichtendienststellen?',
          help: UNSURE_IF_UNKNOWN,
        },
        'home-organisation-restricted-party': {
          label: RESTRICTED_LISTS,
          question:
            'Steht die Heimatorganisation auf einer Sanktions- oder Beschränkungsliste (EU-Sanktionskarte, US Entity List, kanadische Named Research Organizations)?',
          help: 'Antworten Sie „Unsicher“, wenn dies noch nicht geprüft wurde; Ihr Forschungsreferat kann es prüfen lassen.',
        },
        'access-limited': {
          label: 'Zugang nach Erforderlichkeit',
          question:
            'Wird der Zugang auf das beschränkt, was der Besuch erfordert, für den vereinbarten Zeitraum, und schriftlich festgehalten?',
          help: 'BELSPO und der Entwurf der Besucherrichtlinie der University of Auckland verlangen Zugang nach dem Need-to-know-Prinzip mit dokumentierten Bedingungen.',
        },
        'remote-access-after': {
          label: 'Fernzugang nach dem Besuch',
          question: 'Behält die Person nach dem Ende des Besuchs Fernzugang zu Daten oder Systemen?',
          help: 'Zugriffsrechte sollten zum vereinbarten Datum enden, sofern es keinen Grund gibt, sie beizubehalten.',
        },
        deadline: { question: 'Wann beginnt der Besuch (JJJJ-MM-TT)?' },
      },
    },
    travel: {
      title: 'Reiseprüfung',
      summary: 'eine Reise mit Geräten und Daten: eine Konferenz, Feldforschung oder ein Besuch bei einem Partner',
      fields: {
        'trip-purpose': {
          label: 'Zweck der Reise',
          question: 'Wozu dient die Reise?',
          help: 'Wählen Sie den Hauptzweck.',
          choices: {
            conference: 'Konferenz',
            fieldwork: 'Feldforschung',
            'partner-visit': 'Besuch bei einer Partnerorganisation',
            teaching: 'Lehre oder Vortrag',
          },
        },
        'destination-country': {
          label: 'Zielland',
          question: 'In welches Land reisen Sie? (Nennen Sie das wichtigste; weitere durch Kommas getrennt.)',
          help: 'Nur das Reiseziel; nichts über die Staatsangehörigkeit einer Person.',
        },
        devices: {
          label: 'Geräte',
          question: 'Welche Geräte nehmen Sie mit? Wählen Sie alles Zutreffende.',
          help: 'IT-Leitfäden von Hochschulen empfehlen, nur das Nötige mitzunehmen, und für Reiseziele mit hohem Risiko ein Leihgerät.',
          choices: {
            'work-laptop': 'Ihren dienstlichen Laptop',
            'work-phone': 'Ihr dienstliches Telefon',
            'personal-devices': 'Privater Laptop oder privates Telefon',
            'storage-media': 'USB-Sticks oder externe Festplatten',
            loaner: 'Nur (saubere) Leihgeräte',
            none: 'Keine Geräte',
          },
        },
        'sensitive-data': {
          label: 'Sensible Daten auf der Reise',
          question:
            'Führen Sie während der Reise unveröffentlichte Ergebnisse, personenbezogene Daten oder vertrauliche Informationen mit sich oder greifen darauf zu (auf Geräten oder über die Cloud)?',
          help: 'Grenzbeamte vieler Länder dürfen Geräte durchsuchen oder kopieren. „Unsicher“ wird wie Ja markiert.',
        },
        'controlled-technology': {
          label: 'Exportkontrollierte Technologie',
          question: 'Betrifft etwas davon exportkontrollierte Technologie oder Güter mit doppeltem Verwendungszweck?',
          help: 'Kontrollierte Technologie auf einem Laptop oder USB-Stick mitzuführen oder aus dem Ausland darauf zuzugreifen, gilt als Ausfuhr.',
        },
        'technology-areas': {
          question:
            'Berührt Ihre Forschung einen der kritischen Technologiebereiche der EU? Wählen Sie alles Zutreffende oder „Nichts davon“.',
        },
        'presenting-unpublished': {
          label: 'Vorstellung unveröffentlichter Arbeiten',
          question:
            'Werden Sie unveröffentlichte Ergebnisse oder technisches Know-how vorstellen, lehren oder besprechen?',
          help: 'Manche Einrichtungen (zum Beispiel Leiden) beziehen Vorlesungen und Vorträge außerhalb der EU in ihre Prüfung ein.',
        },
        'host-military-links': {
          label: 'Militärische Verbindungen der Gastgeber',
          question:
            'Hat die Organisation, die Sie besuchen, Verbindungen zu Militär-, Verteidigungs-, Sicherheits- oder Nachrichtendienststellen?',
          help: UNSURE_IF_UNKNOWN,
        },
        'encryption-checked': {
          label: 'Verschlüsselungsregeln geprüft',
          question: 'Haben Sie die Regeln des Ziellandes zur Einfuhr verschlüsselter Geräte geprüft?',
          help: 'Einige Länder beschränken die Einfuhr oder Nutzung von Verschlüsselung.',
        },
        deadline: { question: 'Wann reisen Sie ab (JJJJ-MM-TT)?' },
      },
    },
    funding: {
      title: 'Finanzierungsprüfung',
      summary:
        'ausländische Finanzierung, eine Spende, ein Talentprogramm, eine Doppelanstellung und was offenzulegen ist',
      fields: {
        'funding-type': {
          label: 'Art der Finanzierung',
          question: 'Was wird Ihnen angeboten?',
          help: 'Wählen Sie das Zutreffendste.',
          choices: {
            grant: 'Eine Forschungsförderung',
            donation: 'Eine Spende oder Schenkung',
            'talent-programme': 'Ein Talent- oder Anwerbeprogramm',
            'dual-appointment': 'Eine Honorar-, Gast- oder Doppelanstellung',
            'industry-sponsorship': 'Sponsoring durch die Industrie',
          },
        },
        'funder-name': {
          label: 'Geldgeber',
          question: 'Welche Organisation bietet die Finanzierung oder Anstellung an?',
          help: ORGANISATION_HELP,
        },
        'funder-country': {
          label: 'Land des Geldgebers',
          question: 'In welchem Land hat der Geldgeber seinen Sitz?',
          help: COUNTRY_HELP,
        },
        'funder-type': {
          label: 'Art des Geldgebers',
          question: 'Um welche Art von Organisation handelt es sich beim Geldgeber?',
          help: 'Wählen Sie das Zutreffendste.',
          choices: {
            university: 'Universität oder Forschungsinstitut',
            foundation: 'Stiftung oder gemeinnützige Organisation',
            unknown: 'Unbekannt',
          },
        },
        'undisclosed-commitments': {
          label: 'Vertrauliche Verpflichtungen',
          question:
            'Verlangt das Angebot, es vertraulich zu behandeln oder Verpflichtungen einzugehen, die Sie Ihrer Einrichtung oder Ihren anderen Geldgebern nicht offenlegen würden?',
          help: 'Nicht offengelegte Verpflichtungen sind das erste Warnsignal, das für Talentprogramme genannt wird. „Unsicher“ wird wie Ja markiert.',
        },
        'replicate-work': {
          label: 'Labor im Ausland oder Anwerbung',
          question:
            'Werden Sie aufgefordert, ein Labor im Ausland aufzubauen oder nachzubilden, andere anzuwerben oder anderweitig finanzierte Arbeiten zu wiederholen?',
          help: 'Das kanadische Risk Assessment Form lässt Antragstellende bestätigen, dass keine Finanzierung an die Nachbildung eines Labors im Ausland geknüpft ist.',
        },
        'ip-transfer': {
          label: 'Übertragung von Rechten oder Anerkennung',
          question:
            'Würden geistiges Eigentum, das Eigentum an Daten oder die Anerkennung für die Arbeit auf den Geldgeber oder eine ausländische Einrichtung übergehen?',
          help: '„Unsicher“ wird wie Ja markiert, damit die Bedingungen geprüft werden.',
        },
        'time-commitment': {
          label: 'Zeitlicher Aufwand',
          question:
            'Beansprucht es Zeit neben Ihrer derzeitigen Stelle (zum Beispiel einen Teil jedes Jahres an einer anderen Einrichtung)?',
          help: 'Zeitliche Verpflichtungen können einen Verpflichtungskonflikt begründen, den Ihre Einrichtung genehmigen muss.',
        },
        disclosure: {
          label: 'Offengelegt',
          question:
            'Werden Sie es Ihrer Einrichtung und Ihren anderen Geldgebern offenlegen (zum Beispiel in Formularen zu laufender und beantragter Förderung)?',
          help: 'Antworten Sie Nein oder „Unsicher“, wenn Sie noch nicht entschieden haben; es wird dann markiert.',
        },
        'funding-source-clear': {
          label: 'Herkunft der Mittel klar',
          question:
            'Ist die ursprüngliche Herkunft des Geldes klar (keine Zwischenstelle, die den Auftraggeber oder die Herkunft der Mittel verschleiert)?',
          help: 'Partner nach der Herkunft ihrer Mittel zu fragen, ist Teil des kanadischen Risk Assessment Form.',
        },
        'outcome-interest': {
          label: 'Einfluss auf Ergebnisse',
          question:
            'Wünscht der Geldgeber ein bestimmtes Forschungsergebnis oder ein Mitspracherecht bei Veröffentlichungen?',
          help: 'Ein Geldgeber mit Interesse an einem bestimmten Ergebnis ist in niederländischen Leitfäden ein Warnsignal.',
        },
        'funder-military-links': {
          label: MILITARY_LINKS,
          question:
            'Hat der Geldgeber Verbindungen zu Militär-, Verteidigungs-, Sicherheits- oder Nachrichtendienststellen?',
          help: UNSURE_IF_UNKNOWN,
        },
        'funder-restricted-party': {
          label: RESTRICTED_LISTS,
          question: 'Steht der Geldgeber auf einer Sanktions- oder Beschränkungsliste?',
          help: 'Antworten Sie „Unsicher“, wenn dies noch nicht geprüft wurde; Ihr Forschungsreferat kann es prüfen lassen.',
        },
        'technology-areas': {
          question:
            'Berührt die geförderte Arbeit einen der kritischen Technologiebereiche der EU? Wählen Sie alles Zutreffende oder „Nichts davon“.',
        },
        deadline: { question: 'Bis wann müssen Sie annehmen oder ablehnen (JJJJ-MM-TT)?' },
      },
    },
    sharing: {
      title: 'Prüfung zu Weitergabe und Exportkontrolle',
      summary: 'Technologie, Software, Daten oder Proben ins Ausland senden oder im Ausland lehren und beraten',
      fields: {
        items: {
          label: 'Was weitergegeben wird',
          question: 'Was möchten Sie weitergeben oder senden? Wählen Sie alles Zutreffende.',
          help: 'Auch der Versand per E-Mail, über ein gemeinsames Laufwerk, die Cloud oder ein Videogespräch zählt, nicht nur der physische Versand.',
          choices: {
            published: 'Veröffentlichte oder bereits öffentliche Informationen',
            unpublished: 'Unveröffentlichte Ergebnisse oder Know-how',
            software: 'Software oder Quellcode',
            physical: 'Physische Proben oder Geräte',
            teaching: 'Lehre oder Schulung',
            'technical-assistance': 'Technische Unterstützung oder Beratung',
          },
        },
        'destination-country': {
          label: 'Zielland',
          question: 'In welches Land geht es (wo sich der Empfänger befindet)?',
          help: COUNTRY_HELP,
        },
        'recipient-organisation': {
          label: 'Empfangende Organisation',
          question: 'Welche Organisation erhält es?',
          help: ORGANISATION_HELP,
        },
        'outside-export-area': {
          label: 'Außerhalb des Ausfuhrgebiets',
          question:
            'Befindet sich der Empfänger außerhalb Ihres Exportkontrollgebiets (für eine Einrichtung in der EU: außerhalb der EU)?',
          help: 'Verbringungen innerhalb der EU sind nur für die sensibelsten Güter genehmigungspflichtig, nationale Vorschriften können aber mehr verlangen.',
        },
        'control-list': {
          label: 'Auf einer Kontrollliste',
          question:
            'Steht das Gut, die Software oder die Technologie auf einer Exportkontrollliste (Dual-Use-Liste in Anhang I der EU, eine Militärliste oder eine nationale Liste)?',
          help: 'Die erste der drei Exportkontrollfragen. Antworten Sie „Unsicher“, wenn es noch nicht eingestuft wurde; Ihre Exportkontrollstelle kann es einstufen.',
        },
        'annex-categories': {
          label: 'Kategorien von Anhang I',
          question: 'Welche Kategorien von Anhang I sind betroffen, falls Sie es wissen? Wählen Sie alles Zutreffende.',
          help: 'Optional, für die Exportkontrollstelle; geben Sie `skip` ein, wenn Sie es nicht wissen.',
          choices: {
            'cat-0': 'Kat. 0 Kerntechnik',
            'cat-1': 'Kat. 1 besondere Werkstoffe',
            'cat-2': 'Kat. 2 Werkstoffbearbeitung',
            'cat-3': 'Kat. 3 Elektronik',
            'cat-4': 'Kat. 4 Rechner',
            'cat-5': 'Kat. 5 Telekommunikation und Informationssicherheit',
            'cat-6': 'Kat. 6 Sensoren und Laser',
            'cat-7': 'Kat. 7 Luftfahrtelektronik und Navigation',
            'cat-8': 'Kat. 8 Meerestechnik',
            'cat-9': 'Kat. 9 Luftfahrt, Raumfahrt und Antriebe',
          },
        },
        'military-end-use': {
          label: 'Militärische oder repressive Endverwendung',
          question:
            'Könnte der Empfänger es für militärische Zwecke, Massenvernichtungswaffen, Überwachung oder interne Repression verwenden?',
          help: 'Die Catch-all-Regel: Bedenken zur Endverwendung können auch für nicht gelistete Güter eine Genehmigungspflicht auslösen. „Unsicher“ wird wie Ja markiert.',
        },
        exemption: {
          label: 'Grundlagenforschung oder öffentlich',
          question:
            'Handelt es sich um wissenschaftliche Grundlagenforschung (nicht auf eine bestimmte Anwendung ausgerichtet) oder um bereits allgemein zugängliche Informationen?',
          help: 'Diese Ausnahmen gelten nur für Informationen, nicht für Proben, Materialien oder Geräte und nicht für angewandte oder von Auftraggebern gesteuerte Arbeiten.',
        },
        'recipient-restricted-party': {
          label: RESTRICTED_LISTS,
          question: 'Steht der Empfänger auf einer Sanktions- oder Beschränkungsliste?',
          help: 'Antworten Sie „Unsicher“, wenn dies noch nicht geprüft wurde; Ihre Exportkontrollstelle kann es prüfen lassen.',
        },
        'electronic-transfer': {
          label: 'E-Mail, Cloud oder Gespräche ins Ausland',
          question:
            'Gelangt es per E-Mail, über gemeinsame Laufwerke, Cloud-Speicher oder Videogespräche zum Empfänger?',
          help: 'Elektronische Übertragung und mündliche Beschreibung in einem Gespräch gelten als Ausfuhr von Technologie.',
        },
        'technology-areas': {
          question:
            'Berührt das, was Sie weitergeben, einen der kritischen Technologiebereiche der EU? Wählen Sie alles Zutreffende oder „Nichts davon“.',
        },
        deadline: { question: 'Bis wann muss es versandt werden (JJJJ-MM-TT)?' },
      },
    },
  },
};
