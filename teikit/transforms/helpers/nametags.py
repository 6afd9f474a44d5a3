"""A speaker's name printed right after a diarization id, glued to the speech.

Transcription sites that diarize a recording print the id of the voice and, once they have
identified it, the person's name before the speech with no separator: "spk00: Ann Lee Good
morning, everyone." The name is a tag, not speech. It is set apart (a note of type
`speaker-name` before the speech, kept verbatim) when

- the label is a diarization id ("spk00", "SPEAKER_01", "Speaker 2");
- two or three capitalised words follow it, and then a capitalised word that opens the
  speech (so "Ann Lee and I will ..." and "Ann, thank you" stay speech);
- those words are printed as a name elsewhere in the text too (an introduction: "I now turn
  the call over to Ann Lee"), or after the same id in another turn.

Nothing is guessed from one printing alone: "spk01: Good Morning Everyone" stays speech.
"""
from __future__ import annotations

import re
from collections import Counter

from teikit.lexicons import Lexicon
from teikit.model import Note, Text, Transcript, Turn
from teikit.transforms.helpers.labelshapes import DIARIZATION
from teikit.transforms.helpers.labeltext import STRAY_MARKS, base_label

_NAME_WORD = r"[^\W\d_][^\W\d_'’\-]*(?:['’\-][^\W\d_]+)*"
# two or three capitalised words, a space, and the capitalised first word of the speech
_TAGGED = re.compile(rf"^((?:{_NAME_WORD}[ \u00a0]){{1,2}}{_NAME_WORD})[ \u00a0]+(?=[^\W\d_])")
NOTE_TYPE = "speaker-name"


def split_name_tags(doc: Transcript, lex: Lexicon) -> None:
    """Set apart the name tags of turns labelled with a diarization id (see the module)."""
    turns = [t for t in doc.turns() if t.label and (t.name or t.label).lstrip(STRAY_MARKS)[:1] in "sS"
             and DIARIZATION.match(base_label(t.name or t.label).strip())]  # "spk00", "Speaker 2"
    if not turns:
        return
    tagged = [(t, _candidates(t, lex)) for t in turns]
    if not any(found for _, found in tagged):
        return
    seen = Counter((base_label(t.name or t.label).strip(), name) for t, found in tagged for name in found)
    text = None
    for turn, found in tagged:
        for name in found:  # the longest first
            ident = base_label(turn.name or turn.label).strip()
            if seen[(ident, name)] < 2:
                if text is None:
                    text = _document_text(doc)
                if text.count(name) < 2:
                    continue
            _set_apart(turn, name)
            break


def _candidates(turn: Turn, lex: Lexicon) -> list[str]:
    """The two- and three-word names the first paragraph may open with, longest first."""
    first = turn.paragraphs[0] if turn.paragraphs else None
    content = getattr(first, "content", None)
    if not content or type(content[0]) is not Text:
        return []
    m = _TAGGED.match(content[0].text)
    if not m:
        return []
    words = m.group(1).split()
    out = []
    for n in range(len(words), 1, -1):
        name = words[:n]
        rest = content[0].text[len(" ".join(name)):].lstrip()
        if all(w[:1].isupper() and w.lower() not in lex.discourse_words and w.lower() not in lex.small_words
               for w in name) and rest[:1].isupper():
            out.append(" ".join(name))
    return out


def _set_apart(turn: Turn, name: str) -> None:
    first = turn.paragraphs[0]
    text = first.content[0].text
    end = text.index(name) + len(name)
    turn.lead_notes.append(Note(type=NOTE_TYPE, text=text[:end]))
    first.content[0] = Text(text[end:].lstrip())


def _document_text(doc: Transcript) -> str:
    return "\n".join(getattr(b, "text", "") or "" for b in doc.blocks if not isinstance(b, Turn)) + "\n" + "\n".join(
        p.text for t in doc.turns() for p in t.paragraphs if hasattr(p, "content"))
