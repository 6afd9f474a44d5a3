"""`teikit transform --to tsv|vert|conllu`: the corpus-linguistics formats."""
from __future__ import annotations

import pytest
from lxml import etree

from teikit import convert
from teikit.readers.tei import read
from teikit.transform_api import transform
from teikit.writers.tsv import COLUMNS, escape
from tests.corpus_outputs import corpus_tei

from .conftest import CORPUS, PARLAMINT, PARLAMINT_CONLLU, ROOT, teikit

SAMPLE = ROOT / "tests" / "data" / "transform" / "sample.tei.xml"


# --- CoNLL-U against ParlaMint's published file ---------------------------------------

def test_conllu_equals_parlamints_published_conllu_but_for_sentiment():
    """Token for token and comment for comment; the only lines left out are the sentiment
    comments, which come from a taxonomy outside the file and carry more digits than
    the TEI's @n (docs/exchange.md lists the difference)."""
    ours = transform(PARLAMINT, to="conllu").splitlines()
    published = PARLAMINT_CONLLU.read_text(encoding="utf-8").splitlines()
    assert ours == [line for line in published if not line.startswith("# senti_")]
    assert sum(line[:1].isdigit() for line in ours) == 11 + 9 + 2 + 9


def test_conllu_cli_and_join_gives_space_after_no():
    r = teikit("transform", "--to", "conllu", PARLAMINT)
    assert r.returncode == 0, r.stderr
    rows = [line.split("\t") for line in r.stdout.decode().splitlines() if line[:1].isdigit()]
    assert all(len(row) == 10 for row in rows)
    joined = {row[1] for row in rows if "SpaceAfter=No" in row[9]}
    assert joined == {"poslanci", "gospodje", "zbora", "Izvolite", "kolegi"}


def test_conllu_refuses_tei_without_tokens():
    r = teikit("transform", "--to", "conllu", SAMPLE)
    assert r.returncode == 2
    assert r.stderr.decode().count("\n") == 1 and "sample.tei.xml" in r.stderr.decode()
    assert "no tokens" in r.stderr.decode() and not r.stdout


# --- TSV ----------------------------------------------------------------------------

def _tsv(source) -> list[list[str]]:
    return [line.split("\t") for line in transform(source, to="tsv").splitlines()]


def test_tsv_one_row_per_turn_with_speaker_facts():
    header, *rows = _tsv(SAMPLE)
    assert tuple(header) == COLUMNS
    assert len(rows) == len(read(SAMPLE.read_bytes(), "s").turns()) == 3
    assert rows[0][:7] == ["sample", "sample.u1", "blinken", "Antony J. Blinken",
                           "Secretary of State", "2021-05-19", "11"]
    assert rows[0][7].startswith("Good evening, everyone. (Laughter.) We have")
    assert rows[2][2:5] == ["", "", ""]  # an unattributed turn invents no speaker


def test_tsv_words_count_annotated_words_not_punctuation():
    header, u1, u2 = _tsv(PARLAMINT)
    assert (u1[6], u2[6]) == ("18", "7")
    assert u2[7] == "Spoštovane kolegice in kolegi, gospe in gospodje!"


def test_tsv_escapes_tabs_newlines_and_backslashes():
    assert escape("a\tb\nc\\d\re") == "a\\tb\\nc\\\\d\\re"
    tei = convert(b"MR. SMITH: A path C:\\temp\\new here.\n", name="t.txt").tei
    (row,) = _tsv(tei)[1:]
    assert len(row) == len(COLUMNS) and row[7] == "A path C:\\\\temp\\\\new here."


# --- vertical text --------------------------------------------------------------------

def _structure_ok(vert: str) -> None:
    """Every structural tag is closed in order; no token line looks like a tag."""
    stack = []
    for line in vert.splitlines():
        if line == "<g/>":
            continue
        if line.startswith("</"):
            assert stack.pop() == line[2:-1], line
        elif line.startswith("<"):
            etree.fromstring(line[:-1] + "/>")  # the attributes are well-formed XML
            stack.append(line[1:].split()[0].rstrip(">"))
        else:
            assert "<" not in line and "&" not in line.replace("&amp;", "").replace(
                "&lt;", "").replace("&gt;", "").replace("&quot;", "")
    assert stack == []


def _rebuilt_turns(vert: str) -> list[str]:
    """The text of each `u` rebuilt from its tokens: a space between tokens unless <g/>."""
    turns, text, glue = [], "", False
    for line in vert.splitlines():
        if line.startswith("<u"):
            text, glue = "", False
        elif line == "</u>":
            turns.append(text)
        elif line == "<g/>":
            glue = True
        elif not line.startswith("<"):
            word = line.split("\t")[0].replace("&lt;", "<").replace("&gt;", ">").replace(
                "&quot;", '"').replace("&amp;", "&")
            text += ("" if glue or not text else " ") + word
            glue = False
    return turns


def test_vert_annotated_tokens_and_structure():
    vert = transform(PARLAMINT, to="vert")
    _structure_ok(vert)
    lines = vert.splitlines()
    assert lines[0].startswith('<text id="ParlaMint-SI_2022-04-06-SDZ8-Izredna-99.ana"')
    assert lines[1] == ('<u id="ParlaMint-SI_2022-04-06-SDZ8-Izredna-99.ana.u1" '
                        'who="SimonovičBranko">')
    assert "zbora\tzbor\tNOUN\tNcmsg\tCase=Gen|Gender=Masc|Number=Sing\tnmod\t6" in lines
    assert lines[lines.index("zbora\tzbor\tNOUN\tNcmsg\tCase=Gen|Gender=Masc|Number=Sing\tnmod\t6") + 1] == "<g/>"


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.stem)
def test_vert_and_tsv_keep_every_word_of_every_corpus_turn(path):
    """Rebuilt from the vertical tokens and glue, each turn is its TSV text: nothing is lost
    or split wrongly between the two formats, on every corpus transcript."""
    tei = corpus_tei(path)
    vert = transform(tei, to="vert")
    _structure_ok(vert)
    texts = [row[7].replace("\\\\", "\\") for row in _tsv(tei)[1:]]
    assert _rebuilt_turns(vert) == texts


def test_vert_escapes_attributes():
    tei = convert(b'Remarks on "A & B" <draft>\n\nMR. SMITH: Yes.\n', name="t.txt").tei
    vert = transform(tei, to="vert")
    _structure_ok(vert)
    assert 'title="Remarks on &quot;A &amp; B&quot; &lt;draft&gt;"' in vert.splitlines()[0]
