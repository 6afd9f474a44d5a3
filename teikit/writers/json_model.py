"""The document model as JSON (`teikit transform --to json`), for web apps and notebooks.

The shape is published as a JSON Schema (`teikit/data/transform-model.schema.json`, checked
by the tests): header facts, persons, and the blocks in order, turns with speaker, persons,
text (the reading text of each paragraph, one reading of each choice) and ids. Each block
is `{"type": <model class>, ...}`; every value is a string, number, bool, list or object.
"""
from __future__ import annotations

import json
from dataclasses import asdict

from teikit.model import Paragraph, Transcript, Turn
from teikit.writers.sitelines import readable
from teikit.writers.text import inline_text, is_markup, prefer_order, speaker_name

SCHEMA_ID = "https://teikit.invalid/schema/transform-model.schema.json"


def write(transcript: Transcript, options=None) -> bytes:
    prefer = prefer_order(getattr(options, "prefer", None))
    t = readable(transcript)
    people = t.persons_by_id()
    doc = {
        "$schema": SCHEMA_ID,
        "id": t.id,
        "lang": t.lang,
        "title": t.setting.title,
        "setting": asdict(t.setting),
        "publication": asdict(t.publication),
        "source": {"url": t.source.url},
        "persons": [asdict(p) for p in t.persons],
        "blocks": [_block(b, t, prefer, people) for b in t.blocks],
    }
    return (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _block(block, t: Transcript, prefer: tuple, people: dict) -> dict:
    kind = type(block).__name__
    if isinstance(block, Turn):
        notes: list[str] = []
        paras = [inline_text(p, True, prefer, notes) for p in block.paragraphs]
        return {"type": "Turn", "id": block.id, "label": block.label,
                "speaker": speaker_name(block, people), "who": block.who,
                "persons": ([block.who] + block.others) if block.who else [],
                "role": block.speaker_role, "interpreted": block.interpreted,
                "lang": block.lang, "delivery": [n.text for n in block.lead_notes if not is_markup(n)],
                "paragraphs": paras, "notes": notes}
    out = {"type": kind}
    para = getattr(block, "para", None)
    if para is not None:  # Prose, Verse: their reading text and notes
        notes = []
        out["text"] = inline_text(para, True, prefer, notes)
        out["notes"] = notes
    elif hasattr(block, "rows"):
        out["rows"] = [[inline_text(c, True, prefer) for c in row] for row in block.rows]
    elif hasattr(block, "items"):
        out["items"] = [{"label": label, "text": inline_text(p, True, prefer)}
                        for label, p in block.items]
    else:
        out["text"] = getattr(block, "text", "")
        if getattr(block, "notes", None):  # a heading's footnotes
            out["notes"] = []
            inline_text(Paragraph(list(block.notes)), True, prefer, out["notes"])
    for name in ("tag", "kind", "level", "lang", "n", "when"):
        value = getattr(block, name, None)
        if isinstance(value, (str, int)) and not isinstance(value, bool):
            out[name] = value
    return out
