"""Header lines that must survive to the title choice on pages of unseen shapes (head16;
docs/convert-shapes.md, sections marked k), one small synthetic example each, written for the
test (never a corpus line): each fails without its rule."""
from __future__ import annotations

from teikit import lexicons
from teikit.model import Boilerplate, HeaderKind, HeaderLine
from teikit.transforms.helpers.headerdates import counted_date
from teikit.transforms.helpers.headerlines import looks_like_speech
from teikit.transforms.helpers.page import is_strong
from tests.convert.conftest import labels, read


def _kinds(doc) -> list[tuple[str, str]]:
    return [(b.kind.value, b.text) for b in doc.blocks if isinstance(b, HeaderLine)]


def _boilerplate(doc) -> list[str]:
    return [b.text for b in doc.blocks if isinstance(b, Boilerplate)]


_INTERVIEW = "\n\nQ: How did you come to the harbour?\n\nA: By boat, of course.\n"


# --- B170k a headline quoted whole between guillemets is no pager ------------------------------

def test_a_headline_between_guillemets_is_the_title_not_a_pager():
    doc = read("Subscribe now\n«We never left the harbour»\n12 March 2020" + _INTERVIEW, lang="en")
    assert (HeaderKind.TITLE.value, "«We never left the harbour»") in _kinds(doc)
    assert "«We never left the harbour»" not in _boilerplate(doc)


def test_pagers_are_still_site_lines():
    lex = lexicons.load("en")
    for pager in ("< Back   CONTENTS   Next >", "« Previous", "« Back   Next »", "‹ Older posts"):
        assert is_strong(pager, lex), pager
    assert not is_strong("« Nous ne partirons pas »", lexicons.load("fr"))


# --- H171k a date widget with its counters above the title ------------------------------------

def test_a_date_with_counters_above_the_title_is_the_date():
    doc = read("Ann Lee\n\n03.04.2019 118 2\n\n«We never left the harbour»" + _INTERVIEW, lang="en")
    assert (HeaderKind.DATE.value, "03.04.2019 118 2") in _kinds(doc)
    assert doc.setting.date_iso == "2019-04-03"
    lex = lexicons.load("en")
    assert counted_date("03.04.2019 118 2", lex) and not counted_date("03.04.2019 Harbour Road", lex)


# --- H172k a short quotation printed whole is a headline, whatever closes it -------------------

def test_a_short_quotation_on_its_line_is_no_speech():
    assert not looks_like_speech("„We are not there yet.“")
    assert not looks_like_speech("«Who will save the harbour?»")
    assert looks_like_speech("“" + " ".join(["word"] * 14) + ".”")  # a long quotation may be speech
    doc = read("Harbour Weekly\n\n“We are not there yet.”\n\nAnn Lee on her first year as mayor." + _INTERVIEW,
               lang="en")
    assert (HeaderKind.TITLE.value, "“We are not there yet.”") in _kinds(doc)
    assert labels(doc) == ["Q:", "A:"]


# --- H173k a piece of a sentence printed twice is no title -------------------------------------

def test_a_fragment_printed_twice_is_left_to_the_score():
    doc = read("“We are not there yet”\n\n... on her first year and what comes next\n\n"
               "... on her first year and what comes next" + _INTERVIEW, lang="en")
    kinds = _kinds(doc)
    assert (HeaderKind.TITLE.value, "“We are not there yet”") in kinds
    assert not any(k == HeaderKind.TITLE.value and t.startswith("...") for k, t in kinds)
