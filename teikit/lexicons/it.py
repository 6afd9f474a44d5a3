"""Italian: Palazzo Chigi, Farnesina and Quirinale pages."""
_W = str.split

ENTRIES = dict(
    detect_words=frozenset(_W("""
        il lo la gli le di che e è un una per non con sono del della questo anche ma nel alla
        sì grazie buongiorno perché
        dell dei delle degli nella sul sulla dal dalla ed più ci ho abbiamo molto io noi""")),
    label_not_words=frozenset(_W("PERÒ DATA LUOGO FONTE TITOLO TEMA ARGOMENTO OGGETTO CONDIVIDI STAMPA NOTA ORDINE")),  # ORDINE DEL GIORNO
    label_role_words=frozenset(_W("""
        coordinatore coordinatrice intervistatore intervistatrice intervistato intervistata
        presidente ministro ministra segretario segretaria portavoce moderatore moderatrice
        giornalista interprete domanda risposta ambasciatore ambasciatrice sindaco onorevole
        sottosegretario deputato deputata senatore senatrice
        consigliere consigliera assessore assessora vicesindaco
        conduttore conduttrice ascoltatore ascoltatrice
        inviato inviata corrispondente
        giudice imputato imputata avvocato avvocata cancelliere""")),  # a council's offices; a radio host and caller; a court record's parties (L1610i)
    label_announcers=frozenset(_W("oratore oratrice")),
    # headings over a results call's list of participants, one "Name - Role" line each (L300i)
    sluglines=(r"int\.|est\.|ext\.|interno\.?|esterno\.?",),  # a screenplay's scene heading: "INT. KITCHEN - DAY" (L1277h)
    voice_extensions=(r"off|fuori campo|f\.\s?c\.?|fc|voce fuori campo|v\.\s?f\.\s?c\.?|cont\.|continua|al telefono",),  # after a screenplay character's name: "MARTHA (V.O.)" is MARTHA's label (L1401i)
    guest_intro_headings=frozenset(("chi è", "l'ospite")),  # a heading over the guest's portrait (H1282h)
    guest_labels=frozenset(("ospite",)),  # the guest's label, named by the portrait (H1282h)
    call_sections=frozenset(("domande e risposte", "sessione di domande e risposte", "sessione domande e risposte", "presentazione")),  # a call's section heading between two turns (T1272h)
    participant_headings=frozenset(("partecipanti", "relatori", "analisti")),
    answerer_fields=frozenset(_W("intervistato intervistata")),  # a field naming who answers an interview (N1504i)
    occupation_fields=frozenset(_W("professione occupazione lavoro")),  # a field or a table column naming a person's occupation (N1504i)
    participant_fields=frozenset(_W("partecipanti ospiti ospite relatori intervenuti")),  # a field listing those who speak, with their roles (N950e)
    place_prepositions=frozenset(_W("a in")),  # before a place in a title's tail
    office_complements=(r"esteri|generale|delegato|delegata|aggiunto|aggiunta|uscente",),
    office_links=frozenset(_W("di del della dei degli delle dello")),  # join an office to its field: "Minister for Culture", "ministre de la Culture"
    elisions=(r"(?:dell|dall|all|nell|sull|degl|l)['’]",),  # "ministro dell'Economia", "ministra dell'Interno" (N1189h)
    office_fields=frozenset(_W("""
        repubblica governo consiglio commissione comitato stato senato camera assemblea parlamento regione
        provincia comune corte banca unione ministri gabinetto ministero esteri interno economia finanze
        giustizia salute sanità istruzione difesa lavoro agricoltura cultura
        comunale municipale provinciale regionale""")),  # what an office is of: "PRESIDENTE DELLA REPUBBLICA"
    office_modifiers=frozenset(_W("ex nuovo nuova attuale")),  # between an article and an office: "the former minister, ..."
    voice_words=(r"voce|parlante",),  # diarization ids: a word and a number ("Voz 0889 00:02 ...")
    address_words=(r"a|al|alla",),  # "OGS to Scott:": a speaker's label naming whom the speaker turns to
    transcript_intros=(r"(di seguito|ecco|segue) (la )?(trascrizione|testo integrale|resoconto)\b.*|(la )?trascrizione (integrale|completa)\b.*",),  # a sentence that introduces the transcript
    transcript_headings=(r"(?:leggi (?:la )?)?trascrizione(?: integrale| completa)?",),
    poll_headings=(r"sondaggio|sondaggi",),  # a poll widget over its question (B2246l)
    poll_results=(r"risultati|vedi i risultati|vota",),
    transcript_words=(r"\btrascri(zione|zioni|tto|tta|viamo)\b|\bresoconto stenografico\b|\btesto integrale\b|\btesto (?:quasi )?stenografico\b",),  # the transcript naming itself: an editor's note before the first turn ("testo integrale", H2532m; "testo quasi stenografico", H2562m)
    transcript_links=frozenset(_W("di del della dello")),  # "Full transcript of Ann Roe interview": whose words the transcript holds (N2547m)
    recorded_verbs=(r"\b(?:è stat[ao]|sono stat[ie]) (?:registrat[aoie]|realizzat[aoie]|tenut[aoie]|trasmess[aoie]|pubblicat[aoie])\b|\bsi è (?:svolt[ao]|tenut[ao])\b",),  # the lead telling when the occasion took place (D1034f)
    affiliation_links=(r"di|del|della|dello|dei|delle|per(?: la| il)?",),  # "Tom Roe, with the Harbour Board." opening one's turn (N1040f)
    roll_call_cues=(r"\bsono|\bcon me,?|\bcon noi,?|\bin studio con me",),  # a host names the voices labelled by initials (N1037f)
    asking_fields=(r"intervista|intervistatore|intervistatrice|domande|domande di|moderatore|moderatrice|moderazione",),  # a title's "(Interview: Ann Lee)" names who asks (N1036f)
    question_labels=("DOMANDA", "GIORNALISTA", "D", "INTERVISTATORE", "INTERVISTATRICE"),
    interview_words=(r"intervist[ae]",),  # a header naming the text an interview
    question_counts=(r"domande",),  # "5 domande": a number of questions, a headline (H353a)
    step_words=(r"passo|fase",),  # before a number ("… 1:"): a how-to's numbered step, no speaker (L1102g)
    note_fields=(r"note|osservazion[ie]|obiettiv[oi]",),  # an interview guide's own fields ("Notes:"), no speaker (L1107g)
    interview_parties=(r"l['’](?:intervistat[oa]|intervistatore|intervistatrice)",),  # "[the interviewee asks …]": a transcriber's description opens so (E1110g)
    pseudonym_fields=(r"pseudonimo|alias",),  # a guide's "Pseudonym:" field names the coded participant (N1112g)
    answer_labels=("RISPOSTA", "R", "INTERVISTATO", "INTERVISTATA"),
    asker_leads=(r"(?:(?:\d+[ªa°]|prima|seconda|terza|ultima)[ \u00a0]+)?domanda[ \u00a0]+(?:di[ \u00a0]+|del[ \u00a0]+|della[ \u00a0]+|dell['’])",),  # a question's lead naming the asker before the label
    # a council record's answer after the question it reports: "Risponde l'assessore Anna Roe: …" (L2407l)
    answerer_leads=(r"(?:risponde|replica)[ \u00a0]+(?:(?:il|la|l['’])[ \u00a0]*(?:assessore|assessora|sindaco|sindaca|vicesindaco|vicesindaca|presidente|consigliere|consigliera)[ \u00a0]+)?(?=[^\W\d_])",),
    discourse_words=frozenset(_W("sì no bene allora dunque primo secondo infine")),
    label_small_words=frozenset(_W("di del della dei degli")),
    reporter_words=frozenset(("giornalista",)),
    list_joiners=frozenset(_W("e ed")),  # the last person of a list of guests
    small_words=frozenset(_W("di del della dei degli e a al alla in con per su da un una il lo la durante")),  # "… AI GIORNALISTI" / "DURANTE IL VOLO …" (H2287l)
    numbered_sittings=(r"\bseduta n(?:\.|°|um\.)?\s*\d+", r"\b\d+[ªa]?\s+seduta\b"),  # H1167g
    legislative_terms=(r"legislatura",),  # a house's numbered term on a header line, no place or venue (H1404i)
    title_words=frozenset(_W("""
        sig. sig.ra signor signora on. onorevole presidente ministro ministra segretario segretaria
        generale portavoce ambasciatore ambasciatrice sottosegretario vicepresidente il la
        consigliere consigliera assessore assessora vicesindaco
        sindaco sindaca governatore governatrice senatore senatrice cancelliere deputato deputata direttore direttrice giudice commissario commissaria
        papa""")),  # "Papa Francesco" (L2283l)
    not_name_words=frozenset(_W("conferenza stampa dichiarazione discorso intervista incontro")),
    anonymous_words=frozenset(_W("moderatore moderatrice conduttore conduttrice ascoltatore ascoltatrice")),
    ordinals=frozenset(_W("primo prima secondo seconda terzo terza quarto quarta")),  # "Zweite Vizepräsidentin": part of the office
    name_introducers=frozenset(_W("da con e")),  # "Intervista con Marco Bianchi, sindaco di Torino"
    honorifics=frozenset(_W("sig. sig.ra signor signora on. onorevole dott. dott.ssa")),
    forms_of_address=frozenset(_W("sig signora onorevole santità")),  # "Sua Santità Francesco" (L2283l)
    address_offices={"santo padre": "Papa", "santità": "Papa"},  # a journalist's "Santo Padre, …" to the Pope (N2523m)
    articles=frozenset(_W("il lo la l' l’ i gli le")),
    indefinite_articles=frozenset(_W("un uno una")),  # "Un journaliste :" (T683c)
    name_suffixes=frozenset(_W("jr")),
    generic_voices=(r"DOMANDA|DOMANDE|RISPOSTA|GIORNALISTA|PUBBLICO|VOCE|VOCI",),
    interpreter_labels=(r"(L')?INTERPRETE|TRADUTTORE|TRADUTTRICE",),
    self_introductions=(r"\b(?:sono|mi chiamo|il mio nome è)\s+$",),
    introductions=(r"\b(?:do la parola a|ha facoltà di parlare|cedo la parola a|diamo il benvenuto a)\s+$",),
    naming_phrases=(r"\bmi chiamo\s+$", r"\bil mio nome è\s+$"),
    self_roles=(r"\b(?:sono|sarò) (?:il|la|il vostro|la vostra)\s+$",),
    self_affiliations=(r"\blavoro (?:per|a|in|presso)(?: il| la| lo| l[’\'])?\s*$",),
    self_occupations=(r"\bsono (?:un|una|uno)\s+$",),
    occupation_links=frozenset(_W("di del della presso")),
    chair_words=frozenset(_W("presidente presidentessa")),
    group_mandates=(r"a nome (?:del|della|dei)\b",),  # L1181h
    chair_offices=frozenset(_W("presidenza")),
    report_cues=(r"(?:il )?servizio di\b|(?:il nostro |la nostra )?(?:corrispondente|inviat[oa])\b|(?:da|a) [^\W\d_][\w'’-]+(?: [^\W\d_][\w'’-]+){0,2},",),  # before a reporter's name closing the presenter's line (T868d)
    greeting_words=("buongiorno", "buonasera", "buon pomeriggio", "ciao", "salve", "benvenuto", "benvenuta"),  # a greeting that may name whom it greets (N810c)
    room_greetings=(r"(?:buongiorno|buonasera|buon pomeriggio|salve|ciao) a tutti\b",),  # a speaker greets the room: no address to one (L2560m)
    spoken_words=(r"\b(?:[Ii]o|[Mm]e|[Mm]i|[Mm]io|[Mm]ia|[Mm]iei|[Mm]ie|[Nn]oi|[Nn]ostr[oaie]|[Tt]u|[Tt]e|[Tt]i|[Tt]uo|[Tt]ua|[Tt]uoi|[Tt]ue|[Vv]oi|[Vv]ostr[oaie])\b",
                  r"\b(?:[Gg]razie(?! al\b)|[Bb]uongiorno|[Bb]uonasera|[Bb]envenut[oiae]|[Ss]ignore e signori|[Oo]norevoli colleghi|[Pp]er favore|[Pp]rego)\b"),  # only a speaker says them: a record's narration holds none
    house_reporters=(r"\b(?:nostr[oaie]) (?:giornalist[aie]|cronist[aie]|redazione|inviat[oaie](?: special[ei])?|corrispondent[ei])\b",),  # a lead's "we", not a speaker's (P740c)
    chair_phrases=(r"presidenza del(?:la)? (?:vice ?)?president(?:e|essa)",),
    floor_calls=(r"ha (?:ora )?(?:la parola|facoltà di parlare) {name}", r"la parola (?:al|alla|a) {name}",),  # T1455i
    witness_words=frozenset(_W("testimone teste")),
    deposition_phrases=(r"deposizione di|audizione di|testimonianza di",),
    occasion_notes=(r"introduzione|intervento introduttivo",),  # "(Opening statement)" after a label
    label_notes=(r"continuando|prosegue|proseguendo|interrompendo",),  # a continuation note in a label, not a role (N191o)
    role_copulas=(r"\s+(?:è|era|fa da|lavora come)\s+(?:(?:il|lo|la|un|uno|una)\s+|l['’])?",),  # between a name and its role (N194o)
    relative_pronouns=(r"che",),  # "Ann Roe, who was the mayor": the role after a relative pronoun and a copula (N952e)
    role_nouns=frozenset(_W("sviluppatore sviluppatrice developer insegnante maestro maestra infermiere infermiera sindacalista ingegnere farmacista chirurgo ospite autore autrice scrittore scrittrice professore professoressa studente studentessa attore attrice cantante artista redattore redattrice arbitro allenatore avvocato avvocata giudice medico economista storico storica ricercatore ricercatrice fondatore fondatrice deputato deputata sindaco assessore assessora consigliere consigliera direttore direttrice capo responsabile membro dirigente amministratore candidato candidata leader capitano commissario allenatrice biologo biologa fisico fisica architetto architetta fotografo fotografa regista compositore compositrice pianista ballerino ballerina calciatore calciatrice psicologo psicologa imprenditore imprenditrice politologo politologa sociologo sociologa filosofo filosofa sacerdote vescovo mister ct docente accademico accademica")),  # occupations and ranks printed beside a name (N193o, N332c); a football coach: "il mister", "il CT" (N392a)
    possessives=frozenset(_W("mio mia nostro nostra suo sua")),  # "my cohost, Dan", "notre invité, Adam": a host's guest and role (N951e)
    naming_links=frozenset(_W("chiamato chiamata")),  # "an actor named Ann Lee" (N363a)
    speech_deliveries=(r"(?:pronuncia|pronunciò|tiene|tenne)\s+(?:(?:il|la|un|una|suo|sua)\s+)?(?:[\w'’-]+\s+){0,4}?(?:discorso|orazione|lezione|omelia)\b",),  # N556a
    speech_headings=(r"(?:intervento|dichiarazione|discorso|introduzione|relazione)(?:\s+(?:introduttivo|di\s+apertura))?\s+(?:di|del|della|dello)\s+",),
    interviewer_credits=(r"intervistat[oa] da|intervista a cura di",),  # "Interviewed by <name>" under an oral history's narrator (H2003k)
    interviewer_phrases=(r"con|intervistato da|intervista con", r"intervista (?:a|al|di) .+? (?:da|con)"),
    occasion_links=frozenset(_W("di del della dello")),  # "Conferenza stampa di Ann Roe": whose the occasion is (N1720j)
    handover_replies=(r"(?:grazie|buongiorno|buonasera)\b",),  # how one handed the floor opens: a later hand-over in a text without labels is done (N2342l)
    answering_phrases=(r"ha risposto alle domande",),  # a lead's subject answers the dashed exchange below it (N2341l)
    occasions=(r"conferenza stampa|punto stampa|dichiarazion[ei]( congiunte?)?|discorso|intervista|"
               r"intervento|informativa",),
    street_words=(r"via|viale|piazza|corso|largo|vicolo|piazzale",),  # "Piazza Colonna 370" (H300f)
    venue_words=(r"palazzo|sala|ministero|ambasciata|camera|senato|quirinale|farnesina",),
    office_words=(r"presidente|ministro|ministra|segretario|segretaria|portavoce|ambasciatore|"
                  r"sottosegretario",),
    sitting_starts=(r"la seduta comincia alle( ore)? \d{1,2}[.,]\d{2}\.?",),  # a record's opening time before the first label
    agenda_headings=frozenset("apertura chiusura comunicazioni varie".split()),  # a minutes' agenda item heading alone: no place (H1775j)
    procedural_lines=(r"la seduta (comincia|è aperta|è sospesa|riprende|è ripresa|è tolta)\b", r"la commissione (ascolta|esamina|procede)\b", r"si riprende la discussione\b",
                      r"(la camera|il senato|l'assemblea)(,[^,]{1,80},)? (approva|respinge)\b",
                      # the house keeping a minute's silence (E2485m)
                      r"(l['’]assemblea|la camera|il senato|il consiglio|(i|tutti i) (deputati|senatori|consiglieri))\b[^.]{0,80}? osserva(no)? un minuto di silenzio\b"),
    release_notes=(r"per (la )?(diffusione|pubblicazione) immediata",),  # a release note: the release's date follows it
    header_notes=(r"fa fede (solo )?il (testo )?pronunciato", r"(la )?trascrizione (integrale|completa)\b[^.?!]*:$"),
    header_fields={"data": "date", "luogo": "place", "titolo": "title", "titolo originale": "title",
                   "partecipanti": "metadata", "ospiti": "metadata", "relatori": "metadata"},
    hour_words=(r"ore",),  # "11 settembre 2019, 10 ore" (D791b)
    months={"gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6,
            "luglio": 7, "agosto": 8, "settembre": 9, "ottobre": 10, "novembre": 11,
            "dicembre": 12, "gen": 1, "mag": 5, "giu": 6, "lug": 7, "ago": 8, "set": 9, "ott": 10,
            "dic": 12},
    date_articles=(r"il|del|lì",),  # "Il 12 marzo 2024"
    publication_prefixes=(r"pubblicato il|aggiornato il|pubblicato|aggiornato",),  # "pubblicato il <date>": when the page was published
    update_prefixes=(r"ultimo aggiornamento|ultima modifica",),  # "ultimo aggiornamento: <date>" after the last turn: the page's stamp
    weekdays=(r"lunedì|lunedi|martedì|martedi|mercoledì|mercoledi|giovedì|giovedi|venerdì|venerdi|"
              r"sabato|domenica",),
    day_first=True,
    interpreted_notes=(r"(tramite |attraverso (l')?|con )?(interprete|interpretazione|traduzione)"
                       r"( dall'\w+| simultanea)?|tradotto dall'\w+",),
    language_notes=(r"in \w+|(parla|risponde|prosegue) in \w+",),
    language_names=frozenset(_W("""inglese francese russo tedesco spagnolo italiano cinese arabo
        ucraino polacco giapponese""")),
    stage_openers=(r"(si ascolta|viene eseguito|risuona) l'inno|viene proiettat[oa] (un )?video",),  # an unbracketed stage direction inside a turn opens so
    author_bylines=(r"di",),  # an article's author before the interview (N336c)
    interview_credits=(r"(?:l')?intervista (?:è stata )?(?:realizzata|raccolta|condotta) da \S.{0,60}|(?:intervista )?a cura di \S.{0,60}",),
    event_rules=(
        ("vocal", "laughter", r"risate|risa|ilarità|si ride|(sor)?rid(e|ono)( [^\W\d_]+){0,3}(,? n\.?d\.?r\.?)?"),  # "(ride il ministro, ndr)"
        ("kinesic", "applause", r"applausi( prolungati)?|applauso"),
        ("gap", "inaudible", r"inaudibile|incomprensibile|fuori microfono"),
        ("incident", "crosstalk", r"brusio|mormorio|mormorii|commenti|proteste|interruzioni?|voci sovrapposte"),
        ("vocal", "other", r"sospira|sospiro|sospiri|tossisce"),  # (E1109g)
        # a gesture in the third person, as the Russian lexicon's "показывает ..." (E2068k)
        ("kinesic", "gesture", r"(mostra|mostrano|indica|indicano) (il|la|lo|i|le|gli|l')\s?[^\W\d_][\w' ]{0,40}|"
                               r"annuisce|annuiscono|scuote la testa|allarga le braccia|alza le spalle"),
        ("incident", "recording", r"(?:(?:piccola|breve|lunga) )?pausa|musica(,? \w+){0,2}|sigla|jingle"),
    ),
    event_continuations=frozenset(_W("dei dai del di sui nei e – dal dalla dalle dagli nel nella nelle nell' dall' dell'")),  # "(Applausi dal Gruppo FdI)" (E1184h)
    cue_words=frozenset(_W("traffico clacson sirena sirene spari esplosione tuono pioggia vento campanello sigla")),  # a cue in capitals holding one: "(TRAFFIC)" (E220d)
    editorial_comments=(r"sic|n\.d\.r\.?|…|\.\.\.",),
    outlets=(r"TG ?\d*|SKY TG ?24|RAI( ?\d| NEWS ?24)?|MEDIASET|LA7|ANSA|AGI|ADNKRONOS|IL MESSAGGERO|MESSAGGERO",
             r"(IL )?CORRIERE( DELLA SERA)?|(LA )?REPUBBLICA|LA STAMPA|(IL )?SOLE 24 ORE|(IL )?FATTO QUOTIDIANO",
             r"AVVENIRE|(IL )?GIORNALE|LIBERO|(IL )?FOGLIO|(LA )?VERIT[AÀ]|(IL )?TEMPO|QUOTIDIANO NAZIONALE",),
    portrait_words=(r"Ritratto|Foto|Immagine",),  # alt text of a speaker's portrait fused into the label line
    photo_credits=(r"foto|immagine",),  # the credit word closing a picture's caption (H1751j)
    portrait_of=(r"di",),  # "Photo of Ann Lee" before the label "Ann Lee (...)"
    boilerplate_anywhere=(("nuova finestra", r"^[\w ]{1,25}: si apre in una nuova finestra$"),
                          # a newspaper's appeal after the article: "Se ti è piaciuto l'articolo, iscriviti …" (B1824j)
                          ("iscriv", r"^se ti è piaciut[oa] (l[\'’]articolo|questo articolo|quello che hai (appena )?letto)\b.{0,200}\biscriv\w*\b.{0,120}$"),
                          # a repost note: "Questa intervista è stata pubblicata anche su Il Porto." (B862d)
                          ("pubblicat", r"^\W{0,2}(questa|quest['’]) ?(intervista|articolo) è (stat[ao] )?pubblicat[ao] (anche|originariamente|prima|inizialmente) (su|in|da) [^,;!?]{1,160}$"),
                          # a repost's credit to the first publication: "Articolo originale su [Il Porto](https://…)" (B1236h)
                          ("originale", r"^\W{0,2}(articolo|intervista) originale (su|in|da|di|:) ?[^;!?]{1,300}$"),),
    reader_addresses=(r"(cari|care) (lettori|lettrici|ascoltatori)\b|caro lettore\b|cara lettrice\b",),  # a site's appeal after the last answer (B863d)
    boilerplate_lines=(r"(sei|ti trovi) qui\s*(:\s*[^.?!]{0,120})?$", r"torna (a|al|alla|all[’']) ?[\w '’-]{1,40}$", r"[•·]?\s*nessun risultato( trovato)?$",   # a breadcrumb's lead, a back link, a viewer's empty search (B1458i)
                       r"(si è verificato|c[’\']è stato) un errore\b.{0,120}?(riprova|riprovare|si prega di riprovare) più tardi[.!]?$",  # a web form's failure notice: an error, then "try again later" (B1752j)
                       r"(ascolta|leggi|guarda|vai al?la?) (anche )?(la |il |l[’\'])?(prima|seconda|terza|precedente|successiva|altra) (parte|puntata)\b.{0,60}$",  # a link to another part of the same interview (B160q)
                       r"(?:\S.{0,80}?(?: {3,}|\t))?pagina \d{1,4}(?: di \d{1,4})?$",  # "Pagina 2 di 14" after a running head (B1279h)
                       r"\|?\s*(tempo di lettura\s*:\s*\d+\s*min(uti)?\.?|lettura\s*:\s*\d+\s*min(uti)?\.?)$",  # a reading-time widget (B151p)
                       r"torna (a|al|alla|alle|ai) [\w '’-]{1,40}$",
                       r"ascolta (l[’']|questo )articolo$",  # an audio player over the article (B1216h)
                       r"(vai alla )?(parte|pagina|sezione) (precedente|successiva)$",  # links to the record's neighbours
                       r"(articoli|notizie|contenuti) correlat[ie]\b.{0,60}$",  # a related-links box
                       r"mostra (di più|meno|altro)$",  # a page's show-more/less toggle
                       r"(commenti( \(\d+\))?|(tag|parole chiave)\s*:.{0,160}|potrebbe(ro)? interessarti\b.{0,160})$",  # (B550a: "Potrebbero interessarti anche»"; a keyword widget, B2522m)
                       r"lascia(te)? un (commento|messaggio)$",  # a comment link under the article
                       r"[\[(]?\s*(pubblicità)\s*[\])]?$",  # an advertisement's label
                       # skip links, glued as a page prints them: "Vai al menu di sezioneInizio contenuto"
                       r"(vai|salta) al (menu|contenuto)\b", r"menu di navigazione( principale)?$",
                       # a video page's widgets: a relative date, the transcript tab
                       r"l['’]altro ieri$", r"\(?\d+ (minuti|ore|giorni|settimane|mesi|anni) fa\)?$",
                       r"trascrizione$",
                       # (a word of its own: "condividiamo il codice …" opens speech, B1248h)
                       r"condividi\b( su)?|stampa\b( la pagina)?|leggi (anche|tutto)|vedi anche|"
                       r"torna su|(home|pagina iniziale)\s*[>»›/|]|tutti i diritti riservati",),  # (a breadcrumb's home step, B2526m)
    menu_words=frozenset("home notizie attualità politica economia cultura sport cronaca esteri spettacoli video audio podcast contatti cerca archivio salute scienza scuola agenda musica cinema esclusiva analisi".split()),  # a menu bar printed as one line (H315a)
    boilerplate_soft=(r"^(accedi|registrati|esci|il mio account|area riservata|crea (un )?account)$",  # an account widget (B312a)
        r"^(cerca|ricerca)$", r"^benvenut[io] (su|a|al|allo|alla|nel|nella|in) [^.!?:;,]{2,40}$",   # a lone search widget, a share link, a site's welcome banner (H122m)
        r"^(fonte|foto|tag|categoria|aggiornato|pubblicato)\s*:", r"^(indice|sommario)$"),
    act_headings=(r"atto\s+(?:primo|secondo|terzo|quarto|quinto|unico|[ivxlc]+|\d+)\b\.?",),
    scene_headings=(r"scena\s+(?:prima|seconda|terza|quarta|quinta|sesta|settima|ottava|nona|decima|"
                    r"ultima|[ivxlc]+|\d+)\b\.?",),
    setting_headings=(r"la\s+scena\s+(?:è|e'|si svolge)",),
    cast_headings=(r"personaggi|interlocutori",),
    stage_words=(r"entra|entrano|esce|escono|parte|partono|a parte",),
    group_speakers=frozenset(("tutti", "tutte")),
    contents_headings=(r"indice|sommario",),
    translation_notes=(r"\b(?:intervista|conversazione|testo|trascrizione) tradott[ao]\b|\btraduzione (?:italiana|in italiano|dell['’]intervista)\b",),  # a line saying the text below is a translation (I160q)
    translation_credits=(r"grazie a \S.{0,60} per la traduzione|traduzione (?:di|a cura di) \S.{0,60}|tradott[ao] da \S.{0,60}",),  # a translator's credit after the last turn (I161q)
)
