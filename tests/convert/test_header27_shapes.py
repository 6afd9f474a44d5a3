"""The page header on unseen pages, dates first (docs/convert-shapes.md, rules 380a on): one
small synthetic example each, written for the test (never a corpus line); each fails without
its rule."""
from __future__ import annotations

from tests.convert.conftest import labels, read


# --- D380a a record's date field with the Minguo year printed bare ---------------------------

_RECORD = "標題:港務局新春記者會紀錄\n時間:{}\n局長:\n各位朋友大家早安。\n今年港口的工作很多。\n"


def test_a_bare_minguo_year_in_a_time_field_is_the_date():
    doc = read(_RECORD.format("113/03/25"))
    assert doc.setting.date_iso == "2024-03-25"  # Minguo 113 + 1911
    assert read(_RECORD.format("90/01/15")).setting.date_iso == "2001-01-15"
    assert read(_RECORD.format("90年1月15日")).setting.date_iso == "2001-01-15"
    assert "時間:" not in labels(doc)  # a traditional field name is no speaker label


def test_a_bare_year_a_day_or_month_could_be_gives_no_date():
    from teikit.lexicons import load
    from teikit.transforms.helpers.eradates import field_era_date
    lex = load("zh")
    assert field_era_date("時間:15/01/01", lex) is None  # a day first (Hong Kong): no era year
    assert field_era_date("時間:90/02/30", lex) is None  # no such day
    assert field_era_date("局長:90/01/15", lex) is None  # only a date or time field's value
    assert field_era_date("時間:90/01/15", load("en")) is None  # only a lexicon naming the era
    assert field_era_date("時間:90/01/15", lex)[2] == "2001-01-15"
