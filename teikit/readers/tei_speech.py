"""Speech in the TEI `text`: the turns of transcripts, parliaments and plays.

The speech handlers of `tei_body.BodyReader` (a mixin: they use its transcript, language,
pending speaker label and notes, `flush` and `_lang`). Three shapes of turn meet here:

- teikit / Parla-CLARIN / ParlaMint: `note[@type='speaker']` + `u/seg`, with notes, events
  and gaps between and inside the segments: `u`;
- DraCor and other drama: `sp/speaker` with `p`, `l`, `lg` and `stage`: `sp`;
- ISO/TEI spoken (teikit's --flavour iso, EXMARaLDA, TEI-CORPO): `annotationBlock`.
"""
from __future__ import annotations

from teikit.model import LineBreak, Note, Paragraph, Text, Turn
from teikit.model.spacing import joined_from_rend
from teikit.readers.tei_header import LOCAL, XML_ID, XML_LANG, child, local, string
from teikit.readers.tei_inline import inline, inline_each, paragraph, stage_event
from teikit.readers.tei_text import has_own_text, interpreted, squash, trim
from teikit.readers.tei_tokens import has_tokens, read_sentences

_SEGMENTS = frozenset({"seg", "p", "ab", "s"})  # the paragraphs of a `u`
# What teikit's drama writer puts in an `sp` for a paragraph without speech.
_STANDALONE = frozenset({"stage", "note", "gap"})
# u/@ana categories that say how a ParlaMint speaker takes part.
SPEAKER_ROLES = ("chair", "regular", "guest")


class SpeechReader:
    """The turn handlers of `BodyReader` (see the module docstring)."""

    def u(self, el, level: int) -> None:
        """A `u`: the pending speaker label and delivery notes lead it; each `seg` (`p`,
        `ab`, `s`) a paragraph; notes and events between segments a paragraph of their own."""
        turn = Turn(label=self.pending_label, lead_notes=self.pending_notes, joined=self.pending_joined)
        for gap in self.pending_site:  # site lines under the label open the turn, as a gap in it would (T460a)
            turn.paragraphs.append(Paragraph(lang=None))
            inline(gap, turn.paragraphs[-1].content, True)
        self.pending_label, self.pending_joined, self.pending_notes, self.pending_site = None, None, [], []
        self._turn_attrs(turn, el)
        children = list(el)
        if has_own_text(el, children):  # mixed content directly in u (older Parla-CLARIN)
            turn.paragraphs.append(paragraph(el, self.lang, speech=True))
            self.t.blocks.append(turn)
            return
        para, follows = None, None  # the open paragraph of notes and events; what follows the last
        paragraphs, lang, names = turn.paragraphs, self.lang, LOCAL
        for c in children:
            if (names.get(c.tag) or local(c)) in _SEGMENTS:
                _close_standalone(para, follows)
                paragraphs.append(_segment(c, lang))
                para = None
            else:  # notes, events, anchors between segments: inline in the paragraph they were printed in
                site = "editorial" in (c.get("reason"), c.get("type")) and local(c) in ("gap", "incident")
                # each site line inside a turn stands alone
                para = _standalone_paragraph(paragraphs, None if site else para, follows)
                inline(c, para.content, True)
                trim(para.content)
                follows = joined_from_rend(c.get("rend"))
                if site:  # (and what follows it, a stage note, is no part of its line)
                    _close_standalone(para, follows)
                    para = None
        _close_standalone(para, follows)
        self.t.blocks.append(turn)

    def sp(self, el, level: int) -> None:
        """A speech in drama: `speaker` the label; a run of `l` one verse paragraph (line
        numbers kept), an `lg` one stanza with its `stage` and `head` as lines; a leading
        `stage[@type='delivery']` the delivery note; other children paragraphs."""
        self.flush()
        turn = Turn(label=None)
        self._turn_attrs(turn, el)
        children = list(el)
        if has_own_text(el, children):  # text directly in the sp, in no p or l: one paragraph
            speaker = next((c for c in children if local(c) == "speaker"), None)
            turn.label = squash(string(speaker)) if speaker is not None else None
            turn.paragraphs = [p for p in [self._own_paragraph(el, skip="speaker")] if p.content]
            self.t.blocks.append(turn)
            return
        verse = None  # consecutive `l` lines make one paragraph, one line break apart
        lines: list = []  # the `l`s of that paragraph, read in one walk when the run ends
        para, follows = None, None  # the open paragraph of stage directions, notes and gaps
        names = LOCAL
        for c in children:
            tag = names.get(c.tag) or local(c)
            if para is not None and tag not in _STANDALONE:
                _close_standalone(para, follows)
                para = None
            if tag == "l":
                if verse is None:
                    verse = Paragraph(kind="verse")
                    turn.paragraphs.append(verse)
                lines.append(c)
                continue
            if tag in ("lb", "milestone", "anchor", "cb"):  # the lines are the lines
                continue
            if verse is not None:
                _verse_lines(lines, verse)
                verse, lines = None, []
            if tag == "speaker":
                turn.label = squash(string(c))
                turn.joined = joined_from_rend(c.get("rend"))
            elif tag == "note" and turn.label is None and not turn.paragraphs and c.get("type") == "timestamp":
                # "[00:00:05] Speaker 03:": a time printed before the label, before the turn
                self.t.blocks.append(Note("timestamp", squash(string(c)), joined=joined_from_rend(c.get("rend")) is True))
            elif tag == "stage" and not turn.paragraphs and c.get("type") == "delivery":
                text = squash(string(c))
                turn.lead_notes.append(Note("delivery", text, interpreted=interpreted(text),
                                            joined=joined_from_rend(c.get("rend"))))
            elif tag == "note" and not turn.paragraphs and c.get("type") == "markup":
                # a caption's markup after the label (the `>` of `<v Ann>`): it leads the speech
                turn.lead_notes.append(Note("markup", squash(string(c)),
                                            joined=joined_from_rend(c.get("rend")) is True))
            elif tag in _STANDALONE:
                piece = [stage_event(c)] if tag == "stage" else paragraph(c, self._lang(el) or self.lang).content
                para = _standalone_paragraph(turn.paragraphs, para, follows)
                para.content.extend(piece)
                follows = joined_from_rend(c.get("rend"))
            else:
                para = paragraph(c, self._lang(el) or self.lang)
                if tag == "lg":
                    para.kind = "verse"
                if para.content:
                    turn.paragraphs.append(para)
        if verse is not None:
            _verse_lines(lines, verse)
        _close_standalone(para, follows)
        turn.paragraphs = [p for p in turn.paragraphs if p.content]
        self.t.blocks.append(turn)

    def _turn_attrs(self, turn: Turn, el) -> None:
        """who, id, ana and xml:lang of a `u` or `sp` (one per turn: absent attributes,
        the common case, cost no list or generator)."""
        who = el.get("who")
        if who:
            ids = who.split()
            if len(ids) == 1:  # the common case: one speaker
                turn.who = ids[0].lstrip("#") or None
            else:
                ids = [w for w in (w.lstrip("#") for w in ids) if w]
                if ids:
                    turn.who, turn.others = ids[0], ids[1:]
        turn.id = el.get(XML_ID)
        ana = el.get("ana")
        if ana:
            ana = ana.split()
            turn.interpreted = turn.interpreted or "#interpreted" in ana
            turn.speaker_role = next((a[1:] for a in ana if a[1:] in SPEAKER_ROLES), None)
        lang = el.get(XML_LANG)
        turn.lang = self._lang(el) if lang is not None else None

    def annotation_block(self, el, level: int) -> None:
        """ISO/TEI spoken: `annotationBlock` = one turn. Its `u` is read as any `u` (tokens
        and the spaces between them give the text); the printed label is the span of its
        `spanGrp type="label"`; other spanGrps annotate text the `u` already holds."""
        span, group = next(((span, grp) for grp in el if local(grp) == "spanGrp"
                            and grp.get("type") == "label" for span in grp if local(span) == "span"), (None, None))
        u = child(el, "u")
        if u is None:
            return
        self.flush()
        if span is not None:
            self.pending_label, self.pending_joined = squash(string(span)), joined_from_rend(group.get("subtype"))
        if u.get("who") is None and el.get("who"):
            u.set("who", el.get("who"))
        self.u(u, level)
        _tier_notes(el, u, self.t.blocks[-1])


def _tier_notes(block, u, turn: Turn) -> None:
    """The spans of an annotationBlock that annotate no tokens of its `u` but the whole turn
    (from its start to its end: a dependent tier, CHAT's `%mor`, R1840j): notes of the turn's
    last paragraph, after a line break, as the tier is printed under the turn."""
    tokens = {c.get(XML_ID) for c in u.iter() if c.get(XML_ID)}
    for group in block:
        if local(group) != "spanGrp" or group.get("type") == "label":
            continue
        for span in group:
            if local(span) == "span" and (span.get("from") or "").lstrip("#") not in tokens and string(span).strip():
                if not turn.paragraphs or not isinstance(turn.paragraphs[-1], Paragraph):
                    turn.paragraphs.append(Paragraph(lang=None))
                turn.paragraphs[-1].content += [LineBreak(), Note(type=group.get("type") or "tier",
                                                                  text=string(span), tier=True)]


def _standalone_paragraph(paragraphs: list, para: Paragraph | None, follows: bool | None) -> Paragraph:
    """The paragraph for the next event or note standing in a turn outside its segments:
    the open one, `para`, while it holds nothing yet or when the `@rend` of the one before
    said that a space (`follows` False) or nothing (True) comes next; else a new one
    (`model.spacing.standalone_rends`)."""
    if para is not None and (follows is not None or not para.content):
        if follows is False:
            para.content.append(Text(" "))
        return para
    para = Paragraph(lang=None)
    paragraphs.append(para)
    return para


def _close_standalone(para: Paragraph | None, follows: bool | None) -> None:
    """A paragraph of events and notes whose last one said nothing follows it: glued to
    what comes next."""
    if para is not None and follows is True:
        para.joined = True


def _verse_lines(lines: list, verse: Paragraph) -> None:
    """A speech's run of `l`s into its verse paragraph, in one walk."""
    inline_each(lines, verse.content)
    trim(verse.content)


def _segment(el, lang: str) -> Paragraph:
    """A paragraph of a `u`, with its xml:id and (in annotated TEI) its tokens; notes are
    printed in the line (speech)."""
    para = paragraph(el, lang, speech=True)
    para.id = el.get(XML_ID)
    if not para.joined and el.get("subtype"):  # ISO/TEI: the spacing after a seg in its subtype
        para.joined = joined_from_rend(el.get("subtype")) is True
    if has_tokens(el):
        para.sentences = read_sentences(el)
    return para
