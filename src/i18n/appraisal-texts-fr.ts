// The guided checks' flag reasons, mitigations and next steps in French (formal "vous"), keyed by the English text of the flow
// definitions (src/intake/flows); {match}, {detail}, {advice} and {desk} are filled in after translation. A test
// checks that every text of every flow is here, with the same placeholders.
export const appraisalTextsFr: Record<string, string> = {
  'The work touches one of the four EU priority critical technology areas (semiconductors, AI, quantum, biotechnologies), where technology leakage is of most concern.':
    'Les travaux touchent l’un des quatre domaines prioritaires de l’UE parmi les technologies critiques (semi-conducteurs, IA, quantique, biotechnologies), où la fuite de technologies inquiète le plus.',
  'Share unpublished results, code and know-how on a need-to-know basis and only as far as the collaboration needs.':
    'Ne partagez les résultats non publiés, le code et le savoir-faire qu’avec ceux qui en ont besoin, et seulement dans la mesure où la collaboration l’exige.',
  'Ask your export control office whether the work is also on a control list: the EU critical technology list itself prohibits nothing.':
    'Demandez à votre service de contrôle des exportations si les travaux figurent aussi sur une liste de contrôle : la liste des technologies critiques de l’UE n’interdit rien en elle-même.',
  'The work touches an EU critical technology area; a fuller look at the partner and the intended use of the results is advisable.':
    'Les travaux touchent un domaine de technologie critique de l’UE ; il est conseillé d’examiner de plus près le partenaire et l’usage prévu des résultats.',
  'Note in the project file which critical technology area the work touches and who can access results.':
    'Notez dans le dossier du projet quel domaine de technologie critique les travaux touchent et qui a accès aux résultats.',
  '{match} is under EU restrictive measures that include an arms embargo and limits on dual-use exports; sanctions can restrict even know-how, teaching and services.':
    '{match} fait l’objet de mesures restrictives de l’UE comprenant un embargo sur les armes et des limites aux exportations de biens à double usage ; les sanctions peuvent restreindre jusqu’au savoir-faire, à l’enseignement et aux services.',
  'Share no know-how, services or items until the desk or export control office has checked the current sanctions (sanctionsmap.eu); this list is a marker, not a clearance.':
    'Ne partagez ni savoir-faire, ni services, ni biens tant que le service de conseil ou le service de contrôle des exportations n’a pas vérifié les sanctions en vigueur (sanctionsmap.eu) ; cette liste est un signal, pas une autorisation.',
  '{match} is one of the countries that Dutch intelligence services name as state actors active against Dutch knowledge and that US law names as countries of concern: a reason to look closely at what the partner gets access to and how data and results are shared, not a verdict. {detail}':
    '{match} fait partie des pays que les services de renseignement néerlandais désignent comme des acteurs étatiques actifs contre le savoir néerlandais, et que la loi américaine désigne comme pays préoccupants (countries of concern) : une raison d’examiner de près ce à quoi le partenaire a accès et la manière dont les données et les résultats sont partagés, pas un verdict. {detail}',
  'Weigh the country together with the research and the organisation, using current threat information (the AIVD and MIVD annual reports, the EU Sanctions Map) rather than the country alone.':
    'Évaluez le pays en même temps que la recherche et l’organisation, à l’aide d’informations à jour sur la menace (les rapports annuels de l’AIVD et du MIVD, l’EU Sanctions Map), plutôt que le pays seul.',
  'Read the current national travel advice for {match} ({advice}).':
    'Consultez les conseils aux voyageurs en vigueur pour {match} ({advice}).',
  'The partner has links to military, defence, security or intelligence bodies.':
    'Le partenaire a des liens avec des organismes militaires, de défense, de sécurité ou de renseignement.',
  "Check the partner's ownership, affiliations and past outputs in open sources (sanctions lists, adverse media, defence-university trackers) and keep a record.":
    'Vérifiez dans des sources ouvertes la propriété, les affiliations et les travaux passés du partenaire (listes de sanctions, presse défavorable, répertoires des universités de défense) et gardez-en une trace.',
  'It is not yet known whether the partner has links to military, defence, security or intelligence bodies.':
    'On ne sait pas encore si le partenaire a des liens avec des organismes militaires, de défense, de sécurité ou de renseignement.',
  'The partner is a military or defence organisation.': 'Le partenaire est une organisation militaire ou de défense.',
  'The partner appears on a sanctions or restricted-party list.':
    'Le partenaire figure sur une liste de sanctions ou une liste de parties soumises à restrictions.',
  "Screen the partner against the EU, UK, UN and US lists (and Canada's Named Research Organizations list) and record the result; absence from a list is not a clearance.":
    'Vérifiez le partenaire dans les listes de l’UE, du Royaume-Uni, de l’ONU et des États-Unis (et dans la liste canadienne des Named Research Organizations) et consignez le résultat ; l’absence d’une liste n’est pas une autorisation.',
  'The partner has not yet been screened against sanctions and restricted-party lists.':
    'Le partenaire n’a pas encore été vérifié dans les listes de sanctions et de parties soumises à restrictions.',
  'Results, equipment or software may have dual-use or military potential, or be on an export-control list.':
    'Les résultats, équipements ou logiciels pourraient avoir un usage double ou militaire, ou figurer sur une liste de contrôle des exportations.',
  'Ask your export control office to classify the work before sharing unpublished results, code or samples.':
    'Faites classer les travaux par votre service de contrôle des exportations avant de partager des résultats non publiés, du code ou des échantillons.',
  'There are signs that the partner could be subject to foreign-government influence, interference or control.':
    'Des signes indiquent que le partenaire pourrait être soumis à l’influence, à l’ingérence ou au contrôle d’un gouvernement étranger.',
  'Ask the partner about its ownership, governance and sources of funding, and record the answers.':
    'Interrogez le partenaire sur sa structure de propriété, sa gouvernance et ses sources de financement, et consignez les réponses.',
  'The partner may expect control over the research direction, data or IP, or limits on publication.':
    'Le partenaire pourrait attendre un contrôle sur l’orientation de la recherche, les données ou la propriété intellectuelle, ou des limites à la publication.',
  'Agree in writing who owns data and IP, the right to publish, and the acceptable uses of the results before work starts.':
    'Convenez par écrit, avant le début des travaux, de la propriété des données et de la propriété intellectuelle, du droit de publier et des usages autorisés des résultats.',
  'The project may use sensitive personal data or datasets that are sensitive in aggregate.':
    'Le projet pourrait utiliser des données personnelles sensibles ou des jeux de données sensibles une fois réunis.',
  'Keep sensitive datasets on institution-managed storage with need-to-know access, and check data-protection rules before sharing.':
    'Conservez les jeux de données sensibles sur un stockage géré par l’établissement, avec un accès limité à ceux qui en ont besoin, et vérifiez les règles de protection des données avant tout partage.',
  'The partner could gain access to facilities, networks or data beyond what the project needs.':
    'Le partenaire pourrait accéder à des installations, des réseaux ou des données au-delà de ce dont le projet a besoin.',
  'Give access on a need-to-know basis, physically and online, for the agreed work and period only.':
    'N’accordez l’accès, physique comme en ligne, qu’à ceux qui en ont besoin, pour les travaux convenus et pour la durée convenue seulement.',
  'The approach shows warning signs named in UK and Dutch due-diligence guidance.':
    'La démarche présente des signaux d’alerte cités par les orientations britanniques et néerlandaises sur la diligence raisonnable.',
  'Do open-source due diligence on the partner, and ask it to explain the end use and the source of its funds.':
    'Menez une vérification du partenaire en sources ouvertes, et demandez-lui d’expliquer l’utilisation finale et l’origine de ses fonds.',
  'There is no written agreement yet on IP, data, publication and acceptable uses of the results.':
    'Il n’existe encore aucun accord écrit sur la propriété intellectuelle, les données, la publication et les usages autorisés des résultats.',
  'Sign a partnership agreement covering IP, research steps, data sharing, publication and acceptable uses, with an exit clause.':
    'Signez un accord de partenariat couvrant la propriété intellectuelle, les étapes de recherche, le partage des données, la publication et les usages autorisés, avec une clause de sortie.',
  'A sensitive research area combined with concerns about the organisation or country: assessed together, as Canadian and Dutch guidance do, this is high risk.':
    'Un domaine de recherche sensible associé à des préoccupations sur l’organisation ou le pays : évalués ensemble, comme le font les orientations canadiennes et néerlandaises, cela constitue un risque élevé.',
  'Agree a risk-mitigation plan with the desk before work starts (for example limited access, a written agreement and a review date).':
    'Convenez avec le service de conseil d’un plan d’atténuation des risques avant le début des travaux (par exemple un accès limité, un accord écrit et une date de réexamen).',
  'Record the checks in your institution’s partnership appraisal form: Canada’s Risk Assessment Form, the UK Trusted Research partner checklists and the Finnish self-assessment ask the same questions.':
    'Consignez les vérifications dans le formulaire d’évaluation des partenariats de votre établissement : le Risk Assessment Form canadien, les listes de contrôle Trusted Research britanniques pour les partenaires et l’auto-évaluation finlandaise posent les mêmes questions.',
  'Keep this appraisal with the project file and review it when partners, funding or aims change.':
    'Conservez cette évaluation dans le dossier du projet et réexaminez-la lorsque les partenaires, le financement ou les objectifs changent.',
  'Australia: an arrangement with a foreign government or a foreign university without institutional autonomy may need notifying under the Foreign Arrangements Scheme.':
    'Australie : un accord avec un gouvernement étranger ou une université étrangère dépourvue d’autonomie institutionnelle peut devoir être notifié au titre du Foreign Arrangements Scheme.',
  '{match} is one of the countries that Dutch intelligence services name as state actors active against Dutch knowledge and that US law names as countries of concern: a reason to look closely at what the visitor gets access to and what they take home, not a verdict. {detail}':
    '{match} fait partie des pays que les services de renseignement néerlandais désignent comme des acteurs étatiques actifs contre le savoir néerlandais, et que la loi américaine désigne comme pays préoccupants (countries of concern) : une raison d’examiner de près ce à quoi le visiteur a accès et ce qu’il rapporte chez lui, pas un verdict. {detail}',
  'The home organisation has links to military, defence, security or intelligence bodies.':
    'L’organisation d’origine a des liens avec des organismes militaires, de défense, de sécurité ou de renseignement.',
  "Check the home organisation's ownership, affiliations and past outputs in open sources (sanctions lists, adverse media, defence-university trackers) and keep a record.":
    'Vérifiez dans des sources ouvertes la propriété, les affiliations et les travaux passés de l’organisation d’origine (listes de sanctions, presse défavorable, répertoires des universités de défense) et gardez-en une trace.',
  'It is not yet known whether the home organisation has links to military, defence, security or intelligence bodies.':
    'On ne sait pas encore si l’organisation d’origine a des liens avec des organismes militaires, de défense, de sécurité ou de renseignement.',
  'The home organisation is a military or defence organisation.':
    'L’organisation d’origine est une organisation militaire ou de défense.',
  'The home organisation appears on a sanctions or restricted-party list.':
    'L’organisation d’origine figure sur une liste de sanctions ou une liste de parties soumises à restrictions.',
  "Screen the home organisation against the EU, UK, UN and US lists (and Canada's Named Research Organizations list) and record the result; absence from a list is not a clearance.":
    'Vérifiez l’organisation d’origine dans les listes de l’UE, du Royaume-Uni, de l’ONU et des États-Unis (et dans la liste canadienne des Named Research Organizations) et consignez le résultat ; l’absence d’une liste n’est pas une autorisation.',
  'The home organisation has not yet been screened against sanctions and restricted-party lists.':
    'L’organisation d’origine n’a pas encore été vérifiée dans les listes de sanctions et de parties soumises à restrictions.',
  'Access to export-controlled technology or materials can itself raise export-control questions, for example when a visitor takes the knowledge home.':
    'L’accès à des technologies ou matériels soumis au contrôle des exportations peut à lui seul soulever des questions de contrôle des exportations, par exemple quand un visiteur rapporte ce savoir chez lui.',
  'Ask your export control office before the visitor works with controlled equipment or technical data.':
    'Consultez votre service de contrôle des exportations avant que le visiteur ne travaille avec des équipements ou des données techniques contrôlés.',
  'Access to a restricted area (such as a French ZRR) needs an access request and an opinion before the visit.':
    'L’accès à une zone protégée (comme une ZRR en France) nécessite une demande d’accès et un avis avant la visite.',
  'Submit the access request well before arrival; the visitor works outside the restricted area until it is granted.':
    'Déposez la demande d’accès bien avant l’arrivée ; le visiteur travaille hors de la zone protégée jusqu’à ce qu’elle soit accordée.',
  'The visitor would have access to sensitive labs, unpublished data or research systems.':
    'Le visiteur aurait accès à des laboratoires sensibles, à des données non publiées ou à des systèmes de recherche.',
  'Grant access only to the labs, data and systems the agreed work needs, and end it on the agreed date.':
    'N’accordez l’accès qu’aux laboratoires, données et systèmes dont les travaux convenus ont besoin, et mettez-y fin à la date convenue.',
  'Access is not (yet) limited to what the visit needs and written down.':
    'L’accès n’est pas (encore) limité à ce dont la visite a besoin, ni consigné par écrit.',
  'Write down the access conditions (which labs, data and systems, until when) and have them agreed before arrival.':
    'Consignez les conditions d’accès (quels laboratoires, données et systèmes, jusqu’à quand) et faites-les accepter avant l’arrivée.',
  'The visitor may keep remote access to data or systems after the visit.':
    'Le visiteur pourrait conserver un accès à distance à des données ou des systèmes après la visite.',
  'Review remote access when the visit ends and keep only what a written agreement covers.':
    'Réexaminez l’accès à distance à la fin de la visite et ne conservez que ce que couvre un accord écrit.',
  'The visit is paid by a foreign government or scholarship programme; such programmes can attach conditions (reporting, IP, return obligations).':
    'La visite est financée par un gouvernement étranger ou un programme de bourses ; ces programmes peuvent y attacher des conditions (comptes rendus, propriété intellectuelle, obligation de retour).',
  'Ask which conditions the programme attaches to the visit, and record them with the visiting agreement.':
    'Demandez quelles conditions le programme attache à la visite, et consignez-les avec l’accord de visite.',
  'Before the visit, write down which labs, data and systems the visitor needs, and screen the home organisation against restricted-party lists.':
    'Avant la visite, consignez les laboratoires, données et systèmes dont le visiteur a besoin, et vérifiez l’organisation d’origine dans les listes de parties soumises à restrictions.',
  'Ask the export control office before the visitor works with controlled equipment or technical data.':
    'Consultez le service de contrôle des exportations avant que le visiteur ne travaille avec des équipements ou des données techniques contrôlés.',
  'UK: some international researchers in sensitive subjects need an ATAS certificate before they start; your HR or international office checks whether it applies.':
    'Royaume-Uni : certains chercheurs internationaux dans des disciplines sensibles ont besoin d’un certificat ATAS avant de commencer ; votre service des ressources humaines ou des relations internationales vérifie si c’est le cas.',
  'France: ask your security and defence official (FSD) about the ZRR access request.':
    'France : interrogez votre fonctionnaire de sécurité et de défense (FSD) sur la demande d’accès à la ZRR.',
  '{match} is one of the countries that Dutch intelligence services name as state actors active against Dutch knowledge and that US law names as countries of concern: a reason to look closely at the devices and data you take and the contacts you make, not a verdict. {detail}':
    '{match} fait partie des pays que les services de renseignement néerlandais désignent comme des acteurs étatiques actifs contre le savoir néerlandais, et que la loi américaine désigne comme pays préoccupants (countries of concern) : une raison de faire attention aux appareils et aux données que vous emportez et aux contacts que vous nouez, pas un verdict. {detail}',
  'You plan to take your own laptop, phone or storage to {match}, where devices can be inspected or copied; guidance for high-risk trips is to take equipment used only for the trip.':
    'Vous prévoyez d’emporter votre propre ordinateur portable, téléphone ou support de stockage en {match}, où les appareils peuvent être fouillés ou copiés ; pour les voyages à haut risque, il est conseillé d’emporter du matériel réservé au voyage.',
  'Take a clean loaner laptop and phone from IT instead of your own, holding only what this trip needs; ask IT in good time, and set up strong passcodes with fingerprint and face unlock switched off.':
    'Emportez un ordinateur portable et un téléphone de prêt vierges fournis par l’informatique plutôt que les vôtres, ne contenant que ce dont ce voyage a besoin ; demandez-les à temps au service informatique, et définissez des codes robustes en désactivant le déverrouillage par empreinte et par reconnaissance faciale.',
  'Leave at home: your everyday laptop and phone, USB sticks and external drives, unpublished results, personal data and anything export-controlled; log out of cloud services and turn off synchronisation of your work e-mail.':
    'Laissez chez vous : votre ordinateur et votre téléphone habituels, les clés USB et disques externes, les résultats non publiés, les données personnelles et tout ce qui est soumis au contrôle des exportations ; déconnectez-vous des services cloud et désactivez la synchronisation de votre messagerie professionnelle.',
  'On return, hand loaner devices to IT to be wiped before anything connects to institutional systems, ask IT whether any device of your own that travelled needs a check first, and report any inspection, loss or unusual approach to IT and the research security contact.':
    'Au retour, remettez les appareils de prêt au service informatique pour qu’ils soient effacés avant toute connexion aux systèmes de l’établissement, demandez au service informatique si l’un de vos propres appareils ayant voyagé doit d’abord être vérifié, et signalez toute inspection, perte ou approche inhabituelle au service informatique et au référent sécurité de la recherche.',
  'You will carry or reach unpublished, personal or confidential data in {match}, where border and security officers can demand access to devices and their contents.':
    'Vous emporterez ou consulterez des données non publiées, personnelles ou confidentielles en {match}, où les agents des frontières et de sécurité peuvent exiger l’accès aux appareils et à leur contenu.',
  'Carry no sensitive or controlled data, on devices or reachable through the cloud; if the work cannot go without it, agree with IT and the desk beforehand how, if at all, it is reached.':
    'N’emportez aucune donnée sensible ou contrôlée, ni sur vos appareils ni accessible par le cloud ; si les travaux ne peuvent s’en passer, convenez au préalable avec le service informatique et le service de conseil si et comment y accéder.',
  'The host organisation has links to military, defence, security or intelligence bodies.':
    'L’organisation d’accueil a des liens avec des organismes militaires, de défense, de sécurité ou de renseignement.',
  "Check the host organisation's ownership, affiliations and past outputs in open sources (sanctions lists, adverse media, defence-university trackers) and keep a record.":
    'Vérifiez dans des sources ouvertes la propriété, les affiliations et les travaux passés de l’organisation d’accueil (listes de sanctions, presse défavorable, répertoires des universités de défense) et gardez-en une trace.',
  'It is not yet known whether the host organisation has links to military, defence, security or intelligence bodies.':
    'On ne sait pas encore si l’organisation d’accueil a des liens avec des organismes militaires, de défense, de sécurité ou de renseignement.',
  'You plan to take devices that hold or reach unpublished or confidential data; devices can be searched or copied at borders.':
    'Vous prévoyez d’emporter des appareils qui contiennent des données non publiées ou confidentielles, ou qui y donnent accès ; les appareils peuvent être fouillés ou copiés aux frontières.',
  'Travel with a loaner or clean device holding only what the trip needs; log out of cloud services and power devices off before border control.':
    'Voyagez avec un appareil de prêt ou vierge ne contenant que ce dont le voyage a besoin ; déconnectez-vous des services cloud et éteignez les appareils avant le contrôle aux frontières.',
  'Report any device search, loss or unusual approach to IT and the research security contact.':
    'Signalez toute fouille ou perte d’appareil, et toute approche inhabituelle, au service informatique et au référent sécurité de la recherche.',
  'Carrying export-controlled technology, or accessing it from abroad, counts as an export and may need a licence.':
    'Emporter des technologies soumises au contrôle des exportations, ou y accéder depuis l’étranger, constitue une exportation et peut nécessiter une licence.',
  'Ask the export control office before the trip; leave controlled data at home unless a licence covers it.':
    'Consultez le service de contrôle des exportations avant le voyage ; laissez les données contrôlées chez vous, sauf si une licence les couvre.',
  'It is not yet known whether the data you take involves export-controlled technology.':
    'On ne sait pas encore si les données que vous emportez concernent des technologies soumises au contrôle des exportations.',
  'Ask the export control office to classify the data before you travel.':
    'Faites classer les données par le service de contrôle des exportations avant de partir.',
  'Presenting or teaching unpublished results or know-how abroad shares technology that is not yet public.':
    'Présenter ou enseigner à l’étranger des résultats non publiés ou un savoir-faire, c’est partager une technologie qui n’est pas encore publique.',
  'Present what is published or ready to publish; keep unpublished methods and data for trusted channels.':
    'Présentez ce qui est publié ou prêt à l’être ; réservez les méthodes et données non publiées à des canaux de confiance.',
  'The destination’s rules on encrypted devices have not been checked.':
    'Les règles du pays de destination sur les appareils chiffrés n’ont pas été vérifiées.',
  'Check the destination’s encryption rules before travelling with encrypted devices.':
    'Vérifiez les règles du pays de destination en matière de chiffrement avant de voyager avec des appareils chiffrés.',
  "Before you book, read your government's current travel advice for the destination and follow your institution's travel procedures; the UK's NPSA names the government's foreign travel advice as the primary source.":
    'Avant de réserver, lisez les conseils aux voyageurs de votre gouvernement pour la destination et suivez les procédures de déplacement de votre établissement ; la NPSA britannique désigne les conseils aux voyageurs du gouvernement comme la source principale.',
  "United Kingdom: work through NPSA's Trusted Research Countries and Conferences guidance before the trip.":
    'Royaume-Uni : parcourez avant le voyage les orientations Trusted Research Countries and Conferences de la NPSA.',
  "Germany: read the BfV's information sheet on security on business trips, and ask your institution's security officer for current travel advice.":
    'Allemagne : lisez la fiche du BfV sur la sécurité en voyage d’affaires, et demandez au responsable de la sécurité de votre établissement les conseils aux voyageurs à jour.',
  "Norway: follow NSM's travel rules for ICT security, with equipment used only for the trip when the risk is high.":
    'Norvège : suivez les règles de voyage de la NSM pour la sécurité informatique, avec du matériel réservé au voyage lorsque le risque est élevé.',
  'Netherlands: Dutch university travel advice (Leiden, for example) is to leave your own laptop and phone at home and not to use USB sticks or cables from strangers; check your own institution’s travel guidance.':
    'Pays-Bas : les universités néerlandaises (Leiden, par exemple) conseillent de laisser son propre ordinateur et son téléphone chez soi et de ne pas utiliser de clés USB ni de câbles d’inconnus ; consultez les consignes de voyage de votre propre établissement.',
  "Canada: read CSIS's advice for researchers who travel abroad, linked from the Safeguarding Your Research portal.":
    'Canada : lisez les conseils du SCRS aux chercheurs qui voyagent à l’étranger, accessibles depuis le portail Protégez votre recherche.',
  "United States: check your university's foreign travel disclosure and authorisation rules (the travel element of its research security program).":
    'États-Unis : vérifiez les règles de votre université sur la déclaration et l’autorisation des déplacements à l’étranger (le volet voyages de son programme de sécurité de la recherche).',
  'Italy: ask whether your institution has a travel protocol under the MUR research security guidelines.':
    'Italie : demandez si votre établissement dispose d’un protocole de déplacement au titre des lignes directrices du MUR sur la sécurité de la recherche.',
  'After you return, have loaner devices wiped and ask IT whether your own devices should be checked before reconnecting.':
    'Au retour, faites effacer les appareils de prêt et demandez au service informatique si vos propres appareils doivent être vérifiés avant d’être reconnectés.',
  'France: for a trip to a sensitive region, contact your security and defence official (FSD) well before departure.':
    'France : pour un déplacement dans une région sensible, contactez votre fonctionnaire de sécurité et de défense (FSD) bien avant le départ.',
  '{match} is one of the countries that Dutch intelligence services name as state actors active against Dutch knowledge and that US law names as countries of concern: a reason to look closely at the conditions attached to the money and who gets the results, not a verdict. {detail}':
    '{match} fait partie des pays que les services de renseignement néerlandais désignent comme des acteurs étatiques actifs contre le savoir néerlandais, et que la loi américaine désigne comme pays préoccupants (countries of concern) : une raison d’examiner de près les conditions attachées au financement et qui reçoit les résultats, pas un verdict. {detail}',
  'The funder has links to military, defence, security or intelligence bodies.':
    'Le financeur a des liens avec des organismes militaires, de défense, de sécurité ou de renseignement.',
  "Check the funder's ownership, affiliations and past outputs in open sources (sanctions lists, adverse media, defence-university trackers) and keep a record.":
    'Vérifiez dans des sources ouvertes la propriété, les affiliations et les travaux passés du financeur (listes de sanctions, presse défavorable, répertoires des universités de défense) et gardez-en une trace.',
  'It is not yet known whether the funder has links to military, defence, security or intelligence bodies.':
    'On ne sait pas encore si le financeur a des liens avec des organismes militaires, de défense, de sécurité ou de renseignement.',
  'The funder is a military or defence organisation.': 'Le financeur est une organisation militaire ou de défense.',
  'The funder appears on a sanctions or restricted-party list.':
    'Le financeur figure sur une liste de sanctions ou une liste de parties soumises à restrictions.',
  "Screen the funder against the EU, UK, UN and US lists (and Canada's Named Research Organizations list) and record the result; absence from a list is not a clearance.":
    'Vérifiez le financeur dans les listes de l’UE, du Royaume-Uni, de l’ONU et des États-Unis (et dans la liste canadienne des Named Research Organizations) et consignez le résultat ; l’absence d’une liste n’est pas une autorisation.',
  'The funder has not yet been screened against sanctions and restricted-party lists.':
    'Le financeur n’a pas encore été vérifié dans les listes de sanctions et de parties soumises à restrictions.',
  'Talent programmes are legitimate in many countries; concern arises with undisclosed commitments, IP transfer, recruiting others or replicating work abroad.':
    'Les programmes de talents sont légitimes dans de nombreux pays ; la préoccupation naît d’engagements non déclarés, de transferts de propriété intellectuelle, du recrutement d’autres personnes ou de la reproduction de travaux à l’étranger.',
  'Get the full terms in writing and have them checked before you sign anything.':
    'Obtenez l’ensemble des conditions par écrit et faites-les vérifier avant de signer quoi que ce soit.',
  'The offer asks for confidentiality or commitments you would not disclose, a warning sign of a malign talent programme.':
    'L’offre exige une confidentialité ou des engagements que vous ne déclareriez pas, un signal d’alerte d’un programme de talents malveillant.',
  'Do not accept conditions that require hiding the arrangement from your institution or funders.':
    'N’acceptez aucune condition qui vous obligerait à cacher l’accord à votre établissement ou à vos financeurs.',
  'It is not yet clear whether the offer requires confidentiality or commitments you would not disclose.':
    'On ne sait pas encore si l’offre exige une confidentialité ou des engagements que vous ne déclareriez pas.',
  'Ask for the full terms in writing, including any confidentiality clauses.':
    'Demandez l’ensemble des conditions par écrit, y compris les éventuelles clauses de confidentialité.',
  'The offer may require mirroring a lab abroad, recruiting others or repeating work funded elsewhere.':
    'L’offre pourrait exiger de reproduire un laboratoire à l’étranger, de recruter d’autres personnes ou de refaire des travaux financés ailleurs.',
  'Discuss these conditions with the desk before accepting; funders may require you to attest that none apply.':
    'Discutez de ces conditions avec le service de conseil avant d’accepter ; les financeurs peuvent vous demander d’attester qu’aucune ne s’applique.',
  'IP, data ownership or credit for the work may pass to the funder or a foreign institution.':
    'La propriété intellectuelle, la propriété des données ou la reconnaissance des travaux pourraient revenir au financeur ou à un établissement étranger.',
  'Have your technology transfer office review the IP and data clauses.':
    'Faites examiner les clauses sur la propriété intellectuelle et les données par votre service de valorisation.',
  'The role takes time alongside your current position, which can be a conflict of commitment needing approval.':
    'Le poste prend du temps en plus de votre fonction actuelle, ce qui peut constituer un conflit d’engagement soumis à autorisation.',
  'Ask for prior approval under your institution’s rules on secondary activities and conflicts of commitment.':
    'Demandez une autorisation préalable selon les règles de votre établissement sur les activités accessoires et les conflits d’engagement.',
  'The funding or appointment may not be disclosed to your institution and your other funders.':
    'Le financement ou la nomination pourrait ne pas être déclaré à votre établissement et à vos autres financeurs.',
  'Disclose the funding or appointment to your institution and in your funders’ forms.':
    'Déclarez le financement ou la nomination à votre établissement et dans les formulaires de vos financeurs.',
  'The original source of the funds is not clear.': 'L’origine première des fonds n’est pas claire.',
  'Ask the funder in writing where the money comes from and who the end client is.':
    'Demandez par écrit au financeur d’où vient l’argent et qui est le client final.',
  'The funder may want a particular outcome or a say over publication.':
    'Le financeur pourrait souhaiter un résultat particulier ou un droit de regard sur la publication.',
  'Keep the right to publish and the research direction with the researchers, in writing.':
    'Garantissez par écrit que le droit de publier et l’orientation de la recherche restent aux chercheurs.',
  'The funder is a government body; check what influence or control it expects over the work.':
    'Le financeur est un organisme public ; vérifiez quelle influence ou quel contrôle il attend sur les travaux.',
  'Record what the funder expects (reporting, access, IP) in the funding agreement.':
    'Consignez dans la convention de financement ce que le financeur attend (comptes rendus, accès, propriété intellectuelle).',
  'Disclose the offer to your institution before accepting, and check the rules of your current funders on foreign support and appointments.':
    'Déclarez l’offre à votre établissement avant de l’accepter, et vérifiez les règles de vos financeurs actuels sur les soutiens et nominations à l’étranger.',
  'US: list the support in your current-and-pending-support forms; researchers on federal awards may not join a malign foreign talent recruitment programme.':
    'États-Unis : mentionnez ce soutien dans vos formulaires de soutiens en cours et en attente (current and pending support) ; les chercheurs bénéficiant de financements fédéraux ne peuvent pas participer à un programme étranger malveillant de recrutement de talents.',
  'Canada: if the research advances a Sensitive Technology Research Area, check the STRAC policy before accepting support from any organisation.':
    'Canada : si la recherche fait progresser un domaine de recherche en technologies sensibles (Sensitive Technology Research Area), consultez la politique STRAC avant d’accepter le soutien de quelque organisation que ce soit.',
  '{match} is one of the countries that Dutch intelligence services name as state actors active against Dutch knowledge and that US law names as countries of concern: a reason to look closely at what is shared and who receives it, not a verdict. {detail}':
    '{match} fait partie des pays que les services de renseignement néerlandais désignent comme des acteurs étatiques actifs contre le savoir néerlandais, et que la loi américaine désigne comme pays préoccupants (countries of concern) : une raison d’examiner de près ce qui est partagé et qui le reçoit, pas un verdict. {detail}',
  'The recipient appears on a sanctions or restricted-party list.':
    'Le destinataire figure sur une liste de sanctions ou une liste de parties soumises à restrictions.',
  "Screen the recipient against the EU, UK, UN and US lists (and Canada's Named Research Organizations list) and record the result; absence from a list is not a clearance.":
    'Vérifiez le destinataire dans les listes de l’UE, du Royaume-Uni, de l’ONU et des États-Unis (et dans la liste canadienne des Named Research Organizations) et consignez le résultat ; l’absence d’une liste n’est pas une autorisation.',
  'The recipient has not yet been screened against sanctions and restricted-party lists.':
    'Le destinataire n’a pas encore été vérifié dans les listes de sanctions et de parties soumises à restrictions.',
  'A listed item, software or technology leaving the export area normally needs a licence check before it is sent.':
    'Un bien, un logiciel ou une technologie listé qui quitte la zone d’exportation nécessite normalement de vérifier, avant l’envoi, si une licence est requise.',
  'Send nothing until the export control office has confirmed whether a licence is needed.':
    'N’envoyez rien tant que le service de contrôle des exportations n’a pas confirmé si une licence est nécessaire.',
  'A listed item stays inside the export area; only the most sensitive items need a licence, but national rules can add more.':
    'Un bien listé reste dans la zone d’exportation ; seuls les biens les plus sensibles nécessitent une licence, mais les règles nationales peuvent en exiger davantage.',
  'Ask the export control office about national rules in your own country.':
    'Interrogez le service de contrôle des exportations sur les règles nationales de votre pays.',
  'It is not yet known whether what you share is on a control list.':
    'On ne sait pas encore si ce que vous partagez figure sur une liste de contrôle.',
  'Have the export control office classify the item, software or technology before it is sent.':
    'Faites classer le bien, le logiciel ou la technologie par le service de contrôle des exportations avant l’envoi.',
  'The recipient could use it for military purposes, weapons of mass destruction, surveillance or repression: the catch-all rule can apply.':
    'Le destinataire pourrait l’utiliser à des fins militaires, pour des armes de destruction massive, de la surveillance ou de la répression : la clause attrape-tout peut s’appliquer.',
  'Pause the transfer and contact the export control office; keep a written record of the end-use checks.':
    'Suspendez le transfert et contactez le service de contrôle des exportations ; gardez une trace écrite des vérifications sur l’utilisation finale.',
  'The information may be neither basic research nor public, so the research exemptions may not apply.':
    'Les informations ne relèvent peut-être ni de la recherche fondamentale ni du domaine public, de sorte que les exemptions pour la recherche pourraient ne pas s’appliquer.',
  'Share only what is published, or wait for the export control office before sharing unpublished material.':
    'Ne partagez que ce qui est publié, ou attendez l’avis du service de contrôle des exportations avant de partager des documents non publiés.',
  'The research exemptions cover information, not samples, materials or equipment.':
    'Les exemptions pour la recherche couvrent les informations, pas les échantillons, matériaux ou équipements.',
  'Have physical items classified before shipping, including any special shipping or labelling requests.':
    'Faites classer les biens physiques avant l’expédition, y compris en cas de demandes particulières d’expédition ou d’étiquetage.',
  'Teaching, training or technical assistance can itself be controlled when it concerns listed items or a sensitive end use.':
    'L’enseignement, la formation ou l’assistance technique peuvent eux-mêmes être contrôlés lorsqu’ils portent sur des biens listés ou une utilisation finale sensible.',
  'Check course or advice content with the export control office before teaching or advising abroad.':
    'Faites vérifier le contenu d’un cours ou d’un conseil par le service de contrôle des exportations avant d’enseigner ou de conseiller à l’étranger.',
  'E-mail, shared drives, cloud storage and calls across the border count as exports of controlled technology.':
    'Les courriels, lecteurs partagés, stockages cloud et appels transfrontaliers constituent des exportations de technologies contrôlées.',
  'Use institution-managed storage inside the export area and give access only once cleared.':
    'Utilisez un stockage géré par l’établissement dans la zone d’exportation et n’ouvrez l’accès qu’une fois l’autorisation obtenue.',
  'Work through the three export-control questions with your export control office: is it listed, does an exemption apply, is there an end-use or end-user concern?':
    'Passez en revue avec votre service de contrôle des exportations les trois questions du contrôle des exportations : est-ce listé, une exemption s’applique-t-elle, y a-t-il une préoccupation quant à l’utilisation ou à l’utilisateur final ?',
  'Keep a written record of the checks made on the recipient and the end use.':
    'Gardez une trace écrite des vérifications menées sur le destinataire et l’utilisation finale.',
  'UK: the ECJU End User Advisory Service can advise on a named overseas end user; its advice is not a licence.':
    'Royaume-Uni : l’End User Advisory Service de l’ECJU peut donner un avis sur un utilisateur final étranger nommé ; cet avis n’est pas une licence.',
  'US: check whether the EAR, ITAR or OFAC sanctions apply, and whether fundamental-research status still holds.':
    'États-Unis : vérifiez si l’EAR, l’ITAR ou les sanctions de l’OFAC s’appliquent, et si le statut de recherche fondamentale est toujours acquis.',

  // The state-actor list's `detail` sentences (src/intake/data/state-actor-countries.json), filled into {detail}.
  // An institution's own list keeps its own wording.
  "China's Counter-Espionage Law, revised and in force since 1 July 2023, covers documents, data, materials and items related to national security and interests, and the US National Counterintelligence and Security Center warns that this puts academics and researchers at risk; under the Ministry of State Security's rules in force since 1 July 2024, state security officers may inspect electronic devices, and the UK government's travel advice warns that China's national security laws are broad and that travellers can be arrested without having intended to break the law.":
    'La loi chinoise contre l’espionnage, révisée et en vigueur depuis le 1er juillet 2023, couvre les documents, données, matériels et objets liés à la sécurité et aux intérêts nationaux, et le National Counterintelligence and Security Center américain avertit qu’elle expose les universitaires et les chercheurs à des risques ; selon les règles du ministère chinois de la Sécurité d’État en vigueur depuis le 1er juillet 2024, les agents de la sécurité d’État peuvent inspecter les appareils électroniques, et les conseils aux voyageurs du gouvernement britannique avertissent que les lois chinoises sur la sécurité nationale sont larges et que des voyageurs peuvent être arrêtés sans avoir eu l’intention d’enfreindre la loi.',
  'Russia is under EU restrictive measures that include an arms embargo and limits on dual-use exports, and the UK government advised against all travel to Russia from March 2022.':
    'La Russie fait l’objet de mesures restrictives de l’UE, dont un embargo sur les armes et des limites aux exportations de biens à double usage, et le gouvernement britannique a déconseillé tout voyage en Russie à partir de mars 2022.',
  'Iran is under EU restrictive measures that include an arms embargo and restrictions on dual-use and proliferation-sensitive items.':
    'L’Iran fait l’objet de mesures restrictives de l’UE, dont un embargo sur les armes et des restrictions sur les biens à double usage et les biens sensibles en matière de prolifération.',
  'North Korea is under UN Security Council and EU sanctions that include an arms embargo and bans on dual-use goods and technical assistance.':
    'La Corée du Nord fait l’objet de sanctions du Conseil de sécurité de l’ONU et de l’UE, dont un embargo sur les armes et des interdictions portant sur les biens à double usage et l’assistance technique.',
};
