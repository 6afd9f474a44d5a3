"""The converter: read -> ordered transforms -> write. The Python API behind `teikit convert`.

    >>> from teikit import convert
    >>> result = convert(b"Q: Ready?\\n\\nMR. SMITH: Yes.\\n", doc_id="demo")
    >>> result.tei[:38]
    b"<?xml version='1.0' encoding='UTF-8'?>"
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from teikit.model import Transcript, Warning_

# The order matters: boilerplate lines are set apart before labels are looked for; labels
# make turns; the header is what precedes the first turn; end lines are what follows the
# last speech; markers are read inside the turns; persons need labels and header; ids last.
TRANSFORMS = (
    "boilerplate", "labels", "header", "ending", "delivery", "events", "persons", "setting", "ids",
)
FLAVOURS = {"speech": "tei", "drama": "drama", "iso": "iso"}
# Subtitle files (WebVTT, SRT) arrive as turns with timed cues (teikit.readers.subtitles):
# finding labels, header and end lines is the reader's work there, markers and persons
# are refined as for plain text.
SUBTITLE_TRANSFORMS = ("delivery", "events", "persons", "setting", "ids")


@dataclass(frozen=True)
class ConvertOptions:
    flavour: str = "speech"        # "speech" (u/seg) or "drama" (sp/speaker/p)
    lang: str = "en"
    doc_id: str | None = None      # default: from the file name
    persons: Path | None = None    # TOML registry of persons

    def __post_init__(self):
        from teikit.options import language_tag, xml_id
        language_tag("--lang", self.lang)
        if self.doc_id is not None:
            xml_id("--id", self.doc_id)


@dataclass
class ConvertResult:
    tei: bytes
    transcript: Transcript
    warnings: list[Warning_] = field(default_factory=list)


def read_transcript(data: bytes, name: str = "<input>", options: ConvertOptions = ConvertOptions(),
                    registry=None) -> Transcript:
    """Plain-text bytes -> refined document model (no output written)."""
    import gc

    # The model is a tree of small objects without cycles; the cyclic garbage collector
    # would only rescan it again and again as it grows (a third of the time on 50 MB).
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _read_transcript(data, name, options, registry)
    finally:
        if enabled:
            gc.enable()


def _read_transcript(data: bytes, name: str, options: ConvertOptions, registry) -> Transcript:
    from importlib import import_module

    from teikit.readers import get_reader

    from teikit.readers.subtitles import detect

    stem = Path(name).stem if name not in ("-", "<stdin>", "<input>") else "transcript"
    reader, steps = ("subtitles", SUBTITLE_TRANSFORMS) if detect(data) else ("plaintext", TRANSFORMS)
    doc = get_reader(reader)(data, name=name, lang=options.lang, doc_id=options.doc_id or stem)
    for step in steps:
        transform = import_module(f"teikit.transforms.{step}")
        if step == "persons":
            transform.apply(doc, registry)
        else:
            transform.apply(doc)
    if not doc.turns():
        doc.warn("no speech found: every line was read as header, boilerplate or end line")
    elif all(t.label is None for t in doc.turns()):
        doc.warn("no speaker labels found: the text is one unlabeled turn")
    return doc


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
    registry = None
    if options.persons is not None:
        from teikit.registry import load_registry
        registry = load_registry(options.persons)
    doc = read_transcript(data, name, options, registry)
    tei = get_writer(FLAVOURS[options.flavour])(doc)
    return ConvertResult(tei=tei, transcript=doc, warnings=list(doc.warnings))
