"""`teikit transform`: TEI files to text or HTML reading views.

One input goes to stdout (or the `-o` file); several go into the `-o` folder under the same
stems, with an `index.html` beside HTML pages and a copy of each TEI source beside its page
(linked from it). Files that only declare persons (a `listPerson` file) are not rendered:
their persons resolve the `@who` of the other inputs. A corpus root that only
`xi:include`s its documents gives its persons too, and its documents are rendered from
their own files when they lie in the root's folder (nothing outside it is read); the ones
that cannot be are named on one line each. A bad input is reported on one line and
skipped; the exit code is then 2.
"""
from __future__ import annotations

import sys
from pathlib import Path

from teikit.errors import TeikitError

SUFFIXES = (".xml", ".tei")
_EXT = {"text": ".txt", "html": ".html", "json": ".json"}


def run_transform(inputs: list[str], to: str = "text", mode: str = "reading",
                  width: int | None = None, prefer: list[str] | None = None,
                  css: Path | None = None, output: Path | None = None,
                  quiet: bool = False) -> int:
    from teikit.files import expand_inputs
    from teikit.transform_api import TransformOptions
    options = TransformOptions(to=to, mode=mode, width=width, prefer=tuple(prefer or ()),
                               css=str(css) if css else None).check()
    files = expand_inputs(inputs, SUFFIXES)
    if not files:
        raise TeikitError("no TEI files (*.xml, *.tei) among the inputs")
    loaded, persons, failed = _load(files)
    if not loaded:
        return 2 if failed else 0
    # "One input" counts the documents asked for (failed ones too), not person lists.
    if len(loaded) + failed == 1 and not (output and output.is_dir()):
        return _one(loaded[0], options, persons, output) or (2 if failed else 0)
    if output is None:
        raise TeikitError("several inputs need -o FOLDER for the outputs")
    return _many(loaded, options, persons, output, quiet) or (2 if failed else 0)


def _load(files):
    """Read every input; set aside person lists; add the documents a corpus root
    includes; report unreadable files."""
    from teikit.readers.tei import person_source
    from teikit.readers.tei_corpus import included_files
    loaded, persons, failed = [], [], 0
    given = {str(Path(f.path).resolve()) for f in files if f.path != "-"}
    todo = list(files)
    while todo:
        f = todo.pop(0)
        try:
            data = f.read_bytes()
            found = person_source(data, f.name)
        except TeikitError as exc:
            _error(str(exc))
            failed += 1
            continue
        if found is None:
            loaded.append((f, data))
            continue
        persons.extend(found)
        included, problems = included_files(data, f)
        for message in problems:
            _error(message)
        new = [g for g in included if str(Path(g.path).resolve()) not in given]
        given.update(str(Path(g.path).resolve()) for g in new)
        todo.extend(new)
    return loaded, persons, failed


def _one(item, options, persons, output: Path | None) -> int:
    from teikit.files import atomic_write, refuse_overwriting_input
    from teikit.transform_api import render
    f, data = item
    out = render(data, f.name, options, persons)  # a TeikitError here ends the run
    if output is None:
        sys.stdout.buffer.write(out)
        sys.stdout.flush()
    else:
        refuse_overwriting_input(output, [f])
        atomic_write(output, out)
    return 0


def _many(loaded, options, persons, out_dir: Path, quiet: bool) -> int:
    from teikit.files import atomic_write, output_paths, refuse_overwriting_input
    from teikit.readers.tei import read
    from teikit.transform_api import writer
    from dataclasses import replace
    targets = output_paths([f for f, _ in loaded], out_dir, _EXT[options.to])
    html = options.to == "html"
    sources = output_paths([f for f, _ in loaded], out_dir, ".tei.xml") if html else []
    index, kinds, code = [], [], 0
    for i, ((f, data), target) in enumerate(zip(loaded, targets)):
        page_options = replace(options, index_href="index.html",
                               source_href=sources[i].name) if html else options
        try:
            transcript = read(data, f.name, persons=persons)
            refuse_overwriting_input(target, [f])
            atomic_write(target, writer(page_options)(transcript))
            if html:  # the TEI beside its page, linked from it
                refuse_overwriting_input(sources[i], [g for g, _ in loaded])
                atomic_write(sources[i], data)
        except TeikitError as exc:
            _error(str(exc))
            code = 2
            continue
        index.append(_index_entry(target.name, transcript, f, len(data)))
        kinds.append(_kind(transcript))
    if html and index:
        from teikit.writers.html import write_index
        atomic_write(out_dir / "index.html", write_index(index, _collection_title(kinds)))
    if not quiet:
        print(f"teikit: wrote {len(index)} of {len(loaded)} file(s) to {out_dir}", file=sys.stderr)
    return code


def _index_entry(file_name: str, t, f, size: int) -> tuple:
    """(file, title, date, author or speakers, turns, size) for the index page."""
    s = t.setting
    turns = t.turns()
    who = ", ".join(t.publication.authors)
    if not who:
        named = [p.name for p in t.persons if p.name]
        who = ", ".join(named[:3]) + (f" and {len(named) - 3} more" if len(named) > 3 else "")
    return (file_name, s.title or f.stem, s.date_iso or s.date_text, who or None,
            len(turns), size)


def _kind(t) -> str:
    """What a document is, for the index heading: a play, a session, a transcript, a text."""
    from teikit.model import Stage
    turns = t.turns()
    if not turns:
        return "text"
    if any(isinstance(b, Stage) for b in t.blocks) or any(tu.label and not tu.label.endswith(":")
                                                          for tu in turns[:20]):
        return "play"
    return "transcript"


_TITLES = {"play": "Plays", "transcript": "Transcripts", "text": "Texts"}


def _collection_title(kinds: list[str]) -> str:
    """"Plays", "Transcripts", "Texts" when all documents are of one kind, else "Documents"."""
    return _TITLES[kinds[0]] if len(set(kinds)) == 1 else "Documents"


def _error(message: str) -> None:
    print(f"teikit: error: {message}", file=sys.stderr)
