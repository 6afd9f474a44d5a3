"""Where grammars prepared for libxml2 are kept between runs: `$XDG_CACHE_HOME/teikit`
(default `~/.cache/teikit`). A module of its own so that `schemas.py` (which loads grammars)
and `rngprune.py` (which caches stripped and pruned ones) share it without importing each
other."""
from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(Path.home(), ".cache")
    return Path(base) / "teikit"
