// The guided checks' flag reasons, mitigations and next steps in Dutch (formal "u"), keyed by the English text of the flow
// definitions (src/intake/flows); {match}, {detail}, {advice} and {desk} are filled in after translation. A test
// checks that every text of every flow is here, with the same placeholders.
export const appraisalTextsNl: Record<string, string> = {
  'The work touches one of the four EU priority critical technology areas (semiconductors, AI, quantum, biotechnologies), where technology leakage is of most concern.':
    'Het werk raakt aan een van de vier EU-prioriteitsgebieden onder de kritieke technologieën (halfgeleiders, AI, kwantum, biotechnologie), waar het weglekken van technologie de grootste zorg is.',
  'Share unpublished results, code and know-how on a need-to-know basis and only as far as the collaboration needs.':
    'Deel ongepubliceerde resultaten, code en knowhow alleen met wie het echt nodig heeft, en niet verder dan de samenwerking vraagt.',
  'Ask your export control office whether the work is also on a control list: the EU critical technology list itself prohibits nothing.':
    'Vraag uw exportcontrolefunctionaris of het werk ook op een controlelijst staat: de EU-lijst van kritieke technologieën verbiedt zelf niets.',
  'The work touches an EU critical technology area; a fuller look at the partner and the intended use of the results is advisable.':
    'Het werk raakt aan een EU-gebied van kritieke technologie; het is verstandig de partner en het beoogde gebruik van de resultaten nader te bekijken.',
  'Note in the project file which critical technology area the work touches and who can access results.':
    'Leg in het projectdossier vast aan welk gebied van kritieke technologie het werk raakt en wie toegang heeft tot de resultaten.',
  '{match} is under EU restrictive measures that include an arms embargo and limits on dual-use exports; sanctions can restrict even know-how, teaching and services.':
    'Voor {match} gelden beperkende maatregelen van de EU, met een wapenembargo en beperkingen op de export van goederen voor tweeërlei gebruik; sancties kunnen zelfs knowhow, onderwijs en dienstverlening aan banden leggen.',
  'Share no know-how, services or items until the desk or export control office has checked the current sanctions (sanctionsmap.eu); this list is a marker, not a clearance.':
    'Deel geen knowhow, diensten of goederen voordat het loket of de exportcontrolefunctionaris de actuele sancties heeft nagekeken (sanctionsmap.eu); deze lijst is een signaal, geen vrijgave.',
  '{match} is one of the countries that Dutch intelligence services name as state actors active against Dutch knowledge and that US law names as countries of concern: a reason to look closely at what the partner gets access to and how data and results are shared, not a verdict. {detail}':
    '{match} is een van de landen die de Nederlandse inlichtingendiensten noemen als statelijke actoren die zich op Nederlandse kennis richten, en die de Amerikaanse wet aanmerkt als landen van zorg: reden om goed te kijken waartoe de partner toegang krijgt en hoe gegevens en resultaten worden gedeeld, geen oordeel. {detail}',
  'Weigh the country together with the research and the organisation, using current threat information (the AIVD and MIVD annual reports, the EU Sanctions Map) rather than the country alone.':
    'Weeg het land samen met het onderzoek en de organisatie, aan de hand van actuele dreigingsinformatie (de jaarverslagen van AIVD en MIVD, de EU Sanctions Map), en niet het land alleen.',
  'Read the current national travel advice for {match} ({advice}).':
    'Lees het actuele reisadvies voor {match} ({advice}).',
  'The partner has links to military, defence, security or intelligence bodies.':
    'De partner heeft banden met militaire, defensie-, veiligheids- of inlichtingenorganisaties.',
  "Check the partner's ownership, affiliations and past outputs in open sources (sanctions lists, adverse media, defence-university trackers) and keep a record.":
    'Ga in open bronnen na wie eigenaar is van de partner, waaraan hij verbonden is en wat hij eerder heeft voortgebracht (sanctielijsten, negatieve berichtgeving, overzichten van defensie-universiteiten), en leg dat vast.',
  'It is not yet known whether the partner has links to military, defence, security or intelligence bodies.':
    'Het is nog niet bekend of de partner banden heeft met militaire, defensie-, veiligheids- of inlichtingenorganisaties.',
  'The partner is a military or defence organisation.': 'De partner is een militaire of defensieorganisatie.',
  'The partner appears on a sanctions or restricted-party list.':
    'De partner staat op een sanctielijst of een lijst van partijen waarvoor beperkingen gelden.',
  "Screen the partner against the EU, UK, UN and US lists (and Canada's Named Research Organizations list) and record the result; absence from a list is not a clearance.":
    'Controleer de partner aan de hand van de lijsten van de EU, het VK, de VN en de VS (en de Canadese lijst van Named Research Organizations) en leg de uitkomst vast; dat een partij niet op een lijst staat, is geen vrijgave.',
  'The partner has not yet been screened against sanctions and restricted-party lists.':
    'De partner is nog niet gecontroleerd aan de hand van sanctielijsten en lijsten van partijen waarvoor beperkingen gelden.',
  'Results, equipment or software may have dual-use or military potential, or be on an export-control list.':
    'Resultaten, apparatuur of software kunnen een tweeërlei of militaire toepassing hebben, of op een exportcontrolelijst staan.',
  'Ask your export control office to classify the work before sharing unpublished results, code or samples.':
    'Laat uw exportcontrolefunctionaris het werk classificeren voordat u ongepubliceerde resultaten, code of monsters deelt.',
  'There are signs that the partner could be subject to foreign-government influence, interference or control.':
    'Er zijn aanwijzingen dat de partner onder invloed, inmenging of zeggenschap van een buitenlandse overheid kan staan.',
  'Ask the partner about its ownership, governance and sources of funding, and record the answers.':
    'Vraag de partner naar zijn eigendomsstructuur, bestuur en financieringsbronnen, en leg de antwoorden vast.',
  'The partner may expect control over the research direction, data or IP, or limits on publication.':
    'De partner verwacht mogelijk zeggenschap over de onderzoeksrichting, de gegevens of het intellectueel eigendom, of beperkingen op publicatie.',
  'Agree in writing who owns data and IP, the right to publish, and the acceptable uses of the results before work starts.':
    'Leg schriftelijk vast wie eigenaar is van gegevens en intellectueel eigendom, wat het recht op publicatie is en waarvoor de resultaten gebruikt mogen worden, voordat het werk begint.',
  'The project may use sensitive personal data or datasets that are sensitive in aggregate.':
    'Het project gebruikt mogelijk gevoelige persoonsgegevens, of datasets die samen gevoelig zijn.',
  'Keep sensitive datasets on institution-managed storage with need-to-know access, and check data-protection rules before sharing.':
    'Bewaar gevoelige datasets op opslag die de instelling beheert, met toegang alleen voor wie die nodig heeft, en ga na welke regels voor gegevensbescherming gelden voordat u deelt.',
  'The partner could gain access to facilities, networks or data beyond what the project needs.':
    'De partner kan toegang krijgen tot faciliteiten, netwerken of gegevens die verder gaan dan het project nodig heeft.',
  'Give access on a need-to-know basis, physically and online, for the agreed work and period only.':
    'Geef toegang, fysiek en online, alleen aan wie die nodig heeft, voor het afgesproken werk en alleen voor de afgesproken periode.',
  'The approach shows warning signs named in UK and Dutch due-diligence guidance.':
    'De benadering vertoont waarschuwingssignalen die de Britse en Nederlandse richtlijnen voor due diligence noemen.',
  'Do open-source due diligence on the partner, and ask it to explain the end use and the source of its funds.':
    'Doe due diligence naar de partner in open bronnen, en vraag hem het eindgebruik en de herkomst van zijn geld toe te lichten.',
  'There is no written agreement yet on IP, data, publication and acceptable uses of the results.':
    'Er is nog geen schriftelijke afspraak over intellectueel eigendom, gegevens, publicatie en het toegestane gebruik van de resultaten.',
  'Sign a partnership agreement covering IP, research steps, data sharing, publication and acceptable uses, with an exit clause.':
    'Sluit een samenwerkingsovereenkomst over intellectueel eigendom, onderzoeksstappen, het delen van gegevens, publicatie en toegestaan gebruik, met een exitclausule.',
  'A sensitive research area combined with concerns about the organisation or country: assessed together, as Canadian and Dutch guidance do, this is high risk.':
    'Een gevoelig onderzoeksgebied in combinatie met zorgen over de organisatie of het land: samen beoordeeld, zoals de Canadese en Nederlandse richtlijnen doen, is dit een hoog risico.',
  'Agree a risk-mitigation plan with the desk before work starts (for example limited access, a written agreement and a review date).':
    'Spreek met het loket een plan met risicobeperkende maatregelen af voordat het werk begint (bijvoorbeeld beperkte toegang, een schriftelijke overeenkomst en een evaluatiedatum).',
  'Record the checks in your institution’s partnership appraisal form: Canada’s Risk Assessment Form, the UK Trusted Research partner checklists and the Finnish self-assessment ask the same questions.':
    'Leg de controles vast in het beoordelingsformulier voor samenwerkingen van uw instelling: het Canadese Risk Assessment Form, de Britse Trusted Research-checklists voor partners en de Finse zelfevaluatie stellen dezelfde vragen.',
  'Keep this appraisal with the project file and review it when partners, funding or aims change.':
    'Bewaar deze beoordeling bij het projectdossier en bekijk haar opnieuw als partners, financiering of doelen veranderen.',
  'Australia: an arrangement with a foreign government or a foreign university without institutional autonomy may need notifying under the Foreign Arrangements Scheme.':
    'Australië: een afspraak met een buitenlandse overheid of een buitenlandse universiteit zonder institutionele autonomie moet mogelijk worden gemeld onder het Foreign Arrangements Scheme.',
  '{match} is one of the countries that Dutch intelligence services name as state actors active against Dutch knowledge and that US law names as countries of concern: a reason to look closely at what the visitor gets access to and what they take home, not a verdict. {detail}':
    '{match} is een van de landen die de Nederlandse inlichtingendiensten noemen als statelijke actoren die zich op Nederlandse kennis richten, en die de Amerikaanse wet aanmerkt als landen van zorg: reden om goed te kijken waartoe de bezoeker toegang krijgt en wat hij of zij mee naar huis neemt, geen oordeel. {detail}',
  'The home organisation has links to military, defence, security or intelligence bodies.':
    'De thuisorganisatie heeft banden met militaire, defensie-, veiligheids- of inlichtingenorganisaties.',
  "Check the home organisation's ownership, affiliations and past outputs in open sources (sanctions lists, adverse media, defence-university trackers) and keep a record.":
    'Ga in open bronnen na wie eigenaar is van de thuisorganisatie, waaraan zij verbonden is en wat zij eerder heeft voortgebracht (sanctielijsten, negatieve berichtgeving, overzichten van defensie-universiteiten), en leg dat vast.',
  'It is not yet known whether the home organisation has links to military, defence, security or intelligence bodies.':
    'Het is nog niet bekend of de thuisorganisatie banden heeft met militaire, defensie-, veiligheids- of inlichtingenorganisaties.',
  'The home organisation is a military or defence organisation.':
    'De thuisorganisatie is een militaire of defensieorganisatie.',
  'The home organisation appears on a sanctions or restricted-party list.':
    'De thuisorganisatie staat op een sanctielijst of een lijst van partijen waarvoor beperkingen gelden.',
  "Screen the home organisation against the EU, UK, UN and US lists (and Canada's Named Research Organizations list) and record the result; absence from a list is not a clearance.":
    'Controleer de thuisorganisatie aan de hand van de lijsten van de EU, het VK, de VN en de VS (en de Canadese lijst van Named Research Organizations) en leg de uitkomst vast; dat een partij niet op een lijst staat, is geen vrijgave.',
  'The home organisation has not yet been screened against sanctions and restricted-party lists.':
    'De thuisorganisatie is nog niet gecontroleerd aan de hand van sanctielijsten en lijsten van partijen waarvoor beperkingen gelden.',
  'Access to export-controlled technology or materials can itself raise export-control questions, for example when a visitor takes the knowledge home.':
    'Toegang tot technologie of materialen onder exportcontrole kan op zich al exportcontrolevragen oproepen, bijvoorbeeld als een bezoeker de kennis mee naar huis neemt.',
  'Ask your export control office before the visitor works with controlled equipment or technical data.':
    'Overleg met uw exportcontrolefunctionaris voordat de bezoeker met gecontroleerde apparatuur of technische gegevens werkt.',
  'Access to a restricted area (such as a French ZRR) needs an access request and an opinion before the visit.':
    'Toegang tot een beschermde zone (zoals een Franse ZRR) vraagt vóór het bezoek een toegangsaanvraag en een advies.',
  'Submit the access request well before arrival; the visitor works outside the restricted area until it is granted.':
    'Dien de toegangsaanvraag ruim voor aankomst in; tot die is toegekend, werkt de bezoeker buiten de beschermde zone.',
  'The visitor would have access to sensitive labs, unpublished data or research systems.':
    'De bezoeker zou toegang krijgen tot gevoelige labs, ongepubliceerde gegevens of onderzoekssystemen.',
  'Grant access only to the labs, data and systems the agreed work needs, and end it on the agreed date.':
    'Geef alleen toegang tot de labs, gegevens en systemen die het afgesproken werk nodig heeft, en beëindig die op de afgesproken datum.',
  'Access is not (yet) limited to what the visit needs and written down.':
    'De toegang is (nog) niet beperkt tot wat het bezoek nodig heeft en niet schriftelijk vastgelegd.',
  'Write down the access conditions (which labs, data and systems, until when) and have them agreed before arrival.':
    'Leg de toegangsvoorwaarden vast (welke labs, gegevens en systemen, en tot wanneer) en laat ze vóór aankomst aanvaarden.',
  'The visitor may keep remote access to data or systems after the visit.':
    'De bezoeker houdt na het bezoek mogelijk toegang op afstand tot gegevens of systemen.',
  'Review remote access when the visit ends and keep only what a written agreement covers.':
    'Bekijk de toegang op afstand opnieuw als het bezoek eindigt, en houd alleen wat een schriftelijke overeenkomst dekt.',
  'The visit is paid by a foreign government or scholarship programme; such programmes can attach conditions (reporting, IP, return obligations).':
    "Het bezoek wordt betaald door een buitenlandse overheid of een beurzenprogramma; zulke programma's kunnen er voorwaarden aan verbinden (rapportage, intellectueel eigendom, terugkeerverplichtingen).",
  'Ask which conditions the programme attaches to the visit, and record them with the visiting agreement.':
    'Vraag welke voorwaarden het programma aan het bezoek verbindt, en leg ze vast bij de bezoekersovereenkomst.',
  'Before the visit, write down which labs, data and systems the visitor needs, and screen the home organisation against restricted-party lists.':
    'Leg vóór het bezoek vast welke labs, gegevens en systemen de bezoeker nodig heeft, en controleer de thuisorganisatie aan de hand van lijsten van partijen waarvoor beperkingen gelden.',
  'Ask the export control office before the visitor works with controlled equipment or technical data.':
    'Overleg met de exportcontrolefunctionaris voordat de bezoeker met gecontroleerde apparatuur of technische gegevens werkt.',
  'UK: some international researchers in sensitive subjects need an ATAS certificate before they start; your HR or international office checks whether it applies.':
    'VK: sommige internationale onderzoekers in gevoelige vakgebieden hebben een ATAS-certificaat nodig voordat ze beginnen; uw HR-afdeling of internationale office gaat na of dat geldt.',
  'France: ask your security and defence official (FSD) about the ZRR access request.':
    'Frankrijk: vraag uw veiligheids- en defensiefunctionaris (FSD) naar de toegangsaanvraag voor de ZRR.',
  '{match} is one of the countries that Dutch intelligence services name as state actors active against Dutch knowledge and that US law names as countries of concern: a reason to look closely at the devices and data you take and the contacts you make, not a verdict. {detail}':
    '{match} is een van de landen die de Nederlandse inlichtingendiensten noemen als statelijke actoren die zich op Nederlandse kennis richten, en die de Amerikaanse wet aanmerkt als landen van zorg: reden om goed te kijken naar de apparaten en gegevens die u meeneemt en de contacten die u legt, geen oordeel. {detail}',
  'You plan to take your own laptop, phone or storage to {match}, where devices can be inspected or copied; guidance for high-risk trips is to take equipment used only for the trip.':
    'U wilt uw eigen laptop, telefoon of opslagmedia meenemen naar {match}, waar apparaten kunnen worden doorzocht of gekopieerd; het advies voor reizen met een hoog risico is apparatuur mee te nemen die alleen voor de reis wordt gebruikt.',
  'Take a clean loaner laptop and phone from IT instead of your own, holding only what this trip needs; ask IT in good time, and set up strong passcodes with fingerprint and face unlock switched off.':
    'Neem in plaats van uw eigen apparaten een schone leenlaptop en -telefoon van IT mee, met alleen wat deze reis nodig heeft; vraag IT daar tijdig om, en stel sterke toegangscodes in, met ontgrendelen via vingerafdruk en gezicht uitgeschakeld.',
  'Leave at home: your everyday laptop and phone, USB sticks and external drives, unpublished results, personal data and anything export-controlled; log out of cloud services and turn off synchronisation of your work e-mail.':
    'Laat thuis: uw dagelijkse laptop en telefoon, USB-sticks en externe schijven, ongepubliceerde resultaten, persoonsgegevens en alles wat onder exportcontrole valt; meld u af bij clouddiensten en zet de synchronisatie van uw werkmail uit.',
  'On return, hand loaner devices to IT to be wiped before anything connects to institutional systems, ask IT whether any device of your own that travelled needs a check first, and report any inspection, loss or unusual approach to IT and the research security contact.':
    'Lever na terugkomst de leenapparaten in bij IT om ze te laten wissen voordat er iets met de systemen van de instelling verbinding maakt, vraag IT of een eigen apparaat dat mee op reis was eerst moet worden gecontroleerd, en meld elke inspectie, elk verlies of elke ongewone benadering bij IT en de contactpersoon voor kennisveiligheid.',
  'You will carry or reach unpublished, personal or confidential data in {match}, where border and security officers can demand access to devices and their contents.':
    'U neemt ongepubliceerde, persoonlijke of vertrouwelijke gegevens mee naar {match} of kunt ze daar bereiken, terwijl grens- en veiligheidsbeambten er toegang tot apparaten en hun inhoud kunnen eisen.',
  'Carry no sensitive or controlled data, on devices or reachable through the cloud; if the work cannot go without it, agree with IT and the desk beforehand how, if at all, it is reached.':
    'Neem geen gevoelige of gecontroleerde gegevens mee, niet op apparaten en niet bereikbaar via de cloud; kan het werk niet zonder, spreek dan vooraf met IT en het loket af of en hoe ze bereikt worden.',
  'The host organisation has links to military, defence, security or intelligence bodies.':
    'De gastorganisatie heeft banden met militaire, defensie-, veiligheids- of inlichtingenorganisaties.',
  "Check the host organisation's ownership, affiliations and past outputs in open sources (sanctions lists, adverse media, defence-university trackers) and keep a record.":
    'Ga in open bronnen na wie eigenaar is van de gastorganisatie, waaraan zij verbonden is en wat zij eerder heeft voortgebracht (sanctielijsten, negatieve berichtgeving, overzichten van defensie-universiteiten), en leg dat vast.',
  'It is not yet known whether the host organisation has links to military, defence, security or intelligence bodies.':
    'Het is nog niet bekend of de gastorganisatie banden heeft met militaire, defensie-, veiligheids- of inlichtingenorganisaties.',
  'You plan to take devices that hold or reach unpublished or confidential data; devices can be searched or copied at borders.':
    'U wilt apparaten meenemen waarop ongepubliceerde of vertrouwelijke gegevens staan of waarmee u die kunt bereiken; apparaten kunnen aan de grens worden doorzocht of gekopieerd.',
  'Travel with a loaner or clean device holding only what the trip needs; log out of cloud services and power devices off before border control.':
    'Reis met een leenapparaat of een schoon apparaat met alleen wat de reis nodig heeft; meld u af bij clouddiensten en zet apparaten uit vóór de grenscontrole.',
  'Report any device search, loss or unusual approach to IT and the research security contact.':
    'Meld elke doorzoeking of elk verlies van een apparaat, en elke ongewone benadering, bij IT en de contactpersoon voor kennisveiligheid.',
  'Carrying export-controlled technology, or accessing it from abroad, counts as an export and may need a licence.':
    'Technologie onder exportcontrole meenemen, of die vanuit het buitenland raadplegen, geldt als export en kan een vergunning vereisen.',
  'Ask the export control office before the trip; leave controlled data at home unless a licence covers it.':
    'Overleg vóór de reis met de exportcontrolefunctionaris; laat gecontroleerde gegevens thuis, tenzij een vergunning ze dekt.',
  'It is not yet known whether the data you take involves export-controlled technology.':
    'Het is nog niet bekend of de gegevens die u meeneemt technologie onder exportcontrole bevatten.',
  'Ask the export control office to classify the data before you travel.':
    'Laat de exportcontrolefunctionaris de gegevens classificeren voordat u vertrekt.',
  'Presenting or teaching unpublished results or know-how abroad shares technology that is not yet public.':
    'Wie in het buitenland ongepubliceerde resultaten of knowhow presenteert of onderwijst, deelt technologie die nog niet openbaar is.',
  'Present what is published or ready to publish; keep unpublished methods and data for trusted channels.':
    'Presenteer wat gepubliceerd is of klaar voor publicatie; houd ongepubliceerde methoden en gegevens voor vertrouwde kanalen.',
  'The destination’s rules on encrypted devices have not been checked.':
    'De regels van het land van bestemming voor versleutelde apparaten zijn niet nagegaan.',
  'Check the destination’s encryption rules before travelling with encrypted devices.':
    'Ga de regels voor versleuteling in het land van bestemming na voordat u met versleutelde apparaten reist.',
  "Before you book, read your government's current travel advice for the destination and follow your institution's travel procedures; the UK's NPSA names the government's foreign travel advice as the primary source.":
    'Lees voordat u boekt het actuele reisadvies van uw overheid voor de bestemming en volg de reisprocedures van uw instelling; de Britse NPSA noemt het reisadvies van de overheid de belangrijkste bron.',
  "United Kingdom: work through NPSA's Trusted Research Countries and Conferences guidance before the trip.":
    'Verenigd Koninkrijk: neem vóór de reis de richtlijn Trusted Research Countries and Conferences van NPSA door.',
  "Germany: read the BfV's information sheet on security on business trips, and ask your institution's security officer for current travel advice.":
    'Duitsland: lees het informatieblad van het BfV over veiligheid op zakenreis, en vraag de veiligheidsfunctionaris van uw instelling naar het actuele reisadvies.',
  "Norway: follow NSM's travel rules for ICT security, with equipment used only for the trip when the risk is high.":
    'Noorwegen: volg de reisregels van NSM voor ICT-beveiliging, met apparatuur die alleen voor de reis wordt gebruikt als het risico hoog is.',
  'Netherlands: Dutch university travel advice (Leiden, for example) is to leave your own laptop and phone at home and not to use USB sticks or cables from strangers; check your own institution’s travel guidance.':
    'Nederland: het reisadvies van Nederlandse universiteiten (bijvoorbeeld Leiden) is uw eigen laptop en telefoon thuis te laten en geen USB-sticks of kabels van onbekenden te gebruiken; raadpleeg de reisrichtlijnen van uw eigen instelling.',
  "Canada: read CSIS's advice for researchers who travel abroad, linked from the Safeguarding Your Research portal.":
    'Canada: lees het advies van CSIS voor onderzoekers die naar het buitenland reizen, gelinkt vanaf het portaal Safeguarding Your Research.',
  "United States: check your university's foreign travel disclosure and authorisation rules (the travel element of its research security program).":
    'Verenigde Staten: ga de regels van uw universiteit na voor het melden en laten goedkeuren van buitenlandse reizen (het reisonderdeel van haar research security program).',
  'Italy: ask whether your institution has a travel protocol under the MUR research security guidelines.':
    'Italië: vraag of uw instelling een reisprotocol heeft op grond van de richtlijnen voor onderzoeksveiligheid van het MUR.',
  'After you return, have loaner devices wiped and ask IT whether your own devices should be checked before reconnecting.':
    'Laat na terugkomst de leenapparaten wissen en vraag IT of uw eigen apparaten moeten worden gecontroleerd voordat u ze weer aansluit.',
  'France: for a trip to a sensitive region, contact your security and defence official (FSD) well before departure.':
    'Frankrijk: neem voor een reis naar een gevoelige regio ruim voor vertrek contact op met uw veiligheids- en defensiefunctionaris (FSD).',
  '{match} is one of the countries that Dutch intelligence services name as state actors active against Dutch knowledge and that US law names as countries of concern: a reason to look closely at the conditions attached to the money and who gets the results, not a verdict. {detail}':
    '{match} is een van de landen die de Nederlandse inlichtingendiensten noemen als statelijke actoren die zich op Nederlandse kennis richten, en die de Amerikaanse wet aanmerkt als landen van zorg: reden om goed te kijken naar de voorwaarden die aan het geld verbonden zijn en naar wie de resultaten krijgt, geen oordeel. {detail}',
  'The funder has links to military, defence, security or intelligence bodies.':
    'De financier heeft banden met militaire, defensie-, veiligheids- of inlichtingenorganisaties.',
  "Check the funder's ownership, affiliations and past outputs in open sources (sanctions lists, adverse media, defence-university trackers) and keep a record.":
    'Ga in open bronnen na wie eigenaar is van de financier, waaraan hij verbonden is en wat hij eerder heeft voortgebracht (sanctielijsten, negatieve berichtgeving, overzichten van defensie-universiteiten), en leg dat vast.',
  'It is not yet known whether the funder has links to military, defence, security or intelligence bodies.':
    'Het is nog niet bekend of de financier banden heeft met militaire, defensie-, veiligheids- of inlichtingenorganisaties.',
  'The funder is a military or defence organisation.': 'De financier is een militaire of defensieorganisatie.',
  'The funder appears on a sanctions or restricted-party list.':
    'De financier staat op een sanctielijst of een lijst van partijen waarvoor beperkingen gelden.',
  "Screen the funder against the EU, UK, UN and US lists (and Canada's Named Research Organizations list) and record the result; absence from a list is not a clearance.":
    'Controleer de financier aan de hand van de lijsten van de EU, het VK, de VN en de VS (en de Canadese lijst van Named Research Organizations) en leg de uitkomst vast; dat een partij niet op een lijst staat, is geen vrijgave.',
  'The funder has not yet been screened against sanctions and restricted-party lists.':
    'De financier is nog niet gecontroleerd aan de hand van sanctielijsten en lijsten van partijen waarvoor beperkingen gelden.',
  'Talent programmes are legitimate in many countries; concern arises with undisclosed commitments, IP transfer, recruiting others or replicating work abroad.':
    "Talentprogramma's zijn in veel landen legitiem; zorgen ontstaan bij verplichtingen die niet gemeld worden, overdracht van intellectueel eigendom, het werven van anderen of het elders nabootsen van werk.",
  'Get the full terms in writing and have them checked before you sign anything.':
    'Vraag de volledige voorwaarden op schrift en laat ze nakijken voordat u iets ondertekent.',
  'The offer asks for confidentiality or commitments you would not disclose, a warning sign of a malign talent programme.':
    'Het aanbod vraagt om geheimhouding of om verplichtingen die u niet zou melden, een waarschuwingssignaal voor een kwaadwillend talentprogramma.',
  'Do not accept conditions that require hiding the arrangement from your institution or funders.':
    'Aanvaard geen voorwaarden die u verplichten de afspraak voor uw instelling of financiers verborgen te houden.',
  'It is not yet clear whether the offer requires confidentiality or commitments you would not disclose.':
    'Het is nog niet duidelijk of het aanbod geheimhouding vraagt of verplichtingen die u niet zou melden.',
  'Ask for the full terms in writing, including any confidentiality clauses.':
    'Vraag de volledige voorwaarden op schrift, inclusief eventuele geheimhoudingsbepalingen.',
  'The offer may require mirroring a lab abroad, recruiting others or repeating work funded elsewhere.':
    'Het aanbod vraagt mogelijk om een lab in het buitenland na te bootsen, anderen te werven of werk te herhalen dat elders is gefinancierd.',
  'Discuss these conditions with the desk before accepting; funders may require you to attest that none apply.':
    'Bespreek deze voorwaarden met het loket voordat u het aanbod aanneemt; financiers kunnen eisen dat u verklaart dat geen ervan van toepassing is.',
  'IP, data ownership or credit for the work may pass to the funder or a foreign institution.':
    'Intellectueel eigendom, eigendom van gegevens of de erkenning voor het werk kunnen overgaan naar de financier of een buitenlandse instelling.',
  'Have your technology transfer office review the IP and data clauses.':
    'Laat uw afdeling voor kennisoverdracht de bepalingen over intellectueel eigendom en gegevens nakijken.',
  'The role takes time alongside your current position, which can be a conflict of commitment needing approval.':
    'De functie kost tijd naast uw huidige aanstelling, wat een conflict van verplichtingen kan zijn waarvoor toestemming nodig is.',
  'Ask for prior approval under your institution’s rules on secondary activities and conflicts of commitment.':
    'Vraag vooraf toestemming volgens de regels van uw instelling voor nevenwerkzaamheden en conflicten van verplichtingen.',
  'The funding or appointment may not be disclosed to your institution and your other funders.':
    'De financiering of aanstelling wordt mogelijk niet gemeld aan uw instelling en uw andere financiers.',
  'Disclose the funding or appointment to your institution and in your funders’ forms.':
    'Meld de financiering of aanstelling aan uw instelling en in de formulieren van uw financiers.',
  'The original source of the funds is not clear.': 'De oorspronkelijke herkomst van het geld is niet duidelijk.',
  'Ask the funder in writing where the money comes from and who the end client is.':
    'Vraag de financier schriftelijk waar het geld vandaan komt en wie de eindklant is.',
  'The funder may want a particular outcome or a say over publication.':
    'De financier wil mogelijk een bepaalde uitkomst, of zeggenschap over publicatie.',
  'Keep the right to publish and the research direction with the researchers, in writing.':
    'Leg schriftelijk vast dat het recht op publicatie en de onderzoeksrichting bij de onderzoekers blijven.',
  'The funder is a government body; check what influence or control it expects over the work.':
    'De financier is een overheidsorgaan; ga na welke invloed of zeggenschap hij over het werk verwacht.',
  'Record what the funder expects (reporting, access, IP) in the funding agreement.':
    'Leg in de financieringsovereenkomst vast wat de financier verwacht (rapportage, toegang, intellectueel eigendom).',
  'Disclose the offer to your institution before accepting, and check the rules of your current funders on foreign support and appointments.':
    'Meld het aanbod aan uw instelling voordat u het aanneemt, en ga na wat de regels van uw huidige financiers zijn voor buitenlandse steun en aanstellingen.',
  'US: list the support in your current-and-pending-support forms; researchers on federal awards may not join a malign foreign talent recruitment programme.':
    'VS: vermeld de steun in uw formulieren voor lopende en aangevraagde steun (current and pending support); onderzoekers met federale subsidies mogen niet deelnemen aan een kwaadwillend buitenlands programma voor talentwerving.',
  'Canada: if the research advances a Sensitive Technology Research Area, check the STRAC policy before accepting support from any organisation.':
    'Canada: draagt het onderzoek bij aan een Sensitive Technology Research Area, ga dan het STRAC-beleid na voordat u steun van welke organisatie dan ook aanneemt.',
  '{match} is one of the countries that Dutch intelligence services name as state actors active against Dutch knowledge and that US law names as countries of concern: a reason to look closely at what is shared and who receives it, not a verdict. {detail}':
    '{match} is een van de landen die de Nederlandse inlichtingendiensten noemen als statelijke actoren die zich op Nederlandse kennis richten, en die de Amerikaanse wet aanmerkt als landen van zorg: reden om goed te kijken naar wat er gedeeld wordt en wie het ontvangt, geen oordeel. {detail}',
  'The recipient appears on a sanctions or restricted-party list.':
    'De ontvanger staat op een sanctielijst of een lijst van partijen waarvoor beperkingen gelden.',
  "Screen the recipient against the EU, UK, UN and US lists (and Canada's Named Research Organizations list) and record the result; absence from a list is not a clearance.":
    'Controleer de ontvanger aan de hand van de lijsten van de EU, het VK, de VN en de VS (en de Canadese lijst van Named Research Organizations) en leg de uitkomst vast; dat een partij niet op een lijst staat, is geen vrijgave.',
  'The recipient has not yet been screened against sanctions and restricted-party lists.':
    'De ontvanger is nog niet gecontroleerd aan de hand van sanctielijsten en lijsten van partijen waarvoor beperkingen gelden.',
  'A listed item, software or technology leaving the export area normally needs a licence check before it is sent.':
    'Gaan goederen, software of technologie van een controlelijst buiten het exportgebied, dan moet normaal gesproken vóór verzending worden nagegaan of een vergunning nodig is.',
  'Send nothing until the export control office has confirmed whether a licence is needed.':
    'Verstuur niets totdat de exportcontrolefunctionaris heeft bevestigd of een vergunning nodig is.',
  'A listed item stays inside the export area; only the most sensitive items need a licence, but national rules can add more.':
    'Een goed op een controlelijst blijft binnen het exportgebied; alleen voor de gevoeligste goederen is een vergunning nodig, maar nationale regels kunnen meer vereisen.',
  'Ask the export control office about national rules in your own country.':
    'Vraag de exportcontrolefunctionaris naar de nationale regels in uw eigen land.',
  'It is not yet known whether what you share is on a control list.':
    'Het is nog niet bekend of wat u deelt op een controlelijst staat.',
  'Have the export control office classify the item, software or technology before it is sent.':
    'Laat de exportcontrolefunctionaris het goed, de software of de technologie classificeren voordat het wordt verstuurd.',
  'The recipient could use it for military purposes, weapons of mass destruction, surveillance or repression: the catch-all rule can apply.':
    'De ontvanger zou het kunnen gebruiken voor militaire doeleinden, massavernietigingswapens, surveillance of repressie: de catch-allbepaling kan van toepassing zijn.',
  'Pause the transfer and contact the export control office; keep a written record of the end-use checks.':
    'Zet de overdracht stil en neem contact op met de exportcontrolefunctionaris; leg de controles op het eindgebruik schriftelijk vast.',
  'The information may be neither basic research nor public, so the research exemptions may not apply.':
    'De informatie is mogelijk geen fundamenteel onderzoek en niet openbaar, zodat de uitzonderingen voor onderzoek mogelijk niet gelden.',
  'Share only what is published, or wait for the export control office before sharing unpublished material.':
    'Deel alleen wat gepubliceerd is, of wacht op de exportcontrolefunctionaris voordat u ongepubliceerd materiaal deelt.',
  'The research exemptions cover information, not samples, materials or equipment.':
    'De uitzonderingen voor onderzoek gelden voor informatie, niet voor monsters, materialen of apparatuur.',
  'Have physical items classified before shipping, including any special shipping or labelling requests.':
    'Laat fysieke goederen classificeren voordat ze worden verzonden, ook bij bijzondere verzoeken over verzending of etikettering.',
  'Teaching, training or technical assistance can itself be controlled when it concerns listed items or a sensitive end use.':
    'Onderwijs, training of technische bijstand kan zelf onder controle vallen als het gaat om goederen op een controlelijst of om een gevoelig eindgebruik.',
  'Check course or advice content with the export control office before teaching or advising abroad.':
    'Leg de inhoud van een cursus of advies voor aan de exportcontrolefunctionaris voordat u in het buitenland lesgeeft of adviseert.',
  'E-mail, shared drives, cloud storage and calls across the border count as exports of controlled technology.':
    'E-mail, gedeelde schijven, cloudopslag en gesprekken over de grens gelden als export van gecontroleerde technologie.',
  'Use institution-managed storage inside the export area and give access only once cleared.':
    'Gebruik opslag die de instelling beheert binnen het exportgebied, en geef pas toegang na goedkeuring.',
  'Work through the three export-control questions with your export control office: is it listed, does an exemption apply, is there an end-use or end-user concern?':
    'Loop met uw exportcontrolefunctionaris de drie exportcontrolevragen langs: staat het op een lijst, geldt er een uitzondering, is er een zorg over het eindgebruik of de eindgebruiker?',
  'Keep a written record of the checks made on the recipient and the end use.':
    'Leg schriftelijk vast welke controles er zijn gedaan op de ontvanger en het eindgebruik.',
  'UK: the ECJU End User Advisory Service can advise on a named overseas end user; its advice is not a licence.':
    'VK: de End User Advisory Service van de ECJU kan advies geven over een genoemde eindgebruiker in het buitenland; dat advies is geen vergunning.',
  'US: check whether the EAR, ITAR or OFAC sanctions apply, and whether fundamental-research status still holds.':
    'VS: ga na of de EAR, de ITAR of sancties van OFAC van toepassing zijn, en of de status van fundamenteel onderzoek nog geldt.',

  // The state-actor list's `detail` sentences (src/intake/data/state-actor-countries.json), filled into {detail}.
  // An institution's own list keeps its own wording.
  "China's Counter-Espionage Law, revised and in force since 1 July 2023, covers documents, data, materials and items related to national security and interests, and the US National Counterintelligence and Security Center warns that this puts academics and researchers at risk; under the Ministry of State Security's rules in force since 1 July 2024, state security officers may inspect electronic devices, and the UK government's travel advice warns that China's national security laws are broad and that travellers can be arrested without having intended to break the law.":
    'De Chinese contraspionagewet, herzien en van kracht sinds 1 juli 2023, geldt voor documenten, gegevens, materialen en voorwerpen die verband houden met de nationale veiligheid en de nationale belangen, en het Amerikaanse National Counterintelligence and Security Center waarschuwt dat academici en onderzoekers daardoor risico lopen; volgens de regels van het Chinese Ministerie van Staatsveiligheid die sinds 1 juli 2024 gelden, mogen staatsveiligheidsfunctionarissen elektronische apparaten inspecteren, en het reisadvies van de Britse regering waarschuwt dat de Chinese wetten op de nationale veiligheid ruim zijn en dat reizigers kunnen worden gearresteerd zonder dat zij de wet wilden overtreden.',
  'Russia is under EU restrictive measures that include an arms embargo and limits on dual-use exports, and the UK government advised against all travel to Russia from March 2022.':
    'Tegen Rusland gelden beperkende maatregelen van de EU, waaronder een wapenembargo en beperkingen op de export van producten voor tweeërlei gebruik, en de Britse regering raadde vanaf maart 2022 alle reizen naar Rusland af.',
  'Iran is under EU restrictive measures that include an arms embargo and restrictions on dual-use and proliferation-sensitive items.':
    'Tegen Iran gelden beperkende maatregelen van de EU, waaronder een wapenembargo en beperkingen op producten voor tweeërlei gebruik en op proliferatiegevoelige goederen.',
  'North Korea is under UN Security Council and EU sanctions that include an arms embargo and bans on dual-use goods and technical assistance.':
    'Tegen Noord-Korea gelden sancties van de VN-Veiligheidsraad en de EU, waaronder een wapenembargo en verboden op producten voor tweeërlei gebruik en op technische bijstand.',
};
