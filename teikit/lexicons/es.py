"""Spanish: La Moncloa, Casa Rosada and UN Spanish pages."""
_W = str.split

ENTRIES = dict(
    detect_words=frozenset(_W("""
        el la los las de que y en un una es por con para no se lo del al como más pero sus
        sí gracias también muy""")),
    label_not_words=frozenset(_W("PERO FECHA LUGAR FUENTE TÍTULO TEMA ASUNTO COMPARTIR IMPRIMIR NOTA ORDEN")),  # ORDEN DEL DÍA: the agenda
    label_role_words=frozenset(_W("""
        coordinador coordinadora entrevistador entrevistadora entrevistado entrevistada
        presidente presidenta ministro ministra secretario secretaria portavoz moderador
        moderadora periodista intérprete pregunta respuesta embajador embajadora canciller
        vicepresidente vicepresidenta diputado diputada senador senadora alcalde alcaldesa
        presentador presentadora corresponsal enviado enviada
        juez jueza fiscal acusado acusada imputado imputada abogado abogada demandante demandado demandada""")),  # and a court record's parties (L1610i)
    label_announcers=frozenset(_W("orador oradora interviniente")),
    # headings over a results call's list of participants, one "Name - Role" line each (L300i)
    sluglines=(r"int\.|ext\.|interior\.?|exterior\.?",),  # a screenplay's scene heading: "INT. KITCHEN - DAY" (L1277h)
    voice_extensions=(r"off|en off|voz en off|fuera de campo|cont\.|continúa|al teléfono|por teléfono",),  # after a screenplay character's name: "MARTHA (V.O.)" is MARTHA's label (L1401i)
    guest_intro_headings=frozenset(("sobre el invitado", "sobre la invitada", "perfil")),  # a heading over the guest's portrait (H1282h)
    guest_labels=frozenset(("invitado", "invitada",)),  # the guest's label, named by the portrait (H1282h)
    call_sections=frozenset(("preguntas y respuestas", "sesión de preguntas y respuestas", "turno de preguntas", "presentación")),  # a call's section heading between two turns (T1272h)
    participant_headings=frozenset((
        "participantes", "participantes de la empresa", "participantes de la conferencia", "analistas")),
    answerer_fields=frozenset(_W("entrevistado entrevistada")),  # a field naming who answers an interview (N1504i)
    occupation_fields=frozenset(_W("profesión ocupación")),  # a field or a table column naming a person's occupation (N1504i)
    participant_fields=frozenset(_W("participantes invitados invitadas invitado invitada ponentes panelistas entrevistados intervinientes")),  # a field listing those who speak, with their roles (N950e)
    place_prepositions=frozenset(_W("en")),  # before a place in a title's tail
    office_complements=(r"exteriores|general|adjunto|adjunta|delegado|delegada|saliente",),
    office_links=frozenset(_W("de del")),  # join an office to its field: "Minister for Culture", "ministre de la Culture"
    office_fields=frozenset(_W("""
        república gobierno consejo comisión comité estado senado congreso asamblea parlamento cámara tribunal
        banco unión región provincia junta generalitat nación gabinete ministerio hacienda economía interior
        justicia sanidad salud educación defensa exteriores asuntos trabajo agricultura cultura seguridad""")),  # what an office is of: "PRESIDENTE DELLA REPUBBLICA"
    office_modifiers=frozenset(_W("ex antiguo antigua nuevo nueva actual")),  # between an article and an office: "the former minister, ..."
    voice_words=(r"voz|hablante|locutor|locutora",),  # diarization ids: a word and a number ("Voz 0889 00:02 ...")
    address_words=(r"a|al",),  # "OGS to Scott:": a speaker's label naming whom the speaker turns to
    transcript_intros=(r"(a continuación|sigue|esta es) (la )?(transcripción|versión estenográfica|texto íntegro)\b.*|(transcripción|versión estenográfica) (completa|íntegra)\b.*",),  # a sentence that introduces the transcript
    transcript_headings=(r"(?:leer (?:la )?)?(?:transcripción|versión estenográfica)(?: completa)?",),
    back_links=(r"(?:ir |volver )?al? (?:inicio|principio) de (?:esta|la) página",),  # a record page's link back to its top (B2490m)
    poll_headings=(r"encuesta|encuestas",),  # a poll widget over its question (B2246l)
    poll_results=(r"resultados|ver resultados|votar",),
    transcript_words=(r"\btranscri(pción|pciones|pto|pta|bimos|be)\b|\bversión estenográfica\b|\btexto íntegro\b",),  # the transcript naming itself: an editor's note before the first turn ("texto íntegro", H2532m)
    transcript_links=frozenset(_W("de del")),  # "Full transcript of Ann Roe interview": whose words the transcript holds (N2547m)
    recorded_verbs=(r"\b(?:fue|fueron) (?:realizad[ao]s?|grabad[ao]s?|celebrad[ao]s?|emitid[ao]s?|publicad[ao]s?)\b|\btuvo lugar\b|\bse (?:realizó|grabó|celebró|emitió)\b",),  # the lead telling when the occasion took place (D1034f)
    affiliation_links=(r"de(?: la| los| las)?|del|por(?: la| el)?|en representación de(?: la)?",),  # "Tom Roe, with the Harbour Board." opening one's turn (N1040f)
    roll_call_cues=(r"\bsoy|\bconmigo,?|\bme acompaña|\bnos acompaña|\bme acompañan|\bnos acompañan",),  # a host names the voices labelled by initials (N1037f)
    asking_fields=(r"entrevista|entrevistador|entrevistadora|preguntas|preguntas de|moderador|moderadora|moderación",),  # a title's "(Interview: Ann Lee)" names who asks (N1036f)
    question_labels=("PREGUNTA", "PERIODISTA", "P"),
    interview_words=(r"entrevistas?|reportajes?",),  # a header naming the text an interview
    question_counts=(r"preguntas",),  # "10 preguntas": a number of questions, a headline (H353a)
    step_words=(r"paso|etapa",),  # before a number ("… 1:"): a how-to's numbered step, no speaker (L1102g)
    note_fields=(r"notas?|observaci(?:ón|on|ones)|objetivos?",),  # an interview guide's own fields ("Notes:"), no speaker (L1107g)
    interview_parties=(r"(?:el|la) (?:entrevistad[oa]|entrevistador|entrevistadora|participante)",),  # "[the interviewee asks …]": a transcriber's description opens so (E1110g)
    pseudonym_fields=(r"seud[oó]nimo|pseud[oó]nimo|alias",),  # a guide's "Pseudonym:" field names the coded participant (N1112g)
    answer_labels=("RESPUESTA", "R"),
    asker_leads=(r"(?:(?:\d+[ªa°]|primera|segunda|tercera|última)[ \u00a0]+)?pregunta[ \u00a0]+(?:de[ \u00a0]+|del[ \u00a0]+)",),  # a question's lead naming the asker before the label
    discourse_words=frozenset(_W("sí no bueno pues entonces primero segundo finalmente")),
    label_small_words=frozenset(_W("de del la el los las")),
    reporter_words=frozenset(("periodista",)),
    list_joiners=frozenset(_W("y e")),  # the last person of a list of guests
    small_words=frozenset(_W("de del la el los las y e en a al con por para sobre un una")),
    numbered_sittings=(r"\bsesión (?:plenaria )?(?:núm\.|n\.º|número)\s*\d+",),  # H1167g
    legislative_terms=(r"legislatura",),  # a house's numbered term on a header line, no place or venue (H1404i)
    title_words=frozenset(_W("""
        sr. sra. srta. lic. ing. arq. mtro. mtra. señor señora presidente presidenta ministro ministra secretario secretaria
        general portavoz embajador embajadora canciller vicepresidente vicepresidenta el la
        primero primera segundo segunda gobierno consejero consejera c. ciudadano ciudadana
        concejal concejala edil edila intendente regidor regidora
        alcalde alcaldesa gobernador gobernadora senador senadora diputado diputada director directora juez jueza comisario comisaria""")),  # a council's offices in labels  # "EL C. PRESIDENTE" (Mexico)
    not_name_words=frozenset(_W("rueda prensa conferencia declaración discurso entrevista reunión")),
    anonymous_words=frozenset(_W("moderador moderadora presentador presentadora")),
    ordinals=frozenset(_W("primer primero primera segundo segunda tercer tercero tercera cuarto cuarta")),  # "Zweite Vizepräsidentin": part of the office
    name_introducers=frozenset(_W("por con y")),  # "Entrevista con Ana Ruiz, alcaldesa de Sevilla"
    honorifics=frozenset(_W("sr. sra. srta. señor señora don doña c. ciudadano ciudadana lic. ing. arq. mtro. mtra.")),  # "EL C. PRESIDENTE": the citizen title of Mexican records; "LIC. ANA ROE": degrees printed as titles (N2449m)
    forms_of_address=frozenset(_W("sr sra")),
    address_offices={"santo padre": "Papa", "su santidad": "Papa"},  # "Santo Padre, …" asks the Pope (N2523m)
    articles=frozenset(_W("el la los las")),
    indefinite_articles=frozenset(_W("un una")),  # "Un journaliste :" (T683c)
    name_suffixes=frozenset(_W("jr hijo")),
    # "INTERLOCUTORA:": the Mexican presidency's label for whoever asks from the floor (N1170g)
    generic_voices=(r"PREGUNTA|PREGUNTAS|RESPUESTA|PERIODISTA|PÚBLICO|VOZ|VOCES|INTERLOCUTOR|INTERLOCUTORA|INTERLOCUTORES",),
    interpreter_labels=(r"(EL |LA )?(INTÉRPRETE|TRADUCTOR|TRADUCTORA)",),
    self_introductions=(r"\b(?:soy|me llamo|mi nombre es)\s+$",),
    introductions=(r"\b(?:doy la palabra a|tiene la palabra|cedo la palabra a|damos la bienvenida a|presentar a)\s+$",),
    naming_phrases=(r"\bme llamo\s+$", r"\bmi nombre es\s+$"),
    self_roles=(r"\b(?:soy|seré) (?:el|la|su)\s+$",),
    self_affiliations=(r"\btrabajo (?:para|en)(?: el| la| los| las)?\s+$",),
    self_occupations=(r"\bsoy (?:un|una)\s+$",),
    occupation_links=frozenset(_W("de del en")),
    chair_words=frozenset(_W("presidente presidenta")),
    group_mandates=(r"en nombre del?\b",),  # L1181h
    chair_offices=frozenset(_W("presidencia")),
    report_cues=(r"(?:el |un )?reportaje de\b|(?:nuestr[oa] )?(?:corresponsal|enviad[oa] especial)\b|(?:desde|en) [^\W\d_][\w'’-]+(?: [^\W\d_][\w'’-]+){0,2},",),  # before a reporter's name closing the presenter's line (T868d)
    greeting_words=("hola", "buenos días", "buenas tardes", "buenas noches", "bienvenido", "bienvenida"),  # a greeting that may name whom it greets (N810c)
    room_greetings=(r"(?:hola|buenos días|buenas tardes|buenas noches) a (?:todos|todas)\b",),  # a speaker greets the room: no address to one (L2560m)
    spoken_words=(r"\b(?:[Yy]o|[Mm]e|[Mm]i|[Mm]ís?|[Mm]is|[Cc]onmigo|[Nn]os|[Nn]osotr[oa]s|[Nn]uestr[oa]s?|[Uu]sted(?:es)?|[Tt]ú|[Tt]e|[Tt]i|[Tt]us?|[Cc]ontigo|[Vv]osotr[oa]s|[Vv]uestr[oa]s?)\b",
                  r"\b(?:[Gg]racias(?! al\b)|[Bb]uen(?:os|as) (?:días|tardes|noches)|[Bb]ienvenid[oa]s?|[Ss]eñoras y señores|[Qq]ueridos?|[Pp]or favor)\b"),  # only a speaker says them: a record's narration holds none
    house_reporters=(r"\b(?:nuestr[oa]s?) (?:periodistas?|reporter[oa]s?|corresponsal(?:es)?|redacción|enviad[oa]s? especial(?:es)?)\b",),  # a lead's "we", not a speaker's (P740c)
    # "PRESIDENCIA DEL EXCMO. SR. D. ANTONIO ROE": abbreviated excellency and "don" too
    chair_phrases=(r"presidencia del? (?:excelentísim[oa] |excm[oa]\. )?(?:señora?|sr\.|sra\.)(?: d(?:ña)?\.| don| doña)?",),
    floor_calls=(r"tiene la palabra {name}", r"{name} tiene la palabra",),  # T1455i
    witness_words=frozenset(_W("testigo declarante")),
    deposition_phrases=(r"declaración de|testimonio de|comparecencia de",),
    occasion_notes=(r"palabras de apertura|intervención inicial",),  # "(Opening statement)" after a label
    label_notes=(r"continuando|continúa|interrumpiendo|prosigue",),  # a continuation note in a label, not a role (N191o)
    role_copulas=(r"\s+(?:es|era|fue|trabaja como|actúa como|ejerce de|ejerce como)\s+(?:(?:el|la|un|una)\s+)?",),  # between a name and its role (N194o)
    relative_pronouns=(r"quien|que",),  # "Ann Roe, who was the mayor": the role after a relative pronoun and a copula (N952e)
    role_nouns=frozenset(_W("maestro maestra enfermero enfermera ingeniero ingeniera sindicalista farmacéutico farmacéutica invitado invitada autor autora escritor escritora profesor profesora estudiante actor actriz cantante artista editor editora árbitro árbitra entrenador entrenadora abogado abogada juez jueza médico médica economista historiador historiadora investigador investigadora fundador fundadora diputado diputada representante congresista alcalde alcaldesa director directora consejero consejera jefe jefa miembro responsable delegado delegada gerente concejal concejala vocal líder candidato candidata capitán comisario seleccionador biólogo bióloga físico física arquitecto arquitecta fotógrafo fotógrafa cineasta compositor compositora pianista bailarín bailarina futbolista psicólogo psicóloga empresario empresaria politólogo politóloga sociólogo socióloga filósofo filósofa sacerdote obispo catedrático catedrática docente académico académica")),  # occupations and ranks printed beside a name (N193o, N332c; "representante", "congresista": R2549m)
    possessives=frozenset(_W("mi nuestro nuestra su tu")),  # "my cohost, Dan", "notre invité, Adam": a host's guest and role (N951e)
    naming_links=frozenset(_W("llamado llamada")),  # "an actor named Ann Lee" (N363a)
    speech_deliveries=(r"(?:pronuncia|pronunció)\s+(?:(?:su|el|la|un|una)\s+)?(?:[\w'’-]+\s+){0,4}?(?:discurso|alocución|conferencia|homilía)\b",),  # N556a
    speech_headings=(r"(?:intervención|declaración|discurso|palabras|mensaje)(?:\s+(?:inicial|de\s+apertura))?"
                     r"\s+(?:de|del)\s+",),
    interviewer_credits=(r"entrevistad[oa] por|entrevista realizada por",),  # "Interviewed by <name>" under an oral history's narrator (H2003k)
    interviewer_phrases=(r"con|entrevistado por|entrevista con", r"entrevista (?:a|al|de) .+? (?:por|con)"),
    occasion_links=frozenset(_W("de del")),  # "Conferenza stampa di Ann Roe": whose the occasion is (N1720j)
    handover_replies=(r"(?:gracias|buen(?:os|as) (?:días|tardes|noches))\b",),  # how one handed the floor opens: a later hand-over in a text without labels is done (N2342l)
    answering_phrases=(r"respondió (?:a )?(?:las )?preguntas|habló con (?:los )?periodistas",),  # a lead's subject answers the dashed exchange below it (N2341l)
    occasions=(r"rueda de prensa|conferencia de prensa|declaraci(ón|ones)( conjunta)?|discurso|"
               r"entrevista|intervención|comparecencia",),
    street_words=(r"calle|avenida|avda\.|plaza|paseo|c/",),  # "Calle Mayor 5" (H300f)
    venue_words=(r"palacio|sala|salón|ministerio|embajada|congreso|senado|moncloa|casa rosada",),
    office_words=(r"presidente|presidenta|ministro|ministra|secretario|secretaria|portavoz|"
                  r"embajador|embajadora|canciller",),
    sitting_starts=(r"se abre la sesión a las \d{1,2}[.:]\d{2}( horas)?\.?",),  # a record's opening time before the first label
    agenda_headings=frozenset("apertura clausura comunicaciones ruegos preguntas".split()),  # a minutes' agenda item heading alone: no place (H1775j)
    procedural_lines=(r"se (abre|suspende|reanuda|levanta) la sesi[óo]n\b", r"la comisi[óo]n (escucha|examina|procede|recibe)\b",
                      # the house keeping a minute's silence (E2485m)
                      r"(la cámara|el senado|la asamblea|el pleno|el cuerpo|(los|las) (señor(a|e)s )?(diputad[oa]s|senador(a|e)s|concejales))\b[^.]{0,80}? (guarda|guardan|hace|hacen|observa|observan) un minuto de silencio\b",),
    release_notes=(r"para (su )?(difusi[óo]n|publicaci[óo]n) inmediata",),  # a release note: the release's date follows it
    header_notes=(r"(sólo|solo) (el discurso pronunciado|lo pronunciado) (es válido|hace fe)",
                  r"(la )?transcripción (completa|íntegra)\b[^.?!]*:$"),
    header_fields={"fecha": "date", "lugar": "place", "título": "title", "titulo": "title", "título original": "title", "tema": "title",
                   "participantes": "metadata", "invitados": "metadata", "ponentes": "metadata"},  # "titulo": YAML keys unaccented (H1246h)
    hour_words=(r"horas", r"hora"),  # "11 de septiembre de 2019, 10 horas" (D791b)
    months={"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
            "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
            "diciembre": 12, "ene": 1, "abr": 4, "ago": 8, "dic": 12},
    date_articles=(r"el|del",),  # "El 12 de marzo de 2024"
    publication_prefixes=(r"publicado el|actualizado el|publicado|actualizado",),  # "publicado el <date>": when the page was published
    update_prefixes=(r"última actualización|última modificación",),  # "última actualización: <date>" after the last turn: the page's stamp
    weekdays=(r"lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo",),
    day_first=True,
    # a record's date in words: "a los ocho días del mes de septiembre de dos mil veintidós" (D181s)
    number_words={**{w: n for n, w in enumerate("""cero uno dos tres cuatro cinco seis siete ocho nueve diez once
        doce trece catorce quince dieciséis diecisiete dieciocho diecinueve veinte veintiuno veintidós
        veintitrés veinticuatro veinticinco veintiséis veintisiete veintiocho veintinueve""".split())},
                  "un": 1, "una": 1, "primero": 1, "primer": 1, "veintiún": 21, "veintiun": 21, "dieciseis": 16, "veintidos": 22, "veintitres": 23,
                  "veintiseis": 26, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70,
                  "ochenta": 80, "noventa": 90, "y": 0, "cien": 100, "ciento": 100, "doscientos": 200,
                  "trescientos": 300, "cuatrocientos": 400, "quinientos": 500, "seiscientos": 600,
                  "setecientos": 700, "ochocientos": 800, "novecientos": 900, "mil": 1000},
    worded_dates=(r"(?:a los|al|el día|el)\s+{day}\s+(?:días?\s+)?(?:del mes de|de)\s+{month},?\s+(?:del año|de|del)\s+{year}",),
    record_places=(r"en la ciudad de|en la villa de|en la localidad de|en(?=\s+(?-i:[A-ZÁÉÍÓÚÑ]))",),  # and "- En Buenos Aires, al primer día del mes de …", a capital after it (H2487m)
    interpreted_notes=(r"(a través de |mediante |por |con )?(un |una |el |la )?(intérprete|interpretación|traducción)"
                       r"( del \w+( al \w+)?| simultánea)?|traducido del \w+( al \w+)?",),
    language_notes=(r"en \w+|(habla|responde|continúa) en \w+",),
    language_names=frozenset(_W("""inglés ingles francés frances ruso alemán aleman español
        italiano chino árabe arabe ucraniano portugués""")),
    stage_openers=(r"(suena|se escucha|se interpreta) (el himno|la música|música)|se proyecta (un )?(vídeo|video)",),  # an unbracketed stage direction inside a turn opens so
    author_bylines=(r"por",),  # an article's author before the interview (N336c)
    interview_credits=(r"(?:la )?(?:entrevista|conversación) (?:fue )?(?:realizada|hecha|conducida) por \S.{0,60}",),
    event_rules=(
        ("vocal", "laughter", r"risas?|(el público )?ríe|(se )?ríen?|(se )?(sonríe|sonríen)|(se )?carcajea"),  # "(se ríe)", the reflexive verb (E1242h)
        ("kinesic", "applause", r"aplausos?( prolongados)?"),
        ("gap", "inaudible", r"inaudible|ininteligible|sin micrófono|fuera de micrófono"),
        ("incident", "crosstalk", r"rumores|murmullos|protestas|interrupciones?|varios hablan a la vez"),
        ("incident", "recording", r"(?:(?:pequeña|breve|larga|corta|otra) )?pausa|música(,? \w+){0,2}|cortinilla|sintonía|jingle"),
        ("vocal", "other", r"suspira|suspiro|suspiros|tose|carraspea|resopla"),  # a research transcript's voice marks (E1109g)
        ("kinesic", "other", r"(la asamblea |el pleno |la sala )?(no )?asiente|asentimiento|denegaciones"),  # a show of hands in a record
    ),
    event_continuations=frozenset(_W("en de del desde y –")),
    cue_words=frozenset(_W("tráfico bocina bocinas sirena sirenas disparos explosión trueno lluvia viento timbre cortinilla")),  # a cue in capitals holding one: "(TRAFFIC)" (E220d)
    editorial_comments=(r"sic|n\. del e\.|…|\.\.\.",),
    portrait_words=(r"Retrato|Foto|Imagen",),  # alt text of a speaker's portrait fused into the label line
    photo_credits=(r"fotos?|fotografía|imagen",),  # the credit word closing a picture's caption (H1751j)
    portrait_of=(r"de",),  # "Photo of Ann Lee" before the label "Ann Lee (...)"
    boilerplate_anywhere=(("ventana nueva", r"^[\w ]{1,25}: abre (en )?(una )?ventana nueva$"),
                          ("pestaña nueva", r"^[\w ]{1,25}: abre (en )?(una )?pestaña nueva$"),
                          # a newspaper's appeal after the article: "Si te interesó lo que acabas de leer, …
                          # puedes suscribirte aquí a nuestro newsletter." (B1824j)
                          ("suscrib", r"^si te (interesó|gustó|ha gustado) (lo que acabas de leer|(este|esta) (artículo|nota|texto))\b.{0,200}\bsuscrib\w*\b.{0,120}$"),
                          # a repost note: "Esta entrevista fue publicada originalmente en El Puerto." (B862d)
                          ("publicad", r"^\W{0,2}(esta|este) (entrevista|conversación|artículo) (fue|ha sido) publicad[ao] (originalmente|también|primero|inicialmente) (en|por) [^,;!?]{1,160}$")),
    reader_addresses=(r"(queridos|queridas|estimados|estimadas) (lectores|lectoras|oyentes)\b|(querido|estimado) lector\b",),  # a site's appeal after the last answer (B863d)
    boilerplate_lines=(r"(usted )?está aquí\s*(:\s*[^.?!]{0,120})?$", r"(retorno|regresar|regreso) (a|al|a la) [\w '’-]{1,40}$", r"[•·]?\s*(no se (encontraron|han encontrado) resultados|sin resultados)$",   # a breadcrumb's lead, a back link, a viewer's empty search (B1458i)
                       r"(ha ocurrido|se ha producido) un (fallo|error)\b.{0,120}?(pruebe|inténtelo|intente|vuelva a intentarlo)( de nuevo)?( un poco)? más tarde[.!]?$",  # a web form's failure notice: an error, then "try again later" (B1752j)
                       r"(escucha|escuche|lee|lea|mira|vea) (también )?(la )?(primera|segunda|tercera|anterior|siguiente) parte\b.{0,60}$",  # a link to another part of the same interview (B160q)
                       r"(?:\S.{0,80}?(?: {3,}|\t))?página \d{1,4}(?: de \d{1,4})?$",  # "Página 2 de 14" after a running head (B1279h)
                       r"\|?\s*(tiempo de lectura\s*:\s*\d+\s*min(utos?)?\.?|lectura de \d+\s*min(utos?)?\.?)$",  # a reading-time widget (B151p)
                       r"volver (a|al|a la) [\w '’-]{1,40}$",
                       r"escuchar (este |el )?(artículo|noticia)$",  # an audio player over the article (B1216h)
                       # the government's motto of the year on its pages and papers ("2020, Año de Leona Vicario, ...")
                       r"[\"“]?\d{4},?\s+año (de|del|de la|de los)\s[^.?!:]{3,140}[\"”]?$",
                       r"(ir a la )?(parte|página|sección) (anterior|siguiente)$",  # links to the record's neighbours
                       r"(noticias|artículos|notas|contenidos?) relacionad[oa]s\b.{0,60}$",  # a related-links box
                       r"(ver|mostrar) (más|menos)$",  # a page's show-more/less toggle
                       r"[\d.,]+\s+(oyentes|escuchas|reproducciones|visualizaciones)$",  # a podcast page's listener counter (B2165k)
                       r"(lee también|lea también|te puede interesar)\b.{0,160}$", r"(comentarios( \(\d+\))?|(etiquetas|palabras clave)\s*:.{0,160})$",  # (a keyword widget, B2522m)
                       r"[\[(]?\s*(publicidad|anuncio)\s*[\])]?$",  # an advertisement's label
                       # a share bar's links, read aloud: "• Whatsapp: abre ventana nueva"; skip links
                       r"(saltar|ir) al contenido( principal)?$",
                       r"\(?hace \d+ (minutos?|horas?|días?|semanas?|mes(es)?|años?)\)?$",
                       r"transcripción$",
                       # a site's notice over a machine transcript, an emoji before it ("🗣️ Transcrição automática de
                       # voz para texto."): Spanish, and Portuguese, whose pages are read with this lexicon (B2530m)
                       r"(?:[^\w\s]{1,4}\s*)?(?:transcripción|transcrição|transcricão) automática\b[^.!?]{0,60}[.!]?$",
                       r"compartir( en)?|compart[ií]l[oa]|compártel[oa]|imprimir|leer más|ver también|volver arriba|(página de )?inicio\s*[>»›/|]|"  # (a breadcrumb's home step, B2526m)
                       r"todos los derechos reservados",),
    menu_words=frozenset("inicio portada noticias actualidad política economía cultura deportes sociedad internacional opinión vídeos videos audio podcasts contacto buscar archivo salud ciencia educación agenda música cine exclusiva análisis".split()),  # a menu bar printed as one line (H315a)
    boilerplate_soft=(r"^(iniciar sesión|cerrar sesión|acceder|registrarse|regístrate|mi cuenta|crear (una )?cuenta)$",  # an account widget (B312a)
        r"^(buscar|búsqueda|menú)$", r"^bienvenid[oa]s? (a|al|a la|a los|a las) [^.!?:;,]{2,40}$", r"^(enviar|compartir) (esta|este) (noticia|artículo|nota|historia)( a un amigo)?\.?$",   # a lone search widget, a share link, a site's welcome banner (H122m)
        r"^(fuente|foto|etiquetas|categoría|actualizado|publicado)\s*:", r"^([íi]ndice|contenidos?)$"),
    act_headings=(r"(?:acto|jornada)\s+(?:primero|segundo|tercero|cuarto|quinto|único|[ivxlc]+|\d+)\b\.?",),
    scene_headings=(r"escena\s+(?:primera|segunda|tercera|cuarta|quinta|sexta|séptima|octava|novena|"
                    r"décima|última|[ivxlc]+|\d+)\b\.?",),
    setting_headings=(r"la\s+escena\s+(?:es|pasa|se representa)",),
    cast_headings=(r"personajes|reparto",),
    stage_words=(r"sale|salen|entra|entran|vase|vanse|aparte",),
    group_speakers=frozenset(("todos", "todas", "ambos")),
    contents_headings=(r"índice|indice|contenido",),
    translation_notes=(r"\btraducci[oó]n (?:al español|del|de la entrevista)\b|\btraducid[oa] (?:del|por)\b",),  # a line saying the text below is a translation (I160q)
    translation_credits=(r"traducido por \S.{0,60}|traducción(?::| por) \S.{0,60}|gracias a \S.{0,60} por la traducción",),  # a translator's credit after the last turn (I161q)
)
