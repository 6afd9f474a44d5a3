"""A one-speech page whose heading is only the speaker's name (N1605i).

A parliament's or a ministry's site prints each speech on a page of its own, headed by the
speaker's name and nothing else, often in capitals, an honorific before it:

    MADAME ANNE ROUX
    Merci, Monsieur le Président. …

The heading is the page's title; no label and no other header line names the speaker, so the
speech stayed nobody's. When every turn of the text is unlabelled and none asks (a speech, not
an interview), and the title is a personal name alone (an honorific before it left out, a name
in capitals read in title case: `names_in` must read the whole line as one name), the speech is
that person's.
"""
from __future__ import annotations

from teikit.lexicons import Lexicon
from teikit.model import HeaderKind as K
from teikit.model import HeaderLine, Transcript, Turn
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers.answerer import ends_asking
from teikit.transforms.helpers.attribution import add_person
from teikit.transforms.helpers.titlenames import names_in

MIN_NAME_WORDS, MAX_NAME_WORDS = 2, 5


def title_name(text: str, lex: Lexicon) -> str | None:
    """The personal name a title line consists of, in title case when printed in capitals;
    None when the line holds anything else."""
    words = text.split()
    while words and nm.fold(words[0].rstrip(".")) in nm.folded(lex, "honorifics"):
        words = words[1:]
    if not MIN_NAME_WORDS <= len(words) <= MAX_NAME_WORDS or not all(w.replace("-", "").replace("'", "").isalpha() for w in words):
        return None
    name = " ".join(words)
    probe = name.title() if name.isupper() else name
    return probe if names_in(probe, lex) == [probe] else None


def attribute_name_title(doc: Transcript, turns: list[Turn], header: list[HeaderLine], people: list,
                         lex: Lexicon) -> None:
    """Unlabelled speech that asks nothing and has no speaker yet is by the person the title
    alone names."""
    if not turns or any(t.label is not None or t.who is not None or ends_asking(t) for t in turns):
        return
    titles = [h for h in header if h.kind == K.TITLE]
    if len(titles) != 1 or (name := title_name(titles[0].text.strip(), lex)) is None:
        return
    add_person((nm.fold(name.split()[-1]),), people, doc.persons, turns, name=name)
