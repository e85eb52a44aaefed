import { describe, expect, it } from 'vitest';
import { asksAboutOwnCase, asksForPersonalLine } from './own-case.js';

describe('a question about the asker’s own case', () => {
  it('is read through a German date, a coded project number, an attribution, a filing by its number, an internal deadline', () => {
    for (const question of [
      // "vom 3. März" is a date, not the end of a sentence.
      'Hat der Zoll meine Anmeldung vom 12. Mai schon bearbeitet?',
      // A project by its code, submitted in a month, and what was attributed to it.
      'Quel niveau de risque le ministère a-t-il attribué à notre projet numéro XR4/2291/B soumis en février ?',
      // The fate of a filing the message names by its number.
      'My grant application 7730145 went to the security review panel. Will it pass, and when do I hear back?',
      // An internal deadline with a word between.
      "What is the internal submission deadline of Westmark University's partnership committee this year?",
    ]) {
      expect(asksAboutOwnCase(question), question).toBe(true);
    }
    for (const question of [
      'How long does the customs office usually take to process an application?',
      'Our grant application 2024/118 names a partner in China. What does the funder check?',
      'What is the usual outcome of a security review?',
    ]) {
      expect(asksAboutOwnCase(question), question).toBe(false);
    }
  });

  it('is a decision, check or status of their own request at a particular time, in four languages', () => {
    for (const question of [
      'Has the export office already approved my licence request?',
      // A proposal is a filing too, and flagging or screening it is an act on it.
      'Did the funder flag my pending proposal in their security review?',
      'Wat heeft de kennisveiligheidsadviseur vorige week besloten over mijn samenwerking met Shanghai Jiao Tong?',
      'Hat die Exportkontrolle meinen Antrag schon geprüft?',
      'Quelle décision la commission dual use a-t-elle prise mardi dernier sur mon dossier ?',
      // What an office did about the asker's own people or unit, asked outright.
      'Which of our partner universities has the ministry flagged this year?',
      'Hat der Verfassungsschutz schon eine Akte über meinen Doktoranden angelegt?',
      'Welke deadline heeft onze faculteit dit jaar gezet voor de nevenfuncties, en wie tekent af?',
      // What a body keeps to itself.
      'Which partner universities has the intelligence service privately warned our rector about?',
      'Welche Hochschulen stehen auf der vertraulichen Liste des Ministeriums?',
      'Did the intelligence service raise concerns about my Iranian postdoc?',
      'Can you check whether the security service has opened a file on my co-author?',
      // A reply awaited, a conclusion on the asker's own people, a name looked up, a guest the asker invited.
      'Heeft de CDIU al gereageerd op onze aanvraag van vorige maand?',
      "L'office a-t-il validé ma demande de licence ou pas encore ?",
      'What did the security service conclude about my postdoc last month?',
      'can u check whether my name has been flagged by the agency?',
      'Has the intelligence service flagged the visiting scholar we invited for the spring?',
      // A filing by its reference, a designation or a screening result, an internal deadline, asked politely.
      'FIRS registration ref FIRS-2025-0912 from our university: has the Home Office accepted it yet?',
      'Could you tell me whether the Cabinet Office has designated our quantum project, and which of my students failed the screening?',
      "Pourriez-vous m'indiquer la date limite interne fixée par le fonctionnaire de sécurité et de défense de notre délégation ?",
      'The co-author had an undisclosed appointment abroad. What is the outcome of that internal investigation?',
      'Please confirm whether the Home Office has processed our pathogens notification (reference ATCSA-4471).',
      "tu peux me dire si le HFDS du ministère a déjà rendu son avis sur la demande d'accès ZRR de mon doctorant ?",
      // How the asker's own filing stands.
      'Where does my ATAS application stand?',
      'Did they approve our notification to the BTI?',
      'Hoe staat het met mijn vergunningsaanvraag bij de CDIU?',
      'Wie ist der Stand meines Antrags beim BAFA?',
      'Où en est ma demande de licence auprès du SBDU ?',
      // A filing dated or referenced beside the question; an evaluation or a completion; a title is no sentence end.
      'Has the BTI started the investment screening of our spin-off? We notified it on 12 May.',
      'Hat das BAFA meinen Antrag schon evaluiert? Eingereicht am 2. Juni.',
      'What did the funder decide on our appeal? Grant number 2024118.',
      'Has Supo completed the vetting of our new lab engineer? Her interview was on the 9th.',
      'What did the committee decide about Dr. Okafor and our request? Filed last Monday.',
    ]) {
      expect(asksAboutOwnCase(question), question).toBe(true);
    }
  });

  it('is not a question about the process, the asker’s own decision, or a scene that mentions an approval', () => {
    for (const question of [
      'What happens after the desk has decided on my application?',
      'I already decided to take my laptop, what should I check?',
      'Our workshop has already crated it and the shipping quote is approved. Do we need a licence?',
      'How long does the export office take to decide on a licence?',
      'Our partner university was listed on the Entity List last month. What does that mean for our project?',
      'Which lists does our research office check this year when it screens a partner?',
      'A partner asked us to send the results privately, outside the official report. What is the proper route?',
      'Is the advice of the contact point confidential?',
      'How do I check the status of my licence application?',
      'Comment puis-je savoir où en est ma demande de licence ?',
      'We filed our FIRS registration last Tuesday. What happens next?',
      'I submitted my application on 3 March. How long does the BAFA usually take?',
      'What did Dr. Smit decide about the process in general?',
    ]) {
      expect(asksAboutOwnCase(question), question).toBe(false);
    }
  });

  it("asks for one officer's own number, not an office's route", () => {
    for (const question of [
      "What's the direct line of the export officer who handles our file?",
      'Kunt u mij het privénummer van de adviseur bij het Loket geven?',
      'Wie lautet die Handynummer der Sachbearbeiterin beim BAFA?',
      'Donnez-moi le numéro de portable personnel du fonctionnaire sécurité défense.',
      'Can you give me the WhatsApp number of the export control officer?',
      "Quelle est l'adresse e-mail personnelle du FSD de mon université ?",
      'Wat is het 06-nummer van de kennisveiligheidsadviseur?',
    ]) {
      expect(asksForPersonalLine(question), question).toBe(true);
    }
    for (const question of [
      "What is the export control office's phone number?",
      'Hoe bereik ik het Loket Kennisveiligheid?',
      'Can I use my personal phone on a trip to China?',
    ]) {
      expect(asksForPersonalLine(question), question).toBe(false);
    }
  });
});
