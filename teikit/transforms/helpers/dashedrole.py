"""The guest's occupation after a dash in the lead (N1142g).

A blog's lead introduces its guest with a dash and the occupation in lower case: "Сегодня у
меня в гостях Сергей Вакуленко -- программист, специалист по встраиваемым системам",
"My guest today is Ann Lee — harbour master, sailor and author". The words after the dash,
up to the first comma or sentence end, are the guest's role when the header names the guest
for the unlabeled speech and gives no office.
"""
from __future__ import annotations

import re

from teikit.model import HeaderLine

# The dash after the name ("--", an en or em dash), then a lower-case occupation.
_AFTER_NAME = r"\s+(?:--|[–—])\s+([^\W\d_A-ZА-ЯЁ][^,.;:!?\n]{1,60}?)\s*(?=[,.;:!?\n]|$)"
MAX_ROLE_WORDS = 6


def dashed_role(name: str, header: list[HeaderLine]) -> str | None:
    """The occupation printed after `name` and a dash in a header line; None if none."""
    if not name:
        return None
    pattern = re.compile(re.escape(name) + _AFTER_NAME)
    for line in header:
        m = pattern.search(line.text)
        if m and len(m.group(1).split()) <= MAX_ROLE_WORDS:
            return m.group(1).strip()
    return None
