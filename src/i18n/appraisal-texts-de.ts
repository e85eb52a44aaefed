// The guided checks' flag reasons, mitigations and next steps in German (formal "Sie"), keyed by the English text of the flow
// definitions (src/intake/flows); {match}, {detail}, {advice} and {desk} are filled in after translation. A test
// checks that every text of every flow is here, with the same placeholders.
export const appraisalTextsDe: Record<string, string> = {
  'The work touches one of the four EU priority critical technology areas (semiconductors, AI, quantum, biotechnologies), where technology leakage is of most concern.':
    'Die Arbeit berührt einen der vier vorrangigen kritischen Technologiebereiche der EU (Halbleiter, KI, Quantentechnologie, Biotechnologie), in denen der Abfluss von Technologie am meisten Sorge bereitet.',
  'Share unpublished results, code and know-how on a need-to-know basis and only as far as the collaboration needs.':
    'Teilen Sie unveröffentlichte Ergebnisse, Code und Know-how nur mit denen, die sie wirklich brauchen, und nur so weit, wie die Zusammenarbeit es erfordert.',
  'Ask your export control office whether the work is also on a control list: the EU critical technology list itself prohibits nothing.':
    'Fragen Sie Ihre Exportkontrollstelle, ob die Arbeit zusätzlich auf einer Kontrollliste steht: Die EU-Liste kritischer Technologien selbst verbietet nichts.',
  'The work touches an EU critical technology area; a fuller look at the partner and the intended use of the results is advisable.':
    'Die Arbeit berührt einen kritischen Technologiebereich der EU; ein genauerer Blick auf den Partner und die beabsichtigte Verwendung der Ergebnisse ist ratsam.',
  'Note in the project file which critical technology area the work touches and who can access results.':
    'Halten Sie in der Projektakte fest, welchen kritischen Technologiebereich die Arbeit berührt und wer Zugang zu den Ergebnissen hat.',
  '{match} is under EU restrictive measures that include an arms embargo and limits on dual-use exports; sanctions can restrict even know-how, teaching and services.':
    'Gegen {match} bestehen restriktive Maßnahmen der EU mit einem Waffenembargo und Beschränkungen für die Ausfuhr von Gütern mit doppeltem Verwendungszweck; Sanktionen können sogar Know-how, Lehre und Dienstleistungen einschränken.',
  'Share no know-how, services or items until the desk or export control office has checked the current sanctions (sanctionsmap.eu); this list is a marker, not a clearance.':
    'Geben Sie kein Know-how, keine Dienstleistungen und keine Güter weiter, bevor die Beratungsstelle oder die Exportkontrollstelle die aktuellen Sanktionen geprüft hat (sanctionsmap.eu); diese Liste ist ein Hinweis, keine Freigabe.',
  '{match} is one of the countries that Dutch intelligence services name as state actors active against Dutch knowledge and that US law names as countries of concern: a reason to look closely at what the partner gets access to and how data and results are shared, not a verdict. {detail}':
    '{match} gehört zu den Ländern, die die niederländischen Nachrichtendienste als staatliche Akteure nennen, die gegen niederländisches Wissen vorgehen, und die das US-Recht als bedenkliche Länder (countries of concern) führt: ein Grund, genau hinzusehen, worauf der Partner Zugriff erhält und wie Daten und Ergebnisse geteilt werden, kein Urteil. {detail}',
  'Weigh the country together with the research and the organisation, using current threat information (the AIVD and MIVD annual reports, the EU Sanctions Map) rather than the country alone.':
    'Wägen Sie das Land zusammen mit der Forschung und der Organisation ab, anhand aktueller Bedrohungsinformationen (die Jahresberichte von AIVD und MIVD, die EU Sanctions Map), und nicht das Land allein.',
  'Read the current national travel advice for {match} ({advice}).':
    'Lesen Sie die aktuellen Reisehinweise für {match} ({advice}).',
  'The partner has links to military, defence, security or intelligence bodies.':
    'Der Partner hat Verbindungen zu Militär-, Verteidigungs-, Sicherheits- oder Nachrichtendienststellen.',
  "Check the partner's ownership, affiliations and past outputs in open sources (sanctions lists, adverse media, defence-university trackers) and keep a record.":
    'Prüfen Sie in offenen Quellen die Eigentümer, Verbindungen und bisherigen Arbeiten des Partners (Sanktionslisten, negative Medienberichte, Verzeichnisse von Verteidigungsuniversitäten) und dokumentieren Sie das Ergebnis.',
  'It is not yet known whether the partner has links to military, defence, security or intelligence bodies.':
    'Es ist noch nicht bekannt, ob der Partner Verbindungen zu Militär-, Verteidigungs-, Sicherheits- oder Nachrichtendienststellen hat.',
  'The partner is a military or defence organisation.': 'Der Partner ist eine Militär- oder Verteidigungsorganisation.',
  'The partner appears on a sanctions or restricted-party list.':
    'Der Partner steht auf einer Sanktionsliste oder einer Liste von Parteien, für die Beschränkungen gelten.',
  "Screen the partner against the EU, UK, UN and US lists (and Canada's Named Research Organizations list) and record the result; absence from a list is not a clearance.":
    'Gleichen Sie den Partner mit den Listen der EU, des Vereinigten Königreichs, der UN und der USA ab (und mit der kanadischen Liste der Named Research Organizations) und dokumentieren Sie das Ergebnis; dass jemand auf keiner Liste steht, ist keine Freigabe.',
  'The partner has not yet been screened against sanctions and restricted-party lists.':
    'Der Partner wurde noch nicht mit Sanktionslisten und Listen von Parteien, für die Beschränkungen gelten, abgeglichen.',
  'Results, equipment or software may have dual-use or military potential, or be on an export-control list.':
    'Ergebnisse, Geräte oder Software könnten einen doppelten oder militärischen Verwendungszweck haben oder auf einer Exportkontrollliste stehen.',
  'Ask your export control office to classify the work before sharing unpublished results, code or samples.':
    'Lassen Sie die Arbeit von Ihrer Exportkontrollstelle einstufen, bevor Sie unveröffentlichte Ergebnisse, Code oder Proben weitergeben.',
  'There are signs that the partner could be subject to foreign-government influence, interference or control.':
    'Es gibt Anzeichen dafür, dass der Partner dem Einfluss, der Einmischung oder der Kontrolle einer ausländischen Regierung unterliegen könnte.',
  'Ask the partner about its ownership, governance and sources of funding, and record the answers.':
    'Fragen Sie den Partner nach seinen Eigentumsverhältnissen, seiner Leitung und seinen Finanzierungsquellen, und dokumentieren Sie die Antworten.',
  'The partner may expect control over the research direction, data or IP, or limits on publication.':
    'Der Partner erwartet möglicherweise Kontrolle über die Forschungsrichtung, die Daten oder das geistige Eigentum oder Einschränkungen bei der Veröffentlichung.',
  'Agree in writing who owns data and IP, the right to publish, and the acceptable uses of the results before work starts.':
    'Vereinbaren Sie schriftlich, bevor die Arbeit beginnt, wem Daten und geistiges Eigentum gehören, wie das Recht auf Veröffentlichung geregelt ist und wofür die Ergebnisse verwendet werden dürfen.',
  'The project may use sensitive personal data or datasets that are sensitive in aggregate.':
    'Das Projekt verwendet möglicherweise sensible personenbezogene Daten oder Datensätze, die zusammengenommen sensibel sind.',
  'Keep sensitive datasets on institution-managed storage with need-to-know access, and check data-protection rules before sharing.':
    'Bewahren Sie sensible Datensätze auf Speichern auf, die Ihre Einrichtung verwaltet, mit Zugriff nur für diejenigen, die ihn brauchen, und prüfen Sie vor der Weitergabe die Datenschutzregeln.',
  'The partner could gain access to facilities, networks or data beyond what the project needs.':
    'Der Partner könnte Zugang zu Einrichtungen, Netzen oder Daten erhalten, der über das hinausgeht, was das Projekt braucht.',
  'Give access on a need-to-know basis, physically and online, for the agreed work and period only.':
    'Gewähren Sie Zugang, vor Ort wie online, nur denen, die ihn brauchen, und nur für die vereinbarte Arbeit und den vereinbarten Zeitraum.',
  'The approach shows warning signs named in UK and Dutch due-diligence guidance.':
    'Die Anfrage zeigt Warnsignale, die britische und niederländische Leitlinien zur Sorgfaltsprüfung nennen.',
  'Do open-source due diligence on the partner, and ask it to explain the end use and the source of its funds.':
    'Führen Sie eine Sorgfaltsprüfung des Partners anhand offener Quellen durch, und bitten Sie ihn, die Endverwendung und die Herkunft seiner Mittel zu erläutern.',
  'There is no written agreement yet on IP, data, publication and acceptable uses of the results.':
    'Es gibt noch keine schriftliche Vereinbarung über geistiges Eigentum, Daten, Veröffentlichung und die zulässige Verwendung der Ergebnisse.',
  'Sign a partnership agreement covering IP, research steps, data sharing, publication and acceptable uses, with an exit clause.':
    'Schließen Sie eine Kooperationsvereinbarung über geistiges Eigentum, Forschungsschritte, den Datenaustausch, die Veröffentlichung und die zulässige Verwendung, mit einer Ausstiegsklausel.',
  'A sensitive research area combined with concerns about the organisation or country: assessed together, as Canadian and Dutch guidance do, this is high risk.':
    'Ein sensibler Forschungsbereich zusammen mit Bedenken zur Organisation oder zum Land: gemeinsam bewertet, wie es die kanadischen und niederländischen Leitlinien tun, ist das ein hohes Risiko.',
  'Agree a risk-mitigation plan with the desk before work starts (for example limited access, a written agreement and a review date).':
    'Vereinbaren Sie mit der Beratungsstelle einen Plan mit Schutzmaßnahmen, bevor die Arbeit beginnt (zum Beispiel eingeschränkter Zugang, eine schriftliche Vereinbarung und ein Termin für die Überprüfung).',
  'Record the checks in your institution’s partnership appraisal form: Canada’s Risk Assessment Form, the UK Trusted Research partner checklists and the Finnish self-assessment ask the same questions.':
    'Dokumentieren Sie die Prüfungen im Bewertungsformular Ihrer Einrichtung für Kooperationen: Das kanadische Risk Assessment Form, die britischen Trusted-Research-Checklisten für Partner und die finnische Selbstbewertung stellen dieselben Fragen.',
  'Keep this appraisal with the project file and review it when partners, funding or aims change.':
    'Bewahren Sie diese Bewertung bei der Projektakte auf und überprüfen Sie sie, wenn sich Partner, Finanzierung oder Ziele ändern.',
  'Australia: an arrangement with a foreign government or a foreign university without institutional autonomy may need notifying under the Foreign Arrangements Scheme.':
    'Australien: Eine Vereinbarung mit einer ausländischen Regierung oder einer ausländischen Universität ohne institutionelle Autonomie muss möglicherweise nach dem Foreign Arrangements Scheme gemeldet werden.',
  '{match} is one of the countries that Dutch intelligence services name as state actors active against Dutch knowledge and that US law names as countries of concern: a reason to look closely at what the visitor gets access to and what they take home, not a verdict. {detail}':
    '{match} gehört zu den Ländern, die die niederländischen Nachrichtendienste als staatliche Akteure nennen, die gegen niederländisches Wissen vorgehen, und die das US-Recht als bedenkliche Länder (countries of concern) führt: ein Grund, genau hinzusehen, worauf der Gast Zugriff erhält und was er mit nach Hause nimmt, kein Urteil. {detail}',
  'The home organisation has links to military, defence, security or intelligence bodies.':
    'Die Heimateinrichtung hat Verbindungen zu Militär-, Verteidigungs-, Sicherheits- oder Nachrichtendienststellen.',
  "Check the home organisation's ownership, affiliations and past outputs in open sources (sanctions lists, adverse media, defence-university trackers) and keep a record.":
    'Prüfen Sie in offenen Quellen die Eigentümer, Verbindungen und bisherigen Arbeiten der Heimateinrichtung (Sanktionslisten, negative Medienberichte, Verzeichnisse von Verteidigungsuniversitäten) und dokumentieren Sie das Ergebnis.',
  'It is not yet known whether the home organisation has links to military, defence, security or intelligence bodies.':
    'Es ist noch nicht bekannt, ob die Heimateinrichtung Verbindungen zu Militär-, Verteidigungs-, Sicherheits- oder Nachrichtendienststellen hat.',
  'The home organisation is a military or defence organisation.':
    'Die Heimateinrichtung ist eine Militär- oder Verteidigungsorganisation.',
  'The home organisation appears on a sanctions or restricted-party list.':
    'Die Heimateinrichtung steht auf einer Sanktionsliste oder einer Liste von Parteien, für die Beschränkungen gelten.',
  "Screen the home organisation against the EU, UK, UN and US lists (and Canada's Named Research Organizations list) and record the result; absence from a list is not a clearance.":
    'Gleichen Sie die Heimateinrichtung mit den Listen der EU, des Vereinigten Königreichs, der UN und der USA ab (und mit der kanadischen Liste der Named Research Organizations) und dokumentieren Sie das Ergebnis; dass jemand auf keiner Liste steht, ist keine Freigabe.',
  'The home organisation has not yet been screened against sanctions and restricted-party lists.':
    'Die Heimateinrichtung wurde noch nicht mit Sanktionslisten und Listen von Parteien, für die Beschränkungen gelten, abgeglichen.',
  'Access to export-controlled technology or materials can itself raise export-control questions, for example when a visitor takes the knowledge home.':
    'Schon der Zugang zu exportkontrollierter Technologie oder exportkontrollierten Materialien kann Fragen der Exportkontrolle aufwerfen, etwa wenn ein Gast das Wissen mit nach Hause nimmt.',
  'Ask your export control office before the visitor works with controlled equipment or technical data.':
    'Fragen Sie Ihre Exportkontrollstelle, bevor der Gast mit kontrollierten Geräten oder technischen Daten arbeitet.',
  'Access to a restricted area (such as a French ZRR) needs an access request and an opinion before the visit.':
    'Der Zutritt zu einem geschützten Bereich (etwa einer französischen ZRR) erfordert vor dem Besuch einen Zugangsantrag und eine Stellungnahme.',
  'Submit the access request well before arrival; the visitor works outside the restricted area until it is granted.':
    'Stellen Sie den Zugangsantrag lange vor der Ankunft; bis er genehmigt ist, arbeitet der Gast außerhalb des geschützten Bereichs.',
  'The visitor would have access to sensitive labs, unpublished data or research systems.':
    'Der Gast hätte Zugang zu sensiblen Laboren, unveröffentlichten Daten oder Forschungssystemen.',
  'Grant access only to the labs, data and systems the agreed work needs, and end it on the agreed date.':
    'Gewähren Sie nur Zugang zu den Laboren, Daten und Systemen, die die vereinbarte Arbeit erfordert, und beenden Sie ihn zum vereinbarten Datum.',
  'Access is not (yet) limited to what the visit needs and written down.':
    'Der Zugang ist (noch) nicht auf das beschränkt, was der Besuch erfordert, und nicht schriftlich festgehalten.',
  'Write down the access conditions (which labs, data and systems, until when) and have them agreed before arrival.':
    'Halten Sie die Zugangsbedingungen schriftlich fest (welche Labore, Daten und Systeme, bis wann) und lassen Sie sie vor der Ankunft bestätigen.',
  'The visitor may keep remote access to data or systems after the visit.':
    'Der Gast behält nach dem Besuch möglicherweise Fernzugriff auf Daten oder Systeme.',
  'Review remote access when the visit ends and keep only what a written agreement covers.':
    'Überprüfen Sie den Fernzugriff am Ende des Besuchs und behalten Sie nur, was eine schriftliche Vereinbarung abdeckt.',
  'The visit is paid by a foreign government or scholarship programme; such programmes can attach conditions (reporting, IP, return obligations).':
    'Der Besuch wird von einer ausländischen Regierung oder einem Stipendienprogramm bezahlt; solche Programme können Bedingungen daran knüpfen (Berichtspflichten, geistiges Eigentum, Rückkehrverpflichtungen).',
  'Ask which conditions the programme attaches to the visit, and record them with the visiting agreement.':
    'Fragen Sie, welche Bedingungen das Programm an den Besuch knüpft, und halten Sie sie in der Gastvereinbarung fest.',
  'Before the visit, write down which labs, data and systems the visitor needs, and screen the home organisation against restricted-party lists.':
    'Halten Sie vor dem Besuch fest, welche Labore, Daten und Systeme der Gast braucht, und gleichen Sie die Heimateinrichtung mit Listen von Parteien ab, für die Beschränkungen gelten.',
  'Ask the export control office before the visitor works with controlled equipment or technical data.':
    'Fragen Sie die Exportkontrollstelle, bevor der Gast mit kontrollierten Geräten oder technischen Daten arbeitet.',
  'UK: some international researchers in sensitive subjects need an ATAS certificate before they start; your HR or international office checks whether it applies.':
    'Vereinigtes Königreich: Manche internationalen Forschenden in sensiblen Fächern brauchen vor Beginn ein ATAS-Zertifikat; Ihre Personalabteilung oder Ihr International Office prüft, ob das zutrifft.',
  'France: ask your security and defence official (FSD) about the ZRR access request.':
    'Frankreich: Fragen Sie Ihre Sicherheits- und Verteidigungsbeauftragte oder Ihren Sicherheits- und Verteidigungsbeauftragten (FSD) nach dem Zugangsantrag für die ZRR.',
  '{match} is one of the countries that Dutch intelligence services name as state actors active against Dutch knowledge and that US law names as countries of concern: a reason to look closely at the devices and data you take and the contacts you make, not a verdict. {detail}':
    '{match} gehört zu den Ländern, die die niederländischen Nachrichtendienste als staatliche Akteure nennen, die gegen niederländisches Wissen vorgehen, und die das US-Recht als bedenkliche Länder (countries of concern) führt: ein Grund, genau auf die Geräte und Daten zu achten, die Sie mitnehmen, und auf die Kontakte, die Sie knüpfen, kein Urteil. {detail}',
  'You plan to take your own laptop, phone or storage to {match}, where devices can be inspected or copied; guidance for high-risk trips is to take equipment used only for the trip.':
    'Sie wollen Ihren eigenen Laptop, Ihr Telefon oder Speichermedien nach {match} mitnehmen, wo Geräte durchsucht oder kopiert werden können; für Reisen mit hohem Risiko wird empfohlen, nur Geräte mitzunehmen, die allein für die Reise genutzt werden.',
  'Take a clean loaner laptop and phone from IT instead of your own, holding only what this trip needs; ask IT in good time, and set up strong passcodes with fingerprint and face unlock switched off.':
    'Nehmen Sie statt Ihrer eigenen Geräte einen sauberen Leihlaptop und ein Leihtelefon der IT mit, auf denen nur ist, was diese Reise braucht; fragen Sie die IT rechtzeitig danach, und richten Sie starke Codes ein, mit ausgeschaltetem Entsperren per Fingerabdruck und Gesicht.',
  'Leave at home: your everyday laptop and phone, USB sticks and external drives, unpublished results, personal data and anything export-controlled; log out of cloud services and turn off synchronisation of your work e-mail.':
    'Lassen Sie zu Hause: Ihren Alltagslaptop und Ihr Telefon, USB-Sticks und externe Laufwerke, unveröffentlichte Ergebnisse, personenbezogene Daten und alles Exportkontrollierte; melden Sie sich bei Cloud-Diensten ab und schalten Sie die Synchronisierung Ihrer dienstlichen E-Mail aus.',
  'On return, hand loaner devices to IT to be wiped before anything connects to institutional systems, ask IT whether any device of your own that travelled needs a check first, and report any inspection, loss or unusual approach to IT and the research security contact.':
    'Geben Sie Leihgeräte nach der Rückkehr der IT zum Löschen, bevor sich irgendetwas mit den Systemen der Einrichtung verbindet, fragen Sie die IT, ob ein eigenes Gerät, das mitgereist ist, zuerst geprüft werden muss, und melden Sie jede Kontrolle, jeden Verlust und jede ungewöhnliche Kontaktaufnahme der IT und der Ansprechperson für Forschungssicherheit.',
  'You will carry or reach unpublished, personal or confidential data in {match}, where border and security officers can demand access to devices and their contents.':
    'Sie werden in {match} unveröffentlichte, personenbezogene oder vertrauliche Daten bei sich haben oder darauf zugreifen, während Grenz- und Sicherheitsbeamte dort Zugriff auf Geräte und deren Inhalt verlangen können.',
  'Carry no sensitive or controlled data, on devices or reachable through the cloud; if the work cannot go without it, agree with IT and the desk beforehand how, if at all, it is reached.':
    'Nehmen Sie keine sensiblen oder kontrollierten Daten mit, weder auf Geräten noch über die Cloud erreichbar; geht die Arbeit nicht ohne sie, vereinbaren Sie vorher mit der IT und der Beratungsstelle, ob und wie darauf zugegriffen wird.',
  'The host organisation has links to military, defence, security or intelligence bodies.':
    'Die Gasteinrichtung hat Verbindungen zu Militär-, Verteidigungs-, Sicherheits- oder Nachrichtendienststellen.',
  "Check the host organisation's ownership, affiliations and past outputs in open sources (sanctions lists, adverse media, defence-university trackers) and keep a record.":
    'Prüfen Sie in offenen Quellen die Eigentümer, Verbindungen und bisherigen Arbeiten der Gasteinrichtung (Sanktionslisten, negative Medienberichte, Verzeichnisse von Verteidigungsuniversitäten) und dokumentieren Sie das Ergebnis.',
  'It is not yet known whether the host organisation has links to military, defence, security or intelligence bodies.':
    'Es ist noch nicht bekannt, ob die Gasteinrichtung Verbindungen zu Militär-, Verteidigungs-, Sicherheits- oder Nachrichtendienststellen hat.',
  'You plan to take devices that hold or reach unpublished or confidential data; devices can be searched or copied at borders.':
    'Sie wollen Geräte mitnehmen, auf denen unveröffentlichte oder vertrauliche Daten liegen oder über die Sie sie erreichen; Geräte können an Grenzen durchsucht oder kopiert werden.',
  'Travel with a loaner or clean device holding only what the trip needs; log out of cloud services and power devices off before border control.':
    'Reisen Sie mit einem Leihgerät oder einem sauberen Gerät, auf dem nur ist, was die Reise braucht; melden Sie sich bei Cloud-Diensten ab und schalten Sie die Geräte vor der Grenzkontrolle aus.',
  'Report any device search, loss or unusual approach to IT and the research security contact.':
    'Melden Sie jede Durchsuchung oder jeden Verlust eines Geräts und jede ungewöhnliche Kontaktaufnahme der IT und der Ansprechperson für Forschungssicherheit.',
  'Carrying export-controlled technology, or accessing it from abroad, counts as an export and may need a licence.':
    'Exportkontrollierte Technologie mitzuführen oder vom Ausland aus auf sie zuzugreifen, gilt als Ausfuhr und kann eine Genehmigung erfordern.',
  'Ask the export control office before the trip; leave controlled data at home unless a licence covers it.':
    'Fragen Sie vor der Reise die Exportkontrollstelle; lassen Sie kontrollierte Daten zu Hause, sofern keine Genehmigung sie abdeckt.',
  'It is not yet known whether the data you take involves export-controlled technology.':
    'Es ist noch nicht bekannt, ob die Daten, die Sie mitnehmen, exportkontrollierte Technologie betreffen.',
  'Ask the export control office to classify the data before you travel.':
    'Lassen Sie die Daten vor der Reise von der Exportkontrollstelle einstufen.',
  'Presenting or teaching unpublished results or know-how abroad shares technology that is not yet public.':
    'Wer im Ausland unveröffentlichte Ergebnisse oder Know-how vorstellt oder lehrt, gibt Technologie weiter, die noch nicht öffentlich ist.',
  'Present what is published or ready to publish; keep unpublished methods and data for trusted channels.':
    'Stellen Sie vor, was veröffentlicht oder veröffentlichungsreif ist; unveröffentlichte Methoden und Daten gehören in vertrauenswürdige Kanäle.',
  'The destination’s rules on encrypted devices have not been checked.':
    'Die Regeln des Ziellandes für verschlüsselte Geräte wurden nicht geprüft.',
  'Check the destination’s encryption rules before travelling with encrypted devices.':
    'Prüfen Sie die Verschlüsselungsregeln des Ziellandes, bevor Sie mit verschlüsselten Geräten reisen.',
  "Before you book, read your government's current travel advice for the destination and follow your institution's travel procedures; the UK's NPSA names the government's foreign travel advice as the primary source.":
    'Lesen Sie vor der Buchung die aktuellen Reisehinweise Ihrer Regierung für das Ziel und folgen Sie den Reiseregeln Ihrer Einrichtung; die britische NPSA nennt die Reisehinweise der Regierung als wichtigste Quelle.',
  "United Kingdom: work through NPSA's Trusted Research Countries and Conferences guidance before the trip.":
    'Vereinigtes Königreich: Arbeiten Sie vor der Reise die NPSA-Leitlinie Trusted Research Countries and Conferences durch.',
  "Germany: read the BfV's information sheet on security on business trips, and ask your institution's security officer for current travel advice.":
    'Deutschland: Lesen Sie das Merkblatt des BfV zur Sicherheit auf Geschäftsreisen, und fragen Sie die Sicherheitsbeauftragten Ihrer Einrichtung nach aktuellen Reisehinweisen.',
  "Norway: follow NSM's travel rules for ICT security, with equipment used only for the trip when the risk is high.":
    'Norwegen: Folgen Sie den Reiseregeln der NSM zur IT-Sicherheit, bei hohem Risiko mit Geräten, die nur für die Reise genutzt werden.',
  'Netherlands: Dutch university travel advice (Leiden, for example) is to leave your own laptop and phone at home and not to use USB sticks or cables from strangers; check your own institution’s travel guidance.':
    'Niederlande: Niederländische Universitäten (etwa Leiden) raten, den eigenen Laptop und das eigene Telefon zu Hause zu lassen und keine USB-Sticks oder Kabel von Fremden zu benutzen; lesen Sie die Reisehinweise Ihrer eigenen Einrichtung.',
  "Canada: read CSIS's advice for researchers who travel abroad, linked from the Safeguarding Your Research portal.":
    'Kanada: Lesen Sie die Hinweise des CSIS für Forschende, die ins Ausland reisen, verlinkt im Portal Safeguarding Your Research.',
  "United States: check your university's foreign travel disclosure and authorisation rules (the travel element of its research security program).":
    'Vereinigte Staaten: Prüfen Sie die Regeln Ihrer Universität zur Offenlegung und Genehmigung von Auslandsreisen (den Reiseteil ihres Forschungssicherheitsprogramms).',
  'Italy: ask whether your institution has a travel protocol under the MUR research security guidelines.':
    'Italien: Fragen Sie, ob Ihre Einrichtung ein Reiseprotokoll nach den Forschungssicherheitsleitlinien des MUR hat.',
  'After you return, have loaner devices wiped and ask IT whether your own devices should be checked before reconnecting.':
    'Lassen Sie Leihgeräte nach der Rückkehr löschen und fragen Sie die IT, ob Ihre eigenen Geräte vor dem erneuten Verbinden geprüft werden sollten.',
  'France: for a trip to a sensitive region, contact your security and defence official (FSD) well before departure.':
    'Frankreich: Wenden Sie sich für eine Reise in eine sensible Region lange vor der Abreise an Ihre Sicherheits- und Verteidigungsbeauftragte oder Ihren Sicherheits- und Verteidigungsbeauftragten (FSD).',
  '{match} is one of the countries that Dutch intelligence services name as state actors active against Dutch knowledge and that US law names as countries of concern: a reason to look closely at the conditions attached to the money and who gets the results, not a verdict. {detail}':
    '{match} gehört zu den Ländern, die die niederländischen Nachrichtendienste als staatliche Akteure nennen, die gegen niederländisches Wissen vorgehen, und die das US-Recht als bedenkliche Länder (countries of concern) führt: ein Grund, genau auf die Bedingungen zu achten, die an das Geld geknüpft sind, und darauf, wer die Ergebnisse erhält, kein Urteil. {detail}',
  'The funder has links to military, defence, security or intelligence bodies.':
    'Der Geldgeber hat Verbindungen zu Militär-, Verteidigungs-, Sicherheits- oder Nachrichtendienststellen.',
  "Check the funder's ownership, affiliations and past outputs in open sources (sanctions lists, adverse media, defence-university trackers) and keep a record.":
    'Prüfen Sie in offenen Quellen die Eigentümer, Verbindungen und bisherigen Arbeiten des Geldgebers (Sanktionslisten, negative Medienberichte, Verzeichnisse von Verteidigungsuniversitäten) und dokumentieren Sie das Ergebnis.',
  'It is not yet known whether the funder has links to military, defence, security or intelligence bodies.':
    'Es ist noch nicht bekannt, ob der Geldgeber Verbindungen zu Militär-, Verteidigungs-, Sicherheits- oder Nachrichtendienststellen hat.',
  'The funder is a military or defence organisation.':
    'Der Geldgeber ist eine Militär- oder Verteidigungsorganisation.',
  'The funder appears on a sanctions or restricted-party list.':
    'Der Geldgeber steht auf einer Sanktionsliste oder einer Liste von Parteien, für die Beschränkungen gelten.',
  "Screen the funder against the EU, UK, UN and US lists (and Canada's Named Research Organizations list) and record the result; absence from a list is not a clearance.":
    'Gleichen Sie den Geldgeber mit den Listen der EU, des Vereinigten Königreichs, der UN und der USA ab (und mit der kanadischen Liste der Named Research Organizations) und dokumentieren Sie das Ergebnis; dass jemand auf keiner Liste steht, ist keine Freigabe.',
  'The funder has not yet been screened against sanctions and restricted-party lists.':
    'Der Geldgeber wurde noch nicht mit Sanktionslisten und Listen von Parteien, für die Beschränkungen gelten, abgeglichen.',
  'Talent programmes are legitimate in many countries; concern arises with undisclosed commitments, IP transfer, recruiting others or replicating work abroad.':
    'Talentprogramme sind in vielen Ländern legitim; bedenklich sind nicht offengelegte Verpflichtungen, die Übertragung geistigen Eigentums, das Anwerben anderer oder das Nachbilden von Arbeiten im Ausland.',
  'Get the full terms in writing and have them checked before you sign anything.':
    'Lassen Sie sich die vollständigen Bedingungen schriftlich geben und prüfen, bevor Sie etwas unterschreiben.',
  'The offer asks for confidentiality or commitments you would not disclose, a warning sign of a malign talent programme.':
    'Das Angebot verlangt Vertraulichkeit oder Verpflichtungen, die Sie nicht offenlegen würden, ein Warnsignal für ein bösartiges Talentprogramm.',
  'Do not accept conditions that require hiding the arrangement from your institution or funders.':
    'Nehmen Sie keine Bedingungen an, die verlangen, die Vereinbarung vor Ihrer Einrichtung oder Ihren Geldgebern zu verbergen.',
  'It is not yet clear whether the offer requires confidentiality or commitments you would not disclose.':
    'Es ist noch nicht klar, ob das Angebot Vertraulichkeit oder Verpflichtungen verlangt, die Sie nicht offenlegen würden.',
  'Ask for the full terms in writing, including any confidentiality clauses.':
    'Verlangen Sie die vollständigen Bedingungen schriftlich, einschließlich etwaiger Vertraulichkeitsklauseln.',
  'The offer may require mirroring a lab abroad, recruiting others or repeating work funded elsewhere.':
    'Das Angebot verlangt möglicherweise, ein Labor im Ausland nachzubilden, andere anzuwerben oder anderweitig finanzierte Arbeit zu wiederholen.',
  'Discuss these conditions with the desk before accepting; funders may require you to attest that none apply.':
    'Besprechen Sie diese Bedingungen mit der Beratungsstelle, bevor Sie annehmen; Geldgeber können verlangen, dass Sie erklären, dass keine davon zutrifft.',
  'IP, data ownership or credit for the work may pass to the funder or a foreign institution.':
    'Geistiges Eigentum, Eigentum an Daten oder die Anerkennung für die Arbeit könnten an den Geldgeber oder eine ausländische Einrichtung übergehen.',
  'Have your technology transfer office review the IP and data clauses.':
    'Lassen Sie die Klauseln zu geistigem Eigentum und Daten von Ihrer Transferstelle prüfen.',
  'The role takes time alongside your current position, which can be a conflict of commitment needing approval.':
    'Die Tätigkeit beansprucht Zeit neben Ihrer jetzigen Stelle, was ein genehmigungspflichtiger Konflikt der Verpflichtungen sein kann.',
  'Ask for prior approval under your institution’s rules on secondary activities and conflicts of commitment.':
    'Holen Sie vorab die Genehmigung nach den Regeln Ihrer Einrichtung zu Nebentätigkeiten und Konflikten der Verpflichtungen ein.',
  'The funding or appointment may not be disclosed to your institution and your other funders.':
    'Die Finanzierung oder Berufung wird Ihrer Einrichtung und Ihren anderen Geldgebern möglicherweise nicht offengelegt.',
  'Disclose the funding or appointment to your institution and in your funders’ forms.':
    'Legen Sie die Finanzierung oder Berufung Ihrer Einrichtung gegenüber und in den Formularen Ihrer Geldgeber offen.',
  'The original source of the funds is not clear.': 'Die ursprüngliche Herkunft der Mittel ist unklar.',
  'Ask the funder in writing where the money comes from and who the end client is.':
    'Fragen Sie den Geldgeber schriftlich, woher das Geld stammt und wer der Endkunde ist.',
  'The funder may want a particular outcome or a say over publication.':
    'Der Geldgeber will möglicherweise ein bestimmtes Ergebnis oder ein Mitspracherecht bei der Veröffentlichung.',
  'Keep the right to publish and the research direction with the researchers, in writing.':
    'Halten Sie schriftlich fest, dass das Recht auf Veröffentlichung und die Forschungsrichtung bei den Forschenden bleiben.',
  'The funder is a government body; check what influence or control it expects over the work.':
    'Der Geldgeber ist eine staatliche Stelle; prüfen Sie, welchen Einfluss oder welche Kontrolle über die Arbeit sie erwartet.',
  'Record what the funder expects (reporting, access, IP) in the funding agreement.':
    'Halten Sie in der Fördervereinbarung fest, was der Geldgeber erwartet (Berichte, Zugang, geistiges Eigentum).',
  'Disclose the offer to your institution before accepting, and check the rules of your current funders on foreign support and appointments.':
    'Legen Sie das Angebot Ihrer Einrichtung offen, bevor Sie es annehmen, und prüfen Sie die Regeln Ihrer jetzigen Geldgeber zu ausländischer Förderung und Berufungen.',
  'US: list the support in your current-and-pending-support forms; researchers on federal awards may not join a malign foreign talent recruitment programme.':
    'USA: Führen Sie die Förderung in Ihren Formularen zu laufender und beantragter Förderung (current and pending support) auf; Forschende mit Bundesförderung dürfen an keinem bösartigen ausländischen Programm zur Talentanwerbung teilnehmen.',
  'Canada: if the research advances a Sensitive Technology Research Area, check the STRAC policy before accepting support from any organisation.':
    'Kanada: Wenn die Forschung einen Bereich sensibler Technologieforschung (Sensitive Technology Research Area) voranbringt, prüfen Sie die STRAC-Richtlinie, bevor Sie Förderung von irgendeiner Organisation annehmen.',
  '{match} is one of the countries that Dutch intelligence services name as state actors active against Dutch knowledge and that US law names as countries of concern: a reason to look closely at what is shared and who receives it, not a verdict. {detail}':
    '{match} gehört zu den Ländern, die die niederländischen Nachrichtendienste als staatliche Akteure nennen, die gegen niederländisches Wissen vorgehen, und die das US-Recht als bedenkliche Länder (countries of concern) führt: ein Grund, genau hinzusehen, was geteilt wird und wer es erhält, kein Urteil. {detail}',
  'The recipient appears on a sanctions or restricted-party list.':
    'Der Empfänger steht auf einer Sanktionsliste oder einer Liste von Parteien, für die Beschränkungen gelten.',
  "Screen the recipient against the EU, UK, UN and US lists (and Canada's Named Research Organizations list) and record the result; absence from a list is not a clearance.":
    'Gleichen Sie den Empfänger mit den Listen der EU, des Vereinigten Königreichs, der UN und der USA ab (und mit der kanadischen Liste der Named Research Organizations) und dokumentieren Sie das Ergebnis; dass jemand auf keiner Liste steht, ist keine Freigabe.',
  'The recipient has not yet been screened against sanctions and restricted-party lists.':
    'Der Empfänger wurde noch nicht mit Sanktionslisten und Listen von Parteien, für die Beschränkungen gelten, abgeglichen.',
  'A listed item, software or technology leaving the export area normally needs a licence check before it is sent.':
    'Verlassen gelistete Güter, Software oder Technologie das Ausfuhrgebiet, ist vor dem Versand in der Regel zu prüfen, ob eine Genehmigung nötig ist.',
  'Send nothing until the export control office has confirmed whether a licence is needed.':
    'Versenden Sie nichts, bis die Exportkontrollstelle bestätigt hat, ob eine Genehmigung nötig ist.',
  'A listed item stays inside the export area; only the most sensitive items need a licence, but national rules can add more.':
    'Ein gelistetes Gut bleibt innerhalb des Ausfuhrgebiets; nur die sensibelsten Güter brauchen eine Genehmigung, nationale Regeln können aber mehr verlangen.',
  'Ask the export control office about national rules in your own country.':
    'Fragen Sie die Exportkontrollstelle nach den nationalen Regeln in Ihrem eigenen Land.',
  'It is not yet known whether what you share is on a control list.':
    'Es ist noch nicht bekannt, ob das, was Sie teilen, auf einer Kontrollliste steht.',
  'Have the export control office classify the item, software or technology before it is sent.':
    'Lassen Sie das Gut, die Software oder die Technologie von der Exportkontrollstelle einstufen, bevor es versandt wird.',
  'The recipient could use it for military purposes, weapons of mass destruction, surveillance or repression: the catch-all rule can apply.':
    'Der Empfänger könnte es für militärische Zwecke, Massenvernichtungswaffen, Überwachung oder Repression verwenden: Die Catch-all-Regel kann greifen.',
  'Pause the transfer and contact the export control office; keep a written record of the end-use checks.':
    'Halten Sie die Weitergabe an und wenden Sie sich an die Exportkontrollstelle; dokumentieren Sie die Prüfungen zur Endverwendung schriftlich.',
  'The information may be neither basic research nor public, so the research exemptions may not apply.':
    'Die Informationen sind möglicherweise weder Grundlagenforschung noch öffentlich, sodass die Ausnahmen für die Forschung womöglich nicht greifen.',
  'Share only what is published, or wait for the export control office before sharing unpublished material.':
    'Teilen Sie nur Veröffentlichtes, oder warten Sie auf die Exportkontrollstelle, bevor Sie unveröffentlichtes Material weitergeben.',
  'The research exemptions cover information, not samples, materials or equipment.':
    'Die Ausnahmen für die Forschung gelten für Informationen, nicht für Proben, Materialien oder Geräte.',
  'Have physical items classified before shipping, including any special shipping or labelling requests.':
    'Lassen Sie physische Güter vor dem Versand einstufen, auch bei besonderen Wünschen zu Versand oder Kennzeichnung.',
  'Teaching, training or technical assistance can itself be controlled when it concerns listed items or a sensitive end use.':
    'Lehre, Schulung oder technische Unterstützung können selbst kontrolliert sein, wenn sie gelistete Güter oder eine sensible Endverwendung betreffen.',
  'Check course or advice content with the export control office before teaching or advising abroad.':
    'Klären Sie Kurs- oder Beratungsinhalte mit der Exportkontrollstelle, bevor Sie im Ausland lehren oder beraten.',
  'E-mail, shared drives, cloud storage and calls across the border count as exports of controlled technology.':
    'E-Mail, gemeinsame Laufwerke, Cloud-Speicher und Gespräche über die Grenze hinweg gelten als Ausfuhr kontrollierter Technologie.',
  'Use institution-managed storage inside the export area and give access only once cleared.':
    'Nutzen Sie von Ihrer Einrichtung verwaltete Speicher innerhalb des Ausfuhrgebiets und gewähren Sie Zugang erst nach der Freigabe.',
  'Work through the three export-control questions with your export control office: is it listed, does an exemption apply, is there an end-use or end-user concern?':
    'Gehen Sie mit Ihrer Exportkontrollstelle die drei Fragen der Exportkontrolle durch: Ist es gelistet, greift eine Ausnahme, gibt es Bedenken zur Endverwendung oder zum Endverwender?',
  'Keep a written record of the checks made on the recipient and the end use.':
    'Dokumentieren Sie schriftlich, welche Prüfungen zum Empfänger und zur Endverwendung durchgeführt wurden.',
  'UK: the ECJU End User Advisory Service can advise on a named overseas end user; its advice is not a licence.':
    'Vereinigtes Königreich: Der End User Advisory Service der ECJU kann zu einem benannten Endverwender im Ausland beraten; seine Auskunft ist keine Genehmigung.',
  'US: check whether the EAR, ITAR or OFAC sanctions apply, and whether fundamental-research status still holds.':
    'USA: Prüfen Sie, ob EAR, ITAR oder OFAC-Sanktionen gelten und ob der Status als Grundlagenforschung (fundamental research) noch gegeben ist.',

  // The state-actor list's `detail` sentences (src/intake/data/state-actor-countries.json), filled into {detail}.
  // An institution's own list keeps its own wording.
  "China's Counter-Espionage Law, revised and in force since 1 July 2023, covers documents, data, materials and items related to national security and interests, and the US National Counterintelligence and Security Center warns that this puts academics and researchers at risk; under the Ministry of State Security's rules in force since 1 July 2024, state security officers may inspect electronic devices, and the UK government's travel advice warns that China's national security laws are broad and that travellers can be arrested without having intended to break the law.":
    'Das chinesische Gesetz zur Spionageabwehr, überarbeitet und seit dem 1. Juli 2023 in Kraft, erfasst Dokumente, Daten, Materialien und Gegenstände mit Bezug zur nationalen Sicherheit und zu nationalen Interessen, und das US National Counterintelligence and Security Center warnt, dass dies Wissenschaftlerinnen und Wissenschaftler gefährdet; nach den seit dem 1. Juli 2024 geltenden Vorschriften des chinesischen Ministeriums für Staatssicherheit dürfen Beamte der Staatssicherheit elektronische Geräte kontrollieren, und die Reisehinweise der britischen Regierung warnen, dass Chinas Gesetze zur nationalen Sicherheit weit gefasst sind und Reisende festgenommen werden können, ohne gegen ein Gesetz verstoßen zu wollen.',
  'Russia is under EU restrictive measures that include an arms embargo and limits on dual-use exports, and the UK government advised against all travel to Russia from March 2022.':
    'Gegen Russland gelten restriktive Maßnahmen der EU, darunter ein Waffenembargo und Beschränkungen für die Ausfuhr von Gütern mit doppeltem Verwendungszweck, und die britische Regierung riet ab März 2022 von allen Reisen nach Russland ab.',
  'Iran is under EU restrictive measures that include an arms embargo and restrictions on dual-use and proliferation-sensitive items.':
    'Gegen Iran gelten restriktive Maßnahmen der EU, darunter ein Waffenembargo und Beschränkungen für Güter mit doppeltem Verwendungszweck und für proliferationsrelevante Güter.',
  'North Korea is under UN Security Council and EU sanctions that include an arms embargo and bans on dual-use goods and technical assistance.':
    'Gegen Nordkorea gelten Sanktionen des UN-Sicherheitsrats und der EU, darunter ein Waffenembargo und Verbote für Güter mit doppeltem Verwendungszweck und für technische Hilfe.',
};
