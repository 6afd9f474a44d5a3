"""The setting of the event (teiHeader settingDesc) from the header lines.

Title, venue, place, date and time come from their header lines; when no date line is
printed, a full date inside the title is used ("Department Press Briefing – February 7,
2022"). The occasion (`activity`) is an occasion line ("Remarks to the Press") or, failing
that, the occasion phrase of the title ("Joint Press Availability").
"""
from __future__ import annotations

from teikit.model import HeaderLine, Setting, Transcript
from teikit.transforms.dates import date_line, find_date
from teikit.transforms.header import FIELD, OCCASION


def _value(line: HeaderLine) -> str:
    """The line without a "Date:"/"Location:" field name."""
    field = FIELD.match(line.text.strip())
    return field.group(2).strip() if field else line.text.strip()


def apply(doc: Transcript) -> None:
    lines = [b for b in doc.blocks if isinstance(b, HeaderLine)]
    by_kind: dict[str, list[HeaderLine]] = {}
    for line in lines:
        by_kind.setdefault(line.kind, []).append(line)

    def first(kind: str) -> str | None:
        return _value(by_kind[kind][0]) if kind in by_kind else None

    # A title printed over two lines is one title; without a title line, the occasion
    # line ("Remarks to the Press") is the best title.
    title = " ".join(_value(t) for t in by_kind.get("title", [])) or None
    s = Setting(title=title or first("subtitle") or first("activity"),
                place=first("place"), time=first("time"))
    venues = [_value(v) for v in by_kind.get("venue", [])]
    s.venue = ", ".join(venues) or None
    if "date" in by_kind:
        s.date_text = _value(by_kind["date"][0])
        s.date_iso = by_kind["date"][0].when or date_line(s.date_text)
    else:
        for line in by_kind.get("title", []) + by_kind.get("subtitle", []):
            found = find_date(line.text)
            if found:
                s.date_text, s.date_iso = line.text[found[0]:found[1]], found[2]
                break
    s.activity = first("activity")
    if s.activity is None and s.title:
        m = OCCASION.search(s.title)
        s.activity = m.group(0) if m else None
    doc.setting = s
