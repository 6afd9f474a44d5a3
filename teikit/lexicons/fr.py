"""French: Élysée, Quai d'Orsay and UN French pages, parliamentary records."""
_W = str.split

ENTRIES = dict(
    detect_words=frozenset(_W("""
        le la les des est et une un que qui dans pour pas nous vous sur avec ce il sont du au
        cette mais
        à je ne oui merci bonjour aux ces très""")),
    label_not_words=frozenset(_W("""MAIS DATE LIEU SOURCE TITRE SUJET OBJET MISE À JOUR PUBLIÉ PARTAGER
        IMPRIMER LIRE VOIR NOTE ORDRE TRANSCRIPTION""")),  # ORDRE DU JOUR: the agenda; TRANSCRIPTION COMPLÈTE: a heading (L2140k)
    label_role_words=frozenset(_W("""
        coordinateur coordinatrice intervieweur intervieweuse interviewé interviewée
        président présidente ministre secrétaire ambassadeur ambassadrice porte-parole
        modérateur modératrice animateur animatrice journaliste interprète question réponse
        député députée sénateur sénatrice maire directeur directrice premier
        présentateur présentatrice correspondant correspondante envoyé envoyée
        juge procureur procureure prévenu prévenue accusé accusée avocat avocate greffier greffière""")),  # and a court record's parties (L1610i)
    label_announcers=frozenset(_W("orateur oratrice intervenant intervenante")),
    # headings over a results call's list of participants, one "Name - Role" line each (L300i)
    sluglines=(r"int\.|ext\.|int\./ext\.|intérieur\.?|extérieur\.?",),  # a screenplay's scene heading: "INT. KITCHEN - DAY" (L1277h)
    voice_extensions=(r"off|voix off|hors champ|h\.\s?c\.?|suite|au téléphone|à la radio",),  # after a screenplay character's name: "MARTHA (V.O.)" is MARTHA's label (L1401i)
    guest_intro_headings=frozenset(("à propos de l'invité", "à propos de l'invitée", "qui est-il ?", "qui est-elle ?")),  # a heading over the guest's portrait (H1282h)
    guest_labels=frozenset(("invité", "invitée",)),  # the guest's label, named by the portrait (H1282h)
    call_sections=frozenset(("questions-réponses", "questions et réponses", "séance de questions-réponses", "session de questions-réponses", "séance de questions", "présentation")),  # a call's section heading between two turns (T1272h)
    participant_headings=frozenset(("participants", "intervenants", "participants à la conférence", "dirigeants", "analystes")),
    answerer_fields=frozenset(_W("interviewé interviewée enquêté enquêtée")),  # a field naming who answers an interview (N1504i)
    occupation_fields=frozenset(_W("profession métier")),  # a field or a table column naming a person's occupation (N1504i)
    participant_fields=frozenset(_W("participants participantes intervenants intervenantes invités invitées invité invitée panélistes")),  # a field listing those who speak, with their roles (N950e)
    place_prepositions=frozenset(_W("à en")),  # before a place in a title's tail
    office_complements=(r"étrangères|étranger|européennes|économiques|sociales|nationale|générale|général|adjoint|adjointe|délégué|déléguée|chargé|chargée",),
    office_links=frozenset(_W("de du des")),  # join an office to its field: "Minister for Culture", "ministre de la Culture"
    elisions=(r"(?:d|l)['’]",),  # "ministre d'État", "ministre de l'Économie" (N1189h)
    office_fields=frozenset(_W("""
        république gouvernement conseil commission comité état sénat assemblée parlement cour banque union
        région département ville cabinet chambre ministère finances économie intérieur justice santé éducation
        défense affaires étrangères travail agriculture environnement culture armées sécurité nation""")),  # what an office is of: "PRESIDENTE DELLA REPUBBLICA"
    office_modifiers=frozenset(_W("ancien ancienne nouveau nouvelle ex futur future")),  # between an article and an office: "the former minister, ..."
    voice_words=(r"locuteur|locutrice|intervenant|voix",),  # diarization ids: a word and a number ("Voz 0889 00:02 ...")
    address_words=(r"à|au",),  # "OGS to Scott:": a speaker's label naming whom the speaker turns to
    transcript_intros=(r"voici (la|le) (transcription|texte|verbatim)\b.*|(la )?transcription (suit|complète|intégrale)\b.*|(texte|verbatim) (intégral|complet)\b.*",),  # a sentence that introduces the transcript
    transcript_headings=(r"(?:lire (?:la )?)?(?:transcription|verbatim)(?: intégrale| complète)?",),
    poll_headings=(r"sondages?|le sondage|votre avis",),  # a poll widget over its question (B2246l)
    poll_results=(r"résultats|voir les résultats|voter",),
    transcript_words=(r"\btranscri(ption|ptions|t|te|ts|tes)\b|\bsténogramme\b|\btexte intégral\b|\bcomptes? rendus?\b",),  # the transcript naming itself: an editor's note before the first turn ("texte intégral", H2532m; "COMPTE RENDU" of a sitting, H2482m)
    transcript_links=frozenset(_W("de du")),  # "Full transcript of Ann Roe interview": whose words the transcript holds (N2547m)
    recorded_verbs=(r"\b(?:a été|ont été) (?:enregistrée?s?|réalisée?s?|tenue?s?|diffusée?s?|publiée?s?)\b|\bs'est (?:déroulée?|tenue?)\b",),  # the lead telling when the occasion took place (D1034f)
    affiliation_links=(r"de(?: la| l’| l\')?|du|des|pour(?: la| le)?",),  # "Tom Roe, with the Harbour Board." opening one's turn (N1040f)
    roll_call_cues=(r"\bmoi,|\bavec moi,?|\bavec nous,?|\bà mes côtés,?",),  # a host names the voices labelled by initials (N1037f)
    asking_fields=(r"entretien|interview|questions|questions de|propos recueillis par|modérateur|modératrice|animation",),  # a title's "(Interview: Ann Lee)" names who asks (N1036f)
    question_labels=("QUESTION", "JOURNALISTE", "INTERVIEWER", "INTERVIEWEUR", "INTERVIEWEUSE"),
    interview_words=(r"entretiens?|entrevues?|interviews?",),  # a header naming the text an interview ("Entrevue avec …", Quebec's word, N1232h)
    question_counts=(r"questions?",),  # "3 questions": a number of questions, a headline (H353a)
    step_words=(r"[ée]tape",),  # before a number ("… 1:"): a how-to's numbered step, no speaker (L1102g)
    note_fields=(r"notes?|observations?|objectifs?",),  # an interview guide's own fields ("Notes:"), no speaker (L1107g)
    interview_parties=(r"l['’](?:interviewée?|intervieweu(?:r|se)|enquêtée?|enquêteu(?:r|se))",),  # "[the interviewee asks …]": a transcriber's description opens so (E1110g)
    pseudonym_fields=(r"pseudonyme|alias",),  # a guide's "Pseudonym:" field names the coded participant (N1112g)
    answer_labels=("RÉPONSE", "R", "INTERVIEWÉ", "INTERVIEWÉE"),
    asker_leads=(r"(?:(?:\d+(?:ère|re|er|e|ème|eme)|première|deuxième|troisième|quatrième|dernière)[ \u00a0]+)?question[ \u00a0]+(?:de[ \u00a0]+|d['’]|du[ \u00a0]+)",),  # a question's lead naming the asker before the label
    discourse_words=frozenset(_W("oui non alors bon voilà donc premièrement deuxièmement enfin")),
    label_small_words=frozenset(_W("de du des la le d' l'")),
    reporter_words=frozenset(("journaliste",)),
    list_joiners=frozenset(_W("et")),  # the last person of a list of guests
    small_words=frozenset(_W("de du des la le les et à au aux en pour par sur avec d' l' un une")),
    numbered_sittings=(r"\b\d+(?:e|ème|re)?\s+séance\b", r"\bséance n[°o]\.?\s*\d+"),  # H1167g
    legislative_terms=(r"législature|legislature|session ordinaire|session extraordinaire",),  # a house's numbered term on a header line, no place or venue (H1404i)
    title_words=frozenset(_W("""
        m. mme mlle monsieur madame président présidente ministre secrétaire général générale
        ambassadeur ambassadrice porte-parole premier première chef directeur directrice
        délégué déléguée haut haute représentant représentante affaires étrangères le la l'
        république gouvernement maire bourgmestre échevin échevine
        gouverneur gouverneure sénateur sénatrice chancelier chancelière député députée juge commissaire""")),  # bourgmestre, échevin: a Belgian or Luxembourg commune's mayor and aldermen (R2451m)
    not_name_words=frozenset(_W("""conférence presse point entretien entrevue déclaration discours
        réunion sommet conseil""")),
    anonymous_words=frozenset(_W("modérateur modératrice animateur animatrice intervenant intervenante")),
    ordinals=frozenset(_W("premier première premiere deuxième deuxieme second seconde troisième troisieme")),  # "Zweite Vizepräsidentin": part of the office
    name_introducers=frozenset(_W("par avec et")),  # "Entretien avec Anne Roux, maire de Lyon"
    honorifics=frozenset(_W("m. mme mlle monsieur madame")),
    forms_of_address=frozenset(_W("m mme madame")),
    address_offices={"saint-père": "pape", "très saint-père": "pape"},  # "Saint-Père, …" asks the Pope (N2523m)
    articles=frozenset(_W("le la les l' l’")),
    indefinite_articles=frozenset(_W("un une")),  # "Un journaliste :" (T683c)
    name_suffixes=frozenset(_W("fils père")),
    generic_voices=(r"QUESTION|QUESTIONS|JOURNALISTE|UNE JOURNALISTE|UN JOURNALISTE|RÉPONSE|"
                    r"INTERVENANT|INTERVENANTE|PUBLIC|UNE VOIX|PLUSIEURS VOIX|DES VOIX|QUELQUES VOIX|DES SÉNATEURS|DES DÉPUTÉS",),
    interpreter_labels=(r"(L')?INTERPRÈTE|TRADUCTEUR|TRADUCTRICE",),
    self_introductions=(r"\b(?:je suis|je m'appelle|je m’appelle|moi c'est)\s+$",),
    introductions=(r"\b(?:j[’\']invite|je donne la parole à|la parole est à|je passe la parole à|accueillir|accueillons|bienvenue à)\s+$",),
    naming_phrases=(r"\bje m[’']appelle\s+$", r"\bmon nom est\s+$"),
    self_roles=(r"\bje (?:serai|suis) (?:le|la|votre)\s+$",),
    self_affiliations=(r"\bje travaille (?:pour|à|au|chez)(?: la| le| l[’\'])?\s*$",),
    self_occupations=(r"\bje suis (?:un|une)\s+$",),
    occupation_links=frozenset(_W("à chez de")),
    chair_words=frozenset(_W("président présidente")),
    group_mandates=(r"au nom (?:du|de la|des)\b",),  # L1181h
    chair_offices=frozenset(_W("présidence")),
    report_cues=(r"(?:un |le )?reportage(?: de| d['’])?|(?:les précisions|le récit|l['’]analyse|le point) de|(?:notre |la |le )?(?:correspondante?|envoyée? spéciale?)\b|(?:à|au|aux|depuis|de) [^\W\d_][\w'’-]+(?: [^\W\d_][\w'’-]+){0,2},",),  # before a reporter's name closing the presenter's line (T868d)
    greeting_words=("bonjour", "bonsoir", "salut", "bienvenue"),  # a greeting that may name whom it greets (N810c)
    room_greetings=(r"(?:bonjour|bonsoir|salut) à (?:tous|toutes)\b",),  # a speaker greets the room: no address to one (L2560m)
    spoken_words=(r"\b(?:[Jj]e|[Mm]oi|[Mm]on|[Mm]a|[Mm]es|[Nn]ous|[Nn]otre|[Nn]os|[Vv]ous|[Vv]otre|[Vv]os|[Tt]u|[Tt]oi|[Tt]es)\b|\b[JjMmTt]['’](?=[^\W\d_])",
                  r"\b(?:[Mm]erci|[Bb]onjour|[Bb]onsoir|[Bb]ienvenue|[Mm]esdames|[Cc]hers collègues)\b"),  # only a speaker says them: a record's narration holds none
    house_reporters=(r"\b(?:notre|nos) (?:envoyée? spéciale? |)(?:journalistes?|reporters?|correspondante?s?|rédaction|envoyée?s? spéciale?s?)\b",),  # a lead's "we", not a speaker's (P740c)
    chair_phrases=(r"présidence de(?: m\.| mme| monsieur| madame)?",),
    chair_taken=(r"occupe le fauteuil",),  # "Le sénateur Paul Roux (président) occupe le fauteuil." (N2441m)
    floor_calls=(r"la parole est (?:maintenant )?à {name}", r"{name} a la parole",),  # T1455i
    witness_words=frozenset(_W("témoin déposant")),
    deposition_phrases=(r"audition de|déposition de|témoignage de",),
    occasion_notes=(r"déclaration liminaire|propos liminaires?|allocution d['’]ouverture",),  # "(Opening statement)" after a label
    label_notes=(r"suite|poursuivant|continuant|interrompant",),  # a continuation note in a label, not a role (N191o)
    role_copulas=(r"\s+(?:est|était|travaille comme)\s+(?:(?:le|la|un|une)\s+|l['’])?",),  # between a name and its role (N194o)
    relative_pronouns=(r"qui",),  # "Ann Roe, who was the mayor": the role after a relative pronoun and a copula (N952e)
    role_nouns=frozenset(_W("instituteur institutrice infirmier infirmière syndicaliste pharmacien pharmacienne invité invitée coanimateur coanimatrice auteur auteure autrice écrivain écrivaine professeur professeure étudiant étudiante enseignant enseignante acteur actrice chanteur chanteuse artiste rédacteur rédactrice arbitre entraîneur avocat avocate juge médecin économiste historien historienne chercheur chercheuse fondateur fondatrice co-fondateur co-fondatrice cofondateur cofondatrice député députée maire conseiller conseillère adjoint adjointe chef cheffe responsable membre vice-président vice-présidente sénateur sénatrice chargé chargée délégué déléguée pdg directeur directrice candidat candidate militant militante capitaine commissaire sélectionneur entraîneuse biologiste physicien physicienne architecte photographe réalisateur réalisatrice compositeur compositrice pianiste danseur danseuse footballeur psychologue psychiatre chirurgien chirurgienne entrepreneur entrepreneuse politologue sociologue philosophe prêtre évêque développeur développeuse designer designeuse ingénieur ingénieure")),  # occupations and ranks printed beside a name (N193o, N332c)
    possessives=frozenset(_W("mon ma notre son sa leur votre")),  # "my cohost, Dan", "notre invité, Adam": a host's guest and role (N951e)
    naming_links=frozenset(_W("nommé nommée appelé appelée")),  # "an actor named Ann Lee" (N363a)
    speech_deliveries=(r"(?:prononce|prononça|a prononcé)\s+(?:(?:son|sa|le|la|un|une)\s+)?(?:[\w'’-]+\s+){0,4}?(?:discours|allocution|conférence|sermon)\b",),  # N556a
    speech_headings=(r"(?:déclaration|intervention|allocution|discours)(?:\s+(?:liminaire|d['’]ouverture))?"
                     r"\s+(?:de|du|d['’])\s*",),
    # "Interview de Ann Roux, ministre des ports, d’Anne Leroy, « Radio Port »": the
    # interviewer after the guest's office, as the ministry prints its interview titles
    guest_phrases=(r"entretien avec|entrevue avec|interview avec|a interviewé|interroge|a interrogé",),  # N442a
    interviewer_credits=(r"interviewée? par|entretien réalisé par|propos recueillis par",),  # "Interviewed by <name>" under an oral history's narrator (H2003k)
    interviewer_phrases=(r"avec|interrogé par|entretien avec", r"(?:interview|entretien) (?:de|d['’]) .+? (?:par|avec)",
                         r"(?:interview|entretien) (?:de|d['’]) [^,]+, [^,]+, (?:d['’]|de |à )"),
    occasion_links=frozenset(_W("de du")),  # "Conferenza stampa di Ann Roe": whose the occasion is (N1720j)
    handover_replies=(r"(?:merci|bonjour|bonsoir)\b",),  # how one handed the floor opens: a later hand-over in a text without labels is done (N2342l)
    answering_phrases=(r"a répondu aux questions|s'est confié",),  # a lead's subject answers the dashed exchange below it (N2341l)
    occasions=(r"conférence de presse|point de presse|déclaration( conjointe)?|entretien|discours|"
               r"allocution|interview|déclarations à la presse|rencontre|réunion de presse",),
    street_words=(r"rue|avenue|boulevard|bd|place|quai|allée|chemin",),  # "12, rue de Rivoli" (H300f)
    venue_words=(r"palais|salle|hôtel|ministère|ambassade|mairie|assemblée|sénat|élysée",),
    office_words=(r"président|présidente|ministre|secrétaire|ambassadeur|ambassadrice|porte-parole|"
                  r"directeur|directrice|premier ministre|maire",),
    sitting_starts=(r"la séance est ouverte à \d{1,2}\s*h(eures?)?\s*(\d{2})?\.?",),  # a record's opening time before the first label
    agenda_headings=frozenset("ouverture clôture communications correspondance courrier divers agenda".split()),  # a minutes' agenda item heading alone: no place (H1775j)
    procedural_lines=(r"la séance est (ouverte|suspendue|reprise|levée)\b", r"la (commission|mission|délégation) (entend|examine|procède|auditionne)\b", r"(la )?séance (suspendue|reprise|levée)\b",
                      # the house keeping a minute's silence: "L’Assemblée observe une minute de silence." (E2485m)
                      r"(l['’]assemblée|la chambre|le sénat|le conseil|la commission|l['’]assistance|(mmes et mm\. )?les (députés|sénateurs|membres))\b[^.]{0,80}? observ(e|ent) une minute de silence\b"),
    release_notes=(r"pour (diffusion|publication) imm[ée]diate",),  # a release note: the release's date follows it
    header_notes=(r"seul le prononcé fait foi|(la )?transcription (complète )?suit\s*:?$",
                  r"(la )?transcription (intégrale|complète)\b[^.?!]*:$"),
    header_fields={"date": "date", "lieu": "place", "titre": "title", "titre original": "title", "sujet": "title",
                   "intervenants": "metadata", "participants": "metadata", "invités": "metadata"},
    # a ministry's dateline paragraph: "(Paris, 7 juillet 2011) - Conférence de presse ..."
    news_datelines=(r"\((?P<place>[A-ZÀ-Ý][\w'’-]+(?: [\w'’-]+){0,2}), (?:le )?\d{1,2}(?:er)? [a-zéû]+ \d{4}\)\s*[-–—]\s",),
    hour_words=(r"heures", r"heure"),  # "13 octobre 2020, 14 heures" (D791b)
    months={"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
            "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
            "décembre": 12, "decembre": 12, "janv": 1, "févr": 2, "avr": 4, "juil": 7, "sept": 9,
            "oct": 10, "nov": 11, "déc": 12},
    date_articles=(r"le|du",),  # "Le 12 mars 2024"
    publication_prefixes=(r"publié le|publiée le|mis à jour le|publié|publiée|mis à jour",),  # "publié le <date>": when the page was published
    update_prefixes=(r"dernière mise à jour",),  # "dernière mise à jour: <date>" after the last turn: the page's stamp
    weekdays=(r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche",),
    day_first=True,
    # a record's date in words: "l'an deux mille vingt-deux, le huit septembre" (D181s)
    number_words={**{w: n for n, w in enumerate("""zéro un deux trois quatre cinq six sept huit neuf dix onze douze
        treize quatorze quinze seize""".split())},
                  "une": 1, "premier": 1, "1er": 1, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40,
                  "cinquante": 50, "soixante": 60, "quatre-vingt": 80, "quatre-vingts": 80, "et": 0,
                  "cent": 100, "cents": 100, "mil": 1000, "mille": 1000},
    worded_dates=(r"l['’]an\s+{year},?\s+le\s+{day}\s+{month}", r"\ble\s+{day}\s+{month}\s+(?:de l['’]an\s+)?{year}"),
    interpreted_notes=(r"(par |via )?(l')?(interprète|interprétation|traduction)( de l'\w+| du \w+)?|"
                       r"traduit de l'\w+|traduction non officielle|interprétation simultanée|"
                       r"(comme|tel que|telle que) tradu(it|ite)|"
                       r"(par l['’]intermédiaire d['’]|avec |via )(un |une )?interprète",),
    language_notes=(r"en \w+|(s'exprime|parle|répond|poursuit) en \w+",),
    language_names=frozenset(_W("""anglais français russe allemand espagnol italien chinois arabe
        ukrainien polonais japonais portugais""")),
    stage_openers=(r"(l'hymne national|la musique|une vidéo|un film) (retentit|est (diffusée?|jouée?|projetée?))",),  # an unbracketed stage direction inside a turn opens so
    event_rules=(
        ("vocal", "laughter", r"rires?|sourires?|rires dans la salle|(il |elle )?(sou)?rit|(ils |elles |les deux |tous deux )?(sou)?rient"),
        ("kinesic", "applause", r"applaudissements?( prolongés| nourris)?|vifs applaudissements|"
                                r"applaudissements sur les bancs (du|des|de la) .+"),
        ("gap", "inaudible", r"inaudible|propos inaudibles?|coupure|hors micro"),
        ("incident", "crosstalk", r"brouhaha|exclamations|protestations|murmures|interruptions?"),
        ("vocal", "other", r"soupire|soupir|soupirs|tousse|se racle la gorge"),  # (E1109g)
        ("incident", "recording", r"(?:(?:petite|courte|longue|brève) )?pause|suspension de séance|la séance est suspendue|musique(,? \w+){0,2}|(\w+,? ){0,2}musique|générique|jingle"),
    ),
    event_continuations=frozenset(_W("sur de du des à et –")),
    cue_words=frozenset(_W("circulation klaxon klaxons sirène sirènes explosion explosions tonnerre pluie vent sonnerie bruitage générique jingle")),  # a cue in capitals holding one: "(TRAFFIC)" (E220d)
    event_interjections=(r"[^\W\d_][\w .'-]*\[[^\]]+\]",),
    editorial_comments=(r"sic|nda|ndlr|n\.d\.l\.r\.?|…|\.\.\.",),
    portrait_words=(r"Portrait|Photo",),  # alt text of a speaker's portrait fused into the label line
    photo_credits=(r"photos?|crédit(?: photo)?|crédits",),  # the credit word closing a picture's caption (H1751j)
    portrait_of=(r"de",),  # "Photo of Ann Lee" before the label "Ann Lee (...)"
    boilerplate_anywhere=(("nouvelle fenêtre", r"^[\w ]{1,25}\s?: (s['’]ouvre|ouvre) (dans )?une nouvelle fenêtre$"),
                          # a newspaper's appeal after the article: "Si cet article vous a plu, abonnez-vous …" (B1824j)
                          ("abonn", r"^si (vous avez aimé|vous avez apprécié) (cet article|cette lecture)\b.{0,200}\babonn\w*\b.{0,120}$|^si cet article vous a plu\b.{0,200}\babonn\w*\b.{0,120}$"),
                          # a repost note: "Cet entretien est également paru dans Le Port." (B862d)
                          (" paru", r"^\W{0,2}(cet|cette) (entretien|interview|article|tribune) (est|a été) (également|aussi|d['’]abord|initialement) parue? [^,;!?]{1,160}$"),
                          # a repost note naming where and when the text first appeared: "Texte initialement
                          # publié sur mon blog Tinhinane, le mercredi 15 août 2007 à 18 h 55." (B2126k)
                          ("initialement", r"^\W{0,2}(texte|article|entretien|transcription|billet) (initialement|d['’]abord|originellement) (publiée?|parue?|mise? en ligne) (sur|dans|par) [^;!?]{1,200}$"),
                          # a repost's credit: "Article original sur [Le Port](https://…)" (B1236h)
                          ("original", r"^\W{0,2}(article|entretien|interview) original (sur|dans|de|:) ?[^;!?]{1,300}$"),),
    reader_addresses=(r"(chers|chères) (lecteurs|lectrices|auditeurs|auditrices)\b|cher lecteur\b|chère lectrice\b",),  # a site's appeal after the last answer (B863d)
    boilerplate_lines=(r"vous êtes ici\s*(:\s*[^.?!]{0,120})?$", r"retour (à|au|aux) [\w '’-]{1,40}$", r"[•·]?\s*aucun résultat( trouvé)?$",   # a breadcrumb's lead, a back link, a viewer's empty search (B1458i)
                       r"une erreur (s[’\']est produite|est survenue)\b.{0,120}?(veuillez |merci de )?réessayer plus tard[.!]?$",  # a web form's failure notice: an error, then "try again later" (B1752j)
                       r"(écoutez|écouter|lisez|lire|voir|regardez) (aussi )?(la )?(première|deuxième|seconde|troisième|précédente|suivante) partie\b.{0,60}$",  # a link to another part of the same interview (B160q)
                       r"(?:\S.{0,80}?(?: {3,}|\t))?page \d{1,4}(?: sur \d{1,4})$",  # "Page 2 sur 14" after a running head (B1279h)
                       r"\|?\s*(temps de lecture\s*:\s*\d+\s*min(utes?)?\.?|lecture\s*:\s*\d+\s*min(utes?)?\.?)$",  # a reading-time widget (B151p)
                       r"retour (à|au|aux|à la|vers) [\w '’-]{1,40}$",
                       r"écouter (cet |l[’'])article$",  # an audio player over the article (B1216h)
                       r"quelle est votre réaction\s?\?$",  # a news feed's reaction widget
                       # a podcast host's footer and default tagline (B518a)
                       r"hébergé par [\w .'’-]{1,30}\. visitez [\w./-]{1,80} pour plus d['’]informations\.?$",
                       r"un podcast créé avec amour par [\w .'’-]{1,30}\.?$",
                       r"(aller à la )?(partie|page|section) (précédente|suivante)$",  # links to the record's neighbours
                       r"(afficher|voir) (plus|moins)( d['’]informations?| de détails)?$",  # a page's show-more/less toggle, "Voir plus d’informations" (H2222l)
                       r"afficher en plus (grand|petit)$",  # a page's text-size buttons (H200w)
                       r"(lire aussi|à lire aussi|voir aussi)\b.{0,160}$", r"(commentaires?( \(\d+\))?|réagir|mots-clés\s*:.{0,160}|partager sur \w+)$",
                       r"[\[(]?\s*(publicité|annonce)\s*[\])]?$",  # an advertisement's label
                       r"(aller|passer) au contenu( principal)?$",
                       r"avant-hier$", r"\(?il y a \d+ (minutes?|heures?|jours?|semaines?|mois|ans?)\)?$",
                       r"transcription$",
                       r"partager( sur)?|imprimer|lire (aussi|la suite|plus)|voir aussi|"
                       r"à lire aussi|retour en haut|aller au contenu|(page d['’])?accueil\s*[>»›/|]|"  # (a breadcrumb's home step, B2526m)
                       r"télécharger (le |la )?(\.?pdf|document|fichier)\b|publié le\b|mis à jour le\b|tous droits réservés",),
    menu_words=frozenset("accueil actualités actualité politique économie culture sport sports société monde international vidéos vidéo audio podcasts contact recherche archives opinions médias santé sciences régions éducation agenda musique cinéma exclusif analyse décryptage".split()),  # a menu bar printed as one line (H315a)
    boilerplate_soft=(r"^(se connecter|connexion|se déconnecter|déconnexion|s['’]inscrire|inscription|mon compte|créer un compte)$",  # an account widget (B312a)
        r"^(recherche|rechercher)$", r"^bienvenue (sur|à|au|aux|chez|dans) [^.!?:;,]{2,40}$",   # a lone search widget, a share link, a site's welcome banner (H122m)
        r"^(source|crédit|photo|mots-clés|catégorie|mis à jour|publié)\s*:", r"^(sommaire|table des matières)$"),
    author_bylines=(r"par",),  # an article's author before the interview (N336c)
    interview_credits=(r"propos recueillis par \S.{0,80}|(?:entretien|interview) (?:réalisée?|mené|menée) par \S.{0,60}",),
    concluded=(r"\(?\s*la (séance|conférence|réunion) (est|a été) (levée|close|suspendue)\b.*\)?",),
    act_headings=(r"acte\s+(?:premier|deuxième|second|troisième|quatrième|cinquième|[ivxlc]+|\d+)\b\.?",),
    scene_headings=(r"scène\s+(?:première|premiere|deuxième|troisième|quatrième|cinquième|sixième|"
                    r"septième|huitième|neuvième|dixième|[ivxlc]+|\d+)\b\.?",),
    setting_headings=(r"la\s+scène\s+(?:est|se passe)",),
    cast_links=(r"dans le rôle d(?:e|u|es)|dans le rôle d[’']",),  # "Ann Lee dans le rôle de la juge" (N2444m)
    cast_headings=(r"personnages|les\s+personnages|acteurs",),
    stage_words=(r"entre|entrent|sort|sortent|il sort|elle sort|ils sortent|à part",),
    group_speakers=frozenset(("tous", "toutes", "ensemble")),
    contents_headings=(r"table des matières|table|sommaire",),
    translation_notes=(r"\btraduction (?:française|de l['’]interview|d['’]une partie)\b|\btraduit (?:de|par)\b",),  # a line saying the text below is a translation (I160q)
    translation_credits=(r"traduit par \S.{0,60}|traduction(?: :|:| par) \S.{0,60}|merci à \S.{0,60} pour la traduction",),  # a translator's credit after the last turn (I161q)
)
