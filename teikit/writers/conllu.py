"""CoNLL-U from linguistically annotated TEI (`teikit transform --to conllu`).

The layout is ParlaMint's published CoNLL-U, so that a ParlaMint `-ana` file gives the same
lines as the project's own `.conllu` (see docs/exchange.md for the differences left):

    # newdoc id = <u/@xml:id>          one "document" per utterance, as ParlaMint has it
    # newpar id = <seg/@xml:id>
    # lang = <xml:lang of the seg, u or document>
    # sent_id = <s/@xml:id>
    # text = <the sentence, spaces as @join says>
    ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC

MISC holds `NER=` (when the document marks named entities with `name`) and `SpaceAfter=No`
(from @join). A column the TEI does not fill is `_`. TEI without tokens cannot be turned
into CoNLL-U without inventing a tokenisation and annotation, so it is refused with a
one-line message.
"""
from __future__ import annotations

from teikit.errors import TeikitError
from teikit.model import Sentence, Token, Transcript, Turn
from teikit.writers.sitelines import readable


def write(transcript: Transcript) -> bytes:
    transcript = readable(transcript)
    turns = [b for b in transcript.blocks if isinstance(b, Turn)]
    if not any(p.sentences for t in turns for p in t.paragraphs):
        raise TeikitError(f"{transcript.source.name or transcript.id}: no tokens (w/pc) to "
                          "write as CoNLL-U; the TEI carries no linguistic annotation")
    ner = any(tok.ner for t in turns for p in t.paragraphs for s in p.sentences for tok in s.tokens)
    lines: list[str] = []
    for number, turn in enumerate(turns, 1):
        _turn(lines, turn, transcript, number, ner)
    return "".join(line + "\n" for line in lines).encode("utf-8")


def _turn(lines: list[str], turn: Turn, doc: Transcript, number: int, ner: bool) -> None:
    first = True
    for p_number, para in enumerate(turn.paragraphs, 1):
        for s_number, sentence in enumerate(para.sentences, 1):
            if first:
                lines.append(f"# newdoc id = {turn.id or f'{doc.id}.u{number}'}")
                first = False
            if s_number == 1:
                par_id = para.id or f"{turn.id or doc.id}.p{p_number}"
                lines.append(f"# newpar id = {par_id}")
                lines.append(f"# lang = {para.lang or turn.lang or doc.lang}")
            sent_id = sentence.id or f"{para.id or turn.id or doc.id}.{s_number}"
            lines.append(f"# sent_id = {sent_id}")
            lines.append(f"# text = {_comment(sentence.text)}")
            lines.extend(_tokens(sentence, ner))
            lines.append("")


def _tokens(sentence: Sentence, ner: bool) -> list[str]:
    return [_row(i, t, ner) for i, t in enumerate(sentence.tokens, 1)]


def _row(i: int, t: Token, ner: bool) -> str:
    misc = []
    if ner:
        misc.append(f"NER={t.ner or 'O'}")
    if not t.space_after:
        misc.append("SpaceAfter=No")
    head = "_" if t.head is None else str(t.head)
    columns = [str(i), t.form, t.lemma, t.upos, t.xpos, t.feats, head, t.deprel, None,
               "|".join(misc)]
    return "\t".join(_field(c) for c in columns)


def _field(value: str | None) -> str:
    """A CoNLL-U field: `_` when empty; tabs and line breaks (never in a TEI token, but the
    input is untrusted) become spaces so a row always has ten columns."""
    if not value:
        return "_"
    return value.replace("\t", " ").replace("\n", " ").replace("\r", " ")


def _comment(text: str) -> str:
    return text.replace("\n", " ").replace("\r", " ")
