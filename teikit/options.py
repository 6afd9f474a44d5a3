"""Checks of option values, shared by the Python API (the options dataclasses call them) and
so by every command line that builds those options. Each returns the value or raises
`TeikitError` with a one-line message naming the option."""
from __future__ import annotations

import math
import re

from teikit.errors import TeikitError

MAX_SECONDS = 24 * 3600.0  # a per-document time limit beyond a day is a typo, not a wish

# BCP 47 (RFC 5646) well-formed tags: language[-script][-region](-variant)*(-extension)*
# [-privateuse], or a private-use tag alone; irregular grandfathered tags are not accepted.
_BCP47 = re.compile(r"""
    (?: [A-Za-z]{2,3} (?:-[A-Za-z]{3}){0,3}          # language, extlang
      | [A-Za-z]{4,8} )
    (?:-[A-Za-z]{4})?                                # script
    (?:-(?:[A-Za-z]{2}|[0-9]{3}))?                   # region
    (?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*   # variants
    (?:-[0-9A-WY-Za-wy-z](?:-[A-Za-z0-9]{2,8})+)*    # extensions
    (?:-[Xx](?:-[A-Za-z0-9]{1,8})+)?                 # private use
  | [Xx](?:-[A-Za-z0-9]{1,8})+
""", re.VERBOSE)
# xml:id is an NCName; teikit's ids keep to ASCII (see `teikit.transforms.ids.ncname`, which
# derives ids from file names): a letter or "_" first, then letters, digits, "_", "-", ".".
_NCNAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*")


def seconds(option: str, value) -> float:
    """A time limit: a finite number of seconds above 0 (at most a day)."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise TeikitError(f"{option}: {value!r} is not a number of seconds") from None
    if not math.isfinite(number) or not 0 < number <= MAX_SECONDS:
        raise TeikitError(f"{option}: {value!r} is not a number of seconds above 0 and at most "
                          f"{MAX_SECONDS:g} (one day)")
    return number


def count(option: str, value, meaning: str = "") -> int:
    """A whole number >= 0."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise TeikitError(f"{option}: {value!r} is not a whole number >= 0{meaning}")
    return value


def language_tag(option: str, value: str) -> str:
    """A BCP 47 language tag as xml:lang needs it: `en`, `en-US`, `sr-Latn`, `de-CH-1996`."""
    if not isinstance(value, str) or not _BCP47.fullmatch(value):
        hint = " (use '-' between parts: en-US)" if isinstance(value, str) and "_" in value else ""
        raise TeikitError(f"{option}: {value!r} is not a BCP 47 language tag{hint}; "
                          "examples: en, en-US, de-CH, sr-Latn")
    return value


def xml_id(option: str, value: str) -> str:
    """An identifier usable as xml:id: no spaces or colons, not starting with a digit."""
    if not isinstance(value, str) or not _NCNAME.fullmatch(value):
        raise TeikitError(f"{option}: {value!r} is not a valid XML id (start with an ASCII letter"
                          " or '_', then letters, digits, '_', '-' or '.'; no spaces or colons)")
    return value
