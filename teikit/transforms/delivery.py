"""Delivery notes: interpretation ("(Via interpreter)", "(As interpreted.)") and language
notes ("(In English.)", "(Speaks French.)", "(No translation provided.)").

A note that opens a turn is moved before the turn (`Turn.lead_notes`); a note later in the
turn stays where it was printed (a switch of language mid-turn). A turn with an
interpretation note anywhere is `interpreted`; language notes alone do not make it so.
"""
from __future__ import annotations

import re
from functools import lru_cache

from teikit.lexicons import Lexicon
from teikit.model import LineBreak, Note, Paragraph, Text, Transcript, Turn
from teikit.transforms.helpers.markers import delivery_note, inner, split_markers
from teikit.transforms.helpers.wrappednotes import join_wrapped_lead_note


class DeliveryPass:
    name = "delivery"
    after = ("ending",)

    def apply(self, doc: Transcript, ctx) -> None:
        lex = ctx.lexicon

        def classify(marker: str) -> Note | None:
            return delivery_note(marker, lex)

        marked = False  # a turn ends with a paragraph of markers alone (I1612i)
        for block in doc.blocks:  # one walk: a long transcript has a turn every few lines
            if isinstance(block, Turn):
                if _words_only(block, lex):
                    block.interpreted = False
                    continue
                _join_wrapped_lead_note(block, classify)
                for paragraph in block.paragraphs:
                    if isinstance(paragraph, Paragraph):
                        split_markers(paragraph, classify)
                _split_label_note(block, lex)
                _lift_leading_notes(block)
                marked = marked or _ends_with_markers(block)
                block.interpreted = _interpreted(block, lex)
            elif isinstance(block, Paragraph):
                split_markers(block, classify)
        if marked:
            _set_markers_between_turns_apart(doc, lex)


def _join_wrapped_lead_note(turn: Turn, classify) -> None:
    """A labelled turn opening with a note wrapped over two lines (I2301l)."""
    if turn.label and turn.paragraphs and type(turn.paragraphs[0]) is Paragraph:
        join_wrapped_lead_note(turn.paragraphs[0], classify)


def _markers_only(item) -> bool:
    """A paragraph of delivery notes alone ("[Français]", "[Traduction]" on a line of its own)."""
    content = getattr(item, "content", None)
    return type(item) is Paragraph and bool(content) and any(isinstance(i, Note) for i in content) and all(
        (isinstance(i, Note) and i.type == "delivery") or (type(i) is Text and not i.text.strip()) for i in content)


def _ends_with_markers(turn: Turn) -> bool:
    return len(turn.paragraphs) >= 2 and _markers_only(turn.paragraphs[-1])


def _set_markers_between_turns_apart(doc: Transcript, lex: Lexicon) -> None:
    """Markers on lines of their own between two labelled turns ("[Français]", "[Traduction]"
    before the next label, as bilingual records print them) belong to neither turn: they
    leave the turn above as notes between the two, and interpret neither (I1612i). A marker
    between two paragraphs of one turn stays in it and tells of its second part."""
    blocks = doc.blocks
    out: list = []
    for k, block in enumerate(blocks):
        out.append(block)
        after = blocks[k + 1] if k + 1 < len(blocks) else None
        if type(block) is not Turn or type(after) is not Turn or after.label is None or not _ends_with_markers(block):
            continue
        moved = []
        while _ends_with_markers(block):
            moved[:0] = _notes_spaced(block.paragraphs.pop().content)
        out.extend(moved)
        block.interpreted = _interpreted(block, lex)
    doc.blocks = out


def _notes_spaced(content: list) -> list[Note]:
    """The notes of a paragraph of markers, each glued to the next one (`joined`) when nothing
    stood between them ("(Via interpreter)(In English.)"): between turns they are blocks of
    their own, and the source view would set them apart."""
    notes: list[Note] = []
    previous = None
    for item in content:
        if isinstance(item, Note):
            if notes and notes[-1] is previous:
                notes[-1].joined = True
            notes.append(item)
        previous = item
    return notes


def _bracketed(label: str) -> bool:
    """A bracket opens in the label: round, square or full-width ("马克龙（翻译）：", L1168g)."""
    return "(" in label or "[" in label or "（" in label


def _words_only(turn: Turn, lex: Lexicon) -> bool:
    """Nothing for this pass in the turn: no note in its label (no bracket, or only its
    recording time's), no lead note, and lines of words without brackets, the first opening
    with a word (most turns of a transcript: decided in one look, without the steps below).
    A paragraph of several lines (words and line breaks) is words too: hard-wrapped speech
    has one on every turn."""
    if turn.lead_notes or (turn.label and _bracketed(turn.label) and not _only_time_bracketed(turn, lex)):
        return False
    first = True
    for item in turn.paragraphs:
        if type(item) is not Paragraph:
            return False
        content = item.content
        if not content or type(content[0]) is not Text:
            return False
        if first and (not content[0].text or content[0].text[0].isspace()):
            return False  # (the first line's leading spaces are stripped below)
        for inline in content:
            kind = type(inline)
            if kind is Text:
                text = inline.text
                if "(" in text or "[" in text or "（" in text:
                    return False
            elif kind is not LineBreak:
                return False
        first = False
    return True


_LABEL_NOTES = re.compile(r"\([^()]+\)|\[[^\[\]]+\]|（[^（）]+）")  # full-width: "马克龙（翻译）：" (L1168g)


def _only_time_bracketed(turn: Turn, lex: Lexicon) -> bool:
    """The label's only brackets are those of its recording time ("[00:00:05] Speaker 03:",
    "Ann Lee (00:01:23):", as transcription services export every turn), and that time is no
    interpretation note: the label says nothing this pass reads (`_split_label_note` leaves a
    timed label alone). Every bracket of the label lies inside the time, so the notes
    `_label_says_interpreted` finds in the label are the time's own."""
    time, label = turn.time, turn.label
    if not time or time not in label:
        return False
    rest = label.replace(time, "", 1)
    if "(" in rest or "[" in rest or ")" in rest or "]" in rest:
        return False
    if _PLAIN_TIME.fullmatch(time):  # "[00:00:05]": no words inside (`inner` is empty)
        return not _empty_is_interpreted(lex)
    return not _label_says_interpreted(time, lex)


_PLAIN_TIME = re.compile(r"[\[(]\d{1,2}:\d{2}(?::\d{2})?[\])]")


@lru_cache(maxsize=None)
def _empty_is_interpreted(lex: Lexicon) -> bool:
    return lex.pattern("interpreted_notes").fullmatch("") is not None


def _label_says_interpreted(label: str | None, lex: Lexicon) -> bool:
    """ "PRESIDENT ZELENSKYY (via interpreter):" carries the note inside the label."""
    if not label or not _bracketed(label):
        return False
    notes = _LABEL_NOTES.findall(label)
    return any(lex.pattern("interpreted_notes").fullmatch(inner(n)) for n in notes)


# A bracketed note at the end of a label, before its separator: "Name (Kuwait) (interpretation
# from Arabic):", "Вопрос (как переведено):".
_LABEL_NOTE = re.compile(r"\s*(\([^()]+\)|\[[^\[\]]+\]|（[^（）]+）)(\s*[:：.\-–—]*\s*)$")


def _split_label_note(turn: Turn, lex: Lexicon) -> None:
    """A delivery note printed inside the label is not part of the label: the label ends
    before it, and the note (with the separator printed after it) goes before the speech."""
    if not turn.label or turn.time or not _bracketed(turn.label):
        return
    m = _LABEL_NOTE.search(turn.label)
    note = delivery_note(m.group(1), lex) if m and m.start() else None
    if note is None:
        return
    turn.label = turn.label[:m.start()]
    # a label glued to its speech ("ANN LEE (Interpretation):Well", L2302l): the note is
    # what is glued, and a space stands between the label and the note
    glued, turn.joined = turn.joined, (False if turn.joined else turn.joined)
    turn.lead_notes.insert(0, Note(type="delivery", text=m.group(0).strip(),
                                   interpreted=note.interpreted, joined=bool(glued)))


def _interpreted(turn: Turn, lex: Lexicon) -> bool:
    """An interpretation note in the label, before the speech or anywhere in it."""
    if _label_says_interpreted(turn.label, lex):
        return True
    for note in turn.lead_notes:
        if note.interpreted:
            return True
    for item in turn.paragraphs:
        if _holds_interpreted_note(item):
            return True
    return False


def _holds_interpreted_note(item) -> bool:
    content = getattr(item, "content", ())
    if len(content) == 1 and type(content[0]) is Text:
        return False  # one line of words: the common case
    return any(isinstance(i, Note) and i.interpreted for i in content)


def _lift_leading_notes(turn: Turn) -> None:
    """Move delivery notes that open the turn's first paragraph into `lead_notes`."""
    if turn.label is None or not turn.paragraphs or not hasattr(turn.paragraphs[0], "content"):
        return
    first = turn.paragraphs[0]
    head = first.content[0] if first.content else None
    if type(head) is Text and head.text[:1] and not head.text[:1].isspace():
        return  # the turn opens with words: no note to lift, nothing to strip
    if len(turn.paragraphs) == 1 and all(isinstance(i, Note) or not i.text.strip() for i in first.content
                                         if not isinstance(i, LineBreak)):
        return  # the notes are the whole turn ("(In Moldovan.)"): they stay in it
    while first.content:
        head = first.content[0]
        if isinstance(head, Text) and not head.text.strip():
            first.content.pop(0)
        elif isinstance(head, Note) and head.type == "delivery":
            turn.lead_notes.append(first.content.pop(0))
        else:
            break
    if first.content and isinstance(first.content[0], Text):
        first.content[0] = Text(first.content[0].text.lstrip())
    if not first.content:
        turn.paragraphs.pop(0)


PASS = DeliveryPass()
