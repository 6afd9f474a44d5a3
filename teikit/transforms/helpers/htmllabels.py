"""Speaker labels in HTML bold tags, as a site's Markdown or HTML source prints them (L860d):
`<strong>Bolz</strong>: ...`, `<b>Ann Lee:</b> ...`, the magazine's questions in italics
`_<strong>Publico</strong>: ..._`, `*<strong>Q</strong>:*`, `<p><strong>Q:</strong> ...`.

The tags are no part of the speaker's label: the label is the name (and a colon printed
inside the tags), the tags and emphasis marks around it are markup notes, as a caption's
`<v Ann>` (`set_label_tags_apart`). An opening tag left alone on the line above the name
(`_<strong>` / `Publico</strong>: ...`) is the same label wrapped (`join_wrapped_tag_labels`).
A paragraph of nothing but tags and emphasis marks inside a turn (`</strong>_`, the residue
of a wrapped bold) is markup, no paragraph of speech (`markup_only_paragraphs`).
"""
from __future__ import annotations

import re

from teikit.model import LineBreak, Note, Paragraph, Text, Transcript, Turn

# Italics or a paragraph around the bold label: `_`, `*`, `<em>`, `<i>`, `<p>`, `<span ...>`.
_WRAP_OPEN = r"(?:[_*]{1,2}|<(?:em|i|p|span)(?:\s[^<>\n]{0,80})?>)"
_WRAP_CLOSE = r"(?:[_*]{1,2}|</(?:em|i|span)>)"
_BOLD_OPEN = r"<(?P<tag>strong|b)(?:\s[^<>\n]{0,80})?>"
# The name: a letter first, no tag, no colon; a colon inside the tags or right after them.
HTML_LABEL = re.compile(
    rf"(?P<open>(?:{_WRAP_OPEN}){{0,2}}{_BOLD_OPEN}[ \t\u00a0]*)"
    r"(?P<name>[^\W\d_][^<>:：\n]{0,59}?)(?P<inside>[ \u00a0]?[:：])?"
    rf"(?P<close>[ \t\u00a0]*</(?P=tag)>(?P<outside>[ \u00a0]?[:：])?(?:{_WRAP_CLOSE}){{0,2}})"
    r"(?=\s|$)", re.IGNORECASE)
# A line of opening tags alone, the label's name wrapped onto the next line.
_OPEN_ALONE = re.compile(rf"(?:{_WRAP_OPEN}){{0,2}}<(strong|b)(?:\s[^<>\n]{{0,80}})?>[ \t\u00a0]*$", re.IGNORECASE)
_NAME_CLOSED = re.compile(r"[^\W\d_][^<>:：\n]{0,59}?</(strong|b)>", re.IGNORECASE)
# Tags and emphasis marks, nothing else.
_MARKUP_ONLY = re.compile(r"(?:[ \t\u00a0]*(?:</?[A-Za-z][^<>\n]{0,80}>|[_*]+))+[ \t\u00a0]*")


def html_label(line: str) -> tuple[int, str] | None:
    """(end of the printed label, the name) when `line` opens with a bold-tagged label and one
    colon inside or right after the tags."""
    m = HTML_LABEL.match(line)
    if m is None or bool(m.group("inside")) == bool(m.group("outside")):
        return None
    return m.end(), m.group("name").strip()


def join_wrapped_tag_labels(doc: Transcript) -> None:
    """`_<strong>` alone on a line over `Publico</strong>: ...`: one label wrapped after its
    opening tag; the line break becomes a space (nothing else changes)."""
    for block in doc.blocks:
        if type(block) is not Paragraph or len(block.content) < 3:
            continue
        content = block.content
        first, brk, second = content[0], content[1], content[2]
        if type(first) is Text and type(brk) is LineBreak and type(second) is Text \
                and "<" in first.text and (m := _OPEN_ALONE.match(first.text)) \
                and (n := _NAME_CLOSED.match(second.text)) and m.group(1).lower() == n.group(1).lower():
            content[0:3] = [Text(first.text.rstrip() + " " + second.text)]


def set_label_tags_apart(doc: Transcript) -> None:
    """Each turn whose label is bold-tagged: the tags before the name become a markup note
    before the turn, those after it the turn's first lead note; the label is the name."""
    out: list = []
    for block in doc.blocks:
        if type(block) is Turn and block.label and "<" in block.label:
            m = HTML_LABEL.match(block.label)
            if m is not None and m.end() == len(block.label):
                opening = m.group("open")
                out.append(Note("markup", opening.rstrip(), joined=opening == opening.rstrip()))
                closing = m.group("close")
                block.label = block.label[m.start("name"):m.start("close")]
                block.lead_notes.insert(0, Note("markup", closing.strip(), joined=bool(block.joined)))
                block.joined = closing == closing.lstrip()
        out.append(block)
    doc.blocks = out


def markup_only_paragraphs(doc: Transcript) -> None:
    """A paragraph of a turn holding only tags and emphasis marks, a tag at least (`</strong>_`),
    is markup."""
    for turn in doc.turns():
        for para in turn.paragraphs:
            content = para.content if type(para) is Paragraph else None
            if content and len(content) == 1 and type(content[0]) is Text and len(content[0].text) <= 120 \
                    and "<" in content[0].text and _MARKUP_ONLY.fullmatch(content[0].text):  # ("***" is a separator)
                para.content = [Note("markup", content[0].text.strip())]
