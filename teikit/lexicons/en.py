"""English: the words of the development set's press briefings, interviews and web pages (the
pages' furniture in `en_pages`)."""
from teikit.lexicons.en_pages import PAGE_ENTRIES

_W = str.split


ENTRIES = dict(
    detect_words=frozenset(_W("""
        the and of to is that it for with this was are have you we not be on they what but
        yes thank""")),
    # PIC: a photo's credit line, "Pic: Ann Lee", under its caption (L2507m); AND, BUT: "And: There
    # are many people who …" opens speech, no label (L1136g); SUBJECTS,
    # THEMES: "SUBJECTS: Wentworth; leaks." in capitals over the first turn, a topics line (L1802j)
    label_not_words=frozenset(_W("""
        AND BUT ADDENDUM CORRECTED CORRECTION UPDATED UPDATE BREAKING NOTE EDITOR EDITORS EMBARGOED EMBARGO FACT
        READOUT TRANSCRIPT RELEASE PRESS WATCH VIDEO AUDIO SOURCE SOURCES PHOTO PHOTOS PIC TAGS
        RELATED SUBJECT SUBJECTS THEMES RE TO FROM CC DATE DATED TIME LOCATION PLACE VENUE WHEN WHERE TITLE
        POSTED PUBLISHED DELIVERED WRITTEN FILED LAST CATEGORY CATEGORIES SHARE PRINT EMAIL
        SUBSCRIBE CONTACT READ LISTEN ATTENTION WARNING DISCLAIMER COPYRIGHT URL LINK HTTP HTTPS
        WWW PS NB AGENDA TOPIC TOPICS GUEST GUESTS EPISODE DURATION TAGS SUMMARY KEYWORDS
        DESCRIPTION AUTHOR LANGUAGE LAYOUT SLUG PERMALINK RECORDED TRANSCRIBED END
        PARTICIPANTS SPEAKERS PANELISTS ATTENDEES PRESENT BY BEFORE APPEARANCES""")),
    field_speakers=frozenset(_W("GUEST GUESTS")),  # "guest:" in front matter, "GUEST:" before speech
    label_role_words=frozenset(_W("""
        coordinator
        moderator interviewer interviewee host anchor presenter chair chairman chairwoman chairperson
        president minister secretary ambassador spokesperson spokesman spokeswoman governor
        senator representative chancellor king queen prince premier mayor director general
        interpreter translator reporter journalist correspondent official question answer
        questioner participant speaker operator commissioner undersecretary envoy counselor
        guest analyst caller co-host cohost panelist panellist narrator announcer leader
        councilor councillor councilman councilwoman alderman alderwoman
        judge prosecutor defendant accused plaintiff claimant clerk""")),  # and a court record's parties (L1610i)
    label_announcers=frozenset(_W("speaker")),
    # headings over a results call's list of participants, one "Name - Role" line each (L300i)
    sluglines=(r"int\.|ext\.|int\./ext\.|ext\./int\.|i/e\.?|interior\.?|exterior\.?",),  # a screenplay's scene heading: "INT. KITCHEN - DAY" (L1277h)
    voice_extensions=(r"v\.\s?o\.?|o\.\s?s\.?|o\.\s?c\.?|off|off[- ]screen|voice[- ]over|cont['’]d|cont\.|continuing|on (?:the )?(?:phone|radio|tv|screen)|into (?:the )?phone|filtered|pre-lap",),  # after a screenplay character's name: "MARTHA (V.O.)" is MARTHA's label (L1401i)
    guest_intro_headings=frozenset(("about the guest", "about our guest", "about the guests", "about this guest", "about this episode's guest", "guest bio", "about the speaker", "about the interviewee")),  # a heading over the guest's portrait (H1282h)
    guest_labels=frozenset(("guest",)),  # the guest's label, named by the portrait (H1282h)
    call_sections=frozenset(("question-and-answer session", "question and answer session", "questions and answers", "questions-and-answers", "q&a", "q&a session", "q & a", "presentation", "prepared remarks", "management remarks", "opening statement", "opening statements", "opening remarks")),  # a call's section heading between two turns (T1272h)
    participant_headings=frozenset((
        "participants", "corporate participants", "conference call participants", "company participants",
        "call participants", "executives", "analysts", "company representatives", "speakers",
        "witnesses")),  # a committee's witnesses over "Dr Ann Roe, The Harbour Office" (H2516m)
    function_headings=frozenset(_W("speaker speakers presider presiders moderator moderators panelist panelists panellist panellists discussant discussants host hosts")),  # an event page's block: "Presider" / name / office (N2262l)
    answerer_fields=frozenset(_W("interviewee respondent narrator")),  # a field naming who answers an interview (N1504i)
    occupation_fields=frozenset(_W("job occupation profession")),  # a field or a table column naming a person's occupation (N1504i)
    participant_fields=frozenset((*_W("participants speakers guests guest panel panelists panellists interviewees attendees"), 'in conversation')),  # a field listing those who speak, with their roles (N950e)
    place_prepositions=frozenset(_W("in")),  # before a place in a title's tail
    office_complements=(r"emeritus|designate|elect",),  # "Secretary-designate Jane Doe"
    office_links=frozenset(_W("of for")),  # join an office to its field: "Minister for Culture", "ministre de la Culture"
    office_fields=frozenset(_W("""
        republic government council commission committee state states senate house assembly parliament
        congress court bank union nations federation region province city cabinet chamber ministry department
        board staff treasury finance defence defense interior justice health education economy affairs trade
        agriculture environment energy labour labor transport culture security intelligence police""")),  # what an office is of: "PRESIDENTE DELLA REPUBBLICA"
    office_modifiers=frozenset(_W("former ex then new outgoing incoming acting late")),  # between an article and an office: "the former minister, ..."
    voice_words=(r"speaker|spk|voice",),  # diarization ids: a word and a number ("Voz 0889 00:02 ...")
    address_words=(r"to",),  # "OGS to Scott:": a speaker's label naming whom the speaker turns to
    transcript_intros=(r"(the )?following is (the|a) (?:[\w.'’-]+ ){0,4}?(transcript|text|transcription)\b.*|(here is|here['’]s|below is) (the|a|our) (full |edited |complete )?(transcript|transcription|text)\b.*|(full |edited )?transcript (follows|below)",),  # a sentence that introduces the transcript
    transcript_headings=(r"(?:(?:read|view|show|see|open) (?:the )?)?(?:full |complete |episode |show |video |podcast )?(?:transcript|transcription)(?: below)?|transcribed",
                         r"(?:the )?(?:full |complete )?text of (?:the|his|her|this) (?:speech|address|remarks|statement)(?: \([^()]{1,60}\))?",
                         r"(?:or )?(?:sign|log) ?in to (?:view|read|see|access|unlock) (?:this |the |our )?(?:full |complete |episode )?transcripts?",),  # (B555a); a paywall's sign-in prompt over the transcript (B2505m)
    transcript_words=(r"\btranscri(pt|pts|ption|bed)\b",),  # the transcript naming itself: an editor's note before the first turn
    transcript_links=frozenset(_W("of")),  # "Full transcript of Ann Roe interview": whose words the transcript holds (N2547m)
    recorded_verbs=(r"\b(?:was|were) (?:recorded|conducted|held|taped|filmed|aired|broadcast|published)\b|\btook place\b|\bhad an? (?:appointment|meeting)\b",),  # the lead telling when the occasion took place (D1034f)
    affiliation_links=(r"with(?: the)?|from(?: the)?|representing(?: the)?",),  # "Tom Roe, with the Harbour Board." opening one's turn (N1040f)
    roll_call_cues=(r"\bme,|\bjoined by|\balso by|\bwith me,?|\bjoining me,?|\bjoining us,?",),  # a host names the voices labelled by initials (N1037f)
    asking_fields=(r"interview|interviewer|interviewed by|questions|questions by|asked by|host|moderator|moderation",),  # a title's "(Interview: Ann Lee)" names who asks (N1036f)
    question_labels=("Q", "QUESTION"),
    interview_words=(r"interviews?",),  # a header naming the text an interview
    question_counts=(r"questions?",),  # "20 questions": a number of questions, a headline (H353a)
    step_words=(r"step",),  # before a number ("… 1:"): a how-to's numbered step, no speaker (L1102g)
    note_fields=(r"(?:field |observation |interviewer'?s? )?notes?|observations?|objectives?|aims?",),  # an interview guide's own fields ("Notes:"), no speaker (L1107g)
    interview_parties=(r"(?:the )?(?:interviewee|interviewer|respondent|participant)",),  # "[the interviewee asks …]": a transcriber's description opens so (E1110g)
    pseudonym_fields=(r"pseudonym|alias",),  # a guide's "Pseudonym:" field names the coded participant (N1112g)
    answer_labels=("A", "ANSWER", "REPLY", "RESPONSE"),
    asker_leads=(r"(?:(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|next|last|final)[ \u00a0]+)?question[ \u00a0]+(?:from|by)[ \u00a0]+",),  # a question's lead naming the asker before the label
    bare_labels=("Q",),  # "Q What is ...": White House transcripts print Q with one space
    discourse_words=frozenset(_W("""
        look listen remember yes no well now so first second third finally again today here also
        example result bottom point fact truth problem reason lesson message next last final""")),
    determiners=frozenset(_W("one another my our your his her their this that these those every each")),
    label_small_words=frozenset(("of", "the")),
    reporter_words=frozenset(("reporter", "correspondent", "journalist")),
    list_joiners=frozenset(_W("and")),  # the last person of a list of guests
    small_words=frozenset(_W("""
        a an and at by for from in of on or the to with our your & – - de da di del della der den
        van von bin ibn al el la le du dos das y e""")),
    name_particles=frozenset(_W("de da di del della der den van von bin ibn al el la le du dos das")),
    numbered_sittings=(r"\b\d+(?:st|nd|rd|th)?\s+(?:sitting|plenary session)\b", r"\bsitting no\.?\s*\d+"),  # H1167g
    legislative_terms=(r"legislature|legislative session|regular session|special session|extraordinary session|\d+(?:st|nd|rd|th) (?:congress|parliament)",),  # a house's numbered term on a header line, no place or venue (H1404i)
    title_words=frozenset(_W("""
        secretary minister foreign prime president vice mr mrs ms miss dr the chancellor
        ambassador deputy general senator governor spokesperson spokesman spokeswoman under
        assistant admiral gen col king queen prince princess sheikh his her excellency madam
        madame sir lord lady special envoy representative counselor counsellor chief advisor
        adviser director undersecretary premier mayor commissioner coordinator high state of
        press national security senior first lady rep sen gov amb sg unsg usg hon rt administrator
        managing executive sec secy lt sgt maj capt cmdr adm
        taoiseach tánaiste ceann comhairle leas cathaoirleach
        judge professor""")),  # Irish offices in English records; an academic title (N1723j)
    title_abbreviations={"sen": "Senator", "gov": "Governor", "sec": "Secretary", "secy": "Secretary",
                         "rep": "Representative", "amb": "Ambassador"},  # "SEN. MARCO RUBIO:" (N390a)
    not_name_words=frozenset(_W("""
        and with at in on by for to of the a an before after during their his her its our
        remarks press conference briefing meeting statement statements availability interview
        joint summit council security session department office house room hall palace
        background gaggle call teleconference impact war against response humanitarian
        united nations states general assembly republic kingdom federation union european
        editor editors staff writer writers radio television doorstop podcast transcript broadcast""")),
    anonymous_words=frozenset(_W("""
        official officials aide aides moderator operator staffer diplomat source host anchor
        interviewer narrator announcer chair chairman chairwoman chairperson presenter emcee mc
        spokesperson spokesman spokeswoman participant voice caller speaker""")),  # the Speaker of a house (N1186h)
    ordinals=frozenset(_W("""
        one two three four five six seven eight nine ten first second third fourth fifth
        #1 #2 #3 #4 #5 1 2 3 4 5 6 7 8 9 a b c""")),
    name_introducers=frozenset(_W("by with and featuring")),
    honorifics=frozenset(_W("the mr mrs ms dr miss hon rt sir madam")),
    forms_of_address=frozenset(_W("excellency mr mrs ms madam dr sir")),
    address_offices={"holy father": "Pope", "your holiness": "Pope"},  # "Holy Father, …" asks the Pope (N2523m)
    articles=frozenset(_W("the")),
    indefinite_articles=frozenset(_W("a an")),  # "Un journaliste :" (T683c)
    name_suffixes=frozenset(_W("jr sr ii iii iv")),
    generic_voices=(
        r"Q|QUESTION|QUESTIONS|QUESTIONER|AUDIENCE|AUDIENCE MEMBER|AUDIENCE MEMBERS|AUDIENCE QUESTION",
        r"PARTICIPANT|PARTICIPANTS|REPORTER|REPORTERS|JOURNALIST|JOURNALISTS|PRESS|VOICE|VOICES",
        r"CROWD|UNIDENTIFIED( SPEAKER| MALE| FEMALE| VOICE| REPORTER| MAN| WOMAN)?|UNKNOWN( SPEAKER)?",
        r"MEMBER OF THE AUDIENCE|STUDENT|STUDENTS|(SOME )?(HON\.? |HONOURABLE |HONORABLE )?(MEMBERS|SENATORS)|SEVERAL VOICES",
        r"ALL|A|ANSWER|REPLY|REMARK|RESPONSE|COMMENT|INTERJECTION|STAFF|STAFFER|AIDE TO .+|CALLER",
    ),
    outlets=(
        r"DAILY|TV|NEWS|AGENCY|TIMES|POST|RADIO|PRESS|REPORTER|CORRESPONDENT|JOURNALIST",
        r"JOURNAL|TRIBUNE|HERALD|GAZETTE|NETWORK|CHANNEL|PAPER|NEWSPAPER|BROADCASTING|WIRE",
        r"AFP|AP|REUTERS|BLOOMBERG|CNN|BBC|CCTV|CGTN|NHK|TASS|RIA NOVOSTI|XINHUA|CBS|NBC|NPR|DPA|EFE",
        r"ANSA|KYODO|YONHAP|AL JAZEERA|FOX NEWS|MSNBC|SKY NEWS|ITV",
        r"[A-Z]{1,6}TV",  # a channel's initials closed by TV: "MASTV", "NDTV" ask as the outlet (N2533m)
    ),
    interpreter_labels=(r"(THE )?(INTERPRETER|TRANSLATOR)( \d+)?",),
    self_introductions=(r"\b(?:i'm|i’m|i am|my name is|this is)\s+$",
                        r"\bi(?:'m|’m| am) your(?: [\w-]+){1,2},\s+$"),  # "I’m your host, Shaun Hildner" (N1245h)
    introductions=(r"\b(?:introduce|invite|welcome|recognize|recognise|call on|call upon|joined by|(?:turn|hand) (?:it |(?:the|your) (?:call|conference|floor|program|programme|meeting|session|line|mic|microphone|webinar|presentation) )?over to|give the floor to|the floor to)\s+$",
                   r"\b(?:give it up|put your hands together|make some noise) for\s+$"),  # a stage host's call: "Give it up for Ann Roe!" (T2422l)
    naming_phrases=(r"\bmy name(?: is|[’']s)\s+$",),
    self_roles=(r"\bi(?:[’']ll| will| shall) be (?:the|your)\s+$", r"\bi(?:[’']m| am) (?:also )?(?:the|your|an?)\s+$",
                r"\bi (?:currently )?serve as (?:the|an?)\s+$",  # "I serve as the executive director …" (N2446m)
                r"\band i(?:[’']m| am) (?:also )?\w[\w&.-]*[’']s\s+$"),  # "My name is Ann Roe, and I am Acme’s Chair" (R2425l)
    self_affiliations=(r"\bi(?:[’\']m| am)(?: also)? with(?: the)?\s+$", r"\bi work (?:for|at)(?: the)?\s+$"),
    self_occupations=(r"\bi(?:[’\']m| am) an?\s+$",),
    occupation_links=frozenset(_W("at with for of in")),
    chair_words=frozenset(_W("chair chairman chairwoman chairperson presiding")),
    group_mandates=(r"on behalf of the\b",),  # L1181h
    chair_offices=frozenset(_W("chairmanship")),
    report_cues=(r"(?:a |the )?report (?:from|by)\b|(?:our |the )?(?:correspondent|reporter)\b|(?:from|in) [^\W\d_][\w'’-]+(?: [^\W\d_][\w'’-]+){0,2},",),  # before a reporter's name closing the presenter's line (T868d)
    greeting_words=("hello", "hi", "good morning", "good afternoon", "good evening", "welcome"),  # a greeting that may name whom it greets (N810c)
    room_greetings=(r"(?:hello|hi|good (?:morning|afternoon|evening)),? (?:everyone|everybody|all)\b",),  # a speaker greets the room: no address to one (L2560m)
    spoken_words=(r"\b(?:I|I['’](?:m|ve|ll|d)|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself|[Ww]e|[Ww]e['’](?:re|ve|ll|d)|[Uu]s|[Oo]urs?|[Oo]urselves|[Yy]ou|[Yy]ou['’](?:re|ve|ll|d)|[Yy]ours?|[Yy]ourselves)\b",
                  r"\b(?:[Tt]hank|[Tt]hanks|[Ww]elcome|[Hh]ello|[Pp]lease|[Gg]ood (?:morning|afternoon|evening)|[Ll]adies and gentlemen|[Cc]olleagues,)\b"),  # only a speaker says them: a record's narration holds none
    house_reporters=(r"\b(?:our|my) (?:own |staff |local )?(?:reporters?|correspondents?|journalists?|editors?|newsroom|staff|team|editorial team)\b",),  # a lead's "we", not a speaker's (P740c)
    chair_phrases=(r"(?:the )?(?:chair|presiding officer)(?: of the (?:sitting|meeting|session))?(?: is| was)?:?",),
    chair_taken=(r"in the chair",),  # "Senator Ann Lee (Chair) in the chair." (N2441m)
    presiding_before=(r"before",),  # "Before Mr Tom Roe SC, Commissioner" (N2440m)
    bench_titles=frozenset(_W("justice")),  # "MR. JUSTICE TOM ROE" (N2440m)
    postnominals=frozenset(_W("sc qc kc bl")),  # senior and Queen's/King's counsel, barrister-at-law (N2440m)
    floor_calls=(r"{name} has the floor", r"i (?:now )?(?:call|give the floor to) {name}",),  # T1455i
    witness_words=frozenset(_W("witness deponent")),
    court_words=frozenset(_W("court")),  # "THE COURT:" is the judge (N957e)
    court_phrases=(r"(?:before|presiding(?:\s+judge)?)(?:\s*:(?:\s+the)?(?:\s+honou?rable)?|\s+(?:the\s+)?honou?rable|\s+hon\.)",),  # "Before: HON. ANN ROE, District Judge" (N957e)
    examiner_intros=(r"by",),  # "BY MR. POE:" over a deposition's questions (N1275h)
    examination_headings=(r"(?:(?:direct|cross|redirect|recross|re-direct|re-cross|further|continued)[- ])*examination(?: \(continued\)| continued)?",),
    oath_words=(r"(?:duly |being )?(?:sworn|affirmed|recalled)",),  # "<ANN LEE, affirmed:", "ANN LEE, sworn" (N1606i)
    deposition_phrases=(r"deposition of|testimony of|examination of",),
    occasion_notes=(r"opening (statement|remarks)|closing (statement|remarks)|introductory remarks",),  # "(Opening statement)" after a label
    label_notes=(r"continuing|continued|cont['’]d|cont\.|contd|interrupting|resuming",),  # a continuation note in a label, not a role (N191o)
    role_copulas=(r"['’]s\s+(?:an?|the)\s+|\s+(?:is|was)\s+(?:(?:an?|the)\s+)?|\s+(?:serves|served|acts|acted|works|worked) as\s+(?:(?:an?|the)\s+)?",),  # between a name and its role (N194o)
    relative_pronouns=(r"who",),  # "Ann Roe, who was the mayor": the role after a relative pronoun and a copula (N952e)
    role_nouns=frozenset(_W("ir taoiseach tánaiste pharmacist paramedic firefighter farmer author writer novelist poet professor lecturer student teacher actor actress singer musician artist editor producer referee umpire coach lawyer attorney judge doctor physician nurse economist historian scientist researcher fellow founder co-founder cofounder owner engineer officer ceo cfo coo cto manager consultant partner candidate activist member lawmaker legislator mp mep councilman deputy-mayor head lecturer curator captain detective sheriff colonel lieutenant sergeant reverend congressman congresswoman councilmember biologist physicist chemist astronomer architect designer photographer filmmaker composer pianist conductor dancer chef athlete footballer goalkeeper striker psychologist psychiatrist surgeon entrepreneur investor banker politician priest pastor rabbi imam bishop astronaut comedian broadcaster scholar philosopher sociologist archaeologist")),  # occupations and ranks printed beside a name (N193o, N332c)
    caption_cues=(r"says",),  # "He says IT IS NOW TIME …": a described-video transcript's cue before the caption's words (T2460m)
    cue_pronouns=frozenset(("he", "she")),  # "He says …": the speaker the narration has just described (T2460m)
    possessives=frozenset(_W("my our his her their your")),  # "my cohost, Dan", "notre invité, Adam": a host's guest and role (N951e)
    naming_links=frozenset(_W("named called")),  # "an actor named Ann Lee" (N363a)
    speech_deliveries=(r"(?:delivers|delivered|gives|gave)\s+(?:(?:his|her|their|the|a|an)\s+)?(?:[\w'’-]+\s+){0,4}?(?:address|speech|remarks|lecture|sermon|eulogy)\b",),  # N556a
    speech_headings=(r"(?:(?:opening|closing|introductory|concluding|keynote|prepared)\s+)?"
                     r"(?:statement|remarks|address|speech|intervention)\s+(?:by|of|from)\s+",),
    guest_phrases=(r"interview with|interviewed|interviews|in conversation with|talks to|talks with",),  # N442a
    # "E&OE TRANSCRIPT", "E&OE - PROOF ONLY": errors and omissions excepted, under an Australian
    # release's heading (H2004k)
    release_marks=(r"e\s?&\s?o\.?\s?e\.?(?:\s*[-–—:]?\s*(?:transcript|proof(?: only)?))?",),
    interviewer_credits=(r"interviewed by|interview conducted by|interview by",),  # "Interviewed by <name>" under an oral history's narrator (H2003k)
    interviewer_phrases=(r"with|interviewed by|interview by|in conversation with|conversation with",
                         r"interview (?:of|with) .+? by"),
    street_words=(r"street|st\.|avenue|ave\.?|road|rd\.|boulevard|blvd\.?|lane|drive|plaza",),  # "60 Wall Street" (H300f)
    judicial_postnominals=frozenset(_W("CJ ACJ DCJ J JJ JA AJ")),  # "KIEFEL CJ:", "GORDON J": a judge's office (R2513m)
    counsel_postnominals=frozenset(_W("KC QC SC")),  # "MS W.A. HARRIS, KC appears …": counsel's rank (R2514m)
    meeting_leads=(r"(?:meeting|sitting|session|hearing)(?: held)? (?:on|of)",),  # "Committee for Ports, meeting on Wednesday, 7 October 2020" (H2517m)
    case_parties=(r"v|v\.|vs|vs\.",),  # "Roe v Harbour Board [2021] HCATrans 12": a case's name (H2509m)
    place_leads=(r"at",),  # "AT CANBERRA AND BY VIDEO CONNECTION": a court transcript's place line (H2511m)
    remote_venues=(r"by (?:video|audio|telephone|phone)(?: ?(?:connection|link|conference))?|via (?:video|audio)(?: ?link)?",),
    venue_words=(
        r"room|hall|theat(er|re)|house|palace|hotel|university|college|school|building",
        r"cent(er|re)|garden|auditorium|chancellery|presidency|ministry|embassy|residence",
        r"headquarters|museum|library|court|stadium|airport|base|plaza|square|chamber",
        r"parliament|capitol|castle|villa|lounge|studio|office building|teleconference",
        r"videoconference|conference call|aboard|on board|air force one|via (zoom|video|phone)|office",
    ),
    office_words=(
        r"secretary|minister|spokesperson|spokesman|spokeswoman|president|ambassador|director",
        r"advis[eo]r|coordinator|official|officer|envoy|representative|chief|head|commissioner",
        r"administrator|counselor|chancellor|governor|senator|mayor|prime|deputy|undersecretary",
        r"press|chair(man|woman|person)?|general|king|queen|prince|premier|counsel|host|ceo|cfo",
        r"\b(?:vp|svp|evp|cto)\b",  # "VP of Analytics and Data Science at DoorDash" (N879d)
    ),
    source_lines=(
        r"(the\s+)?(u\.?\s?s\.?\s+)?(office of|department of|ministry of|bureau of|embassy of|"
        r"mission of|permanent mission|white house|united nations|european commission|"
        r"foreign office|state department)\b",
        # a parliament's report series and the record's kind: "Official Report: Minutes of Evidence" (H2515m)
        r"(official report|minutes of evidence|verbatim report)(\s*[:|–—-]\s*(official report|minutes of evidence|verbatim report|oral evidence))?$",
        # a company, the publisher of its earnings call: "Roblox Corporation", "Acme, Inc."
        r"[^\W\d_].*?,?\s(inc|corp|corporation|incorporated|ltd|limited|plc|llc|ag|se|n\.v|s\.a|gmbh|s\.p\.a)\.?$",
    ),
    handover_replies=(r"(?:thank you|thanks|welcome|good (?:morning|afternoon|evening|day))\b",),  # how one handed the floor opens: a later hand-over in a text without labels is done (N2342l)
    answering_phrases=(r"answered (?:the )?(?:reporters'|journalists'|the press's|media) questions|spoke to (?:reporters|journalists|the press)",),  # a lead's subject answers the dashed exchange below it (N2341l)
    occasions=(
        r"(earnings|investor|analyst)s?\s+(conference\s+)?call",
        r"((joint|daily|regular|weekly|special)\s+)?press\s+(availability|conference|briefing|statements?|"
        r"encounter|gaggle|remarks|point)",
        r"remarks\s+to\s+the\s+(press|media)",
        r"photo\s+(opportunity|op|spray)",
        r"(background|virtual|on-the-record|special)\s+(press\s+)?(briefing|gaggle|call)",
        r"(joint\s+)?statements?\s+to\s+the\s+press",
        r"press\s+gaggle|interview|roundtable|town\s+hall|keynote|remarks|briefing",
        r"address|speech|statement|testimony|readout|q\s?&\s?a|earnings call|podcast",
        r"deposition|((direct|cross|re-?direct|re-?cross)[- ])?examination|hearing",  # a court's and a committee's (H1225h)
    ),
    # a sitting's record of its own course: "The House met at ...", "Sitting suspended."
    sitting_starts=(r"the (house|senate|committee) met at \d{1,2}([:.]\d{2})?\s*[ap]\.?\s?m\.?",),  # a record's opening time before the first label
    agenda_headings=frozenset("opening closing announcements minutes apologies correspondence agenda adjournment".split()
                              + "prologue epilogue introduction intro conclusion".split()),  # a minutes' agenda item heading alone: no place (H1775j); a programme's section heading (H1806j)
    procedural_lines=(r"the (house|senate|sitting|meeting|session|committee|subcommittee|chamber) (met|rose|resumed|adjourned|returned|went up|divided)\b",
                      r"the (committee|commission|subcommittee) (hears?|heard|examines|examined|takes evidence|took evidence|proceeds|proceeded)\b",
                      r"(the )?(sitting|meeting|session|house) (was|is) (opened|suspended|resumed|adjourned|closed)\b",
                      r"(sitting|meeting|session) (suspended|resumed|adjourned)\b", r"(the )?debate (was )?resumed\b",
                      # the house keeping a minute's silence (E2485m)
                      r"(the )?(house|assembly|chamber|senate|council|members|meeting)\b[^.]{0,60}? (observed|observes|stood for|stands for|rose for|kept) (a|one) minute(['’]s| of)? silence\b"),
    office_of=(r"\bthe {office} of {place}",),  # "my colleague, the foreign minister of Angola"
    release_notes=(r"for immediate release",),  # a release note: the release's date follows it
    header_notes=(
        r"\*+|†|note:|editor[’']?s note|correction:|corrected:?\s*$",
        r"for immediate release|embargoed (until|for)|as prepared for delivery",
        r"topics\s*:|check against delivery|\(?as delivered\)?$|\(?as prepared\)?$|transcript:?$",
        r"copyright (?:in|of) the\b",  # "Copyright in the High Court of Australia": a court record's own notice, no venue (H2511m)
        r"(the )?following is (the |a )?",
        r".*\b(a |the )?(full |complete |edited )?transcript( of (the|this) \w+)? follows:?$",
        r"(the )?(full|complete|verbatim|edited) transcript\b[^.?!]*:$",
    ),
    news_datelines=(
        # "WASHINGTON (Reuters) — ", "GENEVA, Switzerland -- ": a city in capitals opens the story
        # (an agency in parentheses or a dash of its own, so "OK -- so" in speech is none)
        r"(?P<place>[A-Z][A-Z.'’-]{3,}(?: [A-Z][A-Z.'’-]+){0,2})(?:, [A-Z][\w.]+(?: [A-Z][\w.]+)?)?"
        r"\s*(?:\([\w. ]{2,30}\)\s*(?:-|–|—|--)|—|–)\s",
    ),
    header_fields={"date": "date", "time": "time", "place": "place", "location": "place",
                   "venue": "venue", "title": "title", "original title": "title", "subject": "title", "occasion": "activity",
                   # a broadcaster's release: "WHEN: Today, Friday, March 3rd" / "WHERE: CNBC's \"Squawk Box\"" (H1805j)
                   "when": "date", "where": "venue",
                   "event": "activity", "episode": "title", "recorded": "date", "published": "date",
                   # a broadcaster's transcript page: "Broadcast: 28/02/2002", "Air date: ..." (H291c)
                   "broadcast": "date", "air date": "date", "aired": "date",
                   # a list of the people who speak: "Speakers: Ann Lee, Harbour Master; Tom Poe, Mayor"
                   "speakers": "metadata", "participants": "metadata", "panelists": "metadata",
                   "guests": "metadata", "present": "metadata", "also present": "metadata",  # a hearing's attendance lines
                   # a panel show's topics: "Issues: Trade / Housing / The Budget" (H2001k)
                   "issues": "metadata", "topics": "metadata",
                   # an inquiry's cover: "COUNSEL: MR. A SC MS. B BL" / "Instructed by: MS. C" (H2101k)
                   "counsel": "metadata", "instructed by": "metadata"},
    hour_words=(r"o'clock",),  # "3 March 2015, 10 o'clock": a date line closed by its hour (D791b)
    months={
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
        "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
        "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    },
    date_articles=(r"on",),  # "on 12 March 2024"
    publication_prefixes=(r"posted on|published on|published|updated on|updated|publication date|date posted|date post|upload date|uploaded on|uploaded",),  # "posted on <date>": when the page was published; "Date post: <date>": a document site's upload (H2002k)
    update_prefixes=(r"last updated|last modified|page last updated",),  # "last updated: <date>" after the last turn: the page's stamp
    weekdays=(r"(mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun",),
    day_first=False,
    interpreted_notes=(
        r"(via|through|thru|by)\s+(an?\s+|the\s+)?(interpret(er|ers|ation)|translat(or|ors|ion))",
        r"as\s+(interpreted|translated)|(simultaneous(ly)?\s+)?(interpreted|translated)(\s+from\s+\w+)?",
        r"(interpretation|translation)(\s+from\s+\w+)?",
        r"in\s+\w+,?\s+(via|through)\s+(an\s+)?(interpreter|translat(or|ion))",
        r"\w+,?\s+(interpreted|translated)",
        r"(english|\w+)\s+(interpretation|translation)",
        r"question (asked|posed) in \w+(,)?\s+(and )?(interpreted|translated)( into \w+)?",
        r"translated from \w+|interpreting|interpreter speaking|through an interpreter",
        r"(speaking|speaks|spoke|responding|responds|answering|answers|asking|asks)\s+(in\s+\w+\s+)?(via|through|thru|with)\s+"
        r"(an?\s+|the\s+)?(interpret(er|ers|ation)|translat(or|ors|ion))",
        r"(voice\s+of|voiced\s+by)\s+(an?\s+|the\s+)?(interpreter|translator)",
    ),
    language_notes=(
        r"(in|speaks|speaking|spoken\s+in|continues\s+in|responds\s+in|answers\s+in|"
        r"switches\s+to|begins\s+in)\s+[^\W\d_]+(\s+[^\W\d_]+)?",
        r"no\s+(translation|interpretation)(\s+(was\s+)?(provided|available|given))?",
        r"(translation|interpretation)\s+(not\s+provided|unavailable)",
        r"(speaking\s+(in\s+)?(a\s+)?)?(foreign|non-english|other|native)\s+languages?(\s+spoken)?",  # "[Foreign Language]": a transcriber's language note (I2424l)
    ),
    language_names=frozenset(_W("""
        english french spanish german russian chinese mandarin arabic italian portuguese japanese
        korean ukrainian polish turkish persian farsi hindi urdu hebrew dutch swedish greek""")),
    # a record's note of a heckle or a disturbance on its own line, unbracketed (Australian,
    # New Zealand and UK Hansards): "Members interjecting:", "The Hon. K.J. Maher interjecting:",
    # "Mr Roe interjecting—", "There being a disturbance in the gallery:"
    interjection_lines=(r"(?:(?:The )?Hon\. )?[A-Z][\w.'’-]+(?: (?:[A-Z][\w.'’-]*|members?|of|for|the|and)){0,8} "
                        r"interject(?:ing|ed)|[Tt]here being a disturbance in the (?:[\w’'-]+ )?gallery",),  # case kept
    stage_openers=(r"(the )?(national anthem|music|song|video|film) (is )?(plays|played|begins|shown|screened)\b|(everyone|all|the audience) (stands?|rises?)\b",),  # an unbracketed stage direction inside a turn opens so
    event_rules=(
        ("vocal", "laughter", r"laughter|laughs|laughing|laugh|chuckles|chuckling|chuckle|giggles|giggle|"
                              r"(audience|crowd|all) laugh(s|ing)?|laughter and applause|laughter,? applause"),
        ("kinesic", "applause", r"(sustained |loud |standing )?applause|applauds|"
                                r"(audience|crowd) applauds|standing ovation|applause and laughter"),
        ("vocal", "cheering", r"cheers|cheering|(audience|crowd) cheers|cheers and applause|"
                              r"(audience|crowd|people|everyone|all) (cheering|applauding|clapping)"),  # (E2067k)
        ("vocal", "booing", r"boos|booing|jeers|jeering"),
        ("vocal", "other", r"coughs|sighs|clears throat|groans|gasps|whistles|sneezes|"
                           r"singing|sings|chanting|chants|whispering|whispers|hear, hear|"
                           # caption (SDH) sound words, never a speaker in brackets (L1400i)
                           r"screams|screaming|shouts|shouting|yells|yelling|grunts|grunting|sobs|sobbing|"
                           r"cries|crying|sniffles|sniffling|sniffs|exhales|inhales|moans|mutters|muttering|hums|humming|panting"),
        ("incident", "procedure", r"witness sworn|the witness was sworn|interruption|"
                                  # a court reporter's parentheticals (E1274h)
                                  r"whereupon,? .+|(discussions? )?(held )?off the record|"
                                  r"(deposition |plaintiff'?s'? |defendant'?s'? |government'?s'? )?exhibits? (no\. )?[\w.-]+( and [\w.-]+)? "
                                  r"(was |were )?marked( for identification)?|"
                                  r"(a |one |two )?(moment|minutes?) of silence( (was )?observed)?|"
                                  r"(the )?(house|committee|senate) (divided|adjourned)"),
        ("gap", "inaudible", r"inaudible|unintelligible|indiscernible|inaudible question|"
                             r"audio (gap|break|drops|cuts out)|audio (is )?(inaudible|unclear)|"
                             r"technical difficult(y|ies)|connection (lost|drops)"),
        ("gap", "off-mike", r"off[- ]?(mike|mic|microphone)|mic(rophone)? (off|not on)"),
        ("incident", "crosstalk", r"cross[- ]?talk|simultaneous (speech|talking)|"
                                  r"overlapping (speech|voices)|multiple speakers|overlapping"),
        ("incident", "recording", r"(briefing |remarks |call )?(in progress|ends in progress|"
                                  r"joined in progress)|break|recess|pause|chit-?chat|"
                                  r"video (plays|shown)|audio (plays|begins|ends)|phone rings|"
                                  r"end of (recording|transcript)|recording (ends|begins)|"
                                  r"(\w+,? ){0,2}music( (plays|playing|continues|fades( out)?|swells|ends))?|silence|commercial break|"
                                  r"(theme )?(song|tune|jingle) (plays|playing)|(piano|guitar|drum|band) (riff|sting|plays|playing)|"
                                  r"(intro|outro|opening|closing|theme) (song|music|tune|jingle)|intro|outro"),  # E1004f
        ("kinesic", "gesture", r"([\w'’.-]+,? ){0,2}(points|gestures|nods|shakes (his |her |their )?head|waves|"
                               r"shrugs|raises (his |her )?hand|shakes hands|turns to|looks at)\b.*"),
    ),
    event_continuations=frozenset(_W("from on in at and by among of")),
    cue_words=frozenset(_W("traffic truck trucks car cars horn horns brakes siren sirens gunshot gunshots gunfire explosion explosions footsteps thunder rain wind doorbell bell bells knock knocking static beep beeps crash intro outro theme sting stinger sfx soundbite ambience videotape video clip footage")),  # a cue in capitals holding one: "(TRAFFIC)" (E220d)
    event_interjections=(r"interjection|an hon\. member|hon\. members|[^\W\d_][\w .'-]*\[[^\]]+\]",),
    editorial_comments=(
        r"sic|sic\.?!?|redacted|emphasis (added|mine|in original)|translated|translation",
        r"unclear|illegible|inaudible word|\?+|\.\.\.|…|ed\.?|editor[’']?s note\b.*|note\b.*",
        r"as (delivered|prepared)|correction\b.*|corrected\b.*|laughs?|pause|cont(inued|'d)?",
    ),
    **PAGE_ENTRIES,  # a web page's furniture: teikit/lexicons/en_pages.py
    portrait_words=(r"Portrait|Photo|Headshot|Image|Picture|Avatar",),  # alt text of a speaker's portrait fused into the label line
    portrait_of=(r"of",),  # "Photo of Ann Lee" before the label "Ann Lee (...)"
    author_credits=(r"written by|posted by|author",),  # a page's author credit (N441a)
    author_bylines=(r"by",),  # an article's author before the interview (N336c)
    interview_credits=(r"(?:the )?(?:interview|conversation) (?:was )?(?:conducted|edited|condensed) by \S.{0,60}|interview(?:ed)? by \S.{0,60}",),
    concluded=(
        r"\(?\s*(whereupon,?\s+)?(the\s+)?(briefing|press conference|conference|call|meeting|event|session|"
        r"interview|remarks|gaggle|availability|hearing|deposition|proceedings|trial)\s+(was\s+|were\s+)?(concluded|ended|"
        r"adjourned|closed)\b.*\)?",
        r"issued at( [A-Z]{2,4})? \d{1,2}[:.]\d{2}( ?[ap]\.?m\.?)?",  # a release's closing stamp: "Issued at HKT 19:55"
    ),
    commenced=(  # a hearing's or a briefing's opening time over the first label (H1652i)
        r"\(?\s*(?:the\s+)?(?:briefing|press conference|conference|call|meeting|hearing|session|court|"
        r"proceedings|trial|deposition)\s+(?:was\s+|were\s+)?(?:commenced|began|begun|started|convened|opened|"
        r"called to order|resumed)\s+at\b\D{0,20}\d.*",
    ),
    act_headings=(r"act\s+(?:[ivxlc]+|\d+|one|two|three|four|five)\b\.?",
                  r"(?:first|second|third|fourth|fifth|last)\s+act\b\.?"),
    scene_headings=(r"scene\s+(?:[ivxlc]+|\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b\.?",
                    r"(?:first|second|third|fourth|fifth)\s+scene\b\.?"),
    setting_headings=(r"scene\s*[.:,]\s*[-–—]?",),
    cast_links=(r"as",),  # "ANN LEE AS THE INTERVIEWER" (N2444m)
    cast_headings=(r"dramatis\s+person(?:ae|æ|\u00e6)|(?:the\s+)?persons\s+(?:of|in)\s+the\s+play|"
                   r"characters(?:\s+in\s+the\s+play)?|cast\s+of\s+characters|the\s+characters",),
    stage_words=(r"enter|enters|exit|exeunt|re-?enter|manet|manent|flourish|alarum|alarums|sennet|"
                 r"hautboys|aside|dies|curtain",),
    group_speakers=frozenset(("all", "both", "omnes", "ambo")),
    contents_headings=(r"contents|table of contents",),
    translation_notes=(r"\btranslated (?:from|into|by)\b|\b(?:english|full|our) translation\b|\btranslation (?:below|follows)\b",),  # a line saying the text below is a translation (I160q)
    translation_credits=(r"translated by \S.{0,60}|translation(?: by|:) \S.{0,60}|thanks to \S.{0,60} for the translation",),  # a translator's credit after the last turn (I161q)
)

# dev19 (E210x): a word of quantity or manner before the applause word, "[Some Applause]",
# "(Scattered applause)", "[Light applause]": still the applause event.
ENTRIES["event_rules"] = (("kinesic", "applause", r"(some|scattered|light|brief|polite|prolonged|warm|mild|"
                                                  r"sporadic|thunderous|enthusiastic|continued|extended|"
                                                  r"long|big|huge|more|much|loud and long) applause"),
                          *ENTRIES["event_rules"])

# dev35 (E1307h): the Congressional Record's applause with how the House takes it, "(Applause,
# the Members rising.)", "(Applause, Members standing.)": still the applause event.
ENTRIES["event_rules"] = (("kinesic", "applause", r"applause,? (the )?(members|audience|senators|house|chamber) "
                                                  r"(rising|standing)"),
                          *ENTRIES["event_rules"])

# dev20 (H272z): an archive's list of the transcript's subjects ("Subjects: federal election
# 2001.") is a header note, as "Topics:" and German "Themen:" (dev2 304, 306).
ENTRIES["header_notes"] = (r"subjects?\s*:", *ENTRIES["header_notes"])

# dev48 (H1805j): a broadcaster's release asks to be credited under its transcript's intro ("All
# references must be sourced to CNBC.", "Mandatory credit: ..."): the release's notice, no speech.
ENTRIES["header_notes"] = (r"(all )?(references?|quotes?) (must|should) be (sourced|credited|attributed) to|mandatory credit",
                           *ENTRIES["header_notes"])
