"""Pass `labels`: find speaker labels at line starts and group paragraphs into turns.

The shapes a label may take are in `helpers.labelshapes`; this pass decides, for one
document, which candidates are labels (`LabelPolicy`) and groups what follows each label
into its turn. Header fields ("Date:", "Location:") and editorial prefixes ("CORRECTED:")
are never labels; an ordinary sentence with a colon ("The answer is simple: no.") is not
one either.
"""
from __future__ import annotations

import re
from collections import Counter

from teikit.lexicons import Lexicon
from teikit.model import Boilerplate, LineBreak, Paragraph, Text, Transcript, Turn
from teikit.transforms.helpers.labelshapes import (DIARIZATION, INITIALLED, WEAK_SHAPES, Candidate, base_label,
                                                   candidates, heading_like, is_mixed_candidate, is_upper_label,
                                                   list_line, name_role_line, party_label, speech_line,
                                                   upper_members, words_of)
from teikit.transforms.helpers.labelblocks import set_label_lines_apart
from teikit.transforms.helpers.labelwords import (calendar_word, dash_name, name_words, short_forms,
                                                  single_discourse_word, surname_in_header, titled_name,
                                                  upper_name_and_role)
from teikit.transforms.helpers.lines import first_text, first_texts, lines_of, next_text
from teikit.transforms.helpers.memberlabels import chair_with_article, given_the_floor, member_with_group, surname_first
from teikit.transforms.helpers.namedrunon import split_named_run_on
from teikit.transforms.helpers.nametags import split_name_tags
from teikit.transforms.helpers.onelinedialogue import split_one_line_records
from teikit.transforms.helpers.pageshapes import open_page_shapes
from teikit.transforms.helpers.titlelabels import named_in_header, not_a_label, repeated_top_lines
from teikit.transforms.helpers.runon import (announced_labels, join_broken_paragraphs, join_continued_lines,
                                             one_line_paragraphs, opens_unnamed_turn, run_on_key, split_caption_turns,
                                             split_dash_turns, split_glued_records, split_run_on_turns)
from teikit.transforms.helpers.shapes import SENTENCE_END
from teikit.transforms.helpers.transcriptmark import transcript_mark
from teikit.transforms.helpers.wrappedrunon import join_broken_labels, join_wrapped_lines, split_wrapped_run_on


class LabelPolicy:
    """Decides, for one document, which label candidates are speaker labels.

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
    in a stronger shape.
    """

    ESTABLISHED = 3

    def __init__(self, first_lines: list[str], header_lines: list[str], lex: Lexicon, found=None,
                 run_on: set[str] = frozenset()):
        self.lex = lex
        self.run_on = run_on  # labels found inside run-on lines (`split_run_on_turns`)
        self.counts: Counter = Counter()
        self.weak: Counter = Counter()
        rests: dict[str, str] = {}
        self.dash_counts: Counter = Counter()
        self.cells: Counter = Counter()  # first columns of table rows
        self.spoken: set[str] = set()  # names alone on a line with speech on the next line
        self.silent: set[str] = set()  # "Name:" alone on a line with no speech on the next line
        self.announced: set[str] = set()  # bare members whose surname the line before names
        found = found if found is not None else [candidates(line, lex) for line in first_lines]
        for i, shapes in enumerate(found):
            for c in shapes:
                if c.shape in WEAK_SHAPES:
                    self.weak[(c.shape, c.name)] += 1
                    if c.shape == "bare" and given_the_floor(c.name, first_lines[max(0, i - 2):i]):
                        self.announced.add(c.name)
                    if c.shape == "alone" and c.name not in self.spoken and \
                            speech_line(first_lines[i + 1] if i + 1 < len(first_lines) else ""):
                        self.spoken.add(c.name)
                elif c.shape == "dash":
                    self.dash_counts[c.name] += 1  # a style of its own (`_dash_style`)
                elif c.shape == "cell":
                    self.cells[c.name] += 1
                elif c.shape == "semicolon":
                    continue  # no evidence: the same name printed with a colon is
                else:
                    self.counts[c.name] += 1
                    rests.setdefault(c.name, c.rest)
                    if c.shape == "colon" and not c.rest and not c.time and not DIARIZATION.match(base_label(c.name)) \
                            and not speech_line(next_text(first_lines, i)):
                        self.silent.add(c.name)  # "定义你的浏览字号:" over a title: a widget, no speaker
        # names printed in the header are evidence for a mixed-case label, but a line is no
        # evidence for itself ("Bundesregierung für Desinteressierte: BPK vom ..." is a title)
        self.header_lines = [({w.strip(".,;:()").lower() for w in line.split()}, line) for line in header_lines]
        self.decided: dict = {}
        self.styles: dict[str, int] = {}
        self.top_titles = repeated_top_lines(first_lines)
        self.confirmed = [name_words(c) for c in self.counts
                          if self._mixed_evidence(c, rests[c]) and not is_upper_label(base_label(c), lex)]
        self.rests = rests
        self.short_forms = short_forms(self.counts)

    def __call__(self, c: Candidate) -> bool:
        if self.run_on and run_on_key(c.name) in self.run_on:
            return True
        if c.shape in ("colon", "markdown") and self.counts[c.name] < 2 and \
                self.lex.pattern("transcript_intros").fullmatch(base_label(c.name).strip()):
            return False  # "The following is the transcript:", "以下为文字实录：": a sentence
        if c.shape == "colon" and not_a_label(c, self.top_titles, self.lex):
            return False  # a title printed twice at the top; a heading naming the next speaker
        if c.shape == "colon" and not c.rest and c.name in self.silent and self.counts[c.name] < 2:
            return False  # a colon label alone, printed once, over no speech: a widget or heading
        if c.shape in WEAK_SHAPES:
            key = (c.shape, c.name)
            if key not in self.decided:
                self.decided[key] = self._weak(c)
            return self.decided[key]
        if c.shape == "semicolon":  # "K;" for "K:", a label the document prints with a colon twice
            return self.counts[c.name] >= 2 and self._decide(c.name, c.rest)
        if c.shape == "voiced":  # "Voz 0889 00:02 en Canarias": a diarization id and its time
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
        if c.shape == "dash":  # the style decides alone, whatever labels of other shapes say
            return self._dash_style(c)
        if self.short_forms and c.shape == "colon" and c.name in self.short_forms:
            long = self.short_forms[c.name]  # "Angela Merkel (Merkel):", later "Merkel:"
            return self._decide(long, self.rests[long])
        if c.time and is_mixed_candidate(base_label(c.name), self.lex):
            return True  # "Tarik Jasarevic: (00:00)": a transcription service's label
        if self.counts[c.name] >= 2:  # the rest of the line no longer matters: decide once
            if c.name not in self.decided:
                self.decided[c.name] = self._decide(c.name, c.rest)
            return self.decided[c.name]
        return self._decide(c.name, c.rest)

    def _weak(self, c: Candidate) -> bool:
        lex = self.lex
        base = base_label(c.name)
        if c.shape == "bare":  # "Ann Roe (SPD) Sehr geehrter ...", right after "Das Wort hat Frau Roe."
            return c.name in self.announced
        if c.shape == "alone" and c.name in self.spoken and self._anonymous_role(base) \
                and base.lower() in self.lex.label_role_words:
            return True  # "Operator", "Moderator" alone over speech: an unnamed speaker's label
        if c.shape == "alone" and c.name in self.spoken and (name_role_line(base) or self._anonymous_role(base)):
            # "Ann Lee -- Chief Executive Officer", "Operator": a call's style, when two
            # different speakers are printed so over their speech
            return self._speakers_alone() >= 2
        if not base or len(base) > 60 or (SENTENCE_END.search(base) and (
                c.shape == "alone" or not base.endswith("."))):
            return False
        if c.shape == "alone" and ("  " in base or "\t" in base or c.name not in self.spoken):
            return False  # a label alone needs speech below it at least once (not "Menu\nNews")
        words = words_of(base)
        mixed = is_mixed_candidate(base, lex) and (
            len(words) >= 2 or words[0].lower() in lex.label_role_words | lex.anonymous_words)
        shaped = upper_members(base, lex) or mixed or titled_name(base, lex) or chair_with_article(base, lex)
        if c.shape == "spaced_dash":
            shaped = is_upper_label(base, lex) or dash_name(base, lex) or member_with_group(c.name, lex)
        elif c.shape == "spaced":  # "MR. LEE      Hello", "Mr.   Of course." (a name blacked out)
            shaped = is_upper_label(base, lex) or (len(words) == 1 and base.rstrip(".").lower() in lex.honorifics
                                                  and base.lower() != "the")
        if not shaped or single_discourse_word(base, lex):
            return False
        if c.shape in ("stop", "spaced_dash") and (chair_with_article(c.name, lex) or (
                member_with_group(c.name, lex) and self._record_speakers() >= 2)):
            return True  # "La présidente.", "Mme Ann Roe (Ve).", "Rossi (P.S.D.I.) -": a record's speakers
        if c.shape == "spaced_dash":
            # "I — I think": a dash is also a pause in speech, so only a document style of
            # several different names in capitals (or mixed-case names, "Anna Petrova –")
            # makes it a separator
            if is_upper_label(base, lex):
                return len(base) > 1 and self._upper_in_shape(c.shape) >= 2
            return self._mixed_dash_names() >= 2 and (len(words) >= 2 or self.weak[(c.shape, c.name)] >= 2) \
                or (len(words) >= 2 and dash_name(base, lex) and named_in_header(base, self.header_lines, lex))
        if self.counts[c.name] >= 1 and self._decide(c.name, c.rest):
            return True  # confirmed in a stronger shape elsewhere
        if c.shape == "stop" and base.lower() in lex.chair_words and is_upper_label(base, lex):
            return True  # "PRESIDENTE. L'ordine del giorno ...": the chair of a record
        if self.weak[(c.shape, c.name)] >= 2 or c.name in self.lex.question_labels:
            return True
        if c.shape == "alone" and party_label(c.name, base) and self._members_alone() >= 2:
            return True  # "Jane Roe (North Hill) (Lab)" over the speech: a record's members
        if c.shape == "alone" and surname_first(base) and self._upper_in_shape("alone") >= 1 \
                and c.label.lstrip()[:1] not in "•·-–—*":  # (a bulleted guest list's entry is none)
            return True  # "GALLO Raffaele" over the speech, beside "PRESIDENTE": a record's member
        # A style of the document: several different upper-case names in the same shape
        # ("CL          Hello", "TAG        Thank you") are labels even when seen once.
        return c.shape != "alone" and upper_members(base, lex) and self._upper_in_shape(c.shape) >= 2

    def _dash_style(self, c: Candidate) -> bool:
        """ "Presidente.-", "M. le président.  -": the full stop and dash are a record's
        label style, so a name or an office before them is a label."""
        base = base_label(c.name)
        words = words_of(base)
        # a mixed-case phrase ("Vielen Dank. - Dass ...") needs the style printed twice
        styled = len(self.dash_counts) >= 2 or self.dash_counts[c.name] >= 2
        return 1 <= len(words) <= 8 and words[0][:1].isupper() and not SENTENCE_END.search(base.rstrip(".")) \
            and (len(words) == 1 or titled_name(base, self.lex) or is_upper_label(base, self.lex)
                 or (styled and is_mixed_candidate(base, self.lex)) or words[0].lower() in self.lex.honorifics)

    def _mixed_dash_names(self) -> int:
        """Different mixed-case names printed before a spaced dash, each at the start of a line."""
        if "mixed_dash" not in self.styles:
            self.styles["mixed_dash"] = sum(1 for s, n in self.weak if s == "spaced_dash"
                                            and not is_upper_label(base_label(n), self.lex)
                                            and dash_name(base_label(n), self.lex))
        return self.styles["mixed_dash"]

    def _anonymous_role(self, base: str) -> bool:
        """An unnamed speaker's role word alone ("Operator", "Moderator")."""
        return " " not in base and base.lower() in self.lex.anonymous_words

    def _speakers_alone(self) -> int:
        """Different speakers printed alone on their line over their speech as "Name -- Role"
        or as an unnamed speaker's role word."""
        if "speakers_alone" not in self.styles:
            self.styles["speakers_alone"] = len(
                {(m.group(1) if (m := name_role_line(n)) else n.lower()) for s, n in self.weak
                 if s == "alone" and n in self.spoken and (name_role_line(n) or self._anonymous_role(n))})
        return self.styles["speakers_alone"]

    def _members_alone(self) -> int:
        """Different names with a group in brackets alone on their line, speech below."""
        if "members" not in self.styles:
            self.styles["members"] = sum(1 for s, n in self.weak if s == "alone" and n in self.spoken
                                         and party_label(n, base_label(n)))
        return self.styles["members"]

    def _record_speakers(self) -> int:
        """Different members with a group abbreviation, or chairs after their article, that
        open a line with a full stop or a spaced dash: two make a record's style (one alone may
        be a news dateline, "Paris (AFP) - ...")."""
        if "record" not in self.styles:
            self.styles["record"] = len({n for s, n in self.weak if s in ("stop", "spaced_dash")
                                         and (member_with_group(n, self.lex) or chair_with_article(n, self.lex))})
        return self.styles["record"]

    def _upper_in_shape(self, shape: str) -> int:
        if shape not in self.styles:
            self.styles[shape] = sum(1 for s, n in self.weak if s == shape and len(base_label(n)) > 1
                                     and upper_members(base_label(n), self.lex))
        return self.styles[shape]

    def _decide(self, name: str, rest: str) -> bool:
        lex = self.lex
        base = base_label(name)
        if DIARIZATION.match(base):
            return True
        if self.counts[name] < 2 and (heading_like(rest, lex) or list_line(rest)):
            return False
        if is_upper_label(base, lex) or upper_name_and_role(base, lex):
            return True
        if self.counts[name] >= 2 and base.isupper() and base.split()[0] in lex.field_speakers:
            return True  # "GUEST: Thank you.", printed as a label again: a speaker, not front matter
        if self._mixed_evidence(name, rest):
            return True
        if not is_mixed_candidate(base, lex) or single_discourse_word(base, lex):
            return False
        words = name_words(name)
        if any(len(c) >= 2 and words[-len(c):] == c for c in self.confirmed):
            return True  # a long form of a confirmed label
        return len({tuple(c) for c in self.confirmed}) >= self.ESTABLISHED and len(words) <= 4

    def _mixed_evidence(self, name: str, rest: str) -> bool:
        """Evidence of its own for a mixed-case candidate."""
        lex = self.lex
        base = base_label(name)
        if not is_mixed_candidate(base, lex) or single_discourse_word(base, lex):
            return False
        once = self.counts[name] < 2
        if once and heading_like(rest, lex):
            return False
        words = [w.lower() for w in re.split(r"[\s,\-\u00a0]+", base) if w]
        if any(w.strip(".") in lex.label_role_words for w in words) or titled_name(base, lex) \
                or INITIALLED.match(base) or party_label(name, base):
            return True  # "Moderator", "Peter Stano, Moderator", "Mr. Abulhasan (Kuwait)", "В.Путин"
        if len(words) == 1:
            return not once or surname_in_header(base, self.header_lines)
        last = words_of(base.split(",")[0])[-1]
        word = last.strip(".").lower()
        return not once or (last[:1].isupper() and any(
            word in words for words, line in self.header_lines if not line.startswith(name)))


def split_label(line: str, lex: Lexicon, accept=None, found=None) -> Candidate | None:
    """The label `line` opens with, if the document's policy `accept` takes one (without
    a policy, only upper-case colon labels and generic question labels are taken).
    `found` is `candidates(line, lex)` when already known."""
    found = candidates(line, lex) if found is None else found
    if not found:  # most lines of speech
        return _generic(line, lex)
    for c in found:
        if c.shape not in WEAK_SHAPES and (
                accept(c) if accept else (c.shape == "colon" and is_upper_label(base_label(c.name), lex))):
            return c
    generic = _generic(line, lex)
    if generic is not None or accept is None:
        return generic
    return next((c for c in found if c.shape in WEAK_SHAPES and accept(c)), None)


_NO_COLON_CACHE: dict = {}


def _generic(line: str, lex: Lexicon) -> Candidate | None:
    """A generic question or answer label without a colon: "Q    Good afternoon.",
    "QUESTION What ...", "Q. Why?", a "Q" alone on its line. A one-letter label that is
    also a word ("A") needs a full stop or wide spacing."""
    cached = _NO_COLON_CACHE.get(lex)
    if cached is None:
        labels = lex.question_labels + lex.answer_labels
        words = "|".join(map(re.escape, labels))
        cached = _NO_COLON_CACHE[lex] = (re.compile(rf"^({words})(\.?)((?:[ \u00a0]+[-–—])?)(?=\s)(\s+)(\S)"),
                                         tuple({w[0] for w in labels}), max(map(len, labels)) + 3)
    pattern, initials, longest = cached
    if not line.startswith(initials):
        return None
    m = pattern.match(line)
    if m:
        word, stop, dash, space = m.group(1), m.group(2), m.group(3), m.group(4)
        if (word.lower() in lex.small_words or (len(word) == 1 and word not in lex.bare_labels)) \
                and not stop and not dash and len(space) < 2:
            return None  # "A man walked in", "R Kelly sang": a letter needs a stop ("R. Sí.")
        if dash and m.group(5).islower():  # "Q — the United States ...": the dash is speech (a
            return Candidate(line[:m.end(2)], word, line[m.end(2):].strip(), "generic")  # question goes on)
        if len(space) > 1 or stop or dash or not m.group(5).islower():
            return Candidate(line[:m.start(4)], word, line[m.end(4):].strip(), "generic")
    stripped = line.strip().rstrip(".") if len(line) <= longest else ""
    if stripped in lex.question_labels:
        return Candidate(line.strip(), stripped, "", "generic")
    return None


# --- grouping into turns --------------------------------------------------------------

class LabelsPass:
    name = "labels"
    after = ("boilerplate",)

    def apply(self, doc: Transcript, ctx) -> None:
        group_turns(doc, ctx.lexicon)
        split_name_tags(doc, ctx.lexicon)  # "spk00: Ann Lee Good morning": the name is no speech


def group_turns(doc: Transcript, lex: Lexicon) -> None:
    """Replace labelled paragraphs by Turns and attach following paragraphs to them."""
    join_continued_lines(doc)
    join_broken_labels(doc)  # "NAME, Role," / "Company: speech" wrapped before the colon
    opened = set_label_lines_apart(doc, lex)  # turns whose label line stood alone: speech joins them
    plain = one_line_paragraphs(doc)  # kept up to date by the helpers that split paragraphs
    opened |= open_page_shapes(doc, lex, plain)  # record blocks, caption runs, a caption glued to a label
    captions = split_caption_turns(doc, plain)
    run_on = split_run_on_turns(doc, lex, plain)
    run_on |= split_glued_records(doc, lex, plain) | announced_labels(doc, lex) | split_named_run_on(doc, lex, plain)
    run_on |= split_one_line_records(doc, lex, plain)  # names printed once each, a record's first label
    run_on |= split_wrapped_run_on(doc, lex)  # labels inside hard-wrapped lines
    all_lines = [line for b in doc.blocks if isinstance(b, Paragraph) for line in first_texts(b)]
    found = [candidates(line, lex) for line in all_lines]  # once per line, in reading order
    accept = LabelPolicy(all_lines, all_lines[:12], lex, found, run_on)
    # splits paragraphs at line ends only: the lines, and so `found`, keep their order
    dashes = split_dash_turns(doc, all_lines, lambda: any(split_label(line, lex, accept, shapes) is not None
                                                          for line, shapes in zip(all_lines, found)), lex)
    shapes = iter(found)
    shared: dict[str, str] = {}
    out: list = []
    current: Turn | None = None
    waiting: list = []  # boilerplate after a turn: inside it, unless a new turn follows at once
    mark = transcript_mark(doc.blocks, lex)  # "Transcript": the page's header above it holds no label
    for n_block, block in enumerate(doc.blocks):
        if mark is not None and n_block <= mark and current is None and isinstance(block, Paragraph):
            for _ in first_texts(block):
                next(shapes)
            out.append(block)
            continue
        if opened and id(block) in opened:
            out.extend(waiting)
            waiting = []
            current = block
            out.append(block)
            continue
        if not isinstance(block, Paragraph):
            if current is not None and isinstance(block, Boilerplate):
                waiting.append(block)
            else:
                out.extend(waiting)
                waiting = []
                out.append(block)
            continue
        content = block.content
        line = None  # the line a label opens, as printed (the common case)
        if len(content) == 1 and type(content[0]) is Text:  # one line of words: the common case
            line = content[0].text
            found = split_label(line, lex, accept, next(shapes))
            pieces = ((found, _rest(found, block.line)),) if found is not None else ((None, block),)
        else:
            pieces = _split_at_labels(block, lex, accept, shapes)
        for found, para in pieces:
            if waiting:
                (out if found is not None else current.paragraphs).extend(waiting)
                waiting = []
            if found is not None:
                # a transcript prints its few labels over and over: turns share one string of each
                label, name = shared.setdefault(found.label, found.label), shared.setdefault(found.name, found.name)
                current = Turn(label=label, name=name, time=found.time, time_first=found.time_first, line=para.line,
                               joined=label_joined(line, found) if line is not None else None)
                out.append(current)
                if para.content:
                    current.paragraphs.append(para)
            elif (captions or dashes) and opens_unnamed_turn(first_text(para.content), captions, dashes):
                current = Turn(label=None, line=para.line)  # ">> ...", "- ...": a new speaker, unnamed
                out.append(current)
                current.paragraphs.append(para)
            elif current is not None:
                current.paragraphs.append(para)
            else:
                out.append(para)
    if current is not None:
        current.paragraphs.extend(waiting)  # a site trailer after the last turn: the ending pass's
    doc.blocks = out
    for turn in doc.turns():
        join_broken_paragraphs(turn, lex)
    join_wrapped_lines(doc)


def _split_at_labels(paragraph: Paragraph, lex: Lexicon, accept, shapes) -> list[tuple[Candidate | None, Paragraph]]:
    """Split a paragraph of several items before every line that opens with a label;
    `shapes` yields the label candidates of each line in reading order."""
    lines = lines_of(paragraph)
    if len(lines) == 1:
        found = split_label(first_text(lines[0]), lex, accept, next(shapes))
        if found is None:
            return [(None, paragraph)]
        per_line = iter([found])
    else:
        per_line = (split_label(first_text(line), lex, accept, next(shapes)) if line else next(shapes) and None
                    for line in lines)
    pieces: list[tuple[Candidate | None, Paragraph]] = []
    for offset, line in enumerate(lines):
        found = next(per_line)
        number = paragraph.line + offset if paragraph.line else 0
        if found is not None:
            content = ([Text(found.rest)] if found.rest else []) + line[1:]
            pieces.append((found, Paragraph(content=_trim(content), line=number)))
        elif not pieces:
            pieces.append((None, Paragraph(content=list(line), line=number)))
        else:
            para = pieces[-1][1]
            if para.content:
                para.content.append(LineBreak())
            para.content.extend(line)
    return pieces


def label_joined(line: str, found: Candidate) -> bool | None:
    """Whether the speech follows the label on its line with no space ("记者：请问"), for
    the source view (`model.spacing`); None when the label does not open the line as printed."""
    if not line.startswith(found.label):
        return None
    after = line[len(found.label):]
    return bool(after.strip()) and not after[:1].isspace()


def _rest(found: Candidate, line: int) -> Paragraph:
    """The paragraph of the speech printed after a label on a line of its own."""
    return Paragraph(content=[Text(found.rest)] if found.rest else [], line=line)


def _trim(content: list) -> list:
    return [c for c in content if not (isinstance(c, Text) and not c.text)]


PASS = LabelsPass()
