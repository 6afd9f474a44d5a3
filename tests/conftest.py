"""Settings for the whole suite."""
from __future__ import annotations

import os

from hypothesis import settings

# CI explores the same examples on every run, so that a red build always means a change in
# the code, never a new random draw; locally, every run explores new examples.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")
