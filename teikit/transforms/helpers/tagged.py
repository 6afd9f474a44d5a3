"""A video script's label line: a production tag in black brackets, then the speaker,
alone on the line over the speech ("【同期】中新社记者 梁晓辉": the tag says the speech is sound on
tape). A bracketed line with no speaker after a tag ("【进入会场】") is a scene, no label."""
from __future__ import annotations

import re

_TAGGED_ALONE = re.compile(r"^【[^\W\d_]{1,4}】[ \u3000]*([^\W\d_](?:[^\W_]|[ \u3000\u00b7·]){1,24})$")


def tagged_speaker(line: str) -> str | None:
    """The speaker of a tagged label line, or None."""
    m = _TAGGED_ALONE.match(line) if line[:1] == "【" else None
    return m.group(1) if m else None


def tagged_label_line(line: str) -> bool:
    """ "【同期】中新社记者 梁晓辉": a production tag and a speaker, alone on the line."""
    return tagged_speaker(line) is not None
