"""The guest a portrait under its heading names (H1282h): Chinese interview pages print the
guest's portrait under a heading (`【嘉宾介绍】`, lexicon `guest_intro_headings`) as the name, a
comma and the guest's offices (`王海峰，清华大学建筑学院教授。`), and then label the guest with the
role word only (`嘉宾：`, lexicon `guest_labels`). The label's person is the portrait's name,
the offices its role.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import HeaderKind, HeaderLine
from teikit.model.facts import Person
from teikit.transforms.helpers.coverfields import guest_intro_heading
from teikit.transforms.helpers.titlenames import names_in

# The name before the first comma, the offices after it up to the sentence's end.
_PORTRAIT = re.compile(r"^\s*([^,，、。;；:：()（）]{2,40}?)\s*[,，]\s*([^。.!?！？]{2,80})")
_IDEOGRAPHIC_NAME = re.compile(r"^[\u3400-\u9fff·]{2,4}$")


def _portrait(header: list, lex: Lexicon) -> tuple[str, str] | None:
    """(name, offices) of the line under the guest's portrait heading, if it opens so."""
    for above, line in zip(header, header[1:]):
        if isinstance(above, HeaderLine) and isinstance(line, HeaderLine) and line.kind == HeaderKind.SUMMARY \
                and guest_intro_heading(above.text, lex):
            m = _PORTRAIT.match(line.text)
            name = m.group(1).strip() if m else ""
            if name and (_IDEOGRAPHIC_NAME.match(name) or names_in(name, lex) == [name]):
                return name, m.group(2).strip()
    return None


def name_guest_from_portrait(header: list, persons: list[Person], lex: Lexicon) -> None:
    """Name the one person labelled with a guest word of the lexicon after the portrait."""
    if not lex.guest_labels:
        return
    guests = [p for p in persons if p.labels and all(label.strip().rstrip(":：").strip().lower() in lex.guest_labels
                                                     for label in p.labels)]
    if len(guests) != 1:
        return
    found = _portrait(header, lex)
    if found is not None:
        guests[0].name, guests[0].role = found[0], guests[0].role or found[1]
