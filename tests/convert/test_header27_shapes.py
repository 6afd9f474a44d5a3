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


# --- D381a the event's date told by a lead or a transcript notice ----------------------------

_NOTICE = ("Harbour Hour: The New Quay\n\n"
           "This is a rush transcript from \"Harbour Hour,\" March 3, 2021. This copy may be updated.\n\n"
           "ANN LEE: Good evening.\n\nJOHN ROE: Good evening, Ann.\n")
_LEAD = ("Der Hafen als Bühne (3): Viele Worte\n\nMan kann mit vielen Worten wenig sagen. Das zeigten "
         "Hafensprecherin Ann Lee und der Lotse John Roe am 3. März 2021 in der Pressekonferenz des Hafens. "
         "Der Kai war gerade eröffnet worden.\n\nHier ein paar Varianten:\n\n"
         "Ann Lee, Hafensprecherin: „Der Kai ist offen, und wir freuen uns.“\n\n"
         "John Roe, Lotse: „Das freut uns alle sehr.“\n\nAnn Lee: „Danke schön.“\n")


def test_a_transcript_notice_or_a_lead_dates_the_event_when_no_date_line_does():
    assert read(_NOTICE).setting.date_iso == "2021-03-03"
    assert read(_LEAD).setting.date_iso == "2021-03-03"


def test_a_lead_date_beside_no_occasion_or_beside_another_date_gives_none():
    from teikit.lexicons import load
    from teikit.transforms.helpers.leaddates import told_date
    en, de = load("en"), load("de")
    assert told_date("Ann Lee was born on March 3, 1961 in Harbour Town.", en) is None  # no occasion named
    assert told_date("The press conference of March 3, 2021 followed the one of May 5, 2020.", en) is None
    assert told_date("Gestern war es kalt. Ann Lee sprach am 3. März 2021 in der Pressekonferenz.", de)[2] == "2021-03-03"
    assert told_date("Am 3. März 2021 war es kalt. Ann Lee sprach in der Pressekonferenz.", de) is None  # other sentence


# --- H382a a heading that ends by naming its transcript is the title -------------------------

_BANNER = ("Harbour Awards 2020\nHarbour Town\nKent\n+6°\nHarbour Metrics\nPolitics3 March 2021 15:54\n\n"
           "The Harbour Master's Annual Press Conference of 3 March 2021: full transcript\n\n"
           "The site gives the full transcript of the harbour master's answers in the Harbour Hall\n"
           "The harbour master at the press conference.\n\n"
           "ANN LEE: Good morning.\n\nJOHN ROE: Good morning, Ann.\n")


def test_a_heading_closing_on_its_transcript_word_is_the_title_under_a_banner():
    assert read(_BANNER).setting.title == ("The Harbour Master's Annual Press Conference of 3 March 2021: "
                                           "full transcript")


def test_a_transcript_word_alone_or_in_a_sentence_names_no_title():
    from teikit.lexicons import load
    from teikit.transforms.helpers.headtitles import closes_with_transcript
    en = load("en")
    assert closes_with_transcript("Mayor Roe in a Town Hall (Full Transcript)", en)
    assert not closes_with_transcript("Full transcript", en)  # no heading before it
    assert not closes_with_transcript("Read the transcript", en)  # no colon, dash or bracket
