"""An operator's or moderator's turn that hands over by name, the next speaker's label lost:
"• Operator" / "• ... I will now turn the program over to Meera Rao. Please go ahead." /
"• Thank you. Good afternoon ..." (an earnings call whose site printed only the operator's
name). The paragraphs after the hand-over are the named speaker's, an unlabeled turn of
their own; the persons pass attributes it to the name handed over to.
"""
from __future__ import annotations

from teikit.lexicons import Lexicon
from teikit.model import Paragraph, Transcript, Turn
from teikit.transforms.helpers import ownwords as ow
from teikit.transforms.helpers.labeltext import base_label
from teikit.transforms.helpers.reportercues import cued_reporter


def _unnamed_role(turn: Turn, lex: Lexicon) -> bool:
    base = base_label(turn.name or turn.label or "").strip(" •·-–—*").lower()
    return bool(base) and " " not in base and base in lex.anonymous_words


def split_after_hand_over(doc: Transcript, lex: Lexicon) -> None:
    out: list = []
    for block in doc.blocks:
        out.append(block)
        if not isinstance(block, Turn) or block.label is None or len(block.paragraphs) < 2 \
                or not _unnamed_role(block, lex):
            continue
        for i, para in enumerate(block.paragraphs[:-1]):
            if isinstance(para, Paragraph) and ow.handed_to(para.text, lex):
                rest = block.paragraphs[i + 1:]
                if any(isinstance(p, Paragraph) for p in rest):
                    del block.paragraphs[i + 1:]
                    turn = Turn(label=None, line=next(p.line for p in rest if isinstance(p, Paragraph)))
                    turn.paragraphs = rest
                    out.append(turn)
                break
    doc.blocks = out


def split_unlabeled_hand_over(turn: Turn, lex: Lexicon) -> list[Turn] | None:
    """A text without labels whose first paragraph hands over by name ("Hello, this is Norm
    Lee from the lab. … I'll turn the mic over to Ann Roe." / "Thank you. Today we …"): the
    host's turn, then the named speaker's (L133t). A later paragraph that hands over counts
    only when the next one answers it ("… over to Ms. Ann Roe." / "Thank you. Good morning
    …": a call's operator and speakers one paragraph each, N2342l): a hand-over inside a
    speech without labels may be reported, not done."""
    paragraphs = turn.paragraphs
    texts = [(i, p.text) for i, p in enumerate(paragraphs) if isinstance(p, Paragraph)]
    cuts = [j for (i, text), (j, after) in zip(texts, texts[1:])
            if ow.handed_to(text, lex) and (i == texts[0][0] or answers_hand_over(after, lex))]
    if not cuts:
        return None
    turns = [Turn(label=None, line=turn.line, paragraphs=paragraphs[:cuts[0]], lead_notes=turn.lead_notes)]
    for start, end in zip(cuts, cuts[1:] + [len(paragraphs)]):
        turns.append(Turn(label=None, line=paragraphs[start].line, paragraphs=paragraphs[start:end]))
    return turns


def answers_hand_over(text: str, lex: Lexicon) -> bool:
    """The paragraph opens as one handed the floor does: "Thank you.", "Thanks, Ian.",
    "Welcome." (the lexicon's `handover_replies`), N2342l."""
    return bool(lex.handover_replies) and lex.pattern("handover_replies").match(text.lstrip()) is not None


def _first_text(turn: Turn) -> str:
    return next((p.text for p in turn.paragraphs if isinstance(p, Paragraph)), "")


def attribute_handed_over(doc: Transcript, turns: list[Turn], people: list, lex: Lexicon) -> None:
    """An unlabeled turn right after an unnamed speaker's turn that hands over by name is that
    person's: "... turn the program over to Meera Rao. Please go ahead." (`people`: the persons
    pass's (key, Person) pairs; a person of that name is reused); after a named speaker's turn
    that ends with a reporter's cue, the reporter's ("… À Washington, Anne Corpet.", T868d)."""
    from teikit.transforms.helpers.attribution import NamedPeople
    named = NamedPeople(people)
    unlabeled = all(t.label is None for t in turns[:2])  # a text without labels (L133t): its opening hands over
    for n, (before, turn) in enumerate(zip(turns, turns[1:])):
        if turn.label is not None or turn.who is not None or before.label is None and not (
                unlabeled and (n == 0 or answers_hand_over(_first_text(turn), lex))):  # N2342l
            continue
        last = next((p.text for p in reversed(before.paragraphs) if isinstance(p, Paragraph)), "")
        if before.label is not None and not _unnamed_role(before, lex):
            cued = cued_reporter(last, lex)  # a presenter's cue to a reporter's package (T868d)
            handed = (cued, None) if cued else None
        else:
            handed = ow.handed_to(last, lex)
        if not handed:
            continue
        person, new = named.get(*handed)
        if new:
            doc.persons.append(person)
        turn.who = person.id
