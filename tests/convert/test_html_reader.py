"""Web-page sources (R980e): a page is read as a browser shows it, then by the plain-text
pipeline; markup, scripts and head metadata are not speech; hostile pages cost time and
memory in proportion to their size."""
from __future__ import annotations

import time

import pytest

from teikit import TeikitError, convert, read_transcript
from teikit.model import LineBreak
from teikit.readers import choose_reader
from teikit.readers.html import is_page, strip_php
from teikit.readers.pagetext import page_text
from tests.convert.test_cli import teikit

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Talk with Ann Lee</title>
<style>p { color: red; } .x:after { content: "MR. STYLE: no"; }</style>
<script>var s = "ANN LEE: not speech"; if (a < b) { document.write("<p>BOB ROE: no</p>"); }</script>
</head><body>
<p>ANN LEE: Good morning, everyone, and welcome.</p>
<p>BOB ROE: Thank you &amp; good morning &#8212; glad to be here.</p>
<p>ANN LEE: Let us begin.</p>
</body></html>
"""


def labels(page: str, name: str = "page.html") -> list:
    return [t.label for t in read_transcript(page.encode(), name).turns()]


def test_labels_in_paragraphs_are_read_as_in_plain_text():
    assert labels(PAGE) == ["ANN LEE:", "BOB ROE:", "ANN LEE:"]
    assert labels(PAGE) == labels(PAGE.replace("<p>", "<div>").replace("</p>", "</div>"))


def test_script_style_and_head_are_not_speech_and_the_title_is_the_pages():
    result = convert(PAGE.encode(), "page.html")
    text = result.transcript.turns()
    assert [t.paragraphs[0].text for t in text][1] == "Thank you & good morning \u2014 glad to be here."
    assert b"not speech" not in result.tei and b"STYLE" not in result.tei and b"color" not in result.tei
    assert result.transcript.setting.title == "Talk with Ann Lee"
    assert b"<title type=\"main\">Talk with Ann Lee</title>" in result.tei


def test_only_the_first_title_is_the_pages_title():
    page = page_text("<html><head><title>A &amp; B</title></head><body><p>x<svg><title>tip</title></svg> y</p>")
    assert page.title == "A & B" and page.lines == ["x y", ""]


def test_bold_labels_are_labels_with_no_markup_or_marks_in_the_output():
    page = ("<html><body><p><b>Ann Lee:</b> Good morning, and welcome.</p>"
            "<p><strong>Bob Roe</strong>: Thank you.</p><p><B>Ann Lee:</B> Let us begin.</p>"
            "<p><b>Bob Roe:</b> Gladly.</p></body></html>")
    result = convert(page.encode(), "page.html")
    assert [t.label for t in result.transcript.turns()] == ["Ann Lee:", "Bob Roe:", "Ann Lee:", "Bob Roe:"]
    assert b"&lt;" not in result.tei and b"**" not in result.tei


def test_br_breaks_lines_and_two_br_break_paragraphs():
    page = "<html><body><p>ANN LEE: One line<br>and the next.<br><br>A new paragraph.</p></body></html>"
    turn, = read_transcript(page.encode(), "p.html").turns()
    first, second = turn.paragraphs
    assert [type(i) for i in first.content].count(LineBreak) == 1
    assert first.text == "One line and the next." and second.text == "A new paragraph."


def test_whitespace_is_collapsed_but_pre_keeps_its_lines():
    lines = page_text("<body><div><span>MR  T.  HEATHER:  </span><span>The\n\nquestion</span></div>"
                      "<pre>A: one\n  B: two</pre><table><tr><td>Q</td><td>Why?</td></tr></table>").lines
    assert lines == ["MR T. HEATHER: The question", "", "A: one", "  B: two", "", "Q\tWhy?", ""]


def test_character_references_are_decoded_once_and_controls_held_by_stand_ins():
    page = page_text("<p>T&amp;M &amp;amp; caf&eacute; &#x2019;s &nbsp;x &#1; &#xD800;</p>")
    stand_in = page.non_xml["\x01"]  # (kept: the converter restores it after its passes)
    assert list(page.non_xml) == ["\x01"] and stand_in not in "\x01\ufffd"
    assert page.lines[0] == f"T&M &amp; caf\u00e9 \u2019s \u00a0x {stand_in} \ufffd"
    assert page.controls == 1


def test_an_entity_declared_in_the_doctype_is_not_expanded():
    page = page_text('<!DOCTYPE html [<!ENTITY a "AAAAAAAAAA">]><html><body><p>x &a; y</p></body></html>')
    assert "AAAA" not in "".join(page.lines)


def test_php_code_is_not_read():
    assert strip_php('<?php $t = "a > b"; include("h.php"); ?><p>Hi</p><?= $x ?>') == "<p>Hi</p>"
    assert strip_php("<p>Hi</p><?php echo 1;") == "<p>Hi</p>"  # a last block runs to the end


def test_pages_are_chosen_by_name_or_content_and_text_stays_text():
    assert is_page(b"ANN: Hi", "x.htm") and is_page(b"\xef\xbb\xbf <!-- c -->\n<!doctype HTML>", "-")
    assert is_page(b"<?php include('a'); ?>", "x.txt") and is_page(b"<HTML>\n<HEAD>", "x.txt")
    assert not is_page(b"ANN LEE: <html> is a tag.", "x.txt") and not is_page(b"<htmlx>", "x")
    assert choose_reader(b"ANN: Hi", "x.txt") == "plaintext"
    assert choose_reader(b"<html><body>ANN: Hi", "x.txt") == "html"
    assert choose_reader(b"<html><body>ANN: Hi", "x.html", "text") == "plaintext"
    assert choose_reader(b"ANN: Hi", "x.txt", "html") == "html"
    assert choose_reader(b"WEBVTT\n\n00:01.000 --> 00:02.000\nHi\n", "x.html") == "subtitles"


@pytest.mark.parametrize("data", [b"<?xml version='1.0'?>\n<TEI/>", b"<TEI xmlns='http://www.tei-c.org/ns/1.0'/>"])
def test_tei_is_refused_as_before_even_named_html(data):
    for name in ("t.txt", "t.html"):
        with pytest.raises(TeikitError, match=r"looks like XML; did you mean `teikit validate`\?"):
            read_transcript(data, name)


def test_a_declared_charset_decodes_without_a_warning():
    page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">' \
           "</head><body><p>ANN: Caf\u00e9 \u2013 na\u00efve.</p></body></html>"
    doc = read_transcript(page.encode("cp1252"), "p.html")
    assert doc.turns()[0].paragraphs[0].text == "Caf\u00e9 \u2013 na\u00efve." and not doc.warnings


def _seconds(page: str) -> float:
    """The CPU time reading `page` costs this process: wall time would count the time the
    process waits for a core (the suite runs on every core, beside other work)."""
    started = time.process_time()
    page_text(page)
    return time.process_time() - started


@pytest.mark.parametrize("unit", ["<div>", "<span><b>", "<br>", "<a", "<!--", "</", "<table><tr><td>x"])
def test_hostile_pages_cost_time_in_proportion_to_their_size(unit):
    """A nesting bomb, runs of unclosed tags and comments (quadratic in the stdlib's
    html.parser of Python 3.11): four times the page, well under sixteen times the time."""
    small, large = unit * 20_000 + "text", unit * 80_000 + "text"
    _seconds(small)  # (warm-up)
    assert _seconds(large) < 8 * max(_seconds(small), 0.01)


def test_a_nesting_bomb_gives_its_text_and_few_lines():
    page = page_text("<html><body>" + "<div><span>" * 100_000 + "deep" + "<br>" * 100_000)
    assert page.lines == ["deep", ""]


def test_a_folder_of_pages_is_converted(tmp_path):
    (tmp_path / "in").mkdir()
    for name in ("a.html", "b.htm", "c.php"):
        (tmp_path / "in" / name).write_text(PAGE, encoding="utf-8")
    (tmp_path / "in" / "d.txt").write_text("ANN LEE: Hi.\n\nBOB ROE: Hello.\n", encoding="utf-8")
    run = teikit("convert", "-q", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--from", "html")
    assert run.returncode == 0, run.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.xml", "b.xml", "c.xml"]
    assert b"BOB ROE:" in (tmp_path / "out" / "c.xml").read_bytes()


def test_a_folder_run_without_from_html_leaves_the_reading_views_beside_the_transcripts(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("ANN LEE: Hi.\n\nBOB ROE: Hello.\n", encoding="utf-8")
    assert teikit("convert", "-q", str(tmp_path / "in" / "a.txt"), "-o", str(tmp_path / "a.xml")).returncode == 0
    view = teikit("transform", str(tmp_path / "a.xml"), "--to", "html", "-o", str(tmp_path / "in" / "a.html"))
    assert view.returncode == 0, view.stderr
    run = teikit("convert", "-q", str(tmp_path / "in"), "-o", str(tmp_path / "out"))
    assert run.returncode == 0, run.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.xml"]
    assert teikit("convert", str(tmp_path / "in" / "a.html"), "-o", str(tmp_path / "v.xml")).returncode == 0  # named: read


def test_from_html_reads_stdin_as_a_page_and_from_text_as_text():
    page = b"<p>ANN LEE: Hello.</p><p>BOB ROE: Hi.</p><p>ANN LEE: Bye.</p>"
    html = teikit("convert", "-", "--from", "html", stdin=page)
    assert html.returncode == 0 and b"&lt;p" not in html.stdout and b"BOB ROE:" in html.stdout
    text = teikit("convert", "-", "--from", "text", stdin=page)
    assert text.returncode == 0 and b"&lt;p&gt;" in text.stdout
    refused = teikit("convert", "-", "--from", "text", stdin=PAGE.encode())
    assert refused.returncode == 2 and b"looks like XML; did you mean `teikit validate`?" in refused.stderr
