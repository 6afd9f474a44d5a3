"""`teikit convert` beyond option parsing: inputs, outputs, progress, warnings, summary.

One input goes to stdout (or the `-o` file; `-o NAME/` is a folder); several go into the
`-o` folder with the same stems and `.xml` (clashing stems get distinct names, see
`teikit.files.output_paths`). Every output name is checked before anything is written.
Each output is written atomically; a failing input is reported on one line and the others
are still converted; the exit code is 2 if any input failed. The conversions run on the
executor chosen (`--jobs`, `--executor`, see `teikit.executors`); files are read and
outputs written here, in input order, so the outputs and messages are the same whatever
runs the conversions.
"""
from __future__ import annotations

import sys
import time
from functools import partial
from pathlib import Path

from teikit.errors import TeikitError, message_line
from teikit.files import (InputFile, expand_inputs, names_folder, output_paths,
                          refuse_overwriting_input, refuse_replacing_neighbours, write_output,
                          write_stdout)

TRANSCRIPT_SUFFIXES = (".txt", ".text", ".vtt", ".srt")
# Web-page sources are searched for in folders only when asked (`--from html`): a folder of
# transcripts often holds their HTML reading views (`transform --to html`), not sources.
PAGE_SUFFIXES = (".html", ".htm", ".php")


def _folder_suffixes(source_format: str) -> tuple[str, ...]:
    return PAGE_SUFFIXES if source_format == "html" else TRANSCRIPT_SUFFIXES


def _no_inputs(source_format: str) -> TeikitError:
    return TeikitError("no transcript files found (folders are searched for "
                       + ", ".join(f"*{s}" for s in _folder_suffixes(source_format)) + ")")


def run_convert(args: list[str], output: str | Path | None = None, flavour: str = "speech",
                lang: str | None = None, doc_id: str | None = None, persons: Path | None = None,
                corpus: str | None = None, quiet: bool = False, jobs: int = 0,
                source_format: str = "auto",
                executor: str = "local", scheduler: str | None = None) -> int:
    """`output` ending in "/" names a folder (created if need be), even for one input."""
    from teikit.convert_api import FLAVOURS, ConvertOptions, check_lang
    from teikit.commands.options import note_capped_jobs
    from teikit.executors import check_choice

    if lang is not None:
        check_lang(lang)  # a usage error before any input is read
    check_choice(executor, scheduler)
    note_capped_jobs(jobs, quiet)
    where = (executor, scheduler, jobs)  # see _executor

    if corpus is not None:
        return _run_corpus(args, output, corpus, quiet,
                           ConvertOptions(flavour=flavour, lang=lang, persons=persons,
                                          source_format=source_format), doc_id,
                           where)

    if flavour not in FLAVOURS:
        raise TeikitError(f"--flavour must be one of: {', '.join(FLAVOURS)}")
    options = ConvertOptions(flavour=flavour, lang=lang, doc_id=doc_id, persons=persons,
                             source_format=source_format)
    inputs = expand_inputs(args, _folder_suffixes(source_format))
    if not inputs:
        raise _no_inputs(source_format)
    many = len(inputs) > 1 or any(Path(a).is_dir() for a in args if a != "-")
    if doc_id and len(inputs) > 1:
        raise TeikitError("--id names one document; give one input file")
    if many and output is None:
        raise TeikitError("several inputs: give an output folder with -o")
    registry = _load_registry(persons)  # a bad registry: a usage error before any input is read
    targets = _targets(inputs, output, many)
    with _executor(where, len(inputs), options) as run_on:
        return _convert_all(inputs, targets, options, registry, quiet, run_on)


def _executor(where: tuple, documents: int, options):
    """The executor `where` names (closed at the end of the `with`), warmed up for
    `options` before any worker process starts."""
    from teikit.batch_api import warm_up_convert
    from teikit.executors import opened
    return opened(*where, documents=documents, prepare=partial(warm_up_convert, options))


def _load_registry(persons: Path | None):
    if persons is None:
        return None
    from teikit.convert_api import load_persons
    return load_persons(persons)


def _targets(inputs: list[InputFile], output: str | Path | None, many: bool) -> list[Path | None]:
    if output is None:
        return [None]
    if many or names_folder(output):
        folder = Path(output)
        if folder.exists() and not folder.is_dir():
            raise TeikitError(f"{folder}: not a folder (several inputs need an output folder)")
        paths = output_paths(inputs, folder, ".xml")
        refuse_replacing_neighbours(paths, inputs)
    else:
        paths = [Path(output)]
    for path in paths:
        refuse_overwriting_input(path, inputs)
    return paths


def _convert_all(inputs, targets, options, registry, quiet: bool, executor) -> int:
    from teikit.batch_api import convert_documents, read_or_error

    started, failed, warned, size = time.perf_counter(), 0, 0, 0
    progress = _progress(len(inputs), quiet)
    docs = ((source.name, read_or_error(source)) for source in inputs)
    try:  # the library call, nothing else; then the outputs, written here
        for source, target, done in zip(inputs, targets, convert_documents(
                docs, options, registry=registry, executor=executor)):
            try:
                if done.error is not None:
                    raise TeikitError(done.error)
                if target is None:
                    write_stdout(done.output)
                else:
                    write_output(target, done.output)
                size += done.size
                warned += _report_warnings(source, done.warnings, quiet)
            except TeikitError as exc:
                failed += 1
                print(message_line(exc), file=sys.stderr)
            progress(source.name)
    finally:  # an interrupted run must leave the terminal without a bar
        progress(None)
    if not quiet and len(inputs) > 1:
        _summary(len(inputs) - failed, failed, warned, size, targets, time.perf_counter() - started)
    return 2 if failed else 0


def _report_warnings(source: InputFile, warnings, quiet: bool) -> int:
    if not quiet:
        for w in warnings:
            where = f"{source.name}:{w.line}" if w.line else source.name
            print(message_line(w.message, "warning", where), file=sys.stderr)
    return len(warnings)


def _summary(done: int, failed: int, warned: int, size: int, targets, seconds: float) -> None:
    where = targets[0].parent if len(targets) > 1 else targets[0]
    parts = [f"converted {done} file{'s' * (done != 1)} ({size / 1e6:.2f} MB) to {where} in {seconds:.2f} s"]
    if warned:
        parts.append(f"{warned} warning{'s' * (warned != 1)}")
    if failed:
        parts.append(f"{failed} failed")
    print(", ".join(parts), file=sys.stderr)


def _progress(total: int, quiet: bool):
    """A progress bar on a terminal for several files; a no-op otherwise."""
    if quiet or total < 2 or not sys.stderr.isatty():
        return lambda name: None
    from rich.progress import Progress

    bar = Progress(transient=True)
    task = bar.add_task("converting", total=total)
    bar.start()

    def advance(name):
        if name is None:
            bar.stop()
        else:
            bar.update(task, advance=1, description=Path(name).name)
    return advance


def _run_corpus(args, output, name: str, quiet: bool, options, doc_id, where: tuple) -> int:
    """`--corpus NAME -o FOLDER`: see teikit.corpus."""
    from teikit.corpus import build
    if output is None or (Path(output).exists() and not Path(output).is_dir()):
        raise TeikitError("--corpus needs -o FOLDER for the corpus files")
    if doc_id:
        raise TeikitError("--id names one document; in a corpus, ids come from the file names")
    inputs = expand_inputs(args, _folder_suffixes(options.source_format))
    if not inputs:
        raise _no_inputs(options.source_format)
    failed = []

    def report(source, result):
        if isinstance(result, TeikitError):
            failed.append(source)
            print(message_line(result), file=sys.stderr)
        else:
            _report_warnings(source, result.warnings, quiet)

    registry = _load_registry(options.persons)
    with _executor(where, len(inputs), options) as executor:
        summary = build(inputs, Path(output), name, options, registry, report, executor)
    if not quiet:
        print(f"teikit: {summary.line()} (added or updated {len(summary.added)})", file=sys.stderr)
    return 2 if failed else 0
