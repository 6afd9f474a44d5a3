"""What one document prints in each label shape (`LabelStyle`): the evidence the label
policy (`labelpolicy.LabelPolicy`) judges candidates on.

Per name and shape: how often it is printed, whether speech follows it, whether a stage note
or the chair announces it, where a colon label is first printed; and the document's styles
counted from those (several names in capitals in one shape, two speakers alone on their line
over speech, a record's members: `labelstylecounts.StyleCounts`). Nothing here decides whether
a candidate is a label.
"""
from __future__ import annotations

import re

from collections import Counter
from functools import cached_property

from teikit.lexicons import Lexicon
from teikit.transforms.helpers.bracketalone import closing_bracket_name
from teikit.transforms.helpers.colonnames import under_its_clip_line
from teikit.transforms.helpers.dates import date_line
from teikit.transforms.helpers.labelevidence import bracket_name, is_mixed_candidate, speech_line
from teikit.transforms.helpers.labelshapes import DIARIZATION, WEAK_SHAPES, Candidate
from teikit.transforms.helpers.namerolelines import name_role_line
from teikit.transforms.helpers.lineindex import LineIndex, for_lines
from teikit.transforms.helpers.participantlists import listed_names
from teikit.transforms.helpers.labeltext import base_label, words_of
from teikit.transforms.helpers.labeltimes import TIMED_LINE
from teikit.transforms.helpers.labelwords import single_discourse_word
from teikit.transforms.helpers.lines import next_text
from teikit.transforms.helpers.memberlabels import MAX_NOTE_LINES, given_the_floor, named_by_stage_note
from teikit.transforms.helpers.namedelsewhere import numbered_families, speech_after_stop
from teikit.transforms.helpers.quotedheadlines import quoted_headlines
from teikit.transforms.helpers.recordopeninglabel import office_alone
from teikit.transforms.helpers.titlelabels import QUOTATION, catalogue_code
from teikit.transforms.helpers.floorlabels import floor_given
from teikit.transforms.helpers.labelstylecounts import StyleCounts

# Lines opened by a bracketed label that make the style (two names, one printed twice).
MIN_BRACKET_LINES = 3


# A title's second part: words without a sentence's end, a page layout's pipes at most after
# them ("Programme: topic | |||"); speech ends in a full stop, a question mark or a comma.
_TITLE_REST = re.compile(r"[^.?!,;:…。？！，；：\"“”«»|]{1,60}?[ |]*")


_PAGE_NUMBER = re.compile(r"\d{1,4}")


def _page_furniture(below: str) -> str:
    """The line under a running head's line as it repeats: any page number one."""
    below = below.strip()
    return "#" if _PAGE_NUMBER.fullmatch(below) else below


def titled_rest(rest: str) -> bool:
    """The rest of a first line after a colon reads as a title's second part."""
    return _TITLE_REST.fullmatch(rest.strip()) is not None


class LabelStyle(StyleCounts):
    """The label candidates of one document (`found`, per line of `first_lines`) counted by
    shape and name, with what stands around them; the styles are counted once, when asked."""

    def __init__(self, first_lines: list[str], lex: Lexicon, found: list[list[Candidate]], index: LineIndex | None = None):
        self.lex = lex
        self.lines = first_lines
        self.index = for_lines(first_lines, index)  # the subsets of the lines the helpers below read
        self.styles: dict[str, int] = {}  # the document's styles, counted once (the methods below)
        self.counts: Counter = Counter()
        self.weak: Counter = Counter()
        self.rests: dict[str, str] = {}  # the rest of the line each name is first printed with
        self.first_line: dict[str, int] = {}  # the index of that line
        self.dash_counts: Counter = Counter()
        self.cells: Counter = Counter()  # first columns of table rows
        self.pipes: Counter = Counter()  # names before a spaced bar (L811c)
        self.brackets: Counter = Counter()  # names in square brackets before the speech
        self.angles: Counter = Counter()  # names in angle brackets before the speech (L1500i)
        self.brackets_alone: Counter = Counter()  # names in square brackets alone over a line of speech (L2260l)
        self.bracket_colons: Counter = Counter()  # names in square brackets before a colon ("[Ann Lee]:")
        self.spoken: set[str] = set()  # names alone on a line with speech on the next line
        self.clipped: set[str] = set()  # ... under a clip index's line printing them (L1675i)
        self.timed_alone: set[str] = set()  # ... printed with a recording time before them (L1191h)
        self.listed: set[str] = set()  # names of "Name – Role" lines (a call's list of participants)
        self.silent: set[str] = set()  # "Name:" alone on a line with no speech on the next line
        self.colon_lines: dict[tuple[str, bool], int] = {}  # (name, alone) -> first line index
        self.over_speech: set[int] = set()  # ids of the "alone" candidates with speech on the next line
        self.over_timed: set[str] = set()  # "Name:" alone on a line over a line opening with a timestamp
        self.announced: set[str] = set()  # bare members whose surname the line before names
        self.unspoken: set[str] = set()  # full-stop candidates over no sentence
        self.dash_fields: set[str] = set()  # "MATCH – Southampton (Away)" next to "TOURNAMENT – ...": field lines (L493a)
        self.over_dates: set[str] = set()  # names alone on a line over a date line: a place
        self.list_entries: set[int] = set()  # ids of "Name – Role" lines next to another, over no speech
        self.continued: set[int] = set()  # ids of "alone" candidates that end the line above (L150p)
        self.unders: Counter = Counter()  # (name alone, what no speech under it) -> times (L2102k)
        introducers = lex.name_introducers
        top = next((i for i, line in enumerate(first_lines) if line.strip()), None)
        # "Ann Roe (PSOE): “The port cannot wait”" opening the page: a news headline (L123m)
        self.headlines = {id(c) for c in (found[top] if top is not None else ())
                          if c.shape == "colon" and QUOTATION.fullmatch(c.rest.strip())}
        self.headlines |= quoted_headlines(first_lines, found)  # under a section word, wrapped (L210x)
        # "节目名:今日话题" opening the page: a title of two parts, in a script without case
        # (a cased label is judged by its case: `labelpolicy`) (L170r)
        self.titled = {id(c) for c in (found[top] if top is not None else ()) if c.shape == "colon" and (
                       c.name.upper() == c.name.lower() or catalogue_code(c.name, lex)) and titled_rest(c.rest)}
        # (and "PHIL 176: Death", a course's code and name, whatever its case: L1803j)
        # "耿爽:…" then "Geng Shuang: …": a bilingual page prints each turn twice (L163q)
        # (only lines under a line with candidates are looked into: most lines have none)
        self.translated = {c.name for above, shapes in zip(found, found[1:]) if above and shapes for c in shapes
                           if c.shape == "colon" and c.rest and _LATIN.search(c.name) and any(
                               p.shape == "colon" and not _LATIN.search(p.name) for p in above)}
        for i, shapes in enumerate(found):
            for c in shapes:
                if c.shape == "alone" and introducers and i and _ends_with_word(first_lines[i - 1], introducers):
                    self.continued.add(id(c))  # "Oral History Interview with" / "Ann Roe": a title's name
                    continue
                if c.shape in WEAK_SHAPES:
                    self.weak[(c.shape, c.name)] += 1
                    if c.shape == "stop" and not speech_after_stop(c.rest):
                        self.unspoken.add(c.name)  # "DIARIO. (Página 2)", "EXCMO. SR. D. ANN ROE" (L10b)
                    if c.shape in ("bare", "stop") and given_the_floor(c.name.partition(",")[0], first_lines[max(0, i - 2):i]):
                        self.announced.add(c.name)  # "La parole est à Mme Durand." over "Mme Claire Durand. …" (L1725j)
                    if c.shape == "alone" and "(" in c.name and given_the_floor(c.name, first_lines[max(0, i - 2):i], True):
                        self.announced.add(c.name)  # "Collega Roe, prego." over "Anna ROE (Gruppo Misto)" (L1825j)
                    below = first_lines[i + 1] if i + 1 < len(first_lines) else ""
                    if c.shape == "alone" and below.strip() and not speech_line(below):
                        self.unders[(c.name, _page_furniture(below))] += 1
                    if c.shape == "alone" and below.strip() and _dated_below(first_lines, i, lex):
                        # "Independence, Missouri" / "March 18, 1976" (H150p); a byline over the
                        # document's number and title, then its date (L2309l)
                        self.over_dates.add(c.name)
                    if c.shape == "alone" and speech_line(below) and not name_role_line(below.strip()):
                        self.spoken.add(c.name)  # (not a list of "Name – Role" lines)
                        self.over_speech.add(id(c))
                        if under_its_clip_line(first_lines, i, c.name):
                            self.clipped.add(c.name)  # "• 0:2 J. Hamster" / office / "J. Hamster" (L1675i)
                        if c.time_first and c.label[:1] != "#":  # (a Markdown heading with its time is L1130g's)
                            self.timed_alone.add(c.name)
                    if c.shape == "alone" and (m := name_role_line(c.name)):
                        self.listed.add(m.group(1))
                        if id(c) not in self.over_speech and _next_to_entry(first_lines, i):
                            self.list_entries.add(id(c))  # a list's last entry, over its next heading (L300i)
                    if c.shape == "alone" and first_lines[i - 1:i] and first_lines[i - 1].rstrip().endswith(")") \
                            and named_by_stage_note(c.name, first_lines[max(0, i - MAX_NOTE_LINES):i]):
                        self.announced.add(c.name)  # "(… begrüßt SRS Hille …)" / "SRS Hille" / speech (L136t)
                elif c.shape == "dash":
                    self.dash_counts[c.name] += 1  # a style of its own (`_dash_style`)
                    if c.label[-1:] in ")]" and (named := closing_bracket_name(c.label)):
                        self.brackets_alone[named] += speech_line(next_text(first_lines, i))  # "R. – (Santo Padre)" (L2521m)
                elif c.shape == "cell":
                    self.cells[c.name] += 1
                elif c.shape == "pipe":
                    self.pipes[c.name] += 1
                elif c.shape == "bracket":
                    self.brackets[c.name] += 1
                elif c.shape == "angle":
                    self.angles[c.name] += 1
                elif c.shape == "bracket_alone":
                    self.brackets_alone[c.name] += speech_line(next_text(first_lines, i))
                elif c.shape in ("semicolon", "glued", "headed"):
                    continue  # no evidence: the same name printed with a colon is
                else:
                    self.counts[c.name] += 1
                    self.rests.setdefault(c.name, c.rest)
                    self.first_line.setdefault(c.name, i)
                    if c.shape == "colon":  # where each colon label is first printed, alone or with speech
                        self.colon_lines.setdefault((c.name, not c.rest), i)
                        if c.rest and i and found[i - 1] and floor_given(c.name, first_lines[i - 1], found[i - 1], lex):
                            self.announced.add(c.name)  # "Председатель: «Слово … Шульгину»." over "Шульгин-второй: …" (L2493m)
                        if c.name[:1] == "[" and c.name[-1:] == "]":
                            self.bracket_colons[c.name] += 1
                    if c.shape == "colon" and not c.rest and not c.time:
                        below = next_text(first_lines, i)  # (the line under a label alone, read once for both)
                        if TIMED_LINE.match(below):
                            self.over_timed.add(c.name)  # "Марина:" alone over "[0:06] Всем привет!" (L122m)
                        base = base_label(c.name)
                        if not DIARIZATION.match(base) and not speech_line(below) and not office_alone(base, lex):
                            # "定义你的浏览字号:" over a title: a widget, no speaker; but "部長:" over
                            # "各位媒體朋友大家早安", a greeting without a full stop, is the minister (L1203i)
                            self.silent.add(c.name)
        self.dash_fields = self._field_dashes(found) if any(c.shape == "spaced_dash" for cs in found for c in cs) else set()
        self.listed |= listed_names(first_lines, lex, self.index)  # "Ann Lee - CFO" under "Corporate Participants" (L1270h)

    def running_head(self, name: str) -> bool:
        """A name alone printed twice over a page number, or twice over the same line that is
        no speech: a page's running head (L2102k)."""
        return name in self.running_heads

    @cached_property
    def running_heads(self) -> frozenset[str]:  # (once: read per name, quadratic in a text of many)
        return frozenset(n for (n, _), k in self.unders.items() if k >= 2)

    def _initialled_pairs(self) -> int:
        """Different mixed-case names of two or three words printed as labels whose initials
        are labels too ("Ann Lee:" then "AL:", "Bo Ray:" then "BR:"): two such pairs make the
        style of the text even where a short capture prints each initials label once (L162q)."""
        if "initialled" not in self.styles:
            self.styles["initialled"] = sum(
                1 for n in list(self.counts) if 2 <= len(words_of(base_label(n))) <= 3
                and is_mixed_candidate(base_label(n), self.lex)
                and self.counts["".join(w[0] for w in words_of(base_label(n)))] >= 1)
        return self.styles["initialled"]

    @cached_property
    def numbered_families(self) -> dict[str, dict[str, int]]:
        """The labels of a word and a number, by word (`namedelsewhere.numbered_family`)."""
        return numbered_families(self.counts)

    def _field_dashes(self, found: list[list[Candidate]]) -> set[str]:
        """Names of spaced-dash candidates in capitals whose value is no sentence, printed on
        the line next to another such one (blank lines between them aside): "TOURNAMENT –
        Barclays Premier League" over "MATCH – Southampton (Away) at St. Mary’s Stadium", a
        report's field lines (L493a). A record's label over a wrapped line of speech ("PRESIDENTE
        – Invito la") has a line of speech next to it."""
        fields = [(i, c.name) for i, shapes in enumerate(found) for c in shapes if c.shape == "spaced_dash"
                  and c.rest.rstrip()[-1:] not in _SPOKEN_ENDS and c.name.isupper()]
        if len(fields) < 2:
            return set()
        lines = {i for i, _ in fields}
        return {name for i, name in fields if self._next_filled(i, 1) in lines or self._next_filled(i, -1) in lines}

    def _next_filled(self, i: int, step: int) -> int:
        """The index of the next line holding words from line `i` on, in the direction `step`."""
        i += step
        while 0 <= i < len(self.lines) and not self.lines[i].strip():
            i += step
        return i

    def _bracket_style(self, name: str) -> bool:
        """Labels in square brackets are the document's style when at least two different
        names (`bracket_name`: no event words) open `MIN_BRACKET_LINES` lines in all."""
        if "bracket" not in self.styles:
            names = [n for n in self.brackets if bracket_name(n, self.lex)]
            self.styles["bracket"] = names if len(names) >= 2 and \
                sum(self.brackets[n] for n in names) >= MIN_BRACKET_LINES else []
        return name in self.styles["bracket"]

    def _bracket_colon_style(self, name: str) -> bool:
        """Labels in square brackets before a colon ("[Daniel Alarcón]:", later "[Daniel]:")
        are the document's style when at least two different names (`bracket_name`) open
        `MIN_BRACKET_LINES` lines in all; a short form of one ("[Daniel]") is then a label
        too, printed once (L490a)."""
        if "bracket_colon" not in self.styles:
            names = [n for n in self.bracket_colons if bracket_name(base_label(n), self.lex)]
            self.styles["bracket_colon"] = len(names) >= 2 and sum(self.bracket_colons[n] for n in names) >= MIN_BRACKET_LINES
        base = base_label(name)
        return self.styles["bracket_colon"] and (bracket_name(base, self.lex) or (
            is_mixed_candidate(base, self.lex) and not single_discourse_word(base, self.lex)))

# A header's lines under a byline: the date is printed at most this many lines below it (L2309l).
MAX_DATE_REACH = 2


def _dated_below(lines: list[str], i: int, lex: Lexicon) -> bool:
    """One of the next two lines of text after line `i` is a date line: the document's header,
    not speech under a label alone (H150p, L2309l)."""
    for below in lines[i + 1:i + 1 + MAX_DATE_REACH]:
        if not below.strip():
            return False
        if date_line(below.strip(), lex):
            return True
    return False


_LATIN = re.compile(r"[A-Za-z]")
# The last characters of a line of speech (a sentence's end, a closing quotation mark or bracket).
_SPOKEN_ENDS = frozenset(".?!…:;\"”»)’。？！")


def _ends_with_word(line: str, words: frozenset) -> bool:
    """The line's last word is one of `words` ("... Interview with"): the line goes on below."""
    line = line.rstrip()
    last = line[line.rfind(" ") + 1:]  # (the last word alone, not a copy of the words before it)
    return bool(last) and last.lower() in words


def _next_to_entry(lines: list[str], i: int) -> bool:
    """The line above or below line `i` is another "Name – Role" line: `i` is an entry of a
    participants list, whatever line follows it."""
    return any(0 <= j < len(lines) and name_role_line(lines[j].strip()) for j in (i - 1, i + 1))
