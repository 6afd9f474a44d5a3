"""Bracketed markers inside speech: "(Laughter.)", "(Via interpreter)", "[sic]".

One scanner finds parenthesised and square-bracketed groups in the text of a paragraph;
each pass gives its own classifier, which turns the marker (brackets included) into
an Event or a Note, or leaves it as ordinary text by returning None.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Optional

from teikit.lexicons import Lexicon
from teikit.model import Inline, Note, Paragraph, Text, Turn

# A Markdown export escapes square brackets ("\[laughter\]"): the backslashes belong to the marker.
# Full-width parentheses are the brackets of Chinese and Japanese pages ("（笑声）").
# A note whose closing parenthesis the page lost, at the end of a line: "(No translation
# provided." (a full stop ends it). Every alternative opens with a fixed character (the
# optional backslash is two alternatives, with and without it), so the pattern engine skips
# to the next bracket of a long line instead of trying each alternative at every character.
# A heckle holds the member's group in brackets: "(Ann Roe (SPD): Shame!)".
# A record's compound note of applause and several named hecklers runs to a few hundred
# characters: a parenthesis holds up to 400.
# A Markdown link's text is no marker: "[Musique](https://…/category/musique/)" in a menu (E1510i).
_NO_LINK = r"(?!\((?:https?:|www\.|/|#|mailto:))"
BRACKETED = re.compile(r"\\\([^()\n]{1,400}\)|\([^()\n]{1,400}\)|\([^()\n]{1,60}\([^()\n]{1,12}\):[^()\n]{1,160}\)|\\\[[^\[\]\n]{1,300}\]"
                       + _NO_LINK + r"|\[[^\[\]\n]{1,300}\]" + _NO_LINK +
                       r"|（[^（）\n]{1,80}）|\([^()\n]{1,60}\.$")
_ENDS = re.compile(r"^\\?[(\[（<*_]|\\?[)\]）>*_]$")
# A transcriber's event in angle brackets ("<chuckles>", "<laughs>", "<inaudible>", E873d): a
# word or a few, no attribute, no closing slash (an HTML tag has them or names no event).
ANGLED = re.compile(r"<[^\W\d_][^<>/=\"\n]{0,40}>")
# ... and in Markdown emphasis, as podcast transcripts print their stage words ("*laughs*",
# "_laughter_", E1227h): a word or a few between single asterisks or underscores.
EMPHASISED = re.compile(r"(?<![\w*])\*[^\W\d_][^*\n]{0,40}(?<=[^\s*])\*(?![\w*])"
                        r"|(?<![\w_])_[^\W\d_][^_\n]{0,40}(?<=[^\s_])_(?![\w_])")

Classifier = Callable[[str], Optional[Inline]]


def split_markers(paragraph: Paragraph, classify: Classifier) -> None:
    """Replace markers that `classify` recognises by Event/Note items, in place."""
    content = paragraph.content
    if len(content) == 1 and type(content[0]) is Text:  # one line of words: the common case
        text = content[0].text
        if "(" not in text and "[" not in text and "（" not in text:
            return  # no bracket at all: nothing to split or rebuild
    elif not any(type(item) is Text and _may_hold_marker(item.text) for item in content):
        return
    _replace_matches(paragraph, BRACKETED, classify, _may_hold_marker)


def split_angled_markers(paragraph: Paragraph, classify: Classifier, pattern: re.Pattern = ANGLED,
                         opener: str = "<") -> None:
    """Replace the angle-bracketed markers `classify` recognises ("<chuckles>") by its items;
    with `EMPHASISED` and "*" or "_", those in Markdown emphasis ("*laughs*")."""
    if any(type(item) is Text and opener in item.text for item in paragraph.content):
        _replace_matches(paragraph, pattern, classify, lambda text: opener in text)


def angled_paragraphs(turns) -> list[Paragraph]:
    """The paragraphs of `turns` that `split_angled_markers` may change for one of its
    openers ("<", "*", "_"): those with one in a Text item, found in one walk for the three
    (a paragraph of one line, most of a long transcript, is read at once, with no call and no
    generator); `split_angled_markers` tests its own opener again."""
    found = []
    for turn in turns:
        for item in turn.paragraphs:
            if isinstance(item, Paragraph):
                content = item.content
                if len(content) == 1:
                    if type(content[0]) is Text and _may_hold_angled(content[0].text):
                        found.append(item)
                elif any(type(inline) is Text and _may_hold_angled(inline.text) for inline in content):
                    found.append(item)
    return found


def _may_hold_angled(text: str) -> bool:
    return "<" in text or "*" in text or "_" in text


def split_bare_marks(paragraph: Paragraph, pattern: re.Pattern, make: Callable[[str], Inline]) -> None:
    """Replace the unbracketed marks `pattern` finds in the paragraph's text ("нрзб.") by
    what `make` gives for each, in place (E222d)."""
    if any(type(item) is Text and pattern.search(item.text) for item in paragraph.content):
        _replace_matches(paragraph, pattern, make, lambda text: True)


def _replace_matches(paragraph: Paragraph, pattern: re.Pattern, classify: Classifier,
                     may_hold: Callable[[str], bool]) -> None:
    """Cut each Text item at the matches of `pattern` that `classify` turns into an item."""
    out: list = []
    for item in paragraph.content:
        if not isinstance(item, Text) or not may_hold(item.text):
            out.append(item)
            continue
        pos = 0
        for m in pattern.finditer(item.text):
            marked = classify(m.group(0))
            if marked is None:
                continue
            if m.start() > pos:
                out.append(Text(item.text[pos:m.start()]))
            out.append(marked)
            pos = m.end()
        if pos < len(item.text):
            out.append(Text(item.text[pos:]) if pos else item)
    paragraph.content = out


def _may_hold_marker(text: str) -> bool:
    return "(" in text or "[" in text or "（" in text


# A recording timestamp inside a marker: "[crosstalk 00:01:23]", "(inaudible 12:05)".
_TIMESTAMP = re.compile(r"\s*\d{1,2}:\d{2}(:\d{2})?(\.\d+)?$")


def inner(marker: str) -> str:
    """The words inside a marker, lower-cased, without brackets, final period and a
    trailing timestamp."""
    return inner_printed(marker).lower()


def inner_printed(marker: str) -> str:
    """`inner` with the letters' case as printed."""
    words = " ".join(_ENDS.sub("", marker).split()).strip().rstrip(".").strip()
    return _TIMESTAMP.sub("", words)


def bracketed_paragraphs(blocks):
    """The paragraphs (in turns and between blocks) that `split_markers` may change: those
    with a bracket in their text (most lines of speech, and most paragraphs of several lines,
    hold none: skipped at once)."""
    for block in blocks:
        for item in (block.paragraphs if isinstance(block, Turn) else (block,)):
            if isinstance(item, Paragraph):
                content = item.content
                if len(content) == 1:
                    if type(content[0]) is Text and _may_hold_marker(content[0].text):
                        yield item
                elif any(type(inline) is Text and _may_hold_marker(inline.text) for inline in content):
                    yield item


# --- delivery notes ("(Via interpreter)", "(In English.)") -------------------------------

# "(In English.)" must name a language, i.e. a capitalised word, not "(in progress)".
_CAPITALISED_TAIL = re.compile(r"[\s(\[]([A-Z][^\W\d_]+)[.)\]\s]*$")


def delivery_note(marker: str, lex: Lexicon) -> Note | None:
    """The delivery note a bracketed marker is, if any: interpretation notes (and the
    interpreter's own words in brackets after her label, "[Interpreter: «…»]") make the turn
    interpreted; language notes ("(In English.)", "[In French]") do not."""
    kind = _delivery_kind(marker, lex)
    return None if kind is None else Note(type="delivery", text=marker, interpreted=kind)


@lru_cache(maxsize=8192)
def _delivery_kind(marker: str, lex: Lexicon) -> bool | None:
    """True for an interpretation note, False for a language note, None for neither."""
    if marker.lstrip("\\")[:1] not in "([（":
        return None
    words = inner(marker)
    interpreted = lex.pattern("interpreted_notes")
    if interpreted.fullmatch(words):
        return True
    speaker, colon, said = words.partition(":")
    if colon and said.strip() and lex.interpreter_labels and lex.pattern("interpreter_labels").fullmatch(speaker.strip()):
        return True  # "[Interpreter: «What will change?»]": the interpreter's words, inserted after the speech
    if ("," in words or ";" in words) and any(interpreted.fullmatch(part.strip(" .")) for part in re.split(r"[,;]", words)):
        return True  # "(In Russian; translated)", "(говорит по-английски, синхронный перевод)"
    if words.lower() in lex.language_names and marker[:1] == "[":
        return False  # "[Français]", "[English]": a bilingual record's language of what follows (I1612i)
    if lex.pattern("language_notes").fullmatch(words) and (
            words.startswith(("no ", "translation", "interpretation")) or _CAPITALISED_TAIL.search(marker)
            or words.split()[-1] in lex.language_names):
        return False
    return None


def whole_note(line: str, lex: Lexicon) -> Note | None:
    """The note, if `line` is nothing but a delivery note."""
    line = line.strip()
    closing = {"(": ")", "[": "]"}.get(line[:1])
    return delivery_note(line, lex) if closing and line.endswith(closing) else None


# A bracketed note closing a label: "KAMALA HARRIS (Interpretación del inglés al español)".
_TRAILING_NOTE = re.compile(r"[ \t]*(\([^()]+\)|\[[^\[\]]+\])$")


def before_delivery_note(label: str, lex: Lexicon) -> str | None:
    """The label before the delivery note that closes it, if one does (L2302l): a glued
    label's name is read without its note."""
    m = _TRAILING_NOTE.search(label)
    if m is None or not m.start() or _delivery_kind(m.group(1), lex) is None:
        return None
    return label[:m.start()]
