"""The one person a lead's answering sentence introduces by office (N2341l, N2542m).

A news page prints an interview or a press conference as dialogue dashes without labels, under
a sentence that says who answers, the person named by office right before the name:

    Главный тренер «Юности» Михаил Захаров ответил на вопросы журналистов.
    Как идут дела, "Ъ" рассказал гендиректор «Ромашки» Иван Петров.

The subject stands before the lexicon's `answering_phrases` ("ответил на вопросы", "told
reporters") or, as Russian leads put it, right after the verb at the sentence's end, the
office opening those words and the name closing them (N2542m). Words after the verb that do not
are not an office and a name alone ("рассказал о планах министра Ивана Петрова") are what was
told, not who told it: no one is taken from them.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.transforms.helpers.leadguest import office_guest

# The subject after the verb runs to the sentence's end: a full stop, "!" or "?" (a closing
# quote after it allowed) and nothing but blanks after it.
_SENTENCE_END = re.compile(r"[.!?…][\"”»’)]*\s*$")
_CLAUSE_MARKS = (",", ";", ":", "(", "—", "–")
# Lower-case words before the office that qualify it ("генеральный директор").
MAX_MODIFIERS = 2


def answering_subject(lines: list[str], lex: Lexicon) -> tuple[str, str] | None:
    """(name, office) of the one person the lines' answering sentences introduce by office:
    the subject before the answering phrase, or the office and name that make up the rest of
    the sentence right after it (N2542m); None when none or several are."""
    if not lex.answering_phrases:
        return None
    pattern = lex.pattern("answering_phrases")
    subjects: list[str] = []
    for line in lines:
        for m in pattern.finditer(line):
            subjects.append(line[:m.start()])
            after = _closing_subject(line[m.end():], lex)
            if after:
                subjects.append(after)
    return office_guest(subjects, lex, set()) if subjects else None


def _closing_subject(after: str, lex: Lexicon) -> str | None:
    """The words after the answering verb when they close the sentence and are nothing but an
    office and the name after it (`гендиректор «Ромашки» Иван Петров.`), without the closing
    mark; None for other words (what was told, a clause)."""
    end = _SENTENCE_END.search(after)
    words = " ".join(after[:end.start()].split()) if end is not None else ""
    if not words or any(mark in words for mark in _CLAUSE_MARKS) or _SENTENCE_END.search(words):
        return None
    found = office_guest([words], lex, set())
    said = f"{found[1]} {found[0]}" if found is not None else None
    if said is None or not words.endswith(said):
        return None
    # before the office, its modifiers only ("генеральный директор"): lower-case words, no
    # preposition ("о планах директора …" tells of someone, he does not tell)
    before = words[:-len(said)].split()
    small = lex.small_words
    return words if len(before) <= MAX_MODIFIERS and all(w.islower() and w not in small for w in before) else None
