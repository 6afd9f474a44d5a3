"""The converter: read -> ordered transforms -> write. The Python API behind `teikit convert`.

    >>> from teikit import convert
    >>> result = convert(b"Q: Ready?\\n\\nMR. SMITH: Yes.\\n", doc_id="demo")
    >>> result.tei[:38]
    b"<?xml version='1.0' encoding='UTF-8'?>"
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from teikit.model import InputWarning, Transcript, cycle_collector_paused
from teikit.readers import INPUT_FORMATS  # what the input is read as (`--from`): choose_reader

FLAVOURS = {"speech": "tei", "drama": "drama", "iso": "iso"}
# Subtitle files (WebVTT, SRT) arrive as turns with timed cues (teikit.readers.subtitles):
# finding labels, header and end lines is the reader's work there, markers and persons
# are refined as for plain text, and roles read from the speech (a host names a co-host: N951e).
SUBTITLE_PASSES = ("delivery", "events", "persons", "roles", "setting", "ids", "timestamps")
# CHAT transcripts (teikit.readers.chat, R1840j) state their speakers, setting, events and
# times in their own notation: the reader reads all of it; only the ids are left to do.
CHAT_PASSES = ("ids",)
READER_PASSES = {"subtitles": SUBTITLE_PASSES, "chat": CHAT_PASSES}


@dataclass(frozen=True)
class ConvertOptions:
    flavour: str = "speech"        # "speech" (u/seg) or "drama" (sp/speaker/p)
    lang: str | None = None        # BCP 47 tag; None: detected from the text
    doc_id: str | None = None      # default: from the file name
    persons: Path | None = None    # TOML registry of persons
    source_format: str = "auto"    # "auto", "text" or "html" (teikit.readers.INPUT_FORMATS)

    def __post_init__(self):
        from teikit.options import language_tag, xml_id
        if self.source_format not in INPUT_FORMATS:
            from teikit.errors import TeikitError
            raise TeikitError(f"--from must be one of: {', '.join(INPUT_FORMATS)}")
        if self.lang is not None:  # None: detected from the text
            language_tag("--lang", self.lang)
        if self.doc_id is not None:
            xml_id("--id", self.doc_id)


@dataclass
class ConvertResult:
    tei: bytes
    transcript: Transcript
    warnings: list[InputWarning] = field(default_factory=list)


def read_transcript(data: bytes, name: str = "<input>", options: ConvertOptions = ConvertOptions(),
                    registry=None) -> Transcript:
    """Transcript bytes (plain text, subtitles, a web page's source) -> refined document model
    (no output written)."""
    with cycle_collector_paused():
        return _read_transcript(data, name, options, registry)


def _read_transcript(data: bytes, name: str, options: ConvertOptions, registry) -> Transcript:
    from teikit import lexicons
    from teikit.lexicons.detection import detect
    from teikit.model.nonxml import hold_model, restore
    from teikit.readers import choose_reader, get_reader
    from teikit.readers.decode import may_hold_non_xml
    from teikit.transforms import Context

    stem = Path(name).stem if name not in ("-", "<stdin>", "<input>") else "transcript"
    lang = check_lang(options.lang) if options.lang else None
    reader = choose_reader(data, name, options.source_format)
    doc = get_reader(reader)(data, name=name, lang=lang or lexicons.FALLBACK, doc_id=options.doc_id or stem)
    if lang is None and not (reader == "chat" and _stated_language(doc)):
        doc.lang = detect(doc)
    if not doc.source.non_xml and may_hold_non_xml(data):  # (a reader that left them in its model)
        hold_model(doc, data.decode("utf-8", "replace"))
    ctx = Context(options=options, lexicon=lexicons.load(doc.lang), registry=registry)
    for step in _passes(READER_PASSES.get(reader)):
        step.apply(doc, ctx)
    restore(doc)  # the characters XML cannot hold, held by stand-ins while the passes ran
    turns = doc.turns()
    if not turns:
        doc.warn("no speech found: every line was read as header, boilerplate or end line")
    elif all(t.label is None for t in turns):
        doc.warn("no speaker labels found: the text is one unlabeled turn")
    return doc


def _stated_language(doc: Transcript) -> str | None:
    """The language a CHAT file's `@Languages:` header states, when teikit has its lexicon."""
    from teikit.model import HeaderLine
    from teikit.readers.chat import stated_language
    return stated_language("\n".join(b.text for b in doc.blocks if isinstance(b, HeaderLine)))


def load_persons(path: Path):
    """The person registry at `path`, read once per file version for a batch of inputs."""
    from teikit.registry import load_registry

    stat = path.stat() if path.exists() else None
    key = (str(path), stat.st_mtime_ns if stat else None, stat.st_size if stat else None)
    if key not in _REGISTRIES:
        _REGISTRIES.clear()
        _REGISTRIES[key] = load_registry(path)
    return _REGISTRIES[key]


_REGISTRIES: dict = {}


def _passes(names: tuple[str, ...] | None = None):
    """The converter's passes in the order they run (sorted once per process and set):
    all of them, or the named subset (predecessors outside the subset are not waited for)."""
    if names not in _ORDERED:
        from teikit.transforms import PASSES, load, ordered
        _ORDERED[names] = ordered(load(names or PASSES), within=names is not None)
    return _ORDERED[names]


_ORDERED: dict = {}

def check_lang(tag: str) -> str:
    """`tag` if it is a well-formed BCP 47 language tag, else a TeikitError."""
    from teikit.options import language_tag
    return language_tag("--lang", tag)


def convert(data: bytes | str, name: str = "<input>", options: ConvertOptions | None = None,
            **kwargs) -> ConvertResult:
    """Convert one transcript (bytes or str) to TEI bytes.

    Keyword arguments are ConvertOptions fields: `convert(text, flavour="drama", lang="de")`.
    Raises `TeikitError` for input that is not a transcript (empty, binary, XML).
    """
    from teikit.writers import get_writer

    options = options or ConvertOptions(**kwargs)
    if options.flavour not in FLAVOURS:
        from teikit.errors import TeikitError
        raise TeikitError(f"unknown flavour {options.flavour!r}; use one of: {', '.join(FLAVOURS)}")
    if isinstance(data, str):
        data = data.encode("utf-8")
    registry = load_persons(options.persons) if options.persons is not None else None
    doc = read_transcript(data, name, options, registry)
    tei = get_writer(FLAVOURS[options.flavour])(doc)
    return ConvertResult(tei=tei, transcript=doc, warnings=list(doc.warnings))
