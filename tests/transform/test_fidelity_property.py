"""Property test: for random paragraphs of general TEI inline markup, the words of `<text>`
are the words of the reading text and of the HTML `<main>` (nothing lost, glued or split),
and the output is the same every time (deterministic)."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from lxml import html as lhtml

from teikit.readers.tei import read
from teikit.writers.html import write as write_html
from teikit.writers.text import write as write_text

from .test_fidelity import html_words, reading_words, text_words

WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyzäéšΩ", min_size=1, max_size=6)
SPACE = st.sampled_from([" ", "\n   ", "\t"])


def wrapped(inner):
    """Elements that may sit inside a word or around words."""
    return st.one_of(
        st.tuples(st.sampled_from(["hi", "emph", "foreign", "name", "supplied", "unclear",
                                   "title", "q"]), inner).map(lambda t: f"<{t[0]}>{t[1]}</{t[0]}>"),
        st.tuples(WORDS, WORDS).map(lambda t: f"<choice><sic>{t[0]}</sic><corr>{t[1]}</corr></choice>"),
        st.tuples(WORDS, WORDS).map(lambda t: f'<app><lem wit="#A">{t[0]}</lem><rdg wit="#B">{t[1]}</rdg></app>'),
        st.tuples(WORDS, SPACE, WORDS).map(lambda t: f'{t[0]}<lb break="no"/>{t[1]}{t[2]}'),
        st.tuples(WORDS, WORDS).map(lambda t: f'<w join="right">{t[0]}</w>\n<pc>{t[1]}</pc>'),
        st.tuples(WORDS, WORDS).map(lambda t: f"<stage>{t[0]} </stage>{t[1]}"),
    )


def between(inner):
    """Elements that stand between words (whitespace on both sides)."""
    return st.one_of(
        st.just("<lb/>"),
        inner.map(lambda x: f"<note place=\"foot\">{x}</note>"),
        WORDS.map(lambda w: f"<stage>{w}</stage>"),
        st.tuples(WORDS, WORDS).map(lambda t: f"<del>{t[0]}</del><add>{t[1]}</add>"),
        st.tuples(WORDS, WORDS).map(lambda t: f"<q><lg><l>{t[0]}</l><l>{t[1]}</l></lg></q>"),
        st.just('<pb n="3"/>'),
    )


PLAIN = st.lists(WORDS, min_size=1, max_size=4).map(" ".join)
INNER = st.recursive(PLAIN, lambda inner: wrapped(inner), max_leaves=4)
PIECE = st.one_of(PLAIN, wrapped(INNER), between(INNER))
PARAGRAPH = st.lists(st.tuples(PIECE, SPACE), min_size=1, max_size=8).map(
    lambda parts: "".join(p + s for p, s in parts))


def tei(body: str) -> bytes:
    return ('<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T'
            f'</title></titleStmt></fileDesc></teiHeader><text><body>{body}</body></text></TEI>'
            ).encode("utf-8")


@settings(max_examples=150, deadline=None)
@given(st.lists(PARAGRAPH, min_size=1, max_size=3), st.booleans())
def test_random_markup_keeps_every_word(paragraphs, drama):
    if drama:
        body = "<sp><speaker>ANNA</speaker>" + "".join(f"<l>{p}</l>" for p in paragraphs) + "</sp>"
    else:
        body = "".join(f"<p>{p}</p>" for p in paragraphs)
    data = tei(body)
    expected = sorted(text_words(etree.fromstring(data)))
    t = read(data, "x.xml")
    marks = {"Notes", "page", "p", "3", "ANNA"}
    assert sorted(w for w in reading_words(t) if w not in marks and not w.isdigit()) == \
        sorted(w for w in expected if w not in marks)
    page = write_html(t)
    main = lhtml.document_fromstring(page.decode("utf-8")).xpath("//main")[0]
    assert sorted(w for w in html_words(main) if w not in marks and not w.isdigit()) == \
        sorted(w for w in expected if w not in marks)
    assert write_html(read(data, "x.xml")) == page  # deterministic
    assert write_text(read(data, "x.xml")) == write_text(t)
