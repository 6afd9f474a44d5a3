"""Readable person ids from names in any script: "Ганапольский" -> "ganapolskii",
"Τσίπρας" -> "tsipras", "王毅" -> "王毅", "Lê Văn" -> "le-van".

Ids were ASCII letters of the name only, so every Russian, Greek or Chinese speaker became
"speaker", "speaker-2" ...: valid, but a reader of the TEI (or of a ParlaMint or DraCor
corpus built from it) could not tell who `#speaker-2` is. Cyrillic and Greek are
transliterated letter by letter, ASCII only, after the BGN/PCGN romanisations without their
diacritics (ParlaMint's and RusDraCor's ids are ASCII too). Han ideographs, kana and Hangul
syllables have no such table (pinyin needs a dictionary), so they are kept as they are: they
are name characters of every edition of XML, so the id stays a valid NCName for every
validator (jing's datatypes follow the older editions' tables). Letters of other scripts are
dropped, as before.
"""
from __future__ import annotations

import re
import unicodedata

_CYRILLIC = dict(zip("абвгдезиклмнопрстуфыэ", "abvgdeziklmnoprstufye")) | {
    "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ю": "yu", "я": "ya",
    "й": "y", "ё": "e", "ъ": "", "ь": "",
    "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "w",  # Ukrainian, Belarusian
    "ђ": "dj", "ј": "j", "љ": "lj", "њ": "nj", "ћ": "c", "џ": "dz", "ѓ": "gj", "ќ": "kj", "ѕ": "dz",  # Serbian, Macedonian
}
_GREEK = dict(zip("αβγδεζηικλμνξοπρσςτυφω", "avgdeziiklmnxoprsstyfo")) | {
    "θ": "th", "χ": "ch", "ψ": "ps",
}
_TABLE = str.maketrans(_CYRILLIC | _GREEK)


# Ideographs and syllables kept as they are, as a character class: CJK unified ideographs,
# Hangul syllables, hiragana, katakana (name characters in every edition of XML 1.0).
KEPT = "\u4e00-\u9fa5\uac00-\ud7a3\u3041-\u3094\u30a1-\u30fa"
_KEPT_CHAR = re.compile(f"[{KEPT}]")


def romanised(text: str) -> str:
    """`text` (lower case) in ASCII letters, digits and the kept ideographs; every other
    character becomes a space (the caller makes hyphens of them)."""
    text = text.translate(_TABLE)
    if text.isascii():
        return text
    text = unicodedata.normalize("NFC", text)  # Hangul syllables that `fold` took apart, whole again
    out = []
    for char in text:
        if char.isascii() or _KEPT_CHAR.match(char):
            out.append(char)  # (before decomposing: NFKD would take Hangul syllables apart)
            continue
        plain = "".join(c for c in unicodedata.normalize("NFKD", char) if c.isascii())
        if plain or not unicodedata.combining(char):
            out.append(plain or " ")  # "é" -> "e"; a letter of another script: a word break
    return "".join(out)
