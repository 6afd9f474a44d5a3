"""Pass `setting`: the setting of the event (teiHeader settingDesc) from the header lines.

Title, venue, place, date and time come from their header lines; when no date line is
printed, a full date inside the title is used ("Department Press Briefing – February 7,
2022"). The occasion (`activity`) is an occasion line ("Remarks to the Press") or, failing
that, the occasion phrase of the title ("Joint Press Availability").
"""
from __future__ import annotations

from teikit.lexicons import Lexicon
from teikit.model import HeaderKind as K
from teikit.model import HeaderLine, Setting, Transcript
from teikit.transforms.helpers.dates import date_line, find_date
from teikit.transforms.helpers.headerlines import field_value, occasion


def _value(line: HeaderLine, lex: Lexicon) -> str:
    """The line without a "Date:"/"Location:" field name."""
    field = field_value(line.text, lex)
    return field[1] if field else line.text.strip()


class SettingPass:
    name = "setting"
    after = ("header",)

    def apply(self, doc: Transcript, ctx) -> None:
        doc.setting = read_setting([b for b in doc.blocks if isinstance(b, HeaderLine)], ctx.lexicon)


def read_setting(lines: list[HeaderLine], lex: Lexicon) -> Setting:
    by_kind: dict[str, list[HeaderLine]] = {}
    for line in lines:
        by_kind.setdefault(line.kind, []).append(line)

    def first(kind: str) -> str | None:
        return _value(by_kind[kind][0], lex) if kind in by_kind else None

    # A title printed over two lines is one title; without a title line, the occasion
    # line ("Remarks to the Press") is the best title.
    title = " ".join(_value(t, lex) for t in by_kind.get(K.TITLE, [])) or None
    s = Setting(title=title or first(K.SUBTITLE) or first(K.ACTIVITY),
                place=first(K.PLACE), time=first(K.TIME))
    venues = [_value(v, lex) for v in by_kind.get(K.VENUE, [])]
    s.venue = ", ".join(venues) or None
    if K.DATE in by_kind:
        s.date_text = _value(by_kind[K.DATE][0], lex)
        s.date_iso = by_kind[K.DATE][0].when or date_line(s.date_text, lex)
    else:
        for line in by_kind.get(K.TITLE, []) + by_kind.get(K.SUBTITLE, []):
            found = find_date(line.text, lex)
            if found:
                s.date_text, s.date_iso = line.text[found[0]:found[1]], found[2]
                break
    s.activity = first(K.ACTIVITY)
    if s.activity is None and s.title:
        s.activity = occasion(s.title, lex)
    return s


PASS = SettingPass()
