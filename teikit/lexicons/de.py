"""German: Bundesregierung, Auswärtiges Amt and Bundestag pages."""
_W = str.split

ENTRIES = dict(
    detect_words=frozenset(_W("""
        der die das und ist nicht ich wir sie es ein eine zu den mit auf für von dem sich auch
        dass haben
        ja danke guten""")),
    label_not_words=frozenset(_W("UND ABER NACHTRAG DATUM ORT QUELLE TITEL THEMA BETREFF GEGENSTAND TEILEN DRUCKEN HINWEIS STAND TAGESORDNUNG")),
    label_role_words=frozenset(_W("""
        bürgermeister bürgermeisterin
        koordinator koordinatorin interviewerin interviewter interviewte befragter befragte
        bundeskanzler bundeskanzlerin minister ministerin bundesminister bundesministerin
        präsident präsidentin sprecher sprecherin regierungssprecher moderator moderatorin
        frage antwort journalist journalistin dolmetscher dolmetscherin abgeordneter
        abgeordnete staatssekretär staatssekretärin botschafter botschafterin
        redakteur redakteurin reporter reporterin korrespondent korrespondentin vorsitzender vorsitzende
        richter richterin staatsanwalt staatsanwältin angeklagter angeklagte verteidiger verteidigerin""")),  # and a court record's parties (L1610i)
    label_announcers=frozenset(_W("sprecher sprecherin redner rednerin")),
    # headings over a results call's list of participants, one "Name - Role" line each (L300i)
    sluglines=(r"int\.|ext\.|innen\.?|außen\.?|aussen\.?",),  # a screenplay's scene heading: "INT. KITCHEN - DAY" (L1277h)
    voice_extensions=(r"off|aus dem off|stimme aus dem off|fortgesetzt|forts\.|am telefon|im radio",),  # after a screenplay character's name: "MARTHA (V.O.)" is MARTHA's label (L1401i)
    guest_intro_headings=frozenset(("zur person", "über den gast", "über die gästin")),  # a heading over the guest's portrait (H1282h)
    guest_labels=frozenset(("gast", "gästin",)),  # the guest's label, named by the portrait (H1282h)
    call_sections=frozenset(("fragerunde", "frage-und-antwort-runde", "fragen und antworten", "fragen & antworten", "präsentation")),  # a call's section heading between two turns (T1272h)
    participant_headings=frozenset(("teilnehmer", "konferenzteilnehmer", "unternehmensvertreter", "analysten")),
    answerer_fields=frozenset(_W("befragte befragter interviewte interviewter interviewpartner interviewpartnerin")),  # a field naming who answers an interview (N1504i)
    occupation_fields=frozenset(_W("beruf tätigkeit")),  # a field or a table column naming a person's occupation (N1504i)
    participant_fields=frozenset(_W("teilnehmer teilnehmende gäste gast gesprächspartner gesprächspartnerin podium diskutanten")),  # a field listing those who speak, with their roles (N950e)
    place_prepositions=frozenset(_W("in")),  # before a place in a title's tail
    office_complements=(r"a\.|außer",),  # "Botschafter a. D. Jan Roe", "Minister außer Dienst"
    office_endings=("s", "es", "n", "en"),  # the genitive and dative of an office: "des Bundeskanzlers Adenauer" (N2316l)
    office_links=frozenset(_W("für")),  # join an office to its field: "Minister for Culture", "ministre de la Culture"
    office_fields=frozenset(_W("""
        republik regierung rat rates kommission ausschuss ausschusses staat staates bundestag bundestages
        bundesrat bundesrates landtag landtages parlament parlaments versammlung gericht gerichts bank union
        länder finanzen innern inneren auswärtigen justiz gesundheit bildung verteidigung wirtschaft arbeit
        umwelt kultur""")),  # what an office is of: "PRESIDENTE DELLA REPUBBLICA"
    office_modifiers=frozenset(_W("ehemalige ehemaliger früherer frühere neue neuer amtierende amtierender aktuelle aktueller derzeitige derzeitiger")),  # between an article and an office: "the former minister, ..."
    voice_words=(r"sprecher|sprecherin|stimme",),  # diarization ids: a word and a number ("Voz 0889 00:02 ...")
    address_words=(r"an|zu",),  # "OGS to Scott:": a speaker's label naming whom the speaker turns to
    transcript_intros=(r"(es folgt|im folgenden|hier) (die|das|der) (abschrift|mitschrift|wortlaut|transkript)\b.*|(die )?(abschrift|mitschrift|wortlaut) im (einzelnen|folgenden)\b.*",),  # a sentence that introduces the transcript
    transcript_headings=(r"(?:das )?(?:transkript|mitschrift|abschrift|wortlaut)|(?:das |der )?(?:[\w-]+ )?im wortlaut",),
    poll_headings=(r"umfrage|abstimmung|ihre meinung",),  # a poll widget over its question (B2246l)
    poll_results=(r"ergebnis(?:se)?|ergebnisse anzeigen|abstimmen",),
    transcript_words=(r"\b(abschrift|mitschrift|transkript|transkription|wortprotokoll|transkribiert|transkribieren|plenarprotokoll|stenografischer bericht|stenographischer bericht)\b",),  # the transcript naming itself: an editor's note before the first turn
    transcript_links=frozenset(_W("von des der")),  # "Full transcript of Ann Roe interview": whose words the transcript holds (N2547m)
    recorded_verbs=(r"\b(?:wurde|wurden)\b.{0,200}?\b(?:geführt|aufgezeichnet|aufgenommen|gesendet|ausgestrahlt|veröffentlicht)\b|\bfand\b.{0,200}?\bstatt\b|\bhatten?\b.{0,60}?\bverabredung\b",),  # the lead telling when the occasion took place (D1034f)
    affiliation_links=(r"von(?: der| den)?|vom|für(?: die| den| das)?",),  # "Tom Roe, with the Harbour Board." opening one's turn (N1040f)
    roll_call_cues=(r"\bich bin|\bmit mir,?|\bbei mir,?|\bdabei ist|\bdabei sind",),  # a host names the voices labelled by initials (N1037f)
    asking_fields=(r"interview|fragen|fragen von|moderation|moderator|moderatorin|gespräch|interviewer|interviewerin",),  # a title's "(Interview: Ann Lee)" names who asks (N1036f)
    question_labels=("FRAGE", "JOURNALIST", "JOURNALISTIN", "F", "I", "INTERVIEWER", "INTERVIEWERIN"),  # "I:" the interviewer, "B:" the one asked (Befragte)
    interview_words=(r"interviews?|gespräch",),  # a header naming the text an interview
    question_counts=(r"fragen",),  # "13 indiskrete Fragen": a number of questions, a headline (H353a)
    step_words=(r"(?:arbeits)?schritt",),  # before a number ("… 1:"): a how-to's numbered step, no speaker (L1102g)
    note_fields=(r"notizen?|anmerkungen?|beobachtungen?|ziele?",),  # an interview guide's own fields ("Notes:"), no speaker (L1107g)
    interview_parties=(r"(?:der|die) (?:befragte|interviewte|interviewer|interviewerin)",),  # "[the interviewee asks …]": a transcriber's description opens so (E1110g)
    pseudonym_fields=(r"pseudonym|alias|deckname",),  # a guide's "Pseudonym:" field names the coded participant (N1112g)
    answer_labels=("ANTWORT", "A", "B", "BEFRAGTER", "BEFRAGTE", "INTERVIEWTER", "INTERVIEWTE"),
    asker_leads=(r"(?:(?:\d+\.|erste|zweite|dritte|letzte)[ \u00a0]+)?frage[ \u00a0]+(?:von|des|der)[ \u00a0]+",
                 r"frage[ \u00a0]+(?=(?-i:(?:Dr\.|Prof\.)[ \u00a0]+)?(?-i:[A-ZÄÖÜ][a-zäöüß]+)[ \u00a0]*[(:])"),  # "Frage Baier (?):", "Frage Dr. Silex (Tagesspiegel):" (N2315l)  # a question's lead naming the asker before the label
    discourse_words=frozenset(_W("ja nein also gut erstens zweitens drittens schließlich")),
    label_small_words=frozenset(_W("der die des von für")),
    reporter_words=frozenset(("journalist", "journalistin")),
    list_joiners=frozenset(_W("und")),  # the last person of a list of guests
    small_words=frozenset(_W("der die das des dem den und von zu zum zur im in mit für auf an bei")),
    # "BK Scholz", "P Macron": the federal press office's short forms of offices (N1163g)
    numbered_sittings=(r"\d+\.\s*(?:sitzung|plenarsitzung)\b", r"\bplenarprotokoll\b"),  # H1167g
    legislative_terms=(r"wahlperiode|legislaturperiode|legislatur",),  # a house's numbered term on a header line, no place or venue (H1404i)
    title_words=frozenset(_W("""
        herr frau dr. dr h.c. mult. bundeskanzler bundeskanzlerin minister ministerin bundesminister
        bundesministerin präsident präsidentin sprecher sprecherin regierungssprecher
        regierungssprecherin staatssekretär staatssekretärin sts bk bkin bm bmin p pm mp ministerpräsident ministerpräsidentin botschafter botschafterin
        stellvertretender stellvertretende vorsitzender vorsitzende abg. abgeordneter abgeordnete vizepräsident
        vizepräsidentin sts der die
        gr gemeinderat gemeinderätin srs rs stadtrat stadträtin lr landesrat landesrätin mag mag. prof prof.
        antragsteller antragstellerin berichterstatter berichterstatterin
        bürgermeister bürgermeisterin oberbürgermeister oberbürgermeisterin gouverneur senator senatorin kanzler kanzlerin direktor direktorin""")),  # "GR", "SRS": offices the records abbreviate
    not_name_words=frozenset(_W("pressekonferenz regierungspressekonferenz rede interview erklärung")),
    anonymous_words=frozenset(_W("moderator moderatorin sprecher sprecherin")),
    ordinals=frozenset(_W("erste erster ersten zweite zweiter zweiten dritte dritter dritten vierte vierter")),  # "Zweite Vizepräsidentin": part of the office
    compound_title_heads=frozenset(_W("präsident präsidentin minister ministerin sprecher sprecherin kanzler kanzlerin sekretär sekretärin intendant intendantin vorsitzender vorsitzende")),  # "Landtagspräsident Arthur Brunhart" (N440a)
    title_abbreviations={"abg": "Abgeordneter"},  # "Abg. Wendelin Lampert" (N390a)
    name_introducers=frozenset(_W("von mit und")),  # "Interview mit Ann Roe, Bürgermeisterin von Köln"
    honorifics=frozenset(_W("herr frau dr. dr mag mag. prof. prof dipl.-ing. ing. h.c. mult.")),  # academic titles: "GR Mag Wolfgang Jung", "Dr. h.c. Ann Roe" (L869d)
    forms_of_address=frozenset(_W("herr frau")),
    address_offices={"heiliger vater": "Papst"},  # "Heiliger Vater, …" asks the Pope (N2523m)
    articles=frozenset(_W("der die das dem den des")),
    indefinite_articles=frozenset(_W("ein eine")),  # "Un journaliste :" (T683c)
    name_suffixes=frozenset(_W("jr sen jun ba bsc ma msc mba mas llm phd med bed bakk")),  # and the degrees printed after a name: "Mag. Ann Roe, MA" (R2481m)
    generic_voices=(r"FRAGE|FRAGEN|ZUSATZFRAGE|ZUSATZFRAGEN|NACHFRAGE|ANTWORT|JOURNALIST|JOURNALISTIN|ZURUF|ZURUFE|PUBLIKUM|STIMME",),
    interpreter_labels=(r"DOLMETSCHER|DOLMETSCHERIN|ÜBERSETZER|ÜBERSETZERIN",),
    self_introductions=(r"\b(?:ich bin|mein name ist|ich heiße)\s+$",),
    introductions=(r"\b(?:ich übergebe an|das wort hat|ich erteile das wort|begrüße|begrüßen)\s+$",),
    naming_phrases=(r"\bmein name ist\s+$", r"\bich heiße\s+$"),
    self_roles=(r"\bich bin (?:der|die|ihr|ihre|heute ihr|heute ihre)\s+$",),
    self_affiliations=(r"\bich arbeite (?:für|bei)(?: der| dem| die| den)?\s+$",),
    self_occupations=(r"\bich bin (?:ein|eine)\s+$",),
    occupation_links=frozenset(_W("bei für")),
    chair_words=frozenset(_W("präsident präsidentin vorsitzender vorsitzende")),
    group_mandates=(r"im namen (?:der|des)\b",),  # L1181h
    chair_offices=frozenset(_W("präsidium")),
    report_cues=(r"(?:ein )?bericht (?:von|aus)\b|(?:unser[e]? )?(?:korrespondent(?:in)?|reporter(?:in)?)\b|(?:aus|in) [^\W\d_][\w'’-]+(?: [^\W\d_][\w'’-]+){0,2},",),  # before a reporter's name closing the presenter's line (T868d)
    greeting_words=("guten tag", "guten morgen", "guten abend", "hallo", "grüß gott", "willkommen"),  # a greeting that may name whom it greets (N810c)
    room_greetings=(r"(?:guten (?:tag|morgen|abend)|hallo),? (?:zusammen|allerseits)\b",),  # a speaker greets the room: no address to one (L2560m)
    spoken_words=(r"\b(?:[Ii]ch|[Mm]ich|[Mm]ir|[Mm]ein(?:e[mnrs]?)?|[Ww]ir|[Uu]ns(?:er(?:e[mnrs]?)?)?|[Dd]u|[Dd]ich|[Dd]ir|[Dd]ein(?:e[mnrs]?)?|[Ee]uch|[Ee]uer|[Ee]ure[mnrs]?|Ihnen)\b",
                  r"\b(?:[Dd]anke|[Vv]ielen [Dd]ank|[Gg]uten (?:Morgen|Tag|Abend)|[Ww]illkommen|[Hh]erzlich)\b"),  # only a speaker says them: a record's narration holds none
    house_reporters=(r"\bunser(?:e[mnrs]?)? (?:Reporter(?:in(?:nen)?)?|Korrespondent(?:in(?:nen)?|en)?|Redaktion|Journalist(?:in(?:nen)?|en)?|Autor(?:in)?)\b",),  # a lead's "we", not a speaker's (P740c)
    chair_phrases=(r"vorsitz(?:ender|ende)?:?|unter (?:dem )?vorsitz (?:von|des|der)",),
    floor_calls=(r"das wort hat (?:nun |jetzt )?{name}", r"{name} hat das wort",),  # T1455i
    witness_words=frozenset(_W("zeuge zeugin")),
    deposition_phrases=(r"vernehmung von|vernehmung des|vernehmung der|aussage von",),
    occasion_notes=(r"eingangsstatement|eröffnungsrede|einführung",),  # "(Opening statement)" after a label
    label_notes=(r"fortsetzend|fortfahrend|unterbrechend",),  # a continuation note in a label, not a role (N191o)
    role_copulas=(r"\s+(?:ist|war|arbeitet als|fungiert als)\s+(?:(?:der|die|das|ein|eine)\s+)?",),  # between a name and its role (N194o)
    inverted_copulas=(r"ist|war",),  # "Seit 2019 ist Ann Roe Bürgermeisterin von …": the verb before the name, the role after it (R2550m)
    relative_pronouns=(r"der|die",),  # "Ann Roe, who was the mayor": the role after a relative pronoun and a copula (N952e)
    role_nouns=frozenset(_W("krankenpfleger krankenschwester pflegerin ingenieur ingenieurin gewerkschafter gewerkschafterin apotheker apothekerin erzieherin erzieher gast autor autorin schriftsteller schriftstellerin professor professorin student studentin lehrer lehrerin schauspieler schauspielerin sänger sängerin künstler künstlerin redakteur redakteurin schiedsrichter schiedsrichterin trainer trainerin anwalt anwältin richter richterin arzt ärztin ökonom ökonomin historiker historikerin wissenschaftler wissenschaftlerin gründer gründerin geschäftsführer geschäftsführerin leiter leiterin chef chefin mitglied landrat landrätin landeshauptmann landeshauptfrau senator senatorin beauftragter beauftragte direktor direktorin referent referentin politiker politikerin experte expertin kandidat kandidatin kapitän kommissar stadtrat stadträtin biologe biologin physiker physikerin architekt architektin fotograf fotografin regisseur regisseurin komponist komponistin pianist pianistin dirigent dirigentin psychologe psychologin unternehmer unternehmerin politologe politologin soziologe soziologin philosoph philosophin pfarrer pfarrerin bischof dramaturg dramaturgin journalist journalistin"
                            " chefarzt chefärztin oberarzt oberärztin hausarzt hausärztin zahnarzt zahnärztin tierarzt tierärztin")),  # occupations and ranks printed beside a name (N193o, N332c; "landeshauptmann": R2550m)
    possessives=frozenset(_W("mein meine meinen unser unsere unseren sein seine ihr ihre")),  # "my cohost, Dan", "notre invité, Adam": a host's guest and role (N951e)
    naming_links=frozenset(_W("namens")),  # "an actor named Ann Lee" (N363a)
    speech_deliveries=(r"(?:hält|hielt)\s+(?:(?:seine|ihre|die|eine)\s+)?(?:[\w'’-]+\s+){0,4}?(?:rede|ansprache|vorlesung|predigt)\b",),  # N556a
    speech_headings=(r"(?:(?:eröffnungs)?rede|erklärung|statement|ansprache|eingangsstatement)\s+(?:von|des|der)\s+",),
    guest_phrases=(r"interview mit|interviewte|im gespräch mit|sprach mit",),  # N442a
    interviewer_credits=(r"interviewt von|das interview führte|das gespräch führte",),  # "Interviewed by <name>" under an oral history's narrator (H2003k)
    interviewer_phrases=(r"mit|im gespräch mit|interview mit", r"interview (?:von|des|der) .+? (?:durch|mit)"),
    occasion_links=frozenset(_W("von des der")),  # "Conferenza stampa di Ann Roe": whose the occasion is (N1720j)
    handover_replies=(r"(?:vielen dank|danke|herzlich willkommen|guten (?:morgen|tag|abend))\b",),  # how one handed the floor opens: a later hand-over in a text without labels is done (N2342l)
    answering_phrases=(r"beantwortete (?:die )?Fragen|stellte sich (?:den )?Fragen",),  # a lead's subject answers the dashed exchange below it (N2341l)
    occasions=(r"(regierungs)?pressekonferenz|pressestatements?|pressebegegnung|rede|interview|"
               r"erklärung|regierungserklärung|statement|gespräch|verabredung",),  # "hatte ich eine Verabredung zum Interview" (D1139g)
    street_words=(r"\w*straße|\w*strasse|\w*str\.|\w*platz|\w*allee|\w*gasse|\w*damm|\w*ufer",),  # "Wilhelmstraße 54" (H300f)
    venue_words=(r"kanzleramt|bundeskanzleramt|saal|haus|ministerium|botschaft|rathaus|bundestag|schloss",),
    office_words=(r"bundeskanzler(in)?|minister(in)?|bundesminister(in)?|präsident(in)?|sprecher(in)?|"
                  r"staatssekretär(in)?|botschafter(in)?",),
    source_lines=(r"presse- und informationsamt|bundespresseamt|auswärtiges amt|bundesministerium\b",),
    # the list of topics ("Themen: ..."), not the title; "check against delivery"; a line
    # announcing the transcript ("Komplettes Wortprotokoll vom …:")
    sitting_starts=(r"beginn\s*:\s*\d{1,2}[.:]\d{2}\s*uhr",),  # a record's opening time before the first label
    agenda_headings=frozenset("eröffnung begrüßung schließung mitteilungen verschiedenes tagesordnung".split()),  # a minutes' agenda item heading alone: no place (H1775j)
    procedural_lines=(r"(die )?sitzung (ist|wird) (eröffnet|unterbrochen|geschlossen|fortgesetzt)\b",
                      r"(der|die) (ausschuss|kommission) (hört|berät|befragt|führt)\b",
                      r"(die )?sitzung ist (wieder )?eröffnet\b",
                      # the house keeping a minute's silence (E2485m)
                      r"(die abgeordneten|die anwesenden|das haus|der landtag|der bundestag|der rat)\b[^.]{0,60}? (erheben|erhebt) sich\b"),
    release_notes=(r"zur sofortigen (ver[öo]ffentlichung|freigabe)",),  # a release note: the release's date follows it
    header_notes=(r"themen\s*(:|/)", r"es gilt das gesprochene wort",
                  r".*\b(wortprotokoll|mitschrift|abschrift)\b[^?!]*:$"),
    header_fields={"datum": "date", "ort": "place", "titel": "title", "originaltitel": "title", "thema": "title",
                   "sprecher": "metadata", "teilnehmer": "metadata"},
    hour_words=(r"uhr",),  # "3. März 2015, 10 Uhr" (D791b)
    months={"januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "april": 4, "mai": 5,
            "juni": 6, "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11,
            "dezember": 12, "jan": 1, "feb": 2, "mär": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
            "sep": 9, "sept": 9, "okt": 10, "nov": 11, "dez": 12},
    date_articles=(r"am|vom|den",),  # "Am 12. März 2024"
    publication_prefixes=(r"veröffentlicht am|aktualisiert am|veröffentlicht|aktualisiert|stand",),  # "veröffentlicht am <date>": when the page was published
    update_prefixes=(r"letzte änderung|zuletzt aktualisiert",),  # "letzte änderung: <date>" after the last turn: the page's stamp
    weekdays=(r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag",),
    day_first=True,
    capitalised_nouns=True,  # "Der Kommunikationstheoretiker Norbert Bolz": a noun after its article, no given name (N872d)
    role_articles=frozenset(_W("der die das")),  # ... and the role, one person's ("den Spielern Ann Roe und ...": several) (N872d)
    interpreted_notes=(r"(übersetzung|verdolmetschung|dolmetscher(in)?)(\s+aus dem \w+)?|"
                       r"(über|per|via) (dolmetscher(in)?|übersetzung)|übersetzt( aus dem \w+)?|"
                       r"simultanübersetzung|(simultan )?(ge|ver)dolmetscht( aus dem \w+)?",),  # "(gedolmetscht)" (I1726j)
    language_notes=(r"auf \w+|(spricht|antwortet|fährt) auf \w+( fort)?",),
    language_names=frozenset(_W("""englisch französisch russisch deutsch spanisch italienisch
        chinesisch arabisch ukrainisch polnisch japanisch""")),
    stage_openers=(r"(es )?(erklingt|ertönt) (die )?(nationalhymne|hymne|musik)|(ein )?(video|film) wird (gezeigt|eingespielt)",),  # an unbracketed stage direction inside a turn opens so
    event_rules=(
        ("vocal", "laughter", r"lacht|lachen|heiterkeit|gelächter|(allgemeine )?heiterkeit( und beifall)?|kichert|kichern|schmunzelt"),  # E1004f
        ("kinesic", "applause", r"(allgemeiner |lebhafter |anhaltender |langanhaltender |starker )?(beifall|applaus)"),
        ("kinesic", "applause", r"((das |der )?(publikum|saal|zuschauer|zuhörer|alle) )?(applaudier(t|en)|klatsch(t|en))( und (jubel(t|n)|johl(t|en)))?"),
        ("vocal", "other", r"((heftige|lebhafte|anhaltende|vereinzelte|allgemeine|große|starke)[rns]? )?(zustimmung|widerspruch|heiterkeit)"),
        ("gap", "inaudible", r"unverständlich|akustisch unverständlich|ohne mikrofon"),
        ("incident", "crosstalk", r"((heftige|lebhafte|anhaltende|vereinzelte|weitere|große|starke)[rns]? )?(zurufe?|unruhe|zwischenrufe?)"),
        ("incident", "recording", r"pause|unterbrechung|(\w+,? ){0,2}musik(,? \w+){0,2}|jingle|titelmelodie|"
                                  r"intro(-?musik|-?song)?|outro(-?musik|-?song)?"),  # E1004f
    ),
    event_continuations=frozenset(_W("bei von des der auf im und –")),
    cue_words=frozenset(_W("verkehr hupe hupen sirene sirenen schüsse explosion donner regen wind klingel türklingel rauschen jingle")),  # a cue in capitals holding one: "(TRAFFIC)" (E220d)
    event_interjections=(r"zuruf|zurufe|ruf\b|rufe\b|abg\.|[^\W\d_][\w .'-]*\[[^\]]+\]",),  # "(Abg. Roe: Nein!)": a member (Abgeordneter) calls out
    editorial_comments=(r"sic|anm\. d\. red\.?|…|\.\.\.",),
    portrait_words=(r"Porträt|Portrait|Foto|Bild",),  # alt text of a speaker's portrait fused into the label line
    photo_credits=(r"fotos?|fotografie|bild|bildquelle",),  # "… Foto: Ann Lee": a caption closed by its credit (H1751j)
    portrait_of=(r"von",),  # "Photo of Ann Lee" before the label "Ann Lee (...)"
    boilerplate_anywhere=(("neuen fenster", r"^[\w ]{1,25}: (öffnet )?(in )?(einem )?neuen fenster$"),
                          # a newspaper's appeal after the article: "Wenn Ihnen der Artikel gefallen hat, abonnieren …" (B1824j)
                          ("abonn", r"^(wenn|falls) (ihnen|dir) (dieser|der) (artikel|beitrag|text) gefallen hat\b.{0,200}\babonn\w*\b.{0,120}$"),
                          # a repost note: "Dieses Interview erscheint auch auf Tichys Einblick." (B862d)
                          ("ersch", r"^\W{0,2}(dieses|das|der|die) (interview|gespräch|streitgespräch|beitrag|artikel|essay|text) "
                                    r"(erscheint|erschien) (auch|zuerst|ebenfalls|parallel|gleichzeitig|ursprünglich) [^,;!?]{1,160}$"),
                          # a consent box of an embedded widget or of cookies (H140n)
                          ("zustimmung", r"\b(wir )?benötigen ihre zustimmung\b"),
                          ("einwilligung", r"\bgeben sie ihre einwilligung\b"),
                          ("personenbezogene daten", r"\bsammelt [\w .-]{1,30} personenbezogene daten\b"),),
    reader_addresses=(r"liebe (leserinnen und leser|leser und leserinnen|leserinnen|leser|hörerinnen und hörer|hörer)\b",),  # a site's appeal after the last answer (B863d)
    boilerplate_lines=(r"sie sind hier\s*(:\s*[^.?!]{0,120})?$", r"zurück zu[rm]? [\w '’-]{1,40}$", r"[•·]?\s*keine (ergebnisse|treffer)( gefunden)?$",   # a breadcrumb's lead, a back link, a viewer's empty search (B1458i)
                       r"(es ist )?ein (unerwarteter )?fehler (ist )?aufgetreten\b.{0,120}?(bitte )?versuchen sie es (später )?(noch einmal|erneut)( später)?[.!]?$",  # a web form's failure notice: an error, then "try again later" (B1752j)
                       r"(hören sie|lesen sie|sehen sie|hier geht es zu|zum) (auch )?(den |dem )?(ersten|zweiten|dritten|vorigen|nächsten) teil\b.{0,60}$|(teil|folge) (1|2|3|eins|zwei|drei) (hören|lesen)\b.{0,40}$",  # a link to another part of the same interview (B160q)
                       r"(?:\S.{0,80}?(?: {3,}|\t))?seite \d{1,4}(?: von \d{1,4})?$",  # "Seite 2 von 14" after a running head (B1279h)
                       r"\|?\s*lesedauer\s*:\s*\d+\s*min(uten?)?\.?$",  # a reading-time widget (B151p)
                       r"zurück (zu|zur|zum) [\w '’-]{1,40}$",
                       r"(artikel|beitrag) (anhören|vorlesen lassen)$",  # an audio player over the article (B1216h)
                       r"(zum |zur )?(vorherigen|nächsten|vorherige|nächste) (teil|seite|abschnitt|folge)$",  # links to the record's neighbours
                       r"(mehr|weniger) anzeigen$|(alle )?(kommentare )?(ausklappen|einklappen)$",  # a page's show-more/less toggle
                       r"(jetzt )?(eine )?(e-?mail|nachricht|leserbrief) an die redaktion (schicken|senden|schreiben)\b.{0,120}$",  # a call to write to the newsroom (B554a)
                       r"(lesen sie auch|auch interessant)\b.{0,160}$", r"(kommentare( \(\d+\))?|schlagw(ö|o)rter\s*:.{0,160}|teilen auf \w+)$",
                       r"[\[(]?\s*(anzeige|werbung)\s*[\])]?$",  # an advertisement's label
                       # a document viewer's share line ("Aktie" is its machine translation of "Share"),
                       # loading notice and tab above the document's text (B2061k)
                       r"(aktie|teilen)\s+[\"„“].{1,200}[\"“”]$", r"wird geladen\s*(\.+|…)\s*(\(jetzt volltext ansehen\))?$", r"volltext( ansehen)?$",
                       r"((anzeige|werbung)\s*\|\s*)?zum weiterlesen scrollen$",  # an advertisement's label between paragraphs (B292c)
                       r"(zum|direkt zum) inhalt( springen)?$",
                       r"(alle )?akzeptieren ?(mehr informationen|ablehnen|einstellungen)?$",  # a consent box's buttons (H140n)
                       r"\(?vor \d+ (minuten|stunden|tagen|wochen|monaten|jahren)\)?$",
                       r"transkript$",
                       r"teilen|drucken|seite drucken|nach oben|zum inhalt springen|mehr zum thema|"
                       r"startseite\s*[>»›/|]|stand:|alle rechte vorbehalten",),
    related_box_headings=(r"(alles|mehr|weitere artikel|weitere beiträge) zum thema\b.{0,60}", r"das könnte (sie|dich) auch interessieren\b.{0,20}",),  # (B600a)
    menu_words=frozenset("startseite home nachrichten aktuelles politik wirtschaft kultur sport wissen panorama meinung video videos audio podcast podcasts kontakt impressum suche archiv service regional lokales karriere reise gesundheit digital feuilleton gesellschaft ausland inland termine exklusiv analyse hintergrund".split()),  # a menu bar printed as one line (H315a)
    boilerplate_soft=(r"^(anmelden|einloggen|abmelden|ausloggen|registrieren|mein konto|konto erstellen)$",  # an account widget (B312a)
        r"^noch (kein|nicht) (mitglied|registriert|angemeldet)\??$", r"^(jetzt )?(mitglied werden|registrieren|kostenlos registrieren)\s*[»›>→]?$",  # its call to join (B1671i)
        r"^(suche|suchen)$", r"^willkommen (bei|auf|im|in der|in|zur|zum) [^.!?:;,]{2,40}$",   # a lone search widget, a share link, a site's welcome banner (H122m)
        r"^(quelle|foto|bild|schlagworte|kategorie|konto|schwerpunktthema|rubrik|aktualisiert|veröffentlicht)\s*:",
                      r"^inhalt(sverzeichnis)?$",  # a page's "Contents" link
                      r"\b(unterstützt|unterstützen sie) unsere arbeit\b|\bspenden\b",),
    author_credits=(r"geschrieben von|verfasst von|autor(?:in)?",),  # "- Geschrieben von:" over "- Luca Anger" (N441a)
    author_bylines=(r"von",),  # an article's author before the interview (N336c)
    interview_credits=(r"(?:das )?(?:interview|gespräch) (?:führten?|führte) \S.{0,60}|(?:interview|gespräch)\s*:\s*\S.{0,40}",),
    concluded=(r"\(?\s*(schluss|ende) der (sitzung|pressekonferenz)\b.*\)?",),
    act_headings=(r"(?:erster|zweiter|dritter|vierter|fünfter|letzter)\s+(?:aufzug|akt|handlung)\b\.?",
                  r"(?:aufzug|akt)\s+(?:[ivxlc]+|\d+)\b\.?", r"(?:[ivxlc]+|\d+)\.\s+(?:aufzug|akt)\b\.?"),
    scene_headings=(r"(?:erster|zweiter|dritter|vierter|fünfter|sechster|siebenter|siebter|achter|neunter|"
                    r"zehnter)\s+(?:auftritt|szene|scene)\b\.?",
                    r"(?:erste|zweite|dritte|vierte|fünfte|sechste|siebente|siebte|achte|neunte|zehnte)\s+"
                    r"(?:szene|scene)\b\.?",
                    r"(?:auftritt|szene|scene)\s+(?:[ivxlc]+|\d+)\b\.?", r"(?:[ivxlc]+|\d+)\.\s+(?:auftritt|szene)\b\.?"),
    setting_headings=(r"(?:ort der handlung|schauplatz|die szene ist)\s*[.:,]?",),
    cast_headings=(r"personen(?:\s+der\s+handlung)?|die\s+personen|handelnde\s+personen",),
    stage_words=(r"tritt\s+auf|treten\s+auf|geht\s+ab|gehen\s+ab|ab|beiseite|vorhang",),
    group_speakers=frozenset(("alle", "beide")),
    contents_headings=(r"inhalt|inhaltsverzeichnis",),
    translation_notes=(r"\b(?:übersetzung|übersetzt) (?:aus|von|ins)\b|\bdeutsche übersetzung\b",),  # a line saying the text below is a translation (I160q)
    translation_credits=(r"übersetzt von \S.{0,60}|übersetzung(?::| von) \S.{0,60}|danke an \S.{0,60} für die übersetzung",),  # a translator's credit after the last turn (I161q)
)
