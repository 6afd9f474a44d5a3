"""Tokens of linguistically annotated TEI (ParlaMint `-ana` files) into model sentences.

ParlaMint encodes a paragraph (`seg`) as sentences (`s`) of tokens: `w` for words and `pc`
for punctuation, with the lemma in @lemma, the UD part of speech and features in @msd
("UPosTag=NOUN|Case=Nom|Number=Plur"), a language-specific tag in @ana ("mte:Ncfpn"),
@join="right" where no space follows, `name` elements around named entities and one
`linkGrp type="UD-SYN"` per sentence whose `link`s say "head dependent" with the relation
in @ana ("ud-syn:amod"); the sentence itself is the head of the root.

This module only reads what is there; it invents nothing: a token without a lemma has none,
a sentence without a `linkGrp` has no syntax. Other TEI (teikit's own, DraCor) has no tokens
and never reaches this code.
"""
from __future__ import annotations

from teikit.model import Sentence, Token
from teikit.readers.tei_header import XML_ID, local
from teikit.readers.tei_text import squash

TOKEN_TAGS = frozenset({"w", "pc"})
_UPOS_KEY = "UPosTag="


_ANNOTATION = ("lemma", "msd", "pos")


def has_tokens(el) -> bool:
    """Whether a paragraph element holds sentences, or tokens that carry annotation (cheap:
    children only, and the first token decides). Bare tokens (teikit's ISO/TEI output,
    EXMARaLDA's) add nothing the text does not say, and reading them costs time."""
    for c in el:
        tag = local(c)
        if tag == "s":
            return True
        if tag in TOKEN_TAGS:
            return any(c.get(a) is not None for a in _ANNOTATION)
    return False


def read_sentences(el) -> list[Sentence]:
    """The sentences of a `seg` (or `p`, `ab`): each `s`, or the loose tokens as one."""
    sentences = [_sentence(s) for s in el if local(s) == "s"]
    if not sentences:
        sentences = [_sentence(el, sid=None)]
    return [s for s in sentences if s.tokens]


def _sentence(s_el, sid: str | None = "") -> Sentence:
    sentence = Sentence(id=s_el.get(XML_ID) if sid == "" else sid)
    by_id: dict[str, int] = {}
    _collect(s_el, sentence.tokens, by_id, ner=None)
    for link_grp in s_el.iter("{*}linkGrp", "linkGrp"):
        if link_grp.get("type") == "UD-SYN":
            _syntax(link_grp, sentence, by_id)
    return sentence


def _collect(el, tokens: list[Token], by_id: dict[str, int], ner: list | None) -> None:
    """Tokens in document order; a `name` sets the NER tag (B- on its first token)."""
    for c in el:
        tag = local(c)
        if tag in TOKEN_TAGS:
            token = _token(c, tag)
            if ner is not None:
                token.ner = f"{'B' if not ner[1] else 'I'}-{ner[0]}"
                ner[1] = True
            if token.id:
                by_id[token.id] = len(tokens) + 1
            if c.get("join") == "left" and tokens:
                tokens[-1].space_after = False
            tokens.append(token)
        elif tag == "name":
            _collect(c, tokens, by_id, [c.get("type") or "MISC", False])
        elif tag not in ("linkGrp", "note"):
            _collect(c, tokens, by_id, ner)


def _token(el, tag: str) -> Token:
    form = squash(el.text or "" if not len(el) else "".join(el.itertext()))
    upos, feats = _msd(el.get("msd"))
    token = Token(form=form, id=el.get(XML_ID), lemma=el.get("lemma"),
                  upos=upos or el.get("pos"), feats=feats, punct=tag == "pc",
                  space_after=el.get("join") not in ("right", "both"))
    ana = el.get("ana")
    if ana:
        token.xpos = ana.split()[0].split(":", 1)[-1]
    elif el.get("pos") and upos:
        token.xpos = el.get("pos")
    if token.lemma is None and tag == "pc":
        token.lemma = form  # punctuation is its own lemma (as ParlaMint's CoNLL-U has it)
    return token


def _msd(msd: str | None) -> tuple[str | None, str | None]:
    """ "UPosTag=NOUN|Case=Nom" -> ("NOUN", "Case=Nom"); no UPosTag -> (None, msd)."""
    if not msd:
        return None, None
    parts = msd.split("|")
    upos = next((p[len(_UPOS_KEY):] for p in parts if p.startswith(_UPOS_KEY)), None)
    feats = "|".join(p for p in parts if not p.startswith(_UPOS_KEY))
    return upos, feats or None


def _syntax(link_grp, sentence: Sentence, by_id: dict[str, int]) -> None:
    """`link target="#head #dependent" ana="ud-syn:rel"`; the sentence as head = root."""
    for link in link_grp:
        if local(link) != "link":
            continue
        target = (link.get("target") or "").split()
        if len(target) != 2:
            continue
        head_id, dep_id = (t.lstrip("#") for t in target)
        position = by_id.get(dep_id)
        if position is None:
            continue
        token = sentence.tokens[position - 1]
        token.head = 0 if head_id == sentence.id else by_id.get(head_id)
        token.deprel = (link.get("ana") or "").split(":", 1)[-1] or None
