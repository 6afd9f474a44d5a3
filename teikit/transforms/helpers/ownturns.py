"""What speakers say of themselves in their own turns, read for the people the labels make
(the persons pass): the name and role a self-introduction gives a label that names no one, the
fuller name a surname label's speaker says, the speaker a hand-over names, a roll call's name
(the phrases themselves are read by `ownwords`); in a round of introductions, a name said
alone (N2446m)."""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import Paragraph, Person, Turn
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers import ownwords as ow
from teikit.transforms.helpers.labelblocks import without_line_numbers
from teikit.transforms.helpers.roundnames import own_name_affiliation


def _longer_form(name: str, short: str | None) -> bool:
    """`name` holds more words than `short` and opens or ends with all of them ("Michael
    Stevens" for "Michael", "Ann Lee" for "Lee"): the same person's fuller name."""
    words, known = nm.fold(name).split(), nm.fold(short or "").split()
    return bool(known) and len(words) > len(known) and (words[:len(known)] == known or words[-len(known):] == known)


def own_words(all_turns: list[Turn], people: list, lex: Lexicon) -> None:
    """Names and roles speakers give themselves (see `ownwords`): for a label that names no
    one ("spk09", OPERATOR), its first turn's "My name is ..."; for a surname label, a turn
    that is nothing but the full name."""
    first: dict[str, list[Turn]] = {}
    first_at: dict[str, int] = {}  # person id -> the index of their first turn in all_turns
    position: dict[int, int] = {}  # turn -> its index in all_turns, built on first need
    for k, turn in enumerate(all_turns):
        if turn.who:
            first.setdefault(turn.who, []).append(turn)
            first_at.setdefault(turn.who, k)
    for key, person in people:
        turns = first.get(person.id, [])[:3]
        if not turns or person.interpreter:
            continue
        unnamed = not (key and key[0]) or any(c.isdigit() for c in "".join(key))
        if unnamed and person.name is None and turns[0] is all_turns[0] and not any(c.isdigit() for c in "".join(key)):
            person.name = ow.field_name(opening_of(turns[0]), [opening_of(t) for t in all_turns[1:ow.FIELD_NAME_TURNS]],
                                        lex)  # "MODERATOR: Jane Doe", a header field
        if unnamed or person.role is None or " " not in (person.name or " "):  # "Shaun" with a role, N1245h
            opening = _run_opening(all_turns, first_at[person.id])  # (and a label printed over each segment, R2506m)
            name, role = ow.self_named(opening, lex)
            if name is None and unnamed:  # "Tom Roe. I serve as …" among self-introductions (N2446m)
                name = round_name(all_turns, first_at[person.id], {nm.fold(p.name) for _, p in people if p.name}, lex)
            if name and unnamed and (person.name is None or nm.fold(person.name) in (*key, " ".join(key))):
                person.name = name
            elif name and not unnamed and _longer_form(name, person.name):
                person.name = name  # "Michael: I'm Michael Stevens, and this week …" (N909d)
            person.role = person.role or role or _apposed_role(opening, person, lex) \
                or own_name_affiliation(opening, person.name, lex)  # "Tom Roe, with the Harbour Board." (N1040f)
        if unnamed and (person.name is None or nm.fold(person.name) in key):
            if not position:
                position.update((id(t), k) for k, t in enumerate(all_turns))
            handed = _handed_to(all_turns, position, turns, lex)
            if handed:
                person.name, person.role = handed[0], person.role or handed[1]
        if key and key[0] and len((person.name or "").split()) <= len(key):
            for turn in turns:
                full = ow.roll_call_name(opening_of(turn), key, lex)
                if full:
                    person.name = full
                    break


def _apposed_role(opening: str, person: Person, lex: Lexicon) -> str | None:
    """The role after the speaker's own name in "I'm Ann Lee, Head of IR." (N361a): only when
    the name introduced is the person's (its last word one of the person's name words)."""
    found = ow.introduced_as(opening, lex)
    if found is None or not person.name:
        return None
    return found[1] if nm.fold(found[0].split()[-1]) in {nm.fold(w) for w in person.name.split()} else None


def _handed_to(all_turns: list[Turn], position: dict[int, int], turns: list[Turn],
               lex: Lexicon) -> tuple[str, str | None] | None:
    """The name the turn before a speaker's first turns hands over to, when they agree.
    `position` maps each turn (by id) to its index in `all_turns`, built once per document."""
    names = set()
    found = None
    for turn in turns:
        k = position[id(turn)]
        before = all_turns[k - 1] if k > 0 else None
        if before is None or before.who == turn.who or not before.paragraphs:
            continue
        last = next((p.text for p in reversed(before.paragraphs) if isinstance(p, Paragraph)), "")
        handed = ow.handed_to(last, lex)
        if handed:
            names.add(nm.fold(handed[0]))
            found = found or handed
    return found if len(names) == 1 else None


def _run_opening(all_turns: list[Turn], at: int) -> str:
    """The opening words of a speaker's first run of consecutive turns, from their first
    turn `all_turns[at]` on: a diarized export cuts one speech into segments, each a turn
    under the same id ("Good morning, Your Honors." / "My name is Ann Roe." / "I'm a Deputy
    Attorney General ..."), N12b. (Where the run starts is known: finding it, and copying
    the turns after it, cost a walk of the document per speaker.)"""
    start = all_turns[at]
    texts: list[str] = []
    for k in range(at, len(all_turns)):
        turn = all_turns[k]
        if turn.who != start.who or sum(len(x.split()) for x in texts) >= ow.OPENING_WORDS:
            break
        texts.append(opening_of(turn))
    return " ".join(texts)


def opening_of(turn: Turn) -> str:
    """The first paragraph of a turn's speech, without a typescript's line numbers (N2200l)."""
    return next((without_line_numbers(p) for p in turn.paragraphs if isinstance(p, Paragraph)), "")


# A round of introductions (N2446m): a panel's speakers introduce themselves one after the
# other, one says only the name ("SPEAKER_03: Tom Roe. Uh, I serve as the director of …").
_NAME_SENTENCE = re.compile(r"^\s*((?:[^\W\d_][\w'’.-]*\s+){1,3}[^\W\d_][\w'’-]+)\.(?:\s|$)")


def round_name(turns: list[Turn], k: int, taken: set[str], lex: Lexicon) -> str | None:
    """The full name said alone as the first sentence of `turns[k]` (two to four name words and
    a full stop) when the turn before or after it, another speaker's, opens with a
    self-introduction, and no other speaker has the name (`taken`: their names, folded); alone,
    "Tom Roe. Welcome to the show." may greet someone: it names no one."""
    m = _NAME_SENTENCE.match(opening_of(turns[k]))
    if m is None or not ow.is_name_run(m.group(1).split(), lex) or nm.fold(m.group(1)) in taken:
        return None
    neighbours = [turns[j] for j in (k - 1, k + 1) if 0 <= j < len(turns) and turns[j].who != turns[k].who]
    return m.group(1) if any(ow.self_named(opening_of(t), lex)[0] for t in neighbours) else None
