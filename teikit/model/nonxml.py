"""Characters XML 1.0 cannot hold, kept all the same (docs/encoding.md, "Characters XML
cannot hold"): the C0 controls other than TAB, LF and CR (VT and FF are read as line breaks
before they get here), U+FFFE and U+FFFF. A transcript may hold them (a CHAT file's media
bullets stand between two U+0015); a TEI file may not. So:

- a reader puts a *stand-in* in each one's place (`hold`): a private-use character the text
  does not hold, so the converter's passes see one character that is neither white space nor
  a line end (U+001C–U+001F are white space to `str.isspace`, `str.split` and `\\s`, and
  `str.splitlines` ends lines at U+001C–U+001E); `restore` puts the characters back once
  the passes ran. `Source.non_xml` maps each character met to its stand-in.
- the TEI writers write each as `<g ref="#ID">` holding its `visible` substitute and declare
  it in the header's `charDecl` (`char` with its name and its code point as text);
- the TEI reader reads such a `g` back to the character (`stand_ins`, `restore`);
- the views show the `visible` substitute (`VISIBLE`), the source view the character.
Lone surrogates never get here: every decoder teikit uses is strict.
"""
from __future__ import annotations

import re
from copy import copy
from dataclasses import fields, is_dataclass
from enum import Enum

NON_XML = re.compile("[\x00-\x08\x0e-\x1f\ufffe\uffff]")
CHARACTERS = "".join(map(chr, (*range(0x00, 0x09), *range(0x0E, 0x20), 0xFFFE, 0xFFFF)))
# Their Unicode names (the control aliases: controls have no character name of their own).
NAMES = dict(zip(CHARACTERS, (
    "NULL", "START OF HEADING", "START OF TEXT", "END OF TEXT", "END OF TRANSMISSION",
    "ENQUIRY", "ACKNOWLEDGE", "ALERT", "BACKSPACE", "SHIFT OUT", "SHIFT IN",
    "DATA LINK ESCAPE", "DEVICE CONTROL ONE", "DEVICE CONTROL TWO", "DEVICE CONTROL THREE",
    "DEVICE CONTROL FOUR", "NEGATIVE ACKNOWLEDGE", "SYNCHRONOUS IDLE",
    "END OF TRANSMISSION BLOCK", "CANCEL", "END OF MEDIUM", "SUBSTITUTE", "ESCAPE",
    "INFORMATION SEPARATOR FOUR", "INFORMATION SEPARATOR THREE", "INFORMATION SEPARATOR TWO",
    "INFORMATION SEPARATOR ONE", "NONCHARACTER FFFE", "NONCHARACTER FFFF")))
# The characters, or a stand-in for one (`stand_ins` takes them from plane 15's private use).
HELD = re.compile("[\x00-\x08\x0e-\x1f\ufffe\uffff\U000F0000-\U000FFFFD]")
CODEPOINT_MAPPING = "codepoint"
# `pc/@type` of an ISO/TEI token that is one of them (`@norm` its code point): `pc` holds
# only text there, no `g`.
CHAR_TOKEN = "char"  # char/mapping/@type of the code point written as text


def visible(char: str) -> str:
    """What a reader sees for it: the control picture of a C0 control (U+2415 "␕" for
    U+0015), U+FFFD for the two noncharacters."""
    return chr(0x2400 + ord(char)) if char < " " else "\ufffd"


VISIBLE = str.maketrans({char: visible(char) for char in CHARACTERS})


def codepoint(char: str) -> str:
    return f"U+{ord(char):04X}"


def character(codepoint_text: str) -> str | None:
    """The character a code point mapping ("U+0015") names, if it is one of `CHARACTERS`."""
    text = codepoint_text.strip()
    if text[:2] in ("U+", "u+") and 4 <= len(text) <= 8:
        try:
            char = chr(int(text[2:], 16))
        except ValueError:
            return None
        return char if char in CHARACTERS else None
    return None


def char_id(char: str, doc_id: str) -> str:
    """The `char`'s xml:id, under the document's id as every id teikit writes (a corpus
    expands its components into one file)."""
    return f"{doc_id}.ctrl-{ord(char):04X}"


def stand_ins(text: str) -> dict[str, str]:
    """A stand-in for each of `CHARACTERS`: private-use characters of plane 15 that `text`
    does not hold (the first such run of 32)."""
    for base in range(0xF0000, 0xFFFE0, 32):
        table = {char: chr(base + n) for n, char in enumerate(CHARACTERS)}
        if not any(stand_in in text for stand_in in table.values()):
            return table
    raise ValueError("no private-use characters left for stand-ins")  # (text of 65 000 of them)


def hold(text: str, met: dict[str, str], table: dict[str, str] | None = None) -> str:
    """`text` with a stand-in for each character XML cannot hold; those met are added to
    `met` (`Source.non_xml`). `table`: the stand-ins to take them from, `stand_ins` of the
    whole text when `text` is one piece of it; `stand_ins(text)` when not given."""
    if NON_XML.search(text) is None:
        return text
    table = table or stand_ins(text)
    for char in set(NON_XML.findall(text)):
        met.setdefault(char, table[char])
    return _replaced(text, met)


def count(text: str) -> int:
    """How many characters XML cannot hold `text` has (for the reader's warning)."""
    return len(NON_XML.findall(text))


def restore(doc) -> None:
    """Each stand-in of `doc.source.non_xml` back to its character, in every text of the
    model (its blocks, persons, setting, publication and warnings)."""
    if doc.source.non_xml:
        back = {stand_in: char for char, stand_in in doc.source.non_xml.items()}
        # Most texts hold no stand-in: a search is cheaper than a replace that changes nothing.
        holds_one = re.compile("[" + "".join(back) + "]").search
        _each_text(doc, holds_one, lambda text: _replaced(text, back))


def _replaced(text: str, pairs: dict[str, str]) -> str:
    """`text` with each key of `pairs` replaced by its value (a few characters: one
    `str.replace` each is many times faster than `str.translate` with a dict on a long text)."""
    for old, new in pairs.items():
        text = text.replace(old, new)
    return text


def shown(doc):
    """A copy of `doc` with the `visible` substitute of each character XML cannot hold (what
    the views show: a control character is invisible or unsafe in a terminal or a page)."""
    return _copied_dataclass(doc, NON_XML.search, lambda text: text.translate(VISIBLE), {}, skip="source")


def held(doc):
    """A copy of `doc` with the stand-in of `doc.source.non_xml` for each character (for a
    writer: its whitespace handling (`strip`, `split`) then leaves them alone, and it turns
    the stand-ins into what it writes for them, `STAND_INS` finds them); `doc` itself when
    it has none."""
    if not doc.source.non_xml:
        return doc
    table = str.maketrans(doc.source.non_xml)
    return _copied_dataclass(doc, NON_XML.search, lambda text: text.translate(table), {}, skip="source")


def released(doc) -> dict[int, str]:
    """The `str.translate` table from the stand-ins of `doc` to the characters."""
    return str.maketrans({stand_in: char for char, stand_in in doc.source.non_xml.items()})


def hold_model(doc, source: str) -> None:
    """Stand-ins in every text of a model whose reader left the characters in it (`hold`
    for each text; `source`, the text read, is what the stand-ins must not occur in)."""
    table = stand_ins(source)
    _each_text(doc, NON_XML.search, lambda text: hold(text, doc.source.non_xml, table))


# The walks below meet every object of the model (a long transcript's: hundreds of
# thousands), most of them a str, None, a bool or an int: those are told apart inline, before
# a call, and `change` is called only for a text `holds` (a pattern's search, at C speed)
# finds a character in (most texts have none).

def _each_text(doc, holds, change) -> None:
    for name in _dataclass_fields(type(doc)):
        if name != "source":
            setattr(doc, name, _changed(getattr(doc, name), holds, change))


def _changed(value, holds, change):
    """`value` with `change` made to each str in it: lists and dataclasses in place."""
    kind = type(value)
    if kind is str:
        return change(value) if holds(value) else value
    if kind is list:
        for index, item in enumerate(value):
            if type(item) is str:
                if holds(item):
                    value[index] = change(item)
            elif item is not None and type(item) not in _ATOMS:
                new = _changed(item, holds, change)
                if new is not item:  # (strings mostly stay as they were: no new list)
                    value[index] = new
    elif kind is tuple:
        return tuple(_changed(item, holds, change) for item in value)
    elif kind is dict:
        return {_changed(k, holds, change): _changed(v, holds, change) for k, v in value.items()}
    elif isinstance(value, str):
        return value if isinstance(value, Enum) or not holds(value) else change(value)
    elif value is not None and kind not in _ATOMS:
        for name in _dataclass_fields(kind):
            old = getattr(value, name)
            if type(old) is str:
                if holds(old):
                    setattr(value, name, change(old))
            elif old is not None and type(old) not in _ATOMS:  # (most fields: a call saved)
                new = _changed(old, holds, change)
                if new is not old:
                    setattr(value, name, new)
    return value


def _copied(value, holds, change, memo: dict):
    """`value` with `change` made to each str in it, as `_changed` but leaving `value` as it
    was: a list, tuple, dict or dataclass holding a changed str is copied, any other part is
    shared with `value` (a deep copy of a long transcript's model costs seconds; `change`
    alters a few of its texts). `memo` keeps one copy of an object met twice."""
    kind = type(value)
    if kind is str:
        return change(value) if holds(value) else value
    if value is None or kind in _ATOMS:
        return value
    if id(value) in memo:
        return memo[id(value)]
    result = value
    if kind is list or kind is tuple:
        items = [(change(item) if holds(item) else item) if type(item) is str
                 else item if item is None or type(item) in _ATOMS
                 else _copied(item, holds, change, memo) for item in value]
        if any(new is not old for new, old in zip(items, value)):
            result = items if kind is list else tuple(items)
    elif kind is dict:
        pairs = [(_copied(k, holds, change, memo), _copied(v, holds, change, memo)) for k, v in value.items()]
        if any(k is not old_k or v is not old_v for (k, v), (old_k, old_v) in zip(pairs, value.items())):
            result = dict(pairs)
    elif isinstance(value, str):
        result = value if isinstance(value, Enum) or not holds(value) else change(value)
    elif _dataclass_fields(kind):
        result = _copied_dataclass(value, holds, change, memo)
    memo[id(value)] = result
    return result


def _copied_dataclass(value, holds, change, memo: dict, skip: str = ""):
    """`_copied` of a dataclass instance; its field `skip` is shared as it is (a model's
    `source`, whose `non_xml` maps the characters to their stand-ins)."""
    changed = {}
    for name in _dataclass_fields(type(value)):
        if name == skip:
            continue
        old = getattr(value, name)
        if type(old) is str:
            if holds(old):
                changed[name] = change(old)
        elif old is not None and type(old) not in _ATOMS:
            new = _copied(old, holds, change, memo)
            if new is not old:
                changed[name] = new
    if not changed:
        return value
    result = copy(value)
    for name, new in changed.items():
        setattr(result, name, new)
    return result


def _dataclass_fields(kind) -> tuple[str, ...]:
    """The field names of the dataclass `kind`; () for a kind that is no dataclass (read once
    per kind: `is_dataclass` and `fields` cost more than the walk's other steps)."""
    names = _FIELDS.get(kind)
    if names is None:
        names = _FIELDS[kind] = tuple(f.name for f in fields(kind)) if is_dataclass(kind) else ()
    return names


_FIELDS: dict = {}
# Values with no text in them, passed over without a look.
_ATOMS = frozenset({int, float, bool, bytes})
