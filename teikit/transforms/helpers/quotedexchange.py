"""An interview quoted in a Markdown blockquote after labelled turns (T1311h).

A post quotes the start of an interview: every line of the quotation opens with `>`, the
first exchange labelled, the next question in bold with no label, its answer plain:

    > **Ann Lee: Tell us about yourself?**
    >
    > **Bo Roe:** In 2008, I moved ...
    >
    > **Where did your interest in tech come from?**
    >
    > I've been fascinated by computers ...

    Back in the post's own words, after the quotation.

Inside a labelled quoted turn, a quoted paragraph in bold that asks opens an unlabelled turn
(the question), and the quoted paragraph after it another (the answer); the persons pass names
them by the labelled exchange (T533a). A paragraph after the quotation, no longer quoted, is no
speech of the last turn: it is set apart after it, as printed.
"""
from __future__ import annotations

import re

from teikit.model import Boilerplate, Note, Paragraph, Text, Transcript, Turn
from teikit.transforms.helpers.lines import first_text, joined, line_text, lines_of

_QUOTED = re.compile(r"^>[ \t\u00a0]?")
# A quoted paragraph printed in bold as a whole that asks: "> **Where did it start?**".
_BOLD_QUESTION = re.compile(r"^>[ \t\u00a0]?(\*\*|__)(?=\S)[^\n]+[?？]\1[ \t\u00a0]*$")


def split_quoted_exchange(doc: Transcript) -> None:
    """Bold questions and their answers inside a labelled quoted turn become unlabelled turns;
    one-line paragraphs after the quotation leave the last turn."""
    if not any(type(b) is Turn and b.label and _QUOTED.match(b.label) for b in doc.blocks):
        return
    out: list = []
    for block in doc.blocks:
        out.append(block)
        if type(block) is not Turn or not block.label or not _QUOTED.match(block.label):
            continue
        current, kept, asked = block, [], False
        for k, item in enumerate(block.paragraphs):
            text = line_text(item.content) if isinstance(item, Paragraph) else None
            if text is not None and k and not _QUOTED.match(text) and _after_quotation(block.paragraphs[k:]):
                out.extend(Boilerplate(text=line_text(p.content), line=p.line) if isinstance(p, Paragraph) else p
                           for p in block.paragraphs[k:])  # the post's own words again
                break
            if text is not None and k and (asked or _BOLD_QUESTION.match(text)):
                asked = _BOLD_QUESTION.match(text) is not None  # the answer's turn follows the question's
                current = Turn(label=None, line=item.line, paragraphs=[])
                out.append(current)
            (kept if current is block else current.paragraphs).append(item)
        block.paragraphs = kept
    doc.blocks = out


def _after_quotation(items: list) -> bool:
    """The rest of a turn is outside the quotation: unquoted paragraphs of one line each."""
    return all(not isinstance(p, Paragraph) or (len(p.content) == 1 and not _QUOTED.match(line_text(p.content)))
               for p in items)


# A line printed in bold as a whole that asks: "**¿Tuviste claro …?**".
_BOLD_ASKING_LINE = re.compile(r"^(\*\*|__)(?=\S)[^\n]+[?？]\1[ \t\u00a0]*$")


def split_quoted_answers(doc: Transcript) -> None:
    """A paragraph whose bold question is followed, without a blank line, by its answer in a
    blockquote ("**¿Tuviste …?**" / "> No, en realidad …") is two paragraphs: the question,
    then the quoted answer (T1311h)."""
    out: list = []
    for block in doc.blocks:
        if type(block) is Paragraph and len(block.content) > 1:
            lines = lines_of(block)
            cut = next((k for k in range(1, len(lines)) if _QUOTED.match(first_text(lines[k]))
                        and _BOLD_ASKING_LINE.match(line_text(lines[k - 1]))
                        and not _QUOTED.match(first_text(lines[k - 1]))), None)
            if cut is not None:
                first_line = block.line or 0
                out.append(joined(lines[:cut], block.line))
                out.append(joined(lines[cut:], first_line + cut if first_line else 0))
                continue
        out.append(block)
    doc.blocks = out


def set_quote_marks_apart(doc: Transcript) -> None:
    """A quoted turn's opening `>` is the quotation's markup (L1309h): before a label it
    becomes a markup note before the turn (the label is `**Bo Roe:**`), before an unlabelled
    turn's speech the turn's first lead note; the text keeps it, as a note, not as words."""
    out: list = []
    for block in doc.blocks:
        if type(block) is Turn:
            if block.label and (m := _QUOTE_RUN.match(block.label)) and block.label[m.end():].strip():
                out.append(_mark_note(m.group()))
                block.label = block.label[m.end():]
            elif block.label is None and block.paragraphs and type(first := block.paragraphs[0]) is Paragraph \
                    and first.content and type(first.content[0]) is Text \
                    and (m := _QUOTE_RUN.match(first.content[0].text)) and first.content[0].text[m.end():].strip():
                block.lead_notes.insert(0, _mark_note(m.group()))
                first.content[0] = Text(first.content[0].text[m.end():])
        out.append(block)
    doc.blocks = out


# The quotation's marks opening a line, nested ones too ("> ", ">", "> > "); never the ">>" of
# closed captions, a change of speaker (L1309h).
_QUOTE_RUN = re.compile(r"^>(?!>)(?:[ \t\u00a0]?>(?!>))*[ \t\u00a0]?")


def _mark_note(marks: str) -> Note:
    """The quotation's marks as a markup note, glued to what follows when no space ends them."""
    return Note("markup", marks.rstrip(), joined=not marks[-1].isspace())
