"""`teikit transform`: TEI files to text or HTML reading views.

One input goes to stdout (or the `-o` file; `-o NAME/` is a folder); several go into the
`-o` folder under the same stems (clashing stems get distinct names), with an `index.html`
beside HTML pages. Every output name is checked before anything is written: no output
replaces another, an input, or a file beside the inputs (the transcripts beside the TEI). Files that only declare persons (a
`listPerson` file, a ParlaMint corpus root that includes its sessions) are not rendered:
their persons resolve the `@who` of the other inputs. A bad input is reported on one line
and skipped; the exit code is then 2.
"""
from __future__ import annotations

import sys
from pathlib import Path

from teikit.errors import TeikitError, message_line

SUFFIXES = (".xml", ".tei")
_EXT = {"text": ".txt", "html": ".html", "tsv": ".tsv", "vert": ".vert", "conllu": ".conllu"}
INDEX = "index.html"


def run_transform(inputs: list[str], to: str = "text", mode: str = "reading",
                  width: int | None = None, output: str | Path | None = None,
                  quiet: bool = False) -> int:
    from teikit.files import expand_inputs, names_folder
    from teikit.transform_api import TransformOptions
    options = TransformOptions(to=to, mode=mode, width=width).check()
    files = expand_inputs(inputs, SUFFIXES)
    if not files:
        raise TeikitError("no TEI files (*.xml, *.tei) among the inputs")
    loaded, persons, failed = _load(files)
    if not loaded:
        return 2 if failed else 0
    # "One input" counts the documents asked for (failed ones too), not person lists.
    if len(loaded) + failed == 1 and not (output and names_folder(output)):
        return _one(loaded[0], options, persons, output and Path(output)) or (2 if failed else 0)
    if output is None:
        raise TeikitError("several inputs need -o FOLDER for the outputs")
    return _many(loaded, options, persons, Path(output), quiet, len(loaded) + failed) \
        or (2 if failed else 0)


def _load(files):
    """Read every input; set aside person lists; report unreadable files."""
    from teikit.readers.tei import person_source
    loaded, persons, failed = [], [], 0
    for f in files:
        try:
            data = f.read_bytes()
            found = person_source(data, f.name)
        except TeikitError as exc:
            _error(str(exc))
            failed += 1
            continue
        if found is None:
            loaded.append((f, data))
        else:
            persons.extend(found)
    return loaded, persons, failed


def _one(item, options, persons, output: Path | None) -> int:
    from teikit.files import refuse_overwriting_input, write_output, write_stdout
    from teikit.transform_api import render
    f, data = item
    if output is not None:
        refuse_overwriting_input(output, [f])
    out = render(data, f.name, options, persons)  # a TeikitError here ends the run
    if output is None:
        write_stdout(out)
    else:
        write_output(output, out)
    return 0


def _many(loaded, options, persons, out_dir: Path, quiet: bool, asked: int) -> int:
    """`asked`: the documents asked for, unreadable ones too, so the summary says what
    was written out of what was asked ("wrote 1 of 2")."""
    from teikit.files import (output_paths, refuse_overwriting_input,
                              refuse_replacing_neighbours, write_output)
    from teikit.readers.tei import read
    from teikit.transform_api import writer
    if out_dir.exists() and not out_dir.is_dir():
        raise TeikitError(f"{out_dir}: not a folder (several inputs need an output folder)")
    write = writer(options)
    files = [f for f, _ in loaded]
    index_page = out_dir / INDEX if options.to == "html" else None
    targets = output_paths(files, out_dir, _EXT[options.to], reserved=[INDEX] if index_page else [])
    every = targets + ([index_page] if index_page else [])
    refuse_replacing_neighbours(every, files)
    for target in every:
        refuse_overwriting_input(target, files)
    index, code = [], 0
    for (f, data), target in zip(loaded, targets):
        try:
            transcript = read(data, f.name, persons=persons)
            write_output(target, write(transcript))
        except TeikitError as exc:
            _error(str(exc))
            code = 2
            continue
        s = transcript.setting
        index.append((target.name, s.title or f.stem, s.date_text or s.date_iso))
    if index_page and index:
        from teikit.writers.html import write_index
        write_output(index_page, write_index(index))
    if not quiet:
        print(f"teikit: wrote {len(index)} of {asked} file(s) to {out_dir}", file=sys.stderr)
    return code


def _error(message: str) -> None:
    print(message_line(message), file=sys.stderr)
