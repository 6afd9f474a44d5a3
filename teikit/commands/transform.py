"""`teikit transform`: TEI files to text or HTML reading views.

One input goes to stdout (or the `-o` file; `-o NAME/` is a folder); several go into the
`-o` folder under the same stems (clashing stems get distinct names), with an `index.html`
beside HTML pages and a copy of each TEI source beside its page (`PAGE.tei.xml`, linked
from it). Every output name is checked before anything is written: no output replaces
another, an input, or a file beside the inputs (the transcripts beside the TEI). Files that
only declare persons (a `listPerson` file) are not rendered: their persons resolve the
`@who` of the other inputs. A corpus root that only `xi:include`s its documents gives its
persons too, and its documents are rendered from their own files when they lie in the
root's folder (nothing outside it is read); the ones that cannot be are named on one line
each. A bad input is reported on one line and skipped; the exit code is then 2.
"""
from __future__ import annotations

import sys
from pathlib import Path

from teikit.errors import TeikitError, message_line

SUFFIXES = (".xml", ".tei")
_EXT = {"text": ".txt", "html": ".html", "json": ".json", "tsv": ".tsv", "vert": ".vert",
        "conllu": ".conllu"}
INDEX = "index.html"


def run_transform(inputs: list[str], to: str = "text", mode: str = "reading",
                  width: int | None = None, prefer: list[str] | None = None,
                  css: Path | None = None, output: str | Path | None = None,
                  quiet: bool = False, jobs: int = 0, executor: str = "local",
                  scheduler: str | None = None) -> int:
    from teikit.commands.options import note_capped_jobs
    from teikit.executors import check_choice
    from teikit.files import expand_inputs, names_folder
    from teikit.transform_api import TransformOptions
    options = TransformOptions(to=to, mode=mode, width=width, prefer=tuple(prefer or ()),
                               css=str(css) if css else None).check()
    check_choice(executor, scheduler)
    note_capped_jobs(jobs, quiet)
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
    from functools import partial

    from teikit.batch_api import warm_up_transform
    from teikit.executors import opened
    with opened(executor, scheduler, jobs, documents=len(loaded),
                prepare=partial(warm_up_transform, options)) as run_on:
        code = _many(loaded, options, persons, Path(output), quiet, len(loaded) + failed, run_on)
    return code or (2 if failed else 0)


def _load(files):
    """Read every input; set aside person lists; add the documents a corpus root
    includes; report unreadable files. The documents' bytes are not kept (they are read
    again when their turn comes, so a collection larger than memory goes through), except
    standard input's, which cannot be read twice."""
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
            loaded.append((f, data if f.path == "-" else None))
            continue
        persons.extend(found)
        included, problems = included_files(data, f)
        for problem in problems:
            _error(problem)
        new = [g for g in included if str(Path(g.path).resolve()) not in given]
        given.update(str(Path(g.path).resolve()) for g in new)
        todo.extend(new)
    return loaded, persons, failed


def _one(item, options, persons, output: Path | None) -> int:
    from teikit.files import refuse_overwriting_input, write_output, write_stdout
    from teikit.transform_api import render
    f, data = item
    if output is not None:
        refuse_overwriting_input(output, [f])
    if data is None:
        data = f.read_bytes()
    out = render(data, f.name, options, persons)  # a TeikitError here ends the run
    if output is None:
        write_stdout(out)
    else:
        write_output(output, out)
    return 0


def _many(loaded, options, persons, out_dir: Path, quiet: bool, asked: int, executor) -> int:
    """`asked`: the documents asked for, unreadable ones too, so the summary says what
    was written out of what was asked ("wrote 1 of 2"). The pages are made on `executor`
    (teikit.executors) and written here, in input order."""
    from teikit.batch_api import read_or_error, transform_documents
    from teikit.files import (output_paths, refuse_overwriting_input,
                              refuse_replacing_neighbours, write_output)
    if out_dir.exists() and not out_dir.is_dir():
        raise TeikitError(f"{out_dir}: not a folder (several inputs need an output folder)")
    from dataclasses import replace
    files = [f for f, _ in loaded]
    html = options.to == "html"
    index_page = out_dir / INDEX if html else None
    targets = output_paths(files, out_dir, _EXT[options.to], reserved=[INDEX] if index_page else [])
    # the TEI beside its page, named after the page (so the names stay distinct)
    sources = [t.with_name(t.name[:-len(".html")] + ".tei.xml") for t in targets] if html else []
    every = targets + sources + ([index_page] if index_page else [])
    refuse_replacing_neighbours(every, files)
    for target in every:
        refuse_overwriting_input(target, files)
    held: dict[int, bytes] = {}  # HTML: each TEI source, until it is copied beside its page

    def documents():
        for i, (f, data) in enumerate(loaded):
            data = read_or_error(f) if data is None else data
            if html:
                held[i] = data
                yield f.name, data, replace(options, index_href=INDEX,
                                            source_href=sources[i].name)
            else:
                yield f.name, data, options

    pages = transform_documents(documents(), options, persons=persons, executor=executor,
                                facts=html)
    index, kinds, code, written = [], [], 0, 0
    for i, ((f, _), target, page) in enumerate(zip(loaded, targets, pages)):
        source = held.pop(i, None)
        try:
            if page.error is not None:
                raise TeikitError(page.error)
            write_output(target, page.output)
            if html:
                write_output(sources[i], source)
        except TeikitError as exc:
            _error(str(exc))
            code = 2
            continue
        written += 1
        if html:
            index.append(_index_entry(target.name, page.about, f, page.size))
            kinds.append(page.about.kind)
    if index_page and index:
        from teikit.writers.html import write_index
        write_output(index_page, write_index(index, _collection_title(kinds)))
    if not quiet:
        print(f"teikit: wrote {written} of {asked} file(s) to {out_dir}", file=sys.stderr)
    return code


def _index_entry(file_name: str, facts, f, size: int) -> tuple:
    """(file, title, date, author or speakers, turns, size) for the index page; `facts`
    a `teikit.batch_api.PageFacts`."""
    return (file_name, facts.title or f.stem, facts.date, facts.who, facts.turns, size)


_TITLES = {"play": "Plays", "transcript": "Transcripts", "text": "Texts"}


def _collection_title(kinds: list[str]) -> str:
    """"Plays", "Transcripts", "Texts" when all documents are of one kind, else "Documents"."""
    return _TITLES[kinds[0]] if len(set(kinds)) == 1 else "Documents"


def _error(message: str) -> None:
    print(message_line(message), file=sys.stderr)
