"""The per-document set-up made once per lexicon, or done without a pattern compiled per
name, gives what the per-document form it replaces gives (many small transcripts are
converted one after another: that set-up was most of each one's cost)."""
from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from teikit.lexicons import load
from teikit.transforms.helpers import cjkoffices, introductions, labelevidence, officeof, runon

# ideographs of suffixes, names and date characters, and a letter and a space that end a run
CHARS = "部长主任发言人毛宁杨年月日 x"
SUFFIXES = st.lists(st.text(alphabet="部长主任发言人", min_size=1, max_size=3), min_size=1, max_size=5)


def _per_name_office(text: str, name: str, suffixes: list[str]) -> str | None:
    """The pattern compiled per name that `office_match` stands for."""
    alternation = "|".join(suffixes)
    m = re.compile(rf"([\u3400-\u9fff]{{0,12}}?(?:{alternation})){re.escape(name)}").search(text)
    return m.group(1) if m else None


def _order(suffixes: list[str]) -> dict[str, int]:
    order: dict[str, int] = {}
    for n, s in enumerate(suffixes):
        order.setdefault(s, n)
    return order


@given(st.text(alphabet=CHARS, max_size=60), st.text(alphabet="毛宁杨长", min_size=1, max_size=3), SUFFIXES)
@example("外交部发言人毛宁主持", "毛宁", ["发言人", "部长"])
@example("长长长长长长长长长长长长长长长部长毛宁长毛宁", "毛宁", ["长", "部长"])  # the leftmost start wins
@example("部长长长", "长长", ["长", "部长"])  # overlapping printings of the name
@example("x任主任毛宁", "毛宁", ["主任", "任"])  # the first suffix at the shortest run
@settings(max_examples=500, deadline=None)
def test_office_match_gives_the_per_name_patterns_group(text, name, suffixes):
    assert cjkoffices.office_match(text, name, _order(suffixes)) == _per_name_office(text, name, suffixes)


def test_the_chinese_lexicons_suffixes_are_literals():
    """(Else `office_before` falls back to the pattern per name, which is exact but slow.)"""
    literals = cjkoffices._literal_suffixes(load("zh"))
    assert literals is not None and "发言人" in literals
    assert cjkoffices.office_before("毛宁", ["2023年7月17日外交部发言人毛宁主持例行记者会"], load("zh")) == "外交部发言人"


def test_office_before_falls_back_to_the_pattern_for_other_suffixes(monkeypatch):
    monkeypatch.setattr(cjkoffices, "_literal_suffixes", lambda lex: None)
    assert cjkoffices.office_before("毛宁", ["年外交部发言人毛宁主持"], load("zh")) == "外交部发言人"


def test_patterns_built_per_lexicon_are_built_once_and_equal_a_fresh_build():
    for lang in ("en", "fr", "zh"):
        lex = load(lang)
        assert runon.run_on_pattern(lex) is runon.run_on_pattern(lex)
        assert runon.run_on_pattern(lex).pattern == runon.run_on_pattern.__wrapped__(lex).pattern
        intro, office = introductions._introductions(lex), lex.whole_words("office_words")
        assert (introductions._introductions(lex), lex.whole_words("office_words")) == (intro, office)
        assert intro.pattern == f"{lex.pattern('self_introductions').pattern}|{lex.pattern('introductions').pattern}"
        for office in ("foreign minister", "FOREIGN MINISTER", "président"):
            assert officeof._phrase(office, lex).pattern == officeof._phrase.__wrapped__(office, lex).pattern
        events = labelevidence._event_phrases(lex)
        assert [e.__self__.pattern for e in events] == [phrase for _, _, phrase in lex.event_rules]


def test_bracket_name_refuses_an_event_and_takes_a_name():
    lex = load("zh")
    assert not labelevidence.bracket_name("掌声", lex) and not labelevidence.bracket_name("Laughter", lex)
    assert labelevidence.bracket_name("主持人", lex) and labelevidence.bracket_name("ANN LEE", lex)


def test_alternations_alike_in_two_lexicons_are_compiled_once_and_match_alike():
    """French pages carry the English lists after the French ones: a list French does not
    extend is the English pattern itself, and a letter's site phrases are shared too."""
    en, fr = load("en"), load("fr")
    shared = [name for name in ("share_words", "source_lines", "outlets") if getattr(fr, name) == getattr(en, name)]
    assert shared
    from teikit import lexicons
    for name in shared:
        english = en.pattern(name)
        re.purge()  # (not `re`'s own cache, which forgets)
        assert lexicons._compiled.__wrapped__(fr, name, re.IGNORECASE) is english
    for lex in (en, fr):
        fresh = re.compile("|".join(f"(?:{a})" for a in lex.boilerplate_lines), re.IGNORECASE)
        assert lex.pattern("boilerplate_lines").pattern == fresh.pattern
        assert lex.pattern("boilerplate_lines").flags == fresh.flags
    from teikit.transforms.helpers import page
    en_page = page._page(en)
    re.purge()
    fr_page = page._Page(fr)
    same = [k for k in en_page.lettered if k in fr_page.lettered
            and en_page.lettered[k].pattern == fr_page.lettered[k].pattern]
    assert same and all(en_page.lettered[k] is fr_page.lettered[k] for k in same)


@given(st.lists(st.lists(st.sampled_from(["Ann", "ann's", "LEE,", "Д.А.Медведев", "Müller", "(Bo)", "“Ed”", "x.y", "’s"]),
                         max_size=8).map(" ".join), max_size=5))
@settings(max_examples=100, deadline=None)
def test_name_index_folds_each_word_as_folding_it_alone_does(texts):
    from teikit.transforms.helpers import names as nm
    index = introductions.NameIndex(texts, load("en"))
    assert index.folded == [nm.fold_uncached(nm.strip_initials(w)) for w in index.words]


def test_an_alternation_taken_as_a_source_is_the_compiled_patterns_source():
    """`Lexicon.alternation` (not compiled) is what `pattern` compiles, for the lists the
    rules build larger patterns around."""
    from teikit.lexicons import LANGUAGES
    names = ("address_words", "cast_headings", "contents_headings", "date_articles", "deposition_phrases",
             "generic_voices", "header_notes", "interpreter_labels", "interviewer_phrases", "introductions",
             "occasions", "office_suffixes", "office_words", "outlets", "self_introductions", "setting_headings",
             "source_lines", "stage_words", "transcript_words", "venue_words", "voice_words")
    for lang in LANGUAGES:
        lex = load(lang)
        for name in names:
            assert lex.alternation(name) == lex.pattern(name).pattern, (lang, name)


def test_the_encoding_desc_written_once_is_the_one_written_element_by_element():
    from teikit.writers import teiheader
    from teikit.writers.xmlbuild import XmlBuilder
    for segmentation in (teiheader.SPEECH_SEGMENTATION, teiheader.DRAMA_SEGMENTATION, teiheader.ISO_SEGMENTATION):
        by_element, at_once = XmlBuilder(), XmlBuilder()
        for b in (by_element, at_once):
            b.open("TEI")
            b.open("teiHeader")
        teiheader.write_encoding_desc(by_element, segmentation)
        at_once.chunk(*teiheader._encoding_desc_lines(segmentation, at_once.depth))
        for b in (by_element, at_once):
            b.close("teiHeader")
            b.close("TEI")
        assert at_once.result() == by_element.result()
        assert at_once.written == by_element.written


@given(st.text(alphabet="aZé ,.1Жж中", max_size=40))
@example("plain ASCII words, 12.")
@example("1234 ...")
@settings(max_examples=200, deadline=None)
def test_script_of_an_ascii_sample_is_the_three_counts_answer(text):
    from teikit.transforms.helpers import newsleads
    counts = [(len(pattern.findall(text[:newsleads.SCRIPT_SAMPLE])), name) for name, pattern in newsleads._SCRIPTS]
    assert newsleads.script_of(text) == (max(counts)[1] if max(counts)[0] else None)
