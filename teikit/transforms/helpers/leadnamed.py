"""The guest a magazine's lead names again and again over an interview whose questions are
marked (N1243h): `Il motto di Giovanni Toraldo, developer senior … è questo.` / `Giovanni
Toraldo, da pochi mesi in …, è tra i fondatori …`, then `### In cosa consiste …?` and answers
without labels. The lead is written about the person who answers; the one full name it
prints twice or more, where it prints no other name twice, is the answer voice, its role the
apposition after one of its mentions. Only over marked questions (bold, italic or heading
questions, `boldquestions.marked_question_turns`): a news lead naming someone twice over a
speech names the speaker's subject, not the speaker. Used by `helpers.attribution`."""
from __future__ import annotations

from collections import Counter

from teikit.lexicons import Lexicon
from teikit.model import HeaderKind as K
from teikit.model import HeaderLine
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers.roleshapes import role_after
from teikit.transforms.helpers.titlenames import names_in

MIN_MENTIONS = 2


def lead_named_twice(header: list[HeaderLine], people: list, lex: Lexicon) -> list[tuple[str, str, tuple]]:
    """[(name, role, key)] of the one name of two words or more the lead's summary lines
    print twice or more (see the module), unless a labelled person has it; else []."""
    lead = " ".join(" ".join(h.text.split()) for h in header if h.kind == K.SUMMARY)
    counts = Counter(n for n in names_in(lead, lex) if len(n.split()) >= 2)
    repeated = [n for n, c in counts.items() if c >= MIN_MENTIONS]
    if len(repeated) != 1:
        return []
    name = repeated[0]
    key = (nm.fold(name.split()[-1]),)
    if any(nm.same_person(key, k) for k, _ in people):
        return []
    role = next((r for at in _ends(lead, name) if (r := role_after(lead, at, lex))), None)
    return [(name, role or "", key)]


def _ends(text: str, name: str) -> list[int]:
    """Where each mention of `name` in `text` ends."""
    ends, at = [], text.find(name)
    while at >= 0:
        ends.append(at + len(name))
        at = text.find(name, at + 1)
    return ends
