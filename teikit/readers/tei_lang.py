"""Language codes as HTML wants them: BCP 47, whose primary subtags are ISO 639-1 where one
exists. TEI files often carry ISO 639-2/3 codes (`eng`, `slv`, `lat`); browsers and screen
readers know `en`, `sl`, `la`, so the common ones are mapped and the rest kept as given."""
from __future__ import annotations

from functools import lru_cache

# ISO 639-2 (B and T) / 639-3 -> 639-1, for the languages TEI corpora are mostly in.
_TO_639_1 = {
    "eng": "en", "deu": "de", "ger": "de", "fra": "fr", "fre": "fr", "ita": "it",
    "spa": "es", "por": "pt", "nld": "nl", "dut": "nl", "lat": "la", "grc": "grc",
    "ell": "el", "gre": "el", "rus": "ru", "ukr": "uk", "pol": "pl", "ces": "cs",
    "cze": "cs", "slk": "sk", "slo": "sk", "slv": "sl", "hrv": "hr", "srp": "sr",
    "bos": "bs", "bul": "bg", "mkd": "mk", "mac": "mk", "hun": "hu", "ron": "ro",
    "rum": "ro", "fin": "fi", "est": "et", "lav": "lv", "lit": "lt", "swe": "sv",
    "dan": "da", "nor": "no", "nob": "nb", "nno": "nn", "isl": "is", "ice": "is",
    "tur": "tr", "ara": "ar", "heb": "he", "fas": "fa", "per": "fa", "hin": "hi",
    "zho": "zh", "chi": "zh", "jpn": "ja", "kor": "ko", "cat": "ca", "eus": "eu",
    "baq": "eu", "glg": "gl", "gle": "ga", "cym": "cy", "wel": "cy", "yid": "yi",
    "bel": "be", "sqi": "sq", "alb": "sq", "ltz": "lb", "mlt": "mt",
}


@lru_cache(maxsize=256)
def bcp47(code: str | None) -> str | None:
    """`eng` -> `en`, `slv-Latn` -> `sl-Latn`; other codes as given (stripped)."""
    if not code:
        return None
    code = code.strip()
    head, sep, rest = code.partition("-")
    mapped = _TO_639_1.get(head.lower())
    return f"{mapped}{sep}{rest}" if mapped else (code or None)
