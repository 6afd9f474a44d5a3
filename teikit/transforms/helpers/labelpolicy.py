"""Which label candidates of one document are speaker labels (`LabelPolicy`); the label a
line opens with under that policy is `splitlabel.split_label`'s, as the labels pass asks.

The shapes are `labelshapes`'; what the document prints in each shape is `labelstyle`'
(`LabelStyle`, which `LabelPolicy` extends); what the words printed are evidence of is
`labelevidence`' and `labelwords`'. Header fields ("Date:", "Location:") and editorial prefixes
("CORRECTED:") are never labels; an ordinary sentence with a colon ("The answer is
simple: no.") is not one either.
"""
from __future__ import annotations

from collections import Counter
from functools import cached_property

from teikit.lexicons import Lexicon
from teikit.transforms.helpers.labelevidence import (heading_like, is_mixed_candidate, list_line,
                                                     lone_bracketed_speaker, vocative_opening)
from teikit.transforms.helpers.anglelabels import angle_names
from teikit.transforms.helpers.bracketalone import bracket_alone_style
from teikit.transforms.helpers.jointlabels import joint_names, jointly_named
from teikit.transforms.helpers.definitionlabels import definition_terms
from teikit.transforms.helpers.fullforms import long_form_of_initials, long_form_of_surname, name_with_long_role
from teikit.transforms.helpers.initialled import initialled_names, initials_of_names
from teikit.transforms.helpers.labellike import not_labels, spoken_colons, sure_labels
from teikit.transforms.helpers.labelledlines import labelled_line_names, run_names
from teikit.transforms.helpers.lineindex import LineIndex
from teikit.transforms.helpers.labelshapes import DIARIZATION, WEAK_SHAPES, Candidate, candidates
from teikit.transforms.helpers.namerolelines import name_role_line
from teikit.transforms.helpers.labelstyle import LabelStyle
from teikit.transforms.helpers.labelweak import WeakShapes
from teikit.transforms.helpers.labeltext import base_label, is_upper_label, outlet_and_caseless_name
from teikit.transforms.helpers.labelwords import (addressed_speaker, attendance_names, calendar_word, collective_voice,
                                                  first_asker, name_words, short_forms, single_discourse_word,
                                                  upper_name_and_role)
from teikit.transforms.helpers.mixedevidence import mixed_evidence
from teikit.transforms.helpers.memberlabels import dash_style_label
from teikit.transforms.helpers.namedelsewhere import (NamesPrinted, headline_quotes, letter_and_name, names_listed,
                                                      numbered_family, titles_over_stamps)
from teikit.transforms.helpers.articleroles import article_role_dialogue
from teikit.transforms.helpers.outletlabels import PrintedWords, lower_case_outlet
from teikit.transforms.helpers.outletinitials import outlet_short_forms
from teikit.transforms.helpers.oncealone import names_alone_once
from teikit.transforms.helpers.selfintroduced import self_introduced_alone
from teikit.transforms.helpers.quotedheadlines import headlines_over_a_lead
from teikit.transforms.helpers.recordnames import member_putting_question
from teikit.transforms.helpers.pipelabels import pipe_label
from teikit.transforms.helpers.runon import run_on_key
from teikit.transforms.helpers.shapes import SENTENCE_END
from teikit.transforms.helpers.titlelabels import headings_printed_twice, not_a_label, repeated_top_lines, titles_line
from teikit.transforms.helpers.fieldlabels import names_a_label
from teikit.transforms.helpers.formlines import speech_before_colon


class LabelPolicy(WeakShapes, LabelStyle):
    """Decides, for one document, which label candidates are speaker labels, on the
    evidence `LabelStyle` counts.

    Colon and Markdown labels: upper-case ones are taken unless they occur once and open a
    heading-like line (a title with a colon). Mixed-case ones need evidence: the same label
    twice, a role word ("Moderator", "Secretary-General", "CCTV reporter"), a name from the
    header, or being the long form of a label already confirmed ("President of Russia
    Vladimir Putin:" beside "Vladimir Putin:"). Once three different mixed-case labels are
    confirmed, the style is established and a name label seen once is taken too. A single
    word is never one of the discourse words that open sentences ("Look:", "Remember:").
    Diarization ids ("SPEAKER_01:", "spk_0:") are always labels.

    Weaker shapes (a full stop, wide spacing, a label alone on its line) are taken only
    for a name of label shape printed so at least twice, or already confirmed as a label
    in a stronger shape (`labelweak.WeakShapes`).
    """

    ESTABLISHED = 3

    def __init__(self, first_lines: list[str], header_lines: list[str], lex: Lexicon, found=None,
                 run_on: set[str] = frozenset(), index: LineIndex | None = None):
        found = found if found is not None else [candidates(line, lex) for line in first_lines]
        super().__init__(first_lines, lex, found, index)
        self.found = found  # (the labels pass's own list, kept by it anyway)
        self.run_on = run_on  # labels found inside run-on lines (`split_run_on_turns`)
        self.top_lines = header_lines
        self.attending = attendance_names(header_lines, lex)  # "Present: Zöe, Robina" (L300j)
        self.spoken_colons = {c.name for cs in found for c in cs if c.shape == "colon" and c.rest}
        self.decided: dict = {}
        self.repeated: dict = {}  # verdicts of colon labels printed twice or more (`__call__`)
        self.top_titles, self.twice = repeated_top_lines(first_lines), headings_printed_twice(first_lines)
        self.over_stamps = titles_over_stamps(first_lines, found, lex) | headline_quotes(first_lines, found) \
            | headlines_over_a_lead(first_lines, found)  # `CONTE: "quotation"` over a lead (L620b)
        self.confirmed = [name_words(c) for c in self.counts
                          if self._mixed_evidence(c, self.rests[c]) and not is_upper_label(base_label(c), lex)]
        self.printed = NamesPrinted(first_lines)  # capitalised names printed in the text (L3b)
        self.short_forms = short_forms(self.counts)
        outlets = outlet_short_forms(self.counts)  # "Ann Lee, Harbour News (HN):", later "HN:" (L2281l)
        self.outlet_labels = frozenset(outlets) | frozenset(outlets.values())
        self.once_alone = names_alone_once(self.weak, self.spoken, self.counts, lex)  # one pass (L2283l)
        colons = spoken_colons(found)  # (the lines both read)
        self.not_labels = not_labels(first_lines, found, self.counts, lex, colons, self.index)  # office lists, breadcrumbs (L190u-L192u)
        self.sure_labels = sure_labels(found, self.counts, colons)  # "«СП»: — ...", "abseits.at:" (L195u, L196u)
        self.initialled = initialled_names(self.counts)  # "Guy Roux :" once, then "G.R. :" (L215x)
        self.initialled |= initials_of_names(self.initialled) & set(self.counts)  # and "TR:" (L282a)
        self.terms = definition_terms(first_lines, found)  # "Ruth" over ":<tab>Vom Papa ..." (L926e)

    @cached_property
    def confirmed_forms_count(self) -> Counter:
        """How often each confirmed name's words are confirmed: read per candidate, counted once
        (a scan of them per candidate is quadratic in a text of thousands of names)."""
        return Counter(tuple(words) for words in self.confirmed)

    @cached_property
    def confirmed_forms(self) -> frozenset:
        """The confirmed names of two words or more, whose long forms are labels too."""
        return frozenset(form for form in self.confirmed_forms_count if len(form) >= 2)

    @cached_property
    def jointly_named(self) -> frozenset:
        """The joint labels and their names that are labels too (L1505i), read when asked."""
        return jointly_named(self.counts, self.lex)

    @cached_property
    def labelled_lines(self) -> frozenset:
        """The full names opening every line of speech (L1650i) or a run of lines among names
        printed twice (L1800j), read when a label asks."""
        return labelled_line_names(self.found, self.lex) | run_names(self.found, self.lex)

    @cached_property
    def self_introduced(self) -> frozenset:
        """The names alone over speech that opens with their own introduction (L2423l), read
        when a label asks."""
        return self_introduced_alone(self.lines, self.found, self.lex)

    @cached_property
    def angle_names(self) -> frozenset[str]:
        """The names in angle brackets that are the document's labels (`angle_style`), read
        when the first such label asks."""
        return angle_names(self.angles, self.lex)

    @cached_property
    def printed_words(self) -> PrintedWords:
        """Where each word of the text stands alone (L494a), indexed when a lower-case label
        first asks."""
        return PrintedWords(self.lines)

    @cached_property
    def header_lines(self) -> list[tuple[set, str]]:
        """(the line's lower-cased words, the line) of the top lines: names printed in the header
        are evidence for a mixed-case label, but a line is no evidence for itself
        ("Bundesregierung für Desinteressierte: BPK vom ..." is a title). Read when a label
        asks (most documents' never do)."""
        return [({w.strip(".,;:()").lower() for w in line.split()}, line) for line in self.top_lines]

    def __call__(self, c: Candidate) -> bool:
        if self.not_labels and (c.label, c.rest) in self.not_labels:
            return False
        if self.sure_labels and (c.label, c.rest) in self.sure_labels:
            return True
        if self.initialled and c.name in self.initialled:
            return True
        if self.over_stamps and (c.label, c.rest) in self.over_stamps:
            return False  # "Name:Quote" over the page's stamp: the headline (H12c), decided per line
        key = (c.name, c.time is not None, not c.rest) if c.shape == "colon" and c.time != "" else None
        repeated = key is not None and not titles_line(c, self.top_titles)
        if repeated and key in self.repeated:
            return self.repeated[key]
        verdict = self._verdict(c)
        if repeated and self.counts[c.name] >= 2:
            # a colon label printed twice or more: the verdict is its name's, with or without a
            # time, alone or not (the rest of the line counts for a label printed once, a title)
            self.repeated[key] = verdict
        return verdict

    def _verdict(self, c: Candidate) -> bool:
        if c.shape == "colon" and speech_before_colon(c.name, self.lex):
            return False  # "各位媒体朋友:", "今天发布会的主题是:": the speech's own colon (L2525m)
        if c.shape == "colon" and self.counts[c.name] < 2 \
                and vocative_opening(c.name, c.rest, self.spoken_colons, self.lex):
            return False  # "Sindaco: il problema ... . Il cittadino ...": an address opening a question (L301j)
        if id(c) in self.headlines and self.counts[c.name] < 2 and not is_upper_label(base_label(c.name), self.lex):
            return False  # the page's first line, a name and a quotation of it: the headline (L123m)
        if id(c) in self.titled and self.counts[c.name] < 2 and any(n != c.name for n in self.counts):
            return False  # "Programme: topic" on the first line, other labels below: the title (L170r)
        if c.shape == "colon" and c.rest and self.counts[c.name] < 2 and self.lex.transcript_words \
                and self.lex.pattern("transcript_words").match(c.rest):
            return False  # "Releases: Transcripts of the mayor on the radio ...": a section and a title (L124m)
        if self.run_on and run_on_key(c.name) in self.run_on and (c.shape != "alone" or c.name in self.spoken):
            return True  # (a name alone over no speech is a list's, a court's bench over the next judge: L2508m)
        if c.shape == "colon" and c.rest and c.name in self.announced and self.counts[c.name] < 2:
            return True  # a member's label right under the chair's line giving that member the floor (L2493m)
        if c.shape == "colon" and c.name in self.bracket_colons and self._bracket_colon_style(c.name):
            return True  # "[Lisette Arévalo]:" beside "[Daniel Alarcón]:": names in brackets (L490a)
        if c.shape in ("colon", "markdown") and self.counts[c.name] < 2 and \
                self.lex.pattern("transcript_intros").fullmatch(base_label(c.name).strip()):
            return False  # "The following is the transcript:", "以下为文字实录：": a sentence
        if c.shape == "colon" and (not_a_label(c, self.top_titles, self.lex) or names_a_label(c, self.counts)) \
                or c.shape == "alone" and c.label.strip() in self.twice:
            return False  # a title printed twice at the top (alone: L2129k); a heading naming the next speaker; "Presenter: Ann Lee (AL)" (L1635i)
        if names_listed(c, self.lex):
            return False  # "ROE - POE - LEE: \"Bill title\"": a record's list of a bill's authors
        if c.shape == "colon" and not c.rest and c.name in self.over_timed and self._timed_alone_style(c.name):
            return True  # "Никита:" alone over "[0:08] Привет!", beside "Марина:" so (L122m)
        if c.shape == "colon" and not c.rest and c.name in self._colon_names_alone():
            return True  # "Marc Fascher:" alone over the speech, beside "Pavel Dotchev:" so (L1670i)
        if c.shape == "colon" and not c.rest and c.name in self.silent and self.counts[c.name] < 2:
            return False  # a colon label alone, printed once, over no speech: a widget or heading
        if c.shape == "colon" and c.rest and self.counts[c.name] < 2 and self._above_alone_style(c.name):
            return False  # "Sound-Off Question: What ...?" in show notes over "Kevin:" / "Jordan:" alone
        if id(c) in self.list_entries:
            return False  # "Bob Roe - Acme - CEO" ending a list, over "Analysts": an entry, not a label (L300i)
        if c.shape == "alone" and id(c) in self.over_speech and self.weak[(c.shape, c.name)] >= 2 \
                and len(self.listed) >= 2 and name_role_line(base_label(c.name)) and self._speakers_alone() < 2:
            return True  # "Ann Lee – CFO" over the speech, repeating an entry of the list above (L121m)
        if c.shape == "alone" and c.name in self.over_dates:
            return False  # a place line over the date line: the header's, printed again with it (H150p)
        if c.shape == "alone" and self.terms and c.name in self.terms:
            return True  # a definition list's term over its definition, the speech (L926e)
        if c.shape in WEAK_SHAPES:
            key = (c.shape, c.name)
            if key not in self.decided:
                self.decided[key] = self._weak(c)
            return self.decided[key]
        if c.shape in ("semicolon", "headed"):  # "K;" for "K:"; "#### 答：…" (L932e): a label printed with a colon twice
            return self.counts[c.name] >= 2 and self._decide(c.name, c.rest)
        if c.shape == "glued":  # "CHUCK TODD:Can ...", a label the document prints with a spaced colon (L372a)
            return self.counts[c.name] >= 1 and self._decide(c.name, c.rest)
        if c.shape in ("voiced", "diarized"):  # "Voz 0889 00:02 en ...", "Speaker : spk3": an id
            return True
        if c.shape == "timed":  # a name or a diarization id with its recording time, alone
            base = base_label(c.name)
            if calendar_word(base, self.lex):
                return False  # "Venerdì 04:42:27", "May 12:30": a page's clock or date widget
            return bool(DIARIZATION.match(base)) or is_upper_label(base, self.lex) or (
                is_mixed_candidate(base, self.lex) and not single_discourse_word(base, self.lex))
        if c.shape == "cell":  # "| Ann Lee | Hello. |": speakers in a table's first column, each twice
            base = base_label(c.name)
            return self.cells[c.name] >= 2 and sum(1 for n in self.cells.values() if n >= 2) >= 2 \
                and SENTENCE_END.search(c.rest.rstrip(" |")) is not None \
                and (is_upper_label(base, self.lex) or is_mixed_candidate(base, self.lex))
        if c.shape == "pipe":  # "Michael | I'm Michael Stevens, …" (L811c)
            return pipe_label(c.name, c.rest, self.pipes, self.lex)
        if c.shape == "letterspaced":  # "П р е д с е д а т е л ь. ...": the spacing is the evidence
            return True
        if c.shape == "bracket":  # "[主持人]各位网友": a style of the document, several names
            return self._bracket_style(c.name) or lone_bracketed_speaker(base_label(c.name), c.rest, self.brackets, self.lex)
        if c.shape == "bracket_alone":  # "[ANN LEE]" over the speech, beside "[BEN KAY]" so (L2260l)
            return bracket_alone_style(c.name, self.brackets_alone, self.lex)
        if c.shape == "angle":  # "<Livia> Sim.": a style of the document, several names (L1500i)
            return c.name in self.angle_names
        if c.shape == "titled_dash":  # "O SR. PRESIDENTE - WALTER FELDMAN - PSDB - …": a record's style, twice at least (L2496m)
            return sum(1 for cs in self.found for x in cs if x.shape == "titled_dash") >= 2
        if c.shape == "dash":  # the style decides alone, whatever labels of other shapes say
            return dash_style_label(c.name, self.dash_counts, self.lex)
        if self.outlet_labels and c.shape == "colon" and c.name in self.outlet_labels:
            return True  # the asker's full label and the outlet's initials printed alone later (L2281l)
        if self.short_forms and c.shape == "colon" and c.name in self.short_forms:
            long = self.short_forms[c.name]  # "Angela Merkel (Merkel):", later "Merkel:"
            return self._decide(long, self.rests[long])
        if c.shape in ("colon", "markdown") and self.counts[c.name] < 2 and (long_form_of_initials(
                c.name, self.counts, self._initialled_pairs, self._confirmed, self.lex) or long_form_of_surname(
                c.name, self.counts, self.first_line, self._confirmed, self.lex)):
            return True  # "Moreno:" once, then "M:" over and over; "Marc Weber:", then "Weber:"; "**Lena:**", then "**L:**" (L152p, L931e, L1133g)
        if c.shape == "colon" and self.counts[c.name] < 2 and c.name[:1].islower() and self.confirmed \
                and lower_case_outlet(c.name, c.rest, self.printed_words, self.lex.small_words,
                                      self.confirmed, self.lex.honorifics):
            return True  # "prmagazin: ...?" over "Meike Schreiber: ...", the caption naming the magazine (L494a);
            # "taz: Frau Spiegel, ...?" over "Anne Spiegel: ...", addressing her (L1750j)
        if c.shape == "colon" and self.counts[c.name] < 2 \
                and first_asker(c, lambda: len(self.confirmed) - self.confirmed_forms_count[tuple(name_words(c.name))],
                                self.lex):
            return True  # "Berliner Morgenpost: Sind Sie …?" beside the guests' name labels (L153p)
        if c.time and is_mixed_candidate(base_label(c.name), self.lex):
            return True  # "Tarik Jasarevic: (00:00)": a transcription service's label
        if c.shape == "colon" and c.name in self.translated and len(self.translated) >= 2 \
                and is_mixed_candidate(base_label(c.name), self.lex):
            return True  # "耿爽:…" / "Geng Shuang: …": each turn printed again in translation (L163q)
        if c.shape == "colon" and article_role_dialogue(c.name, self.counts, self.rests, self.lex):
            return True  # "Le sélectionneur :" twice, beside "Un journaliste :" (T683c)
        if self.counts[c.name] >= 2:  # the rest of the line no longer matters: decide once
            if c.name not in self.decided:
                self.decided[c.name] = self._decide(c.name, c.rest)
            return self.decided[c.name]
        return self._decide(c.name, c.rest)

    def _decide(self, name: str, rest: str) -> bool:
        lex = self.lex
        base = base_label(name)
        if DIARIZATION.match(base) or numbered_family(base, rest, self.numbered_families) or letter_and_name(base, lex):
            return True  # "SPEAKER_01:"; "Track 6:" beside "Track 2:" twice (L7b); "Q - Ann Roe:" (L8b)
        speaker = addressed_speaker(base, lex)
        if speaker is not None and self.counts[speaker] >= 1 and speaker != name:
            return True  # "OGS to Scott:" beside "OGS:": the speaker turns to someone
        if member_putting_question(base, lex):
            return True  # "1. Hon ANN ROE (…) to the Prime Minister:", "Rt Hon TOM LEE (…) on behalf of the …:" (L2466m)
        if self.counts[name] < 2 and (heading_like(rest, lex) or list_line(rest)):
            return False
        if is_upper_label(base, lex) or upper_name_and_role(base, lex) or outlet_and_caseless_name(base) \
                or collective_voice(base, lex):  # "Des voix :", "Some Hon. Members:" (L1613i)
            return True
        if self.counts[name] >= 2 and base.isupper() and base.split()[0] in lex.field_speakers:
            return True  # "GUEST: Thank you.", printed as a label again: a speaker, not front matter
        if self._mixed_evidence(name, rest):
            return True
        if name in self.jointly_named:
            return True  # "**Ann Lee, Tom Poe et Jo Roe** :" beside "**Ann Lee** :" and "**Tom Poe** :" (L1505i)
        if self.counts[name] < 2 and joint_names(base, lex) and any(
                n != name and self.counts[n] >= 2 and self._confirmed(n) for n in list(self.counts)):
            return True  # "**Nicolò / Juri:** Grazie." beside labels printed again (L1505i)
        if "," in base and self.confirmed and name_with_long_role(base, self.confirmed_forms, lex):
            return True  # "Dr. Ann Roe, Präsidentin der Hafenbehörde:" beside "Dr. Ann Roe:" (L2403l)
        if not is_mixed_candidate(base, lex) or single_discourse_word(base, lex):
            return False
        words = tuple(name_words(name))
        if any(words[-k:] in self.confirmed_forms for k in range(2, len(words) + 1)):
            return True  # a long form of a confirmed label
        if len(self.confirmed_forms_count) >= self.ESTABLISHED and len(words) <= 4:
            return True
        return name in self.labelled_lines  # "Ann Lee: …" once, on a page of such lines only (L1650i)

    def _confirmed(self, name: str) -> bool:
        """The policy takes the label `name`, judged on the line it is first printed with."""
        return self._decide(name, self.rests[name])

    def _mixed_evidence(self, name: str, rest: str) -> bool:
        """Evidence of its own for a mixed-case candidate (`mixedevidence.mixed_evidence`)."""
        return mixed_evidence(name, rest, self.counts[name] < 2, self.attending, lambda: self.header_lines, self.lex)
