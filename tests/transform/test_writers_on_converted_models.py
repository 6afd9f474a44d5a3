"""The view writers take the model straight from the converter's passes (`teikit.read_transcript`,
as docs/api.md shows), not only the one the TEI reader makes: a site line inside a turn (a
`Boilerplate` among its paragraphs) is written as `teikit transform` writes the TEI's gap."""
from __future__ import annotations

import copy
import json

import pytest

import teikit
from teikit.model import Boilerplate, Turn
from teikit.writers import get_writer

# "ADVERTISEMENT" interrupts Ann's turn: the converter keeps it as a site line inside the turn.
TEXT = ("Interview\n\nANN LEE: Hello there, I am glad to be here.\n\nADVERTISEMENT\n\n"
        "More words from Ann.\n\nBOB ROE: Hi.\n").encode()


@pytest.fixture()
def model():
    doc = teikit.read_transcript(TEXT, "interview.txt")
    assert any(isinstance(p, Boilerplate) for b in doc.blocks if isinstance(b, Turn) for p in b.paragraphs)
    return doc


# What each writer prints of the words after the site line (vertical text: a token a line).
AFTER_SITE_LINE = {"text": "More words from Ann.", "html": "More words from Ann.",
                   "json": "More words from Ann.", "tsv": "More words from Ann.",
                   "vert": "More\nwords\nfrom\nAnn\n<g/>\n."}


@pytest.mark.parametrize("name", sorted(AFTER_SITE_LINE))
def test_each_view_writer_takes_a_converted_model(model, name):
    before = copy.deepcopy(model)
    out = get_writer(name)(model).decode()
    assert AFTER_SITE_LINE[name] in out
    assert model == before  # the caller's model is left as it was


def test_the_source_view_of_a_converted_model_keeps_the_site_line(model):
    source = get_writer("text")(model, teikit.TransformOptions(mode="source")).decode()
    assert source == teikit.transform(teikit.convert(TEXT, "interview.txt").tei, mode="source")
    assert "\n\nADVERTISEMENT\n\n" in source


def test_the_json_model_gives_the_turn_its_paragraphs(model):
    turns = [b for b in json.loads(get_writer("json")(model))["blocks"] if b["type"] == "Turn"]
    assert turns[0]["paragraphs"][0] == "Hello there, I am glad to be here."
    assert turns[0]["paragraphs"][-1] == "More words from Ann."
