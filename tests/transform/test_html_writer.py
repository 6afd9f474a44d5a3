"""The HTML reading view: structure, escaping, link safety, person index, permalinks."""
from __future__ import annotations

from urllib.parse import unquote

import pytest
from lxml import html as lhtml

from teikit.readers.tei import read
from teikit.writers.html import safe_href, write, write_index

from .conftest import FOREIGN_FILES, check_golden


def page(data: bytes):
    out = write(read(data, "x.xml")).decode("utf-8")
    return out, lhtml.document_fromstring(out)


def test_golden(sample_bytes):
    check_golden("sample.html", write(read(sample_bytes, "sample.tei.xml")).decode("utf-8"))


def test_landmarks_skip_link_and_heading_order(sample_bytes):
    out, doc = page(sample_bytes)
    assert out.startswith("<!DOCTYPE html>") and doc.get("lang") == "en"
    assert doc.xpath("//header") and doc.xpath("//nav[@aria-label]") and doc.xpath("//main[@id]")
    skip = doc.xpath("//body/a[1]")[0]
    assert skip.get("href") == "#" + doc.xpath("//main/@id")[0]
    levels = [int(h.tag[1]) for h in doc.iter("h1", "h2", "h3", "h4", "h5", "h6")]
    assert levels[0] == 1 and all(b - a <= 1 for a, b in zip(levels, levels[1:]))


def test_self_contained_no_script_no_external_resources(sample_bytes):
    out, doc = page(sample_bytes)
    assert not doc.xpath("//script|//link|//img|//iframe|//object")
    assert "@import" not in out and "url(" not in out
    assert doc.xpath("//style") and "break-inside: avoid" in out


def test_turns_have_ids_permalinks_and_speaker_links(sample_bytes):
    _, doc = page(sample_bytes)
    turns = doc.xpath("//div[contains(@class,'turn')]")
    assert [t.get("id") for t in turns] == ["sample.u1", "sample.u2", "sample.u3"]
    for t in turns:
        link = t.xpath(".//a[@class='permalink']")[0]
        assert link.get("href") == "#" + t.get("id") and "Permalink to turn" in link.text_content()
    person_ids = set(doc.xpath("//nav//li/@id"))
    speaker_links = doc.xpath("//p[@class='speaker']/a[not(@class)]/@href")
    assert speaker_links == ["#blinken", "#lavrov"] and {h[1:] for h in speaker_links} <= person_ids
    assert "interpreted" in turns[1].get("class")
    assert turns[1].xpath(".//span[@class='delivery']")[0].text == "(Via interpreter)"


def test_person_index_counts_turns_and_marks_interpreters(sample_bytes):
    _, doc = page(sample_bytes)
    items = {li.get("id"): li.text_content() for li in doc.xpath("//nav//li")}
    assert "Antony J. Blinken, Secretary of State" in items["blinken"] and "1 turn" in items["blinken"]
    assert "interpreter" in items["interpreter"] and "0 turns" in items["interpreter"]


def test_boilerplate_is_left_out_and_events_are_styled(sample_bytes):
    out, doc = page(sample_bytes)
    assert "mailing list" not in out and "Share this page" not in out
    assert doc.xpath("//span[@class='event']/text()") == ["(Laughter.)", "inaudible"]
    assert doc.xpath("//p[@class='stage']/text()") == ["(Applause.)"]


def test_text_is_escaped():
    data = (b'<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>'
            b'&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title></titleStmt></fileDesc></teiHeader>'
            b'<text><body><note type="speaker">&lt;b onmouseover=x&gt;:</note><u><seg>&lt;img src=x onerror=alert(1)&gt;'
            b'</seg></u></body></text></TEI>')
    out, doc = page(data)
    assert "<script" not in out and "<img" not in out and "<b " not in out
    assert "&lt;img src=x onerror=alert(1)&gt;" in out
    assert doc.xpath("//h1")[0].text == "</title><script>alert(1)</script>"


@pytest.mark.parametrize("url,ok", [
    ("https://example.org/x", True), ("http://a.b", True), ("mailto:a@b.c", True),
    ("page.html#x", True), ("javascript:alert(1)", False), (" JavaScript:alert(1)", False),
    ("java\tscript:alert(1)", False), ("data:text/html,x", False), ("file:///etc/passwd", False),
    ("//evil.example/x", False), ("vbscript:x", False),
])
def test_safe_href(url, ok):
    assert (safe_href(url) is not None) == ok


def test_javascript_licence_target_is_not_a_link():
    data = (b'<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><publicationStmt>'
            b'<availability><licence target="javascript:alert(1)">Free</licence></availability>'
            b'</publicationStmt></fileDesc></teiHeader><text><body><p>x</p></body></text></TEI>')
    out, doc = page(data)
    assert "javascript:" not in out and "Free" in out


def test_lang_attributes_follow_xml_lang():
    data = (b'<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="sl"><text><body>'
            b'<u xml:id="a"><seg>Dober dan.</seg><seg xml:lang="en">Good day.</seg></u>'
            b'<u xml:id="b" xml:lang="en"><seg>Hello.</seg></u></body></text></TEI>')
    _, doc = page(data)
    assert doc.get("lang") == "sl"
    assert doc.xpath("//div[@id='a']/p[@lang='en']/text()") == ["Good day."]
    assert doc.xpath("//div[@id='b']/@lang") == ["en"]


def test_index_page_links_file_names_as_percent_encoded_relative_paths():
    entries = [("a.html", "A <b>", "2021"), ("javascript:x.html", "B", None),
               ("\u3000javascript:alert(1).html", "C", None), ("//evil.html", "D", None)]
    doc = lhtml.document_fromstring(write_index(entries))
    assert doc.xpath("//main//a/@href") == [
        "a.html", "javascript%3Ax.html", "%E3%80%80javascript%3Aalert%281%29.html",
        ".///evil.html"]
    assert doc.xpath("//main//a/text()") == ["A <b>", "B", "C", "D"]


@pytest.mark.parametrize("path", FOREIGN_FILES, ids=lambda p: p.stem)
def test_foreign_files_render_with_unique_ids(path):
    data = path.read_bytes()
    _, doc = page(data)
    ids = doc.xpath("//@id")
    assert len(ids) == len(set(ids))
    if b"<sp" in data or b"<u " in data:  # speech and drama: turns (prose has none)
        assert doc.xpath("//div[contains(@class,'turn')]")
    targets = {unquote(h[1:]) for h in doc.xpath("//a/@href") if h.startswith("#")}
    assert targets <= set(ids)


def test_escaping_matches_lxml_html_serialiser():
    """The writer builds strings; its escapers must write what lxml's HTML serialiser
    writes for the same text or attribute (the page used to be an lxml tree)."""
    import random
    from lxml import etree
    from teikit.writers.html import attr, esc

    def lxml_html(tag, name=None, value=None, text=None):
        el = etree.Element(tag)
        if name:
            el.set(name, value)
        el.text = text
        return etree.tostring(el, method="html", encoding="unicode")

    rng = random.Random(7)
    alphabet = list("ab &<>\"'\r\n\t%#/:?=;é\xa0\u2028😀\x7f\\{}") + ["&amp;", "</p>", "<script>"]
    for _ in range(3000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
        assert f"<p>{esc(s)}</p>" == lxml_html("p", text=s)
        assert f"<span{attr('id', s)}></span>" == lxml_html("span", "id", s)


def test_attribute_values_from_tei_cannot_break_out():
    """@who, @type and xml:lang reach attributes (href, class, lang): quotes and angle
    brackets in them stay inside the attribute value."""
    data = (b'<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>'
            b'<u who="#a&quot;onmouseover=&quot;x" xml:lang="x&quot;&gt;&lt;script&gt;">'
            b'<seg>Hi <note type="a&apos; onclick=&apos;y">[n]</note></seg></u>'
            b'<note type="b&quot;&gt;&lt;img src=x&gt;">n</note></body></text></TEI>')
    out, doc = page(data)
    assert not doc.xpath("//@onmouseover|//@onclick|//script|//img")
    assert doc.xpath("//p[@class='speaker']/a[not(@class)]/@href") == ['#a"onmouseover="x']
    assert doc.xpath("//div[contains(@class,'turn')]/@lang") == ['x"><script>']


def test_cite_line_names_the_file_but_not_nameless_data():
    """Bytes handed to the API have no file name: "Cite this" then names the document by
    its xml:id, or not at all (never "<bytes>")."""
    from teikit.transform_api import transform

    def cite(html: str) -> str:
        return lhtml.document_fromstring(html).xpath('string(//p[@class="cite"])')
    doc = ('<TEI xmlns="http://www.tei-c.org/ns/1.0"{}><teiHeader><fileDesc><titleStmt>'
           '<title>Minutes</title></titleStmt><publicationStmt><p/></publicationStmt>'
           '<sourceDesc><p/></sourceDesc></fileDesc></teiHeader><text><body><p>x</p></body>'
           '</text></TEI>')
    assert cite(page(doc.format("").encode())[0]) == "Cite this: “Minutes”. TEI document x."
    assert cite(transform(doc.format("").encode(), to="html")) == "Cite this: “Minutes”."
    assert cite(transform(doc.format(' xml:id="m1"'), to="html")) == \
        "Cite this: “Minutes”. TEI document m1."


def test_source_line_that_only_repeats_the_title_is_left_out():
    """A converted play's source is its title: no "Source" fact saying it again; a source
    with more than the title stays."""
    def facts(bibl: str) -> dict:
        doc = (f'<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt>'
               f'<title>Interview on Radio One</title></titleStmt><publicationStmt><p/>'
               f'</publicationStmt><sourceDesc>{bibl}</sourceDesc></fileDesc></teiHeader>'
               f'<text><body><p>x</p></body></text></TEI>').encode()
        html = page(doc)[1]
        return dict(zip(html.xpath("//dl[@class='facts']/dt/text()"),
                        html.xpath("//dl[@class='facts']/dd/text()")))
    assert "Source" not in facts("<bibl>Interview on Radio One.</bibl>")
    assert facts("<bibl>Interview on Radio One, BBC, 2021</bibl>")["Source"] == \
        "Interview on Radio One, BBC, 2021"
