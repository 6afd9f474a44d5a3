"""A speaker label that a page prints after the alt text of the speaker's portrait.

Parliamentary sites (Hansard reprints and the like) show a photo beside each contribution;
a text capture fuses the photo's alt text into the label line:

    Jane Roe Portrait Jane Roe (North Hill) (Lab)
    The Minister for Harbours (Ms Jane Roe)

The alt text is a name and a portrait word (lexicon `portrait_words`: "Portrait", "Photo",
"Porträt", "Фото" ...); the label after it names the same person (the name's last word is in
it). Such a line is a label line on its own, whatever its shape, since the site prints a
portrait only beside a speaker: the alt text becomes page furniture (`Boilerplate`) and the
rest opens a turn; the speech follows on the next lines.
"""
from __future__ import annotations

import re
from functools import lru_cache

from teikit.lexicons import Lexicon
from teikit.model import Boilerplate, Paragraph, Text, Transcript, Turn
from teikit.transforms.helpers.lines import joined, lines_of, plain_texts

MAX_PORTRAIT_LINE = 200
_SENTENCE_END = re.compile(r"[.?!;:…。？！]$")


@lru_cache(maxsize=None)
def _pattern(lex: Lexicon) -> re.Pattern | None:
    if not lex.portrait_words:
        return None
    word = r"[^\W\d_][^\W\d_'’.\-]*"
    return re.compile(rf"^((?:{word}[ \u00a0]){{1,3}}{word})[ \u00a0]+(?:{'|'.join(lex.portrait_words)})"
                      r"[ \u00a0]+(\S.*?)\s*$")


@lru_cache(maxsize=None)
def _portrait_words(lex: Lexicon) -> tuple[str, ...]:
    """The portrait words as printed between spaces (" Portrait "): plain substrings."""
    return tuple(f" {word} " for words in lex.portrait_words for word in words.split("|"))


@lru_cache(maxsize=None)
def portrait_words(lex: Lexicon) -> re.Pattern:
    """The portrait words as printed, spaces or not: one C-level search of a line (or of
    lines joined by line feeds: a word holds none)."""
    return re.compile("|".join(word.strip() for word in _portrait_words(lex)))


def may_hold_portrait_labels(text: str, lex: Lexicon) -> bool:
    """Whether a document's text prints a portrait word between words at all (one C-level
    substring search per word), or one opening a line ("Photo of ..."), so that its lines are
    worth testing."""
    # (the bare word first: one scan rules out both printings of a word the text lacks, as
    # most texts lack them all; the two spaced searches run only where the word occurs)
    return any(word[1:-1] in text and (word in text or "\n" + word[1:] in text) for word in _portrait_words(lex))


@lru_cache(maxsize=None)
def _named_pattern(lex: Lexicon) -> re.Pattern | None:
    """ "Photo of Ann LeeAnn Lee (North Hill, Labour, Minister) Share this | Source": the alt
    text names the person after a portrait word and a connector ("of"), and the label that
    follows (glued or after a space) starts with the same name."""
    if not lex.portrait_words or not lex.portrait_of:
        return None
    word = r"[^\W\d_][^\W\d_'’.\-]*"
    return re.compile(rf"^((?:{'|'.join(lex.portrait_words)})[ \u00a0]+(?:{'|'.join(lex.portrait_of)})[ \u00a0]+"
                      rf"((?:{word}[ \u00a0]){{0,3}}{word}))[ \u00a0]?(\2\b.*?)\s*$")


def _named_portrait(line: str, lex: Lexicon) -> tuple[str, str, str] | None:
    """(alt text, label, widget after it) for a `_named_pattern` line whose label ends with
    its group in brackets; what follows the bracket is a site widget (a bar of links with
    "|") or nothing."""
    pattern = _named_pattern(lex)
    m = pattern.match(line) if pattern is not None else None
    if m is None or ")" not in m.group(3):
        return None
    rest = m.group(3)
    cut = rest.rfind(")") + 1
    widget = rest[cut:].strip()
    if widget and "|" not in widget:
        return None  # a sentence after the bracket: no label line
    return m.group(1), rest[:cut], widget


def may_be_portrait_label(line: str, lex: Lexicon) -> bool:
    """Short enough and holding a portrait word, as `portrait_label` needs."""
    return len(line) <= MAX_PORTRAIT_LINE and portrait_words(lex).search(line) is not None


def portrait_label(line: str, lex: Lexicon) -> tuple[str, str] | None:
    """(alt text, label) when `line` is a label after a portrait's alt text, else None."""
    parts = portrait_parts(line, lex)
    return parts[:2] if parts is not None else None


def portrait_parts(line: str, lex: Lexicon) -> tuple[str, str, str] | None:
    """(alt text, label, widget after the label or "") when `line` is a label after a
    portrait's alt text, else None."""
    pattern = _pattern(lex)
    if pattern is None or not may_be_portrait_label(line, lex):
        return None  # (the pattern needs one of the words as printed: C-level searches first)
    named = _named_portrait(line, lex)
    if named is not None:
        return named
    m = pattern.match(line)
    if not m:
        return None
    name, label = m.group(1), m.group(2)
    surname = name.split()[-1].lower()
    if not all(w[:1].isupper() for w in name.split()) or surname not in label.lower() \
            or _SENTENCE_END.search(label):
        return None
    return line[:m.start(2)].rstrip(), label, ""


def split_portrait_labels(doc: Transcript, lex: Lexicon, at: list[int], follow: set[int]) -> set[int]:
    """Replace each portrait label line by the alt text (furniture) and a turn opened by
    the label; the lines around it stay paragraphs. Only the blocks at the indices `at` are
    looked at (the others hold no portrait word); a block whose id is in `follow` (one a
    later step looks at) hands its place there to the paragraphs it is split into. Returns
    the ids of the new turns."""
    opened: set[int] = set()
    if _pattern(lex) is None:
        return opened
    blocks = doc.blocks
    out: list = []
    done = 0  # blocks before this index are in `out`
    for i in at:
        pieces = _split_block(blocks[i], lex, opened)
        if pieces is None:
            continue
        out += blocks[done:i]
        out += pieces
        done = i + 1
        if id(blocks[i]) in follow:
            follow.update(id(p) for p in pieces if isinstance(p, Paragraph))
    if done:
        doc.blocks = out + blocks[done:]
    return opened


def _split_block(block, lex: Lexicon, opened: set[int]) -> list | None:
    """The pieces a block holding portrait label lines is split into, or None."""
    content = block.content if isinstance(block, Paragraph) else None
    if content is None or (len(content) == 1 and type(content[0]) is Text
                           and portrait_parts(content[0].text, lex) is None):
        return None  # (a line of words that is no portrait label)
    lines = lines_of(block)
    texts = plain_texts(lines)
    found = [portrait_parts(text, lex) if text is not None else None for text in texts]
    if not any(found):
        return None
    out: list = []
    start = 0
    for offset, hit in enumerate(found):
        if hit is None:
            continue
        number = block.line + offset if block.line else 0
        if offset > start:
            out.append(joined(lines[start:offset], block.line + start if block.line else 0))
        alt, label, widget = hit
        after = texts[offset][len(alt):] if texts[offset].startswith(alt) else " "
        out.append(Boilerplate(text=alt, line=number, joined=not after[:1].isspace()))  # "Photo of Ann LeeAnn Lee"
        turn = Turn(label=label, name=label, line=number)
        opened.add(id(turn))
        out.append(turn)
        if widget:
            out.append(Boilerplate(text=widget, line=number))
        start = offset + 1
    if start < len(lines):
        out.append(joined(lines[start:], block.line + start if block.line else 0))
    return out
