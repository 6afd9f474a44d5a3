"""JSON: the summary counts and every file with its diagnostics (valid files included)."""
from __future__ import annotations

from teikit.reporters import json_text


def render(report) -> str:
    return json_text({"format": "teikit-validate", "version": 1, **report.to_dict()})
