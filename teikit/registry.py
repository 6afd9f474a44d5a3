"""A user's registry of persons (`--persons FILE`, TOML) that enriches matching speakers.

    [[person]]
    labels = ["SECRETARY BLINKEN", "BLINKEN"]   # printed labels (colon and case ignored)
    id = "blinken"                               # optional: the xml:id to use
    name = "Antony J. Blinken"
    role = "Secretary of State"
    sex = "M"                                    # optional
    wikidata = "Q1174"                           # optional authority ids
    viaf = "..."

Only what the user states is added; a registry entry that matches no speaker is ignored.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from teikit.errors import TeikitError
from teikit.model import Transcript

AUTHORITIES = ("wikidata", "viaf", "gnd", "isni", "orcid")
_ID = re.compile(r"^[A-Za-z_][\w.-]*$")


@dataclass
class Entry:
    labels: list[str]
    id: str | None = None
    name: str | None = None
    role: str | None = None
    sex: str | None = None
    idnos: dict[str, str] = field(default_factory=dict)


def _norm(label: str) -> str:
    return " ".join(label.replace("\u00a0", " ").rstrip().rstrip(":").split()).casefold()


@dataclass
class Registry:
    entries: list[Entry]

    def find(self, label: str) -> Entry | None:
        wanted = _norm(label)
        return next((e for e in self.entries if wanted in {_norm(x) for x in e.labels}), None)

    def apply(self, doc: Transcript) -> None:
        renamed: dict[str, str] = {}
        for person in doc.persons:
            entry = next((e for e in map(self.find, person.labels) if e is not None), None)
            if entry is None:
                continue
            person.name = entry.name or person.name
            person.role = entry.role or person.role
            person.sex = entry.sex or person.sex
            person.idnos.update(entry.idnos)
            if entry.id and entry.id != person.id:
                renamed[person.id] = entry.id
                person.id = entry.id
        for turn in doc.turns():
            turn.who = renamed.get(turn.who, turn.who)


def load_registry(path: Path) -> Registry:
    try:
        import tomllib
    except ImportError:  # Python 3.10
        import tomli as tomllib
    from teikit.files import read_regular_file
    raw = read_regular_file(str(path), f"{path} (persons registry)")  # never a FIFO or /dev/zero
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise TeikitError(f"{path}: not a valid TOML persons registry: {exc}") from None
    people = data.get("person", [])
    if not isinstance(people, list):
        raise TeikitError(f"{path}: expected [[person]] tables")
    return Registry([_entry(path, n, p) for n, p in enumerate(people, 1)])


def _entry(path: Path, number: int, table: dict) -> Entry:
    labels = table.get("labels") or ([table["label"]] if "label" in table else [])
    if isinstance(labels, str):
        labels = [labels]
    if not labels or not all(isinstance(x, str) for x in labels):
        raise TeikitError(f"{path}: person {number}: give `labels`, a list of printed labels")
    pid = table.get("id")
    if pid is not None and not (isinstance(pid, str) and _ID.match(pid)):
        raise TeikitError(f"{path}: person {number}: id {pid!r} is not a valid XML id")
    return Entry(labels=labels, id=pid, name=table.get("name"), role=table.get("role"),
                 sex=table.get("sex"),
                 idnos={k: str(table[k]) for k in AUTHORITIES if k in table})
