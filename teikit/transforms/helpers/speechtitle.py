"""A text its title names a speech keeps its own questions (T654c).

`qa_turns` reads a lone unlabeled turn as an interview when it opens with short questions
over longer paragraphs; a speech asks its audience such questions too ("Friends, what does a
bridge mean to a town like ours?" / "It means …"). When a header line above the turn opens
with a speech heading of the lexicon (`speech_headings`: "Remarks by …", "Discours de …",
"Rede von …", "Intervento di …", "Выступление …") and none names an interview, the turn is
the speech and is not cut at its questions.
"""
from __future__ import annotations

from teikit.lexicons import Lexicon
from teikit.model import HeaderLine


def titled_speech(header: list, lex: Lexicon) -> bool:
    """A header line of `header` (the blocks above the turn) opens with a speech heading."""
    if not lex.speech_headings:
        return False
    pattern = lex.pattern("speech_headings")
    return any(isinstance(b, HeaderLine) and pattern.match(b.text.strip()) for b in header)
