"""JSON: the summary counts and every file with its diagnostics (valid files included)."""
from __future__ import annotations

import json


def render(report) -> str:
    data = {"format": "teikit-validate", "version": 1, **report.to_dict()}
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
