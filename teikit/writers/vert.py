"""Vertical text for concordancers (`teikit transform --to vert`): Sketch Engine,
NoSketch Engine (manatee) and CQPweb/CWB read one token per line inside XML-like
structural tags, one per line:

    <text id="..." title="..." date="...">
    <u id="..." who="..." name="..." role="...">
    <p id="...">
    <s id="...">                      (annotated TEI only)
    word  lemma  upos  xpos  feats  deprel  head     (annotated TEI: tab-separated)
    word                               (other TEI: the word only, nothing invented)
    <g/>                               no space between the tokens around it
    </s>
    </p>
    </u>
    </text>

Events and notes inside a paragraph ("(Laughter.)") are a structure of their own,
`<note type="laughter">`, so a query can leave them out. Attribute values and tokens are
XML-escaped (&amp; &lt; &gt; &quot;), and a token never holds a tab or a line break. Only
turns are written: header lines and boilerplate are not speech.
"""
from __future__ import annotations

from teikit.model import Event, LineBreak, Note, Paragraph, Sentence, Text, Transcript, Turn
from teikit.writers.sitelines import readable
from teikit.writers.tokens import split
from teikit.writers.xmlbuild import attrs, esc

GLUE = "<g/>"


def write(transcript: Transcript) -> bytes:
    transcript = readable(transcript)
    s = transcript.setting
    lines = [f"<text{attrs({'id': transcript.id, 'title': s.title, 'date': s.date_iso or s.date_text, 'lang': transcript.lang})}>"]
    turns = [b for b in transcript.blocks if isinstance(b, Turn)]
    people = transcript.persons_by_id()
    for number, turn in enumerate(turns, 1):
        person = people.get(turn.who)
        lines.append("<u" + attrs({
            "id": turn.id or f"{transcript.id}.u{number}", "who": turn.who,
            "name": person.name if person else None, "role": person.role if person else None,
        }) + ">")
        for para in turn.paragraphs:
            _paragraph(lines, para)
        lines.append("</u>")
    lines.append("</text>")
    return ("\n".join(lines) + "\n").encode("utf-8")


def _paragraph(lines: list[str], para: Paragraph) -> None:
    lines.append(f"<p{attrs({'id': para.id})}>")
    if para.sentences:
        for sentence in para.sentences:
            _sentence(lines, sentence)
    else:
        _plain(lines, para)
    lines.append("</p>")


def _sentence(lines: list[str], sentence: Sentence) -> None:
    lines.append(f"<s{attrs({'id': sentence.id})}>")
    tokens = sentence.tokens
    for i, t in enumerate(tokens):
        fields = [t.form, t.lemma, t.upos, t.xpos, t.feats, t.deprel,
                  None if t.head is None else str(t.head)]
        lines.append("\t".join(_token(f) for f in fields))
        if not t.space_after and i + 1 < len(tokens):
            lines.append(GLUE)
    lines.append("</s>")


def _plain(lines: list[str], para: Paragraph) -> None:
    """Tokens of the printed text; events and notes as `note` structures. A `<g/>` also
    joins tokens across an event's edge when no space stood there ("word(Laughter.)")."""
    glued = False  # the text so far ends without a space
    for item in para.content:
        if isinstance(item, LineBreak):
            glued = False
            continue
        text = item.text
        if not text and not isinstance(item, (Event, Note)):
            continue  # markers with no text (a styled span's start or end): transparent
        glue = glued and text[:1] and not text[:1].isspace()
        if isinstance(item, (Event, Note)):
            if glue:
                lines.append(GLUE)
            lines.append(f"<note{attrs({'type': item.type or getattr(item, 'element', None)})}>")
            _tokens(lines, text)
            lines.append("</note>")
        else:  # Text, and the shown reading of a choice
            if glue and split(text):
                lines.append(GLUE)
            _tokens(lines, text)
        glued = bool(text) and not text[-1].isspace()


def _tokens(lines: list[str], text: str) -> None:
    pairs = split(text)
    for i, (token, space_after) in enumerate(pairs):
        lines.append(_token(token))
        if not space_after and i + 1 < len(pairs):
            lines.append(GLUE)


def _token(value: str | None) -> str:
    if not value:
        return "_"
    return esc(value).replace('"', "&quot;").replace("\t", " ").replace("\n", " ")
