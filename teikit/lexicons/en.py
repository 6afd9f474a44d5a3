"""English: the words of the development set's press briefings, interviews and web pages."""
_W = str.split

_SHARE = (r"share|tweet|facebook|twitter|x|linkedin|whatsapp|telegram|email|e-mail|print|reddit|"
          r"vk|livejournal|instagram|youtube|send by email|weibo|wechat|mastodon|bluesky|threads|flickr|rss|"
          r"pinterest|tumblr|bookmark|bookmark and share")
_LANGS = (r"english|français|francais|español|espanol|deutsch|русский|中文|العربية|"
          r"português|portugues|italiano|日本語|한국어|türkçe|polski|українська|فارسی|"
          r"bahasa|tiếng việt|हिन्दी|اردو|french|spanish|arabic|chinese|russian|german")

ENTRIES = dict(
    detect_words=frozenset(_W("""
        the and of to is that it for with this was are have you we not be on they what but""")),
    label_not_words=frozenset(_W("""
        CORRECTED CORRECTION UPDATED UPDATE BREAKING NOTE EDITOR EDITORS EMBARGOED EMBARGO FACT
        READOUT TRANSCRIPT RELEASE PRESS WATCH VIDEO AUDIO SOURCE SOURCES PHOTO PHOTOS TAGS
        RELATED SUBJECT RE TO FROM CC DATE DATED TIME LOCATION PLACE VENUE WHEN WHERE TITLE
        POSTED PUBLISHED DELIVERED WRITTEN FILED LAST CATEGORY CATEGORIES SHARE PRINT EMAIL
        SUBSCRIBE CONTACT READ LISTEN ATTENTION WARNING DISCLAIMER COPYRIGHT URL LINK HTTP HTTPS
        WWW PS NB AGENDA TOPIC TOPICS GUEST GUESTS EPISODE DURATION TAGS SUMMARY KEYWORDS
        DESCRIPTION AUTHOR LANGUAGE LAYOUT SLUG PERMALINK RECORDED TRANSCRIBED END
        PARTICIPANTS SPEAKERS PANELISTS ATTENDEES PRESENT""")),
    field_speakers=frozenset(_W("GUEST GUESTS")),  # "guest:" in front matter, "GUEST:" before speech
    label_role_words=frozenset(_W("""
        coordinator
        moderator interviewer host anchor presenter chair chairman chairwoman chairperson
        president minister secretary ambassador spokesperson spokesman spokeswoman governor
        senator representative chancellor king queen prince premier mayor director general
        interpreter translator reporter journalist correspondent official question answer
        questioner participant speaker operator commissioner undersecretary envoy counselor
        guest analyst caller co-host cohost panelist panellist narrator announcer leader
        councilor councillor councilman councilwoman alderman alderwoman""")),
    label_announcers=frozenset(_W("speaker")),
    place_prepositions=frozenset(_W("in")),  # before a place in a title's tail
    office_complements=(r"emeritus|designate|elect",),  # "Secretary-designate Jane Doe"
    office_fields=frozenset(_W("""
        republic government council commission committee state states senate house assembly parliament
        congress court bank union nations federation region province city cabinet chamber ministry department
        board staff treasury finance defence defense interior justice health education economy affairs trade
        agriculture environment energy labour labor transport culture security intelligence police""")),  # what an office is of: "PRESIDENTE DELLA REPUBBLICA"
    office_modifiers=frozenset(_W("former ex then new outgoing incoming acting late")),  # between an article and an office: "the former minister, ..."
    voice_words=(r"speaker|spk|voice",),  # diarization ids: a word and a number ("Voz 0889 00:02 ...")
    address_words=(r"to",),  # "OGS to Scott:": a speaker's label naming whom the speaker turns to
    transcript_intros=(r"(the )?following is (the|a) (?:[\w.'’-]+ ){0,4}?(transcript|text|transcription)\b.*|(here is|here['’]s|below is) (the|a|our) (full |edited |complete )?(transcript|transcription|text)\b.*|(full |edited )?transcript (follows|below)",),  # a sentence that introduces the transcript
    transcript_headings=(r"(?:(?:read|view|show|see|open) (?:the )?)?(?:full |complete |episode |show |video |podcast )?(?:transcript|transcription)(?: below)?",),
    transcript_words=(r"\btranscri(pt|pts|ption|bed)\b",),  # the transcript naming itself: an editor's note before the first turn
    question_labels=("Q", "QUESTION"),
    interview_words=(r"interviews?",),  # a header naming the text an interview
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
    title_words=frozenset(_W("""
        secretary minister foreign prime president vice mr mrs ms miss dr the chancellor
        ambassador deputy general senator governor spokesperson spokesman spokeswoman under
        assistant admiral gen col king queen prince princess sheikh his her excellency madam
        madame sir lord lady special envoy representative counselor counsellor chief advisor
        adviser director undersecretary premier mayor commissioner coordinator high state of
        press national security senior first lady rep sen gov amb sg unsg usg hon administrator
        managing executive sec secy lt sgt maj capt cmdr adm
        taoiseach tánaiste ceann comhairle leas cathaoirleach""")),  # Irish offices in English records
    not_name_words=frozenset(_W("""
        and with at in on by for to of the a an before after during their his her its our
        remarks press conference briefing meeting statement statements availability interview
        joint summit council security session department office house room hall palace
        background gaggle call teleconference impact war against response humanitarian
        united nations states general assembly republic kingdom federation union european
        editor editors staff writer writers""")),
    anonymous_words=frozenset(_W("""
        official officials aide aides moderator operator staffer diplomat source host anchor
        interviewer narrator announcer chair chairman chairwoman chairperson presenter emcee mc
        spokesperson spokesman spokeswoman participant voice caller""")),
    ordinals=frozenset(_W("""
        one two three four five six seven eight nine ten first second third fourth fifth
        #1 #2 #3 #4 #5 1 2 3 4 5 6 7 8 9 a b c""")),
    name_introducers=frozenset(_W("by with and featuring")),
    honorifics=frozenset(_W("the mr mrs ms dr miss hon sir madam")),
    articles=frozenset(_W("the")),
    name_suffixes=frozenset(_W("jr sr ii iii iv")),
    generic_voices=(
        r"Q|QUESTION|QUESTIONS|QUESTIONER|AUDIENCE|AUDIENCE MEMBER|AUDIENCE MEMBERS|AUDIENCE QUESTION",
        r"PARTICIPANT|PARTICIPANTS|REPORTER|REPORTERS|JOURNALIST|JOURNALISTS|PRESS|VOICE|VOICES",
        r"CROWD|UNIDENTIFIED( SPEAKER| MALE| FEMALE| VOICE| REPORTER| MAN| WOMAN)?|UNKNOWN( SPEAKER)?",
        r"MEMBER OF THE AUDIENCE|STUDENT|STUDENTS|(HON\.? |HONOURABLE |HONORABLE )?MEMBERS|SEVERAL VOICES",
        r"ALL|A|ANSWER|REPLY|REMARK|RESPONSE|COMMENT|INTERJECTION|STAFF|STAFFER|AIDE TO .+|CALLER",
    ),
    outlets=(
        r"DAILY|TV|NEWS|AGENCY|TIMES|POST|RADIO|PRESS|REPORTER|CORRESPONDENT|JOURNALIST",
        r"JOURNAL|TRIBUNE|HERALD|GAZETTE|NETWORK|CHANNEL|PAPER|NEWSPAPER|BROADCASTING|WIRE",
        r"AFP|AP|REUTERS|BLOOMBERG|CNN|BBC|CCTV|CGTN|NHK|TASS|RIA NOVOSTI|XINHUA|CBS|NBC|NPR|DPA|EFE",
        r"ANSA|KYODO|YONHAP|AL JAZEERA|FOX NEWS|MSNBC|SKY NEWS|ITV",
    ),
    interpreter_labels=(r"(THE )?(INTERPRETER|TRANSLATOR)( \d+)?",),
    self_introductions=(r"\b(?:i'm|i’m|i am|my name is|this is)\s+$",),
    introductions=(r"\b(?:introduce|invite|welcome|recognize|recognise|call on|call upon|joined by|turn (?:it |the (?:call|conference|floor|program|programme|meeting|session|line|mic|microphone|webinar|presentation) )?over to|hand (?:it )?over to|give the floor to|the floor to)\s+$",),
    naming_phrases=(r"\bmy name(?: is|[’']s)\s+$",),
    self_roles=(r"\bi(?:[’']ll| will| shall) be (?:the|your)\s+$", r"\bi(?:[’']m| am) (?:also )?(?:the|your|an?)\s+$"),
    self_affiliations=(r"\bi(?:[’\']m| am)(?: also)? with(?: the)?\s+$", r"\bi work (?:for|at)(?: the)?\s+$"),
    self_occupations=(r"\bi(?:[’\']m| am) an?\s+$",),
    chair_words=frozenset(_W("chair chairman chairwoman chairperson presiding")),
    chair_offices=frozenset(_W("chairmanship")),
    spoken_words=(r"\b(?:I|I['’](?:m|ve|ll|d)|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself|[Ww]e|[Ww]e['’](?:re|ve|ll|d)|[Uu]s|[Oo]urs?|[Oo]urselves|[Yy]ou|[Yy]ou['’](?:re|ve|ll|d)|[Yy]ours?|[Yy]ourselves)\b",
                  r"\b(?:[Tt]hank|[Tt]hanks|[Ww]elcome|[Hh]ello|[Pp]lease|[Gg]ood (?:morning|afternoon|evening)|[Ll]adies and gentlemen|[Cc]olleagues,)\b"),  # only a speaker says them: a record's narration holds none
    chair_phrases=(r"(?:the )?(?:chair|presiding officer)(?: of the (?:sitting|meeting|session))?(?: is| was)?:?",),
    witness_words=frozenset(_W("witness deponent")),
    deposition_phrases=(r"deposition of|testimony of|examination of",),
    occasion_notes=(r"opening (statement|remarks)|closing (statement|remarks)|introductory remarks",),  # "(Opening statement)" after a label
    label_notes=(r"continuing|continued|cont['’]d|cont\.|contd|interrupting|resuming",),  # a continuation note in a label, not a role (N191o)
    role_copulas=(r"['’]s\s+(?:an?|the)\s+|\s+(?:is|was)\s+(?:(?:an?|the)\s+)?|\s+(?:serves|served|acts|acted|works|worked) as\s+(?:(?:an?|the)\s+)?",),  # between a name and its role (N194o)
    role_nouns=frozenset(_W("author writer novelist poet professor lecturer student teacher actor actress singer musician artist editor producer referee umpire coach lawyer attorney judge doctor physician nurse economist historian scientist researcher fellow founder co-founder cofounder owner engineer officer ceo cfo coo cto manager consultant partner candidate activist member lawmaker legislator mp mep councilman deputy-mayor head lecturer curator")),  # occupations printed beside a name (N193o)
    speech_headings=(r"(?:(?:opening|closing|introductory|concluding|keynote|prepared)\s+)?"
                     r"(?:statement|remarks|address|speech|intervention)\s+(?:by|of|from)\s+",),
    interviewer_phrases=(r"with|interviewed by|interview by|in conversation with|conversation with",
                         r"interview (?:of|with) .+? by"),
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
    ),
    source_lines=(
        r"(the\s+)?(u\.?\s?s\.?\s+)?(office of|department of|ministry of|bureau of|embassy of|"
        r"mission of|permanent mission|white house|united nations|european commission|"
        r"foreign office|state department)\b",
        # a company, the publisher of its earnings call: "Roblox Corporation", "Acme, Inc."
        r"[^\W\d_].*?,?\s(inc|corp|corporation|incorporated|ltd|limited|plc|llc|ag|se|n\.v|s\.a|gmbh|s\.p\.a)\.?$",
    ),
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
    ),
    # a sitting's record of its own course: "The House met at ...", "Sitting suspended."
    sitting_starts=(r"the (house|senate|committee) met at \d{1,2}([:.]\d{2})?\s*[ap]\.?\s?m\.?",),  # a record's opening time before the first label
    procedural_lines=(r"the (house|senate|sitting|meeting|session|committee|subcommittee|chamber) (met|rose|resumed|adjourned|returned|went up|divided)\b",
                      r"the (committee|commission|subcommittee) (hears?|heard|examines|examined|takes evidence|took evidence|proceeds|proceeded)\b",
                      r"(the )?(sitting|meeting|session|house) (was|is) (opened|suspended|resumed|adjourned|closed)\b",
                      r"(sitting|meeting|session) (suspended|resumed|adjourned)\b", r"(the )?debate (was )?resumed\b"),
    office_of=(r"\bthe {office} of {place}",),  # "my colleague, the foreign minister of Angola"
    release_notes=(r"for immediate release",),  # a release note: the release's date follows it
    header_notes=(
        r"\*+|†|note:|editor[’']?s note|correction:|corrected:?\s*$",
        r"for immediate release|embargoed (until|for)|as prepared for delivery",
        r"topics\s*:|check against delivery|\(?as delivered\)?$|\(?as prepared\)?$|transcript:?$",
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
                   "event": "activity", "episode": "title", "recorded": "date", "published": "date",
                   # a list of the people who speak: "Speakers: Ann Lee, Harbour Master; Tom Poe, Mayor"
                   "speakers": "metadata", "participants": "metadata", "panelists": "metadata",
                   "guests": "metadata", "present": "metadata", "also present": "metadata"},  # a hearing's attendance lines
    months={
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
        "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
        "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    },
    date_articles=(r"on",),  # "on 12 March 2024"
    publication_prefixes=(r"posted on|published on|published|updated on|updated|publication date",),  # "posted on <date>": when the page was published
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
        ("vocal", "laughter", r"laughter|laughs|laughing|laugh|chuckles|chuckling|giggles|"
                              r"(audience|crowd|all) laugh(s|ing)?|laughter and applause|laughter,? applause"),
        ("kinesic", "applause", r"(sustained |loud |standing )?applause|applauds|"
                                r"(audience|crowd) applauds|standing ovation|applause and laughter"),
        ("vocal", "cheering", r"cheers|cheering|(audience|crowd) cheers|cheers and applause"),
        ("vocal", "booing", r"boos|booing|jeers|jeering"),
        ("vocal", "other", r"coughs|sighs|clears throat|groans|gasps|whistles|sneezes|"
                           r"singing|sings|chanting|chants|whispering|whispers|hear, hear"),
        ("incident", "procedure", r"witness sworn|the witness was sworn|interruption|"
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
                                  r"(\w+ ){0,2}music( (plays|playing|continues|fades( out)?|swells|ends))?|silence|commercial break|"
                                  r"(theme )?(song|tune|jingle) (plays|playing)|(piano|guitar|drum|band) (riff|sting|plays|playing)"),
        ("kinesic", "gesture", r"([\w'’.-]+,? ){0,2}(points|gestures|nods|shakes (his |her |their )?head|waves|"
                               r"shrugs|raises (his |her )?hand|shakes hands|turns to|looks at)\b.*"),
    ),
    event_continuations=frozenset(_W("from on in at and by among of")),
    event_interjections=(r"interjection|an hon\. member|hon\. members|[^\W\d_][\w .'-]*\[[^\]]+\]",),
    editorial_comments=(
        r"sic|sic\.?!?|redacted|emphasis (added|mine|in original)|translated|translation",
        r"unclear|illegible|inaudible word|\?+|\.\.\.|…|ed\.?|editor[’']?s note\b.*|note\b.*",
        r"as (delivered|prepared)|correction\b.*|corrected\b.*|laughs?|pause|cont(inued|'d)?",
    ),
    page_languages=(_LANGS,),
    share_words=(_SHARE,),
    boilerplate_anywhere=(
        ("official website", r"official website of the united states"),
        ("how you know", r"here[’']s how you know"),
        (".gov", r"official websites use \.gov|\.gov website belongs to|secure \.gov websites"),
        ("https://", r"https:// means you"),
        ("sensitive information", r"share sensitive information only on official"),
        ("originally", r"\boriginally (published|posted|appeared) (on|in|at|by)\b"),
        ("press release", r"reported according to a press release|\bpress release sent by\b"),
        ("mailing list", r"\b(join|subscribe to|sign up (for|to)|add me to) (our|the|my)( [\w.\-]+){0,3} mailing list\b"),
        ("newsletter", r"\bsign up for (our|the) newsletter\b|\bnewsletter\b.*\bsubscribe\b"),
        ("the above", r"click (on )?the above (picture|image|photo)"),
        ("browse in", r"browse in (multiple|other) languages"),
        ("language", r"\b(select|choose|change) (your |a )?language\b"),
        ("cookie", r"\bwe use cookies\b|\bcookie (policy|settings|preferences|notice)\b"),
        ("rights reserved", r"\ball rights reserved\b"),
        ("°", r"-?\d+\s?°\s?[cf]\b"),
        (" now", r"\b(join|subscribe|sign up|register|donate|apply|buy|shop) now\b"),
        ("kb)", r"\(\s*\d+\s*[km]b\)"),
        # transcription services' and wikis' widgets, photo credits, donation details
        ("transcri", r"^transcribe your own content$|^try \w+ (for free )?and save time transcribing|"
                     r"^follow \w+ transcripts$"),
        ("here", r"\bread the (full |latest )?(transcript|update|story)\b[^.]{0,80}\bhere\.?$"),
        ("proofread", r"^this page (has been|has not been|needs to be) proofread|"
                      r"^(not )?proofread(ed)?( by \d+ (readers?|users?|people))?$"),  # a transcript's review widget
        # a web server's error line printed into the page (server-side includes)
        ("directive", r"^\[an error occurred while processing this directive\]$"),
        # a broadcaster's credit notice, and a player page's notice over a machine transcript
        ("credited", r"\bmust be credited if\b"),
        # a share bar's links read as their accessibility text: "Whatsapp: opens in a new window"
        ("new window", r"^[\w ]{1,20}: opens in a new window$"), ("new tab", r"^[\w ]{1,20}: opens in a new tab$"),
        # page widgets found by a literal first (cheaper than a line-start phrase on every
        # line): skip links, a subtitle page's download widget, a relative date, the transcript
        # tab, a link to the recording
        ("jump to", r"^jump to (navigation|search|content)\b"), ("navigation menu", r"^(main )?navigation menu$"),
        ("download", r"^download (subtitles|captions|transcript)$"),
        ("ago", r"^\(?\d+ (minutes?|hours?|days?|weeks?|months?|years?)(, \d+ (minutes?|hours?|days?|weeks?|months?))? ago\)?$"),
        ("transcript", r"^(episode |full |video )?transcript$"),
        ("webcast", r"^(watch |listen to )?(the )?webcast( recording)? of (the|this) (press )?"
                    r"(briefing|conference|interview|event|meeting|hearing)$"),
        ("generated", r"^(available )?transcripts? (are|is) (automatically|machine|auto)[- ]generated\b"),
        ("logo", r"^[\w .&'’-]{1,40} logo$"),  # a site's logo read as its alternative text
        ("getty images", r"\bgetty images$"), (" photo", r"^[\w.' -]{0,40}\b(ap|afp|epa|reuters|dpa) photo\b"),
        ("iban", r"\biban\s*:?\s*[a-z]{2}\d{2}"), ("paypal", r"^paypal\b"),
        ("top of doc", r"\btop of doc\b"),
        # a line ending in a phrase is found by its literal (as ".*\b...$" from the line start
        # it would be tried at every character of every line)
        ("top page", r"\btop page$"),
        # archive banners and plug-in notices
        ("historical collection", r"you have accessed part of a historical collection"),
        ("outdated", r"information contained (with)?in may be outdated"),
        ("flash player", r"\bflash player\b"),
        # breadcrumbs whose arrows are images ("Start arrow Media arrow Page") or whose home link
        # is an icon ("> Archive> Press"; lines are matched with ">" stripped at both ends);
        # behind their literal, so the patterns run on the few lines that hold it
        (" arrow ", r"^[^\n]{1,80}?( arrow [^\n]{1,80}?){2,}$"),
        (">", r"^[^\W\d_][\w .'’-]{0,40}[^\W\d_]>[ \t]*[^\W\d_][\w .'’-]{0,40}$"),
        ("javascript", r"\b(enable|activate|abilitare|attivare|activer|aktivieren|habilitar|включите)\b.*\bjavascript\b"),
    ),
    portrait_words=(r"Portrait|Photo|Headshot|Image|Picture|Avatar",),  # alt text of a speaker's portrait fused into the label line
    portrait_of=(r"of",),  # "Photo of Ann Lee" before the label "Ann Lee (...)"
    boilerplate_lines=(r"(listen to|read|watch|see) (also )?(the )?(first|second|third|previous|next|other) (part|episode|installment)\b.{0,60}$|(listen to|read|watch) part (one|two|three|\d)\b.{0,60}$",  # a link to another part of the same interview (B160q)
                       r"\|?\s*(reading time\s*:\s*\d+\s*min(ute)?s?\.?|\d+\s*min(ute)?s? read)$",  # a reading-time widget (B151p)
                       
        r"back to (the )?[\w '’-]{1,40}$",  # a navigation link back to the portal or section
        r"what('s| is) your reaction\s?\?$",  # a news feed's reaction widget
        # a link to the previous or next part of a long record or episode
        r"(go to )?(the )?(previous|next|first|last) (part|page|section|chapter|episode|segment)( of (the |this )?[\w '’-]{1,30})?$",
        r"[\[(]?\s*(advertisement|sponsored content|sponsored|advert)\s*[\])]?$",  # an advertisement's label
        r"this (post|article|story|item) (was|is) (originally )?(published|posted|appeared)",
        r"accept (all )?cookies$", r"(©|copyright ©?\s*\d{4})",
        r"skip to (main )?content$", r"back to top$", r"print( this)?( page)?$",
        # the stamp a declassified document prints on every page (an archive's OCR text layer)
        r"(declassified( in part)?( and| -)? )?(sanitized copy )?approved for release \d{4}/\d{2}/\d{2}\b",
        # pagination of a record's segments
        r"(page|segment|part) \d+ of \d+\b",
        r"page \d{1,4}: \S.{0,120}$",  # a document viewer's page marker: "Page 2: <the document's title>"
        r"share( this)?( (page|article|post|story))?( on| via)?:?$",
        r"(latest|related|recommended|popular|more|most read) (articles?|news|stories|posts|from)\b",
        r"(next|previous) (article|post|story)\b", r"read (more|next)\b",
        # a parliament's record: links to the whole debate, and the widget under each member's
        # label ("- Hansard - - - Excerpts")
        r"read (the )?(full|hansard) (debate|text)$", r"-?\s*hansard(\s+-)+\s+excerpts$",
        r"(home|menu)\s*[>»›/|]", r"bookmark and share$", r"(accessible|high[- ]contrast|text[- ]only) version$",
        r"(printable (banner|version)|printer[- ]friendly( version)?|text version)$",
        r"(direct link|publication date|permalink)\b",
        r"(read|leer|lire|lesen|leggi|ler) (in|en|auf|em) \w+$",
        r"(print|email|share|download)( this)? (page|article|transcript|story)$",
        r"see also\b", r"listen to (this|the) (episode|podcast)\b", r"subscribe (to|on)\b",
        # a service's promotion: "Try Acme for free and ...", "Start your free trial"
        r"try [\w .'’-]{1,30}? (for )?free\b", r"start your free trial\b",
        # document-sharing viewers and video pages: zoom, pager and download widgets, the
        # "Transcription" tab; "(Watch it here)" links; mobile/desktop switches
        r"size:\s*px$", r"start display at page:?$", r"download\s+[\"“].{1,200}[\"”]$", r"transcription$",
        r"\(?\s*(watch|listen to|see) (it|this|the (full )?(video|interview|clip|audio|broadcast)) here\s*\)?\.?$",
        r"(desktop|mobile)[- ]version$", r"(pages|blog archive|about me|followers)$",  # a blog's widget headings
        # a pager "< Back   CONTENTS   Next >", never a headline quoted whole between guillemets
        # ("«We never left the harbour»": no wide gap between its words; B170k)
        r"(?!«(?:(?!\s{2})[^«»])+»$)[<«‹][ \t]*\w[^<>«»‹›]{0,60}\w[ \t]*[>»›]?$",
        # a distribution service's widget: a date, then fields between bars ("01/16/2026 | Press release | ...")
        r"\d{1,4}[/.\-]\d{1,2}[/.\-]\d{2,4}\s*\|[^|]*\|",
        # a page's footer and sidebar: legal links, comments, share buttons, related links, blog
        # widgets, counters (each a whole line)
        r"(privacy( policy| notice)?|terms (of (use|service)|and conditions)|contact us|about us|cookie policy|sitemap)$",
        r"(leave a (comment|reply)|post a comment|add a comment|\d+ comments?:?|comments? \(\d+\)|no comments( yet)?)$",
        r"(tweet|e-?mail|facebook|twitter|whatsapp|linkedin|telegram|reddit|pinterest|flipboard)$",
        r"share (on|via|to) (facebook|twitter|x|linkedin|whatsapp|telegram|email|reddit)\b.{0,40}$",
        r"follow us( on [\w ]{1,30})?$", r"loading(\.\.\.|…)$",
        r"(you (may|might) also like|most (popular|viewed|read|shared)|related( (posts|stories|articles|content|videos))?|"
        r"trending( now)?|more from [\w .'’-]{1,40})$",
        r"posted by [\w.'’ -]{1,40} (at|on) .{1,40}$", r"(newer|older) posts?\b.{0,40}$", r"like this:$",
        r"(tags?|labels?|categories|filed under)\s*:\s.{1,160}$",
        r"(photo|image|picture|video) (credit|caption)s?\b.{0,80}$", r"(image|photo) caption$",
        r"(read also|also read|read next|see more)\s*:.{0,160}$",
        r"views?:?\s*[\d,.]+$|[\d,.]+\s+views?$", r"\d+\s+min(ute)?s? read$",
        # a subtitle page's download formats
        r"(srt|vtt|ass|sbv|ttml|dfxp)$",
        # a link's call to action; a machine transcript's disclaimer ("This transcript was
        # automatically generated ...", "Available transcripts are automatically generated.")
        r"(click|tap) (here|this link)\b.{0,200}$",
        # a picture's credit and source ("( Ann Lee / AP Photo )", "Image source: Acme."); share
        # buttons glued together ("Share on FacebookShare on Twitter")
        r"[(\[]\s*[^()\[\]]{1,60}/\s*[^()\[\]]{0,40}\b(photo|photos|images?|pictures?)\s*[)\]]$",
        r"(image|photo|picture|video) (source|credit|courtesy)s?\s*:.{0,120}$",
        r"(share on (facebook|twitter|x|linkedin|whatsapp|telegram|reddit|e-?mail)\s*){2,}$",
        r"(this |the |available )?(transcripts?|captions?|subtitles?|text) (was|were|is|are|has been|have been) "
        r"(automatically|machine|computer|ai|auto)[- ]generated\b.*",
    ),
    boilerplate_soft=(
        r"^(search|menu)$", r"^(e-?mail|mail|send|share|forward) this (story|article|page|post|item)( to a friend)?\.?$", r"^welcome to (the )?[^.!?:;,]{2,40}$",  # a lone search widget, a share link, a site's welcome banner (H122m)
        r"\bdonat(e|ion|ions)\b", r"\bsubscribe\b", r"\bsupport (our|us)\b",
        r"^(source|via|courtesy(?: of)?|credit|photo|image|tags?|categor(y|ies)|filed under|"
        r"posted (in|by|on)|published (in|by|on))\s*:",
        r"^(source|courtesy( of)?|via)\s", r"\b(press releases?|news|blog)$",
        r"^(table of )?contents$",  # a page's "Contents" link
        r"^(last )?updated\b", r"^filed under\b",
    ),
    interview_credits=(r"(?:the )?(?:interview|conversation) (?:was )?(?:conducted|edited|condensed) by \S.{0,60}|interview(?:ed)? by \S.{0,60}",),
    concluded=(
        r"\(?\s*(the\s+)?(briefing|press conference|conference|call|meeting|event|session|"
        r"interview|remarks|gaggle|availability|hearing)\s+(was\s+|were\s+)?(concluded|ended|"
        r"adjourned|closed)\b.*\)?",
        r"issued at( [A-Z]{2,4})? \d{1,2}[:.]\d{2}( ?[ap]\.?m\.?)?",  # a release's closing stamp: "Issued at HKT 19:55"
    ),
    act_headings=(r"act\s+(?:[ivxlc]+|\d+|one|two|three|four|five)\b\.?",
                  r"(?:first|second|third|fourth|fifth|last)\s+act\b\.?"),
    scene_headings=(r"scene\s+(?:[ivxlc]+|\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b\.?",
                    r"(?:first|second|third|fourth|fifth)\s+scene\b\.?"),
    setting_headings=(r"scene\s*[.:,]\s*[-–—]?",),
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
