"""A described-video transcript: a narrator's cue before each speech in caption capitals (T2460m).

A broadcaster's transcript for the blind prints what the screen shows as the narrator's
sentences and what is said as the closed captions, in capitals, after a cue naming the
speaker and a verb of saying (lexicon `caption_cues`):

    The Speaker stands. He's in his fifties, with short brown hair.

    He says IT IS NOW TIME FOR ORAL QUESTIONS.
    I RECOGNIZE THE MEMBER FOR ...

    The caption changes to "Ann Roe. NDP. Harbourside."

    Roe says THANK YOU, SPEAKER.

No label has a colon, so the whole page was one text. When two paragraphs or more open with
such a cue (a name of capitalised words, an article and an office, or a pronoun of the
lexicon's `cue_pronouns`) followed by words in capitals, each cue is the printed label of a
turn, the capitals after it its speech; the narrator's sentences between the speeches are
stage notes (`note[@type='stage']`), never speech, and a pronoun's speaker is the one the
last of them opened with (`The Speaker stands.` then `He says`). A cue before mixed-case words
(`She says the ferry is late.`) is prose and stays so.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import Note, Paragraph, StageNote, Text, Transcript, Turn

MIN_CUES = 2
# the share of capitals among the letters of the first line after the cue ("Mr. PREMIER.")
MIN_CAPITALS = 0.75
MIN_CAPITAL_LETTERS = 3
# a narrator's sentence: a few words, closed by a full stop (a closing quote after it)
MIN_NARRATION_WORDS = 4
_NARRATION_END = re.compile(r"[.!?][\"”’)]*$")
_WORD = r"[^\W\d_][\w'’.-]*"


def _cue_pattern(lex: Lexicon) -> re.Pattern:
    """A line's opening cue: the speaker (up to three words, an article first) and the verb."""
    return re.compile(rf"^(?P<who>{_WORD}(?: {_WORD}){{0,3}}) (?:{lex.alternation('caption_cues')})[ \u00a0]+(?=\S)")


def _speaker(words: list[str], lex: Lexicon) -> str | None:
    """The speaker a cue or a narrator's sentence opens with: capitalised words after an
    optional article ("The Speaker", "Premier Ford", "Roe"), the article left out; None for
    a lower-case noun ("The caption", "A still camera")."""
    if words and (words[0].lower() in lex.articles or words[0].lower() in lex.indefinite_articles):
        words = words[1:]
    if not words or not all(w[:1].isupper() for w in words) or _pronoun(words[0], lex):
        return None
    return " ".join(words)


def _pronoun(word: str, lex: Lexicon) -> bool:
    """"He", "She's": a pronoun of the lexicon, a contraction after it."""
    return re.split(r"['’]", word, maxsplit=1)[0].lower() in lex.cue_pronouns


def _one_line(block) -> str | None:
    if type(block) is not Paragraph:
        return None
    content = block.content
    return content[0].text if content and type(content[0]) is Text else None


def _in_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    upper = sum(1 for c in letters if c.isupper())
    return upper >= MIN_CAPITAL_LETTERS and upper >= MIN_CAPITALS * len(letters)


def _cue(block, cue: re.Pattern, lex: Lexicon) -> re.Match | None:
    """The cue the paragraph's first line opens with, the caption's capitals after it."""
    first = _one_line(block)
    found = cue.match(first) if first else None
    if found is None:
        return None
    line_end = first.find("\n")
    rest = first[found.end():] if line_end < 0 else first[found.end():line_end]
    who = found.group("who").split()
    pronoun = len(who) == 1 and who[0].lower() in lex.cue_pronouns
    if not (pronoun or _speaker(who, lex)) or not _in_capitals(rest):
        return None
    return found


def _narration(block) -> str | None:
    """A narrator's paragraph: one line of sentences in mixed case, closed by a full stop."""
    text = _one_line(block)
    if text is None or len(block.content) != 1 or _in_capitals(text) or text.lstrip()[:1] in "[(":
        return None
    stripped = text.strip()
    return text if len(stripped.split()) >= MIN_NARRATION_WORDS and _NARRATION_END.search(stripped) else None


def _narrated_speaker(text: str, lex: Lexicon) -> str | None:
    """Whom the narrator's paragraph opens with: the capitalised words before its first
    lower-case word ("The Speaker stands.", "Premier Ford stands up.")."""
    words = []
    for word in text.split():
        if not word[:1].isupper():
            break
        words.append(word.rstrip(".,;:"))
        if word[-1:] in ".,;:":
            break
    return _speaker(words, lex)


def split_caption_cues(doc: Transcript, lex: Lexicon) -> None:
    """Turns of a described-video transcript, read from its cues (T2460m); a page with a
    label or an unlabeled turn already, or fewer than `MIN_CUES` cues, is left as it is."""
    if not lex.caption_cues or any(type(b) is Turn for b in doc.blocks):
        return
    cue = _cue_pattern(lex)
    cues = {id(b): found for b in doc.blocks if (found := _cue(b, cue, lex)) is not None}
    if len(cues) < MIN_CUES:
        return
    out: list = []
    current: Turn | None = None
    described: str | None = None  # the last speaker the narrator named
    for block in doc.blocks:
        found = cues.get(id(block))
        narration = _narration(block) if found is None else None
        if found is not None:
            who = found.group("who").split()
            described = _speaker(who, lex) or described
            rest = [Text(block.content[0].text[found.end():])] + block.content[1:]
            current = Turn(label=found.group(0).rstrip(), name=described, line=block.line,
                           paragraphs=[Paragraph(rest, block.line)])
            out.append(current)
            continue
        if narration is not None:
            described = _narrated_speaker(narration, lex) or described
            if current is None:
                out.append(Note(type="stage", text=narration))
            else:
                current.paragraphs.append(Paragraph([StageNote(text=narration)], block.line))
        elif current is not None and type(block) is Paragraph:
            current.paragraphs.append(block)
        else:
            out.append(block)
    doc.blocks = out
