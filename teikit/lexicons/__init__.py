"""Lexicons: every word list a converter rule needs, one module per language.

A rule is written once over lexicon entries (`lex.title_words`, `lex.pattern("occasions")`);
the words live here, so a new language is a new module in this package (and its tests),
never a change to a rule. Each module defines `ENTRIES`, a dict whose keys are the fields
of `Lexicon`:

- word sets (`frozenset` of lower-case words, or upper-case for label words);
- phrase lists (`tuple` of regular-expression alternatives, matched case-insensitively
  unless the rule says otherwise), compiled once per lexicon by `pattern()`;
- `months` (name -> month number), `header_fields` (field name -> header kind) and
  `event_rules` ((element, type, phrase) triples).

A document's lexicon is its language's entries joined with the English ones (`load`):
pages in any language carry English site furniture, "Q:" labels and English notes of
international organisations, and English words never make a rule fire on other text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from functools import lru_cache
from importlib import import_module

# Languages with a lexicon module (BCP 47 primary subtags).
LANGUAGES = ("en", "fr", "de", "es", "it", "ru", "zh", "pt", "nl")  # (Portuguese after Spanish: a tie is Spanish, D2488m)
FALLBACK = "en"


@dataclass(frozen=True, eq=False)
class Lexicon:
    lang: str = FALLBACK
    detect_words: frozenset = frozenset()        # frequent function words, for `detect`
    # --- speaker labels
    label_not_words: frozenset = frozenset()     # first words of label-like lines that are never labels
    label_role_words: frozenset = frozenset()    # words that make a mixed-case "Name, Role:" a label
    staff_words: frozenset = frozenset()         # "тренер": a club's staff labelled by role and club in quotes (L2143k)
    field_speakers: frozenset = frozenset()      # label_not_words that name a speaker when printed as a label twice ("GUEST:")
    question_labels: tuple = ()                  # generic question labels, upper-case ("Q", "QUESTION")
    answer_labels: tuple = ()                    # generic answer labels ("A", "ANSWER")
    asker_leads: tuple = ()                      # a question's lead before the asker's name ("1ère question d'")
    answerer_leads: tuple = ()                   # a record's answer lead before the answerer's name ("Risponde l'assessore", L2407l)
    bare_labels: tuple = ()                      # one-letter labels printed with one space, no stop ("Q What ...")
    discourse_words: frozenset = frozenset()     # "Look:", "First:" open sentences, not turns
    determiners: frozenset = frozenset()
    label_small_words: frozenset = frozenset()   # lower-case words allowed inside a label ("of")
    reporter_words: frozenset = frozenset()
    label_announcers: frozenset = frozenset()    # a line "speaker" before a label line (call exports)
    participant_headings: frozenset = frozenset()  # "Corporate Participants" over a call's list (lower case)
    function_headings: frozenset = frozenset()   # "Speaker", "Presider" over a name and its office line (lower case, N2262l)
    examiner_intros: tuple = ()                  # "BY MR. POE:" names the lawyer the next questions are (N1275h)
    examination_headings: tuple = ()             # "CROSS-EXAMINATION" over a "BY" line (N1275h)
    oath_words: tuple = ()                       # "<ANN LEE, affirmed:": a witness sworn in (N1606i)
    sluglines: tuple = ()                        # "INT. KITCHEN - DAY": a screenplay's scene heading opens so (L1277h)
    voice_extensions: tuple = ()                 # "(V.O.)", "(O.S.)", "(CONT'D)" after a screenplay's character name (L1401i)
    guest_intro_headings: frozenset = frozenset()  # "【嘉宾介绍】", "About the guest": the guest's portrait under it (H1282h)
    guest_labels: frozenset = frozenset()         # "嘉宾：", "GUEST:": the label of the guest the portrait names (H1282h)
    call_sections: frozenset = frozenset()  # "Question-and-Answer Session" between a call's parts (lower case, T1272h)
    answerer_fields: frozenset = frozenset()     # "Interviewee:", "Befragte:": a field naming who answers an interview (N1504i)
    occupation_fields: frozenset = frozenset()   # "Job", "Beruf": a field or a table column naming a person's occupation (N1504i)
    participant_fields: frozenset = frozenset()  # "Participants:", "Guests:" before the names and roles of those who speak (N950e)
    transcript_intros: tuple = ()                # "The following is the transcript": a sentence, not a label
    transcript_headings: tuple = ()              # "Transcript", "Read the full transcript": a page's heading over the transcript
    transcript_words: tuple = ()                 # "transcript", "transcription": the text naming itself (an editor's note)
    asking_fields: tuple = ()                    # "Interview", "提問": a title's "(提問：Yiping)" names who asks, the field their role (N1036f)
    roll_call_cues: tuple = ()                   # "there's me,", "joined by": a host names the voices labelled by initials (N1037f)
    affiliation_links: tuple = ()                # "with", "de": "Tom Roe, with the Harbour Board." opening one's turn (N1040f)
    recorded_verbs: tuple = ()                   # "was recorded", "wurde ... geführt": a lead tells when the occasion took place (D1034f)
    voice_words: tuple = ()                      # words of diarization ids before a number ("Speaker 2", "Voz 0889")
    address_words: tuple = ()                    # "to" in a label naming whom the speaker turns to ("OGS to Scott:")
    reporting_verbs: frozenset = frozenset()     # "说" closing "弟弟说：": a narrator's reported speech, no label (T681c)
    audience_addresses: tuple = ()               # "各位媒体朋友", "女士们、先生们": a speaker's address to the audience before a colon, no label (L2525m)
    announcing_ends: frozenset = frozenset()     # "是", "如下" closing "今天发布会的主题是：": a clause that goes on after the colon, no label (L2525m)
    caption_cues: tuple = ()                     # "says" between a speaker and a described video's caption words: "He says IT IS …" (T2460m)
    cue_pronouns: frozenset = frozenset()        # "he", "she" before a caption cue: the speaker the narration has just described (T2460m)
    # --- names
    small_words: frozenset = frozenset()         # words left lower-case in titles
    name_particles: frozenset = frozenset()      # de, van, bin ...
    title_words: frozenset = frozenset()         # titles of office and address
    compound_title_heads: frozenset = frozenset()  # "präsident": an office closing a compound word, "Landtagspräsident" (N440a)
    title_abbreviations: dict = field(default_factory=dict)  # "sen": "Senator": a label's abbreviated title written out as its role (N390a)
    not_name_words: frozenset = frozenset()      # never part of a name in a title
    anonymous_words: frozenset = frozenset()     # last words of labels for unnamed people
    ordinals: frozenset = frozenset()
    name_introducers: frozenset = frozenset()    # "by", "with" before a name in a title
    honorifics: frozenset = frozenset()          # Mr., Dr.: neither name nor office
    forms_of_address: frozenset = frozenset()    # "Excellency", "Herr": before a full name, introduce it in a text of any language (`folded_in_every_language`)
    address_offices: dict = field(default_factory=dict)  # "santo padre": "Papa": an address that stands for an office, its holder named elsewhere (N2523m)
    articles: frozenset = frozenset()            # "the", "le": not part of an office as a role
    indefinite_articles: frozenset = frozenset() # "a", "un": "A reporter:" beside "The coach:" (T683c)
    name_suffixes: frozenset = frozenset()       # "Jr.", "III": part of a name after its comma
    name_cases: tuple = ()                       # a name's oblique cases: per case and gender, (ending, nominative ending) pairs, longest first ("Сергея Лаврова" -> "Сергей Лавров", N1099f)
    # --- persons
    generic_voices: tuple = ()                   # upper-case label phrases of unnamed voices
    outlets: tuple = ()                          # news outlets and reporters' functions
    interpreter_labels: tuple = ()
    chair_words: frozenset = frozenset()         # the chair of a sitting: PRESIDENTE, CHAIRMAN
    group_mandates: tuple = ()                   # "on behalf of the", "au nom du groupe": a member speaks for a group (L1181h)
    chair_offices: frozenset = frozenset()       # the chair as an office, printed as a record's label: PRESIDENCIA
    chair_phrases: tuple = ()                    # "PRESIDENZA DEL VICEPRESIDENTE" before the chair's name
    chair_taken: tuple = ()                      # "in the chair", "occupe le fauteuil" after the chair's name (N2441m)
    presiding_before: tuple = ()                 # "Before" opening a caption's presiding officer, the office after the name (N2440m)
    bench_titles: frozenset = frozenset()        # "Justice" of "Mr. Justice Ann Lee": a judge's title before the name (N2440m)
    postnominals: frozenset = frozenset()        # "SC", "QC": letters after a name, no part of it (N2440m)
    floor_calls: tuple = ()                      # "{name} heeft het woord.": the chair gives a member the floor (T1455i)
    witness_words: frozenset = frozenset()       # "witness", "deponent": the one person a record examines
    court_words: frozenset = frozenset()         # "court" of "THE COURT:": the judge a record's caption names (N957e)
    court_phrases: tuple = ()                    # "Before:", "before the Honorable": the judge's name follows (N957e)
    deposition_phrases: tuple = ()               # "Deposition of" before that person's name
    speech_headings: tuple = ()                  # "Statement by" opening a heading that names the next speaker
    occasion_links: frozenset = frozenset()      # "di", "de", "van" between an occasion and whose it is: "Conferenza stampa di Ann Roe" (N1720j)
    transcript_links: frozenset = frozenset()    # "of" between a transcript word and whose words it holds: "Full transcript of Ann Roe interview" (N2547m)
    speech_deliveries: tuple = ()                # "delivers the Gettysburg Address" after a title's name: the speaker (N556a)
    occasion_notes: tuple = ()                   # "(Opening statement)" after a label: the part of the event, not speech
    label_notes: tuple = ()                      # "(continuing)", "(fortsetzend)" in a label: a note, not a role (N191o)
    role_copulas: tuple = ()                     # "is the", "'s a" between a name and its role (N194o)
    inverted_copulas: tuple = ()                 # "ist" before a name and its role: "Seit 2019 ist Ann Roe Bürgermeisterin" (R2550m)
    relative_pronouns: tuple = ()                # "who" of "Ann Roe, who was the mayor": a copula and the role follow (N952e)
    role_nouns: frozenset = frozenset()          # occupations a lead prints after a name: author, actor, referee (N193o)
    possessives: frozenset = frozenset()         # "my", "notre": before a role and a comma, then the name: "my cohost, Dan" (N951e)
    naming_links: frozenset = frozenset()        # "named" between an occupation and a name: "an actor named Ann Lee" (N363a)
    interview_words: tuple = ()                  # the word a header names an interview by ("interview", "интервью")
    question_counts: tuple = ()                  # "questions", "Fragen" after a number: an interview's headline (H353a)
    step_words: tuple = ()                       # "step", "étape" before a number: a how-to's step, no speaker (L1102g)
    note_fields: tuple = ()                      # "Notes:", "[NOTAS DE OBSERVACIÓN]:": an interview guide's field, no speaker (L1107g)
    interview_parties: tuple = ()                # "the interviewee", "el entrevistado": a transcriber's bracketed description opens so (E1110g)
    pseudonym_fields: tuple = ()                 # "Seudónimo:", "Pseudonym:": a guide's field naming the coded participant (N1112g)
    interviewer_phrases: tuple = ()              # "with", "interviewed by" before the interviewer
    interviewer_credits: tuple = ()              # "Interviewed by" over an oral history (H2003k)
    release_marks: tuple = ()                    # "E&OE TRANSCRIPT" under a release's heading (H2004k)
    guest_phrases: tuple = ()                    # "interviewed", "'s interview with" between a host and the guest (N442a)
    self_introductions: tuple = ()               # "I'm", "my name is" before one's own name
    introductions: tuple = ()                    # "I now invite", "please welcome" before another's name
    naming_phrases: tuple = ()                   # "my name is": may be followed by a given name alone
    self_roles: tuple = ()                       # "I will be your" before one's own role
    self_affiliations: tuple = ()                # "I am with the" before one's organisation
    self_occupations: tuple = ()                 # "I'm a" before "volunteer at the Heritage Project"
    occupation_links: frozenset = frozenset()    # "at", "chez", "presso": between an occupation and its organisation ("volunteer at the …")
    # --- header lines
    venue_words: tuple = ()
    street_words: tuple = ()                     # "Street", "rue", "straße": a street address line is the place (H300f)
    office_words: tuple = ()                     # offices in bylines ("Name, Office")
    place_prepositions: frozenset = frozenset()  # "in" of a title's "… in Geneva, 3 March 2021"
    office_modifiers: frozenset = frozenset()    # "former", "ancien" between an article and an office
    list_joiners: frozenset = frozenset()        # "and", "et": the last item of a list of people ("Ann Lee, Mayor and Tom Poe, Chair")
    office_complements: tuple = ()               # lower-case words of an office between its word and the name ("министра иностранных дел")
    office_links: frozenset = frozenset()        # "of", "for", "de", "für": join an office to its field ("Minister for Culture")
    office_endings: tuple = ()                   # "s", "en": an office word's case endings in a title ("des Bundeskanzlers Adenauer", N2316l)
    elisions: tuple = ()                         # "dell'", "d'", "l'": a link or article elided before an office's field ("ministro dell'Economia", N1189h)
    office_fields: frozenset = frozenset()       # what an office is of, its label's last word: REPUBBLICA, FINANCE, COMMISSION
    office_suffixes: tuple = ()                  # offices printed right before a name in ideographs ("外交部发言人毛宁")
    body_suffixes: tuple = ()                    # a body's last word, glued before a name in ideographs ("…新闻办公室张竞怡", N1556i)
    family_names: frozenset = frozenset()        # family names a full name in ideographs opens with ("张", "張", N1556i)
    patronymics: tuple = ()                      # "Викторович", "Викторовича", "Владимировны": a name's patronymic in any case (N1405i)
    legislative_terms: tuple = ()                # "XVIe législature", "20. Wahlperiode", "ВОСЬМОЙ СОЗЫВ": a house's term, never a place (H1404i)
    numbered_sittings: tuple = ()                # "45. Sitzung", "Seduta n. 12": a record's sitting, its title, not a venue (H1167g)
    handover_replies: tuple = ()                 # "Thank you.", "Welcome.": how one handed the floor opens (N2342l)
    answering_phrases: tuple = ()                # "answered reporters' questions": a lead's subject answers the dashed exchange below it (N2341l)
    host_verbs: tuple = ()                       # "毛宁主持例行记者会": what an official does at the occasion a headline names (N1166g)
    source_lines: tuple = ()                     # publisher lines ("Office of the Spokesperson")
    occasions: tuple = ()                        # "Press Conference", "Remarks to the Press"
    header_notes: tuple = ()                     # "For immediate release", "As prepared"
    release_notes: tuple = ()                    # "For immediate release": the release's date follows
    office_of: tuple = ()                        # "the {office} of {place}": an office with what it is of, in a host's words
    header_fields: dict = field(default_factory=dict)
    procedural_lines: tuple = ()                 # "La seduta comincia alle 9,35.": a sitting's record, not speech
    sitting_starts: tuple = ()                   # "Beginn: 12.00 Uhr": a record's opening time, the first label follows
    news_datelines: tuple = ()                   # "WASHINGTON (Reuters) —": patterns with a `place` group
    months: dict = field(default_factory=dict)
    hour_words: tuple = ()                       # "20 мая 2015 года. 10 часов.": a worded hour closing a date line (D791b)
    weekdays: tuple = ()
    date_articles: tuple = ()                    # "le", "am", "el": an article before a header date
    publication_prefixes: tuple = ()             # "Published on", "Publié le": a publication date follows
    update_prefixes: tuple = ()                  # "Last updated", "Dernière mise à jour": a page's stamp in its footer
    day_first: bool = True                       # how "5/7/2024" is read (see dates)
    capitalised_nouns: bool = False              # the language capitalises its nouns: "der Kommunikationstheoretiker" (N872d)
    role_articles: frozenset = frozenset()       # "der", "die": a noun after one, before a full name, is the person's role (N872d)
    year_eras: tuple = ()                        # (era words, years to add): "民國113年" = 2024
    field_eras: tuple = ()                       # years to add to a date field's era year printed bare: "時間:90/01/15" (D380a)
    number_words: dict = field(default_factory=dict)  # "ocho": 8, "mil": 1000: a record's date in words (D181s)
    worded_dates: tuple = ()                     # "a los {day} días del mes de {month} de {year}": forms of such a date
    record_places: tuple = ()                    # "en la ciudad de": the opening formula's place follows
    held_places: tuple = ()                      # "在北京召开": where a lead says the occasion was held, a `place` group, in a script without spaces (H2529m)
    judicial_postnominals: frozenset = frozenset()  # "CJ", "J", "JA": a judge's office after the surname, "KIEFEL CJ" (R2513m)
    counsel_postnominals: frozenset = frozenset()   # "KC", "SC": counsel's rank after the name, "MS W.A. HARRIS, KC" (R2514m)
    meeting_leads: tuple = ()                    # "meeting on": a body's line closed by its meeting's date (H2517m)
    case_parties: tuple = ()                     # "v", "vs": between a case's parties in its name (H2509m)
    place_leads: tuple = ()                      # "at": opening a court transcript's place line, "AT CANBERRA" (H2511m)
    remote_venues: tuple = ()                    # "by video connection": how the parties attend from elsewhere (H2511m)
    # --- markers in speech
    report_cues: tuple = ()                      # "Reportage,", "From Washington,": before a reporter's name closing the presenter's line (T868d)
    greeting_words: tuple = ()                   # "buongiorno", "good morning": a greeting that may name whom it greets (N810c)
    room_greetings: tuple = ()                   # "buonasera a tutti", "hello everyone": a speaker greets the room, no address to one (L2560m)
    spoken_words: tuple = ()                     # first and second person, greetings, addresses: only a speaker says them (case kept)
    house_reporters: tuple = ()                  # "our reporter", "notre journaliste": the outlet's own people, named in a lead's voice
    interpreted_notes: tuple = ()                # "(Via interpreter)"
    language_notes: tuple = ()                   # "(In English.)"
    language_names: frozenset = frozenset()      # lower-case names of languages ("anglais")
    event_rules: tuple = ()                      # (element, type, phrase)
    editorial_comments: tuple = ()               # "[sic]"
    event_continuations: frozenset = frozenset() # "bei", "sur": a record's event note goes on
    cue_words: frozenset = frozenset()           # lower-case head words of sound and production cues in capitals: "(TRAFFIC)", "[SHOW INTRO]" (E220d)
    bare_event_marks: tuple = ()                 # a transcriber's unbracketed mark of an inaudible passage: "нрзб." (E222d)
    stage_openers: tuple = ()                    # "Звучит песня", "The national anthem is played": unbracketed directions
    event_interjections: tuple = ()              # "zuruf", a member's name: "(Name [Party]: ...)"
    interjection_lines: tuple = ()               # "Members interjecting:": a record's unbracketed note of a heckle
    # --- page furniture
    page_languages: tuple = ()                   # language switcher entries
    share_words: tuple = ()
    portrait_words: tuple = ()                   # "Portrait", "Photo": a portrait's alt text before a label (case kept)
    portrait_of: tuple = ()                      # "of" in "Photo of Ann Lee": the alt text names the person after it
    boilerplate_anywhere: tuple = ()             # (literal, phrase) pairs
    boilerplate_lines: tuple = ()                # whole-line phrases, from the line start
    image_alt_tails: tuple = ()                  # "cover": the word for a picture after the heading its alt text repeats (H510a)
    photo_credits: tuple = ()                    # "Foto", "Photo": the credit word closing a picture's caption ("… Foto: Ann Lee", H1751j)
    boilerplate_soft: tuple = ()                 # trusted outside the speech only
    reader_addresses: tuple = ()                 # "Dear readers", "Liebe Leser": a site's appeal after the last answer (B863d)
    related_box_headings: tuple = ()             # "Alles zum Thema X": a related-articles box's heading over its dashed links (B600a)
    back_links: tuple = ()                       # "Al inicio de esta página", "Back to top": a link back to the page's top, and the one after it (B2490m)
    poll_headings: tuple = ()                    # "Sondage", "Poll": a poll widget's heading alone on its line (B2246l)
    poll_results: tuple = ()                     # "Résultats", "View results": the poll's link to its results, closing it (B2246l)
    menu_words: frozenset = frozenset()          # a site's section names ("home news sport"): a menu bar printed as one line (H315a)
    agenda_headings: frozenset = frozenset()     # "OPENING", "Mededelingen": a minutes' agenda item heading alone, no place (H1775j)
    concluded: tuple = ()                        # "(The briefing was concluded at ...)"
    commenced: tuple = ()                        # "Proceedings commenced at 9:02 a.m.": a header's time note (H1652i)
    interview_credits: tuple = ()                # "Interview by Ann Lee", "Das Interview führte ...": a closing credit, not speech
    byline_marks: tuple = ()                     # "文/", "撰文｜": the writer's mark opening a byline line (H1559i)
    author_bylines: tuple = ()                   # "By Ann Lee" over an interview: its author, who asks, not who answers (N336c)
    author_credits: tuple = ()                   # "Geschrieben von:", "本报记者": a page's author credit before the name (N441a)
    translation_notes: tuple = ()                # "the interview below, translated": an editor's line, not speech (I160q)
    translation_credits: tuple = ()              # "Translated by Ann Lee", "Grazie a Ann Lee per la traduzione!" (I161q)
    # --- plays (the drama flavour)
    act_headings: tuple = ()                     # "ACT I", "Erster Aufzug", "Acte premier"
    scene_headings: tuple = ()                   # "SCENE II", "Zweiter Auftritt", "Scène première"
    setting_headings: tuple = ()                 # "SCENE.- Elsinore.": where the play is set
    cast_headings: tuple = ()                    # "Dramatis Personae", "Personen", "Personnages"
    cast_links: tuple = ()                       # "as" of "ANN LEE AS THE INTERVIEWER": a player, then the part (N2444m)
    contents_headings: tuple = ()                # "Contents": a list of acts and scenes before the play
    stage_words: tuple = ()                      # "Enter", "Exit", "Exeunt" opening a direction
    group_speakers: frozenset = frozenset()      # "all", "both": speakers who are a group

    def pattern(self, name: str, flags: int = re.IGNORECASE) -> re.Pattern:
        """The phrase list `name` as one compiled alternation (cached per lexicon)."""
        return _compiled(self, name, flags)

    def whole_words(self, name: str, flags: int = re.IGNORECASE) -> re.Pattern:
        """The list `name` as one compiled alternation matched only as whole words: "king"
        is not found in "speaking" (cached per lexicon, as `pattern` is)."""
        return _whole_words(self, name, flags)

    def alternation(self, name: str) -> str:
        """The source of `pattern(name)`, for a pattern built around it: not compiled (the
        alternation compiled only for its source cost a compile per language where the
        larger pattern alone is matched)."""
        return _alternation(self, name)

    def join(self, other: "Lexicon") -> "Lexicon":
        """This lexicon's entries followed by `other`'s (sets united, lists appended)."""
        merged = {}
        for f in fields(self):
            mine, theirs = getattr(self, f.name), getattr(other, f.name)
            if f.name == "lang":
                merged[f.name] = mine
            elif f.name in ("day_first", "capitalised_nouns"):
                merged[f.name] = mine
            elif isinstance(mine, frozenset):
                merged[f.name] = mine | theirs
            elif isinstance(mine, dict):
                merged[f.name] = {**theirs, **mine}
            else:
                merged[f.name] = tuple(mine) + tuple(x for x in theirs if x not in mine)
        return Lexicon(**merged)


@lru_cache(maxsize=None)
def _compiled(lex: Lexicon, name: str, flags: int) -> re.Pattern:
    return compiled_once(_alternation(lex, name), flags)


@lru_cache(maxsize=None)
def _whole_words(lex: Lexicon, name: str, flags: int) -> re.Pattern:
    return compiled_once(rf"(?<!\w)(?:{_alternation(lex, name)})(?!\w)", flags)


@lru_cache(maxsize=None)
def _alternation(lex: Lexicon, name: str) -> str:
    return "|".join(f"(?:{a})" for a in getattr(lex, name)) or r"(?!)"


@lru_cache(maxsize=None)
def compiled_once(source: str, flags: int = 0) -> re.Pattern:
    """`re.compile`, once per process for each pattern built from lexicon entries: a
    language's lexicon holds the English lists after its own, so many of its alternations
    are the English ones (compiled again per language, they were a tenth of converting a
    folder of short pages), and `re`'s own cache of 512 patterns forgets them."""
    return re.compile(source, flags)


def primary(tag: str) -> str:
    """The primary language subtag of a BCP 47 tag: "fr-CA" -> "fr", "zh-Hans-CN" -> "zh"."""
    return tag.split("-")[0].lower()


@lru_cache(maxsize=None)
def own(lang: str) -> Lexicon:
    """The lexicon of one language alone (English for a language without a module)."""
    code = primary(lang)
    if code not in LANGUAGES:
        code = FALLBACK
    entries = import_module(f"teikit.lexicons.{code}").ENTRIES
    return Lexicon(lang=code, **entries)


@lru_cache(maxsize=None)
def load(lang: str) -> Lexicon:
    """The lexicon rules use for a document in `lang`: its own entries, then English."""
    lex = own(lang)
    return lex if lex.lang == FALLBACK else lex.join(own(FALLBACK))

