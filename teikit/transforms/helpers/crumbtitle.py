"""A heading that repeats the last step of the breadcrumb right above it is the title (H2125k).

A blog or archive page prints its breadcrumb trail (`Accueil > Émissions > Tout arrive ! / La
culture est-elle encore un enjeu politique ?`), then the post's heading, which is the trail's
last step printed again. The heading may end with a question mark, as a programme's title
does, and so read like speech; printed under the trail it is the page's title. A heading that
differs from the trail's last step is left to the other rules.
"""
from __future__ import annotations

import re

from teikit.model import Boilerplate

_CRUMB = re.compile(r"\s[>»›]\s")
MIN_CRUMBS = 2  # a trail: at least two steps before the heading's


def crumb_title(header: list, text: str) -> bool:
    """The header's last line is a breadcrumb trail whose last step is `text`."""
    heading = text.strip()
    last = next((h for h in reversed(header) if getattr(h, "text", "").strip()), None)
    if not heading or last is None:
        return False
    steps = _CRUMB.split(last.text.strip())
    return len(steps) > MIN_CRUMBS and steps[-1].strip() == heading \
        and (isinstance(last, Boilerplate) or getattr(last, "kind", None) is not None)
