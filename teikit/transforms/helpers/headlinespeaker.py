"""N230y: the speaker a quoted headline names. A news or speech-collection page heads an
unlabeled speech or interview with the speaker's name, a colon and a quotation from it:
`Joseph McCarthy: 'I have in my hand ...' Enemies from Within speech - 1950`,
`Mughini: «Che noia tutti questi sacerdoti del Bene»`, `SUPERCOPPA. CONTE: “Lazio forte ...”`
(a kicker may open it). The label shapes refuse such a line as a label (L192u); it still says
whose words the page quotes. An interview under it is N199o's (`roleshapes.quoting_title`);
here, speech without labels and without questions, that no other rule gave a speaker, is by
the one person the page's quoted headlines name (none or several: nobody)."""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import HeaderKind as K
from teikit.model import HeaderLine, Transcript, Turn
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers.answerer import ends_asking
from teikit.transforms.helpers.attribution import add_person

# An optional kicker ending in a full stop ("SUPERCOPPA."), one to four words, a colon, and
# the opening mark of a quotation (straight or typographic, single or double, guillemets).
_HEADLINE = re.compile(r"^(?:[^\s.:]{2,30}\.\s+)?(?P<name>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,3})"
                       r"\s?:\s*['\"“«„「‘‚]\S")


def quoted_headline_speaker(text: str, lex: Lexicon) -> str | None:
    """The name that opens a quoted headline, as printed, or None when the words before the
    colon are not all name words (a one-word name in capitals, "CONTE", is one)."""
    found = _HEADLINE.match(text.strip())
    if found is None:
        return None
    words = found.group("name").split()
    if len(words) == 1 and words[0].isupper() and len(words[0]) > 2 and words[0].isalpha():
        return words[0] if nm.fold(words[0]) not in nm.folded(lex, "label_role_words") else None
    if all(nm.is_name_word(w, lex) for w in words) and not nm.is_initial(words[-1]):
        return " ".join(words)
    return None


def attribute_quoted_headline(doc: Transcript, turns: list[Turn], header: list[HeaderLine], people: list,
                              lex: Lexicon) -> None:
    """Unlabeled speech that asks nothing and has no speaker yet is by the one person the
    page's quoted headlines (title or subtitle lines) name."""
    if not turns or any(t.label is not None or t.who is not None or ends_asking(t) for t in turns):
        return
    named = {quoted_headline_speaker(h.text, lex) for h in header if h.kind in (K.TITLE, K.SUBTITLE)} - {None}
    if len(named) != 1:
        return
    name = named.pop()
    add_person((nm.fold(name.split()[-1]),), people, doc.persons, turns, name=name)
