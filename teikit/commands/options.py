"""Every option of every command, declared once.

Each command is a row of `COMMANDS`: its help, the function that runs it and a table of
options. From that one table come the typer command (`teikit/cli_app.py`: help, metavars,
defaults), the argparse fast path (`parse`, used by `teikit/cli.py`), the checks of allowed
values (`check`, one message style for both paths) and the keyword arguments the run
function receives. Adding an option is one row here, plus the code that uses its value.

Why a fast path: typer (0.2x) builds a pydantic TypeAdapter for every parameter of the
command it runs, ~90 ms, about half of what validating one small file takes. A plain
command line is parsed here with argparse; anything this parser is not sure of (`--help`,
an unknown or abbreviated option, a value typer might coerce differently, a missing input)
returns None, and typer handles the command line with its own parsing.

This module is imported for `teikit --help`: it must stay free of heavy imports.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from importlib import import_module
from typing import Any

from teikit.errors import TeikitError


@dataclass(frozen=True)
class Opt:
    name: str                    # keyword of the command's run function
    flags: tuple[str, ...]       # ("-o", "--output"); () for the input files (an argument)
    kind: str                    # files | path | str | int | float | flag | list
    default: Any
    help: str
    metavar: str = ""            # shown in --help: FILE, NAME, N...
    choices: str = ""            # "module:NAME" of the allowed values, imported to check one
    bound: str = ""              # numbers: ">= 0", "> 0" or ">= 1"
    item: str = "str"            # lists: "path" types each value as a path


@dataclass(frozen=True)
class Command:
    help: str
    run: str                     # "module:function": called with the inputs, then every
                                 # other option as a keyword
    options: tuple[Opt, ...] = field(default_factory=tuple)


def _inputs(what: str) -> Opt:
    return Opt("inputs", (), "files", ..., what, metavar="FILE...")


def _output(what: str, kind: str = "path") -> Opt:
    return Opt("output", ("-o", "--output"), kind, None, what, metavar="PATH")


# Where the documents are processed: the same options, with the same meaning, for
# convert, validate and transform (see teikit/executors.py).
PARALLEL = (
    Opt("jobs", ("-j", "--jobs"), "int", 0,
        "Documents processed in parallel (worker processes). Default 0: one per CPU when "
        "there are several.", "N", bound=">= 0"),
    Opt("executor", ("--executor",), "str", "local",
        "local (worker processes here) or dask (the workers of a Dask cluster, "
        "see --scheduler).", "NAME", choices="teikit.executors:EXECUTORS"),
    Opt("scheduler", ("--scheduler",), "str", None,
        "Address of the Dask scheduler for --executor dask.", "ADDRESS"),
)



def note_capped_jobs(jobs: int, quiet: bool) -> None:
    """Say so when `--jobs` asks for more workers than teikit starts."""
    from teikit.validate.pool import WORKERS_PER_CPU, max_workers
    if jobs > max_workers() and not quiet:
        import sys
        print(f"teikit: note: --jobs {jobs}: using at most {max_workers()} worker processes "
              f"({WORKERS_PER_CPU} per CPU), and never more than there are documents",
              file=sys.stderr)


# Commands named "group sub" are subcommands (`teikit report merge`); their groups' help:
GROUPS = {"report": "Work with validation reports: merge the reports of CI shards."}

COMMANDS = {
    "convert": Command(
        "Convert plain-text transcripts (or web pages holding them) into TEI P5.",
        "teikit.commands.convert:run_convert", (
            _inputs("Transcript files (.txt, .vtt, .srt; web pages .html, .htm, .php), folders, "
                    "globs, or - for stdin."),
            # "str": a trailing "/" (a folder, created if need be) must survive
            _output("Output file (one input) or folder (several inputs, or a name ending "
                    "in /). Default: stdout for one input.", "str"),
            Opt("flavour", ("--flavour",), "str", "speech",
                "speech (u/seg, Parla-CLARIN style), drama (sp/speaker/p, DraCor style) or "
                "iso (ISO/TEI spoken: annotationBlock, timeline, spanGrp).",
                "NAME", choices="teikit.convert_api:FLAVOURS"),
            Opt("source_format", ("--from",), "str", "auto",
                "auto (web pages by name .html/.htm/.php or by content, subtitles by content, "
                "else plain text), text (never HTML) or html (a web page's source).",
                "FORMAT", choices="teikit.convert_api:INPUT_FORMATS"),
            Opt("lang", ("--lang",), "str", None,
                "BCP 47 language tag of the transcript (xml:lang); detected from the text if absent.",
                "CODE"),
            Opt("doc_id", ("--id",), "str", None,
                "Document id (default: from the file name). One input only.", "ID"),
            Opt("persons", ("--persons",), "path", None,
                "TOML registry of persons (names, roles, sex, Wikidata/VIAF ids).", "FILE"),
            Opt("corpus", ("--corpus",), "str", None,
                "Build (or add to) the corpus NAME in the -o folder: one file per transcript "
                "and a teiCorpus root NAME.xml with the shared persons.", "NAME"),
            Opt("quiet", ("-q", "--quiet"), "flag", False,
                "No progress bar, summary or warnings."),
            *PARALLEL,
        )),
    "validate": Command(
        "Validate TEI documents against tei_all, a schema or the teikit profile.",
        "teikit.commands.validate:run_validate", (
            _inputs("TEI files, folders, globs, zip/tar archives, or - for stdin."),
            Opt("schema", ("--schema",), "list", [],
                "RELAX NG (.rng/.rnc), XSD or Schematron schema; repeat to apply several "
                "(a grammar and Schematron rules). Default: the vendored tei_all.", "FILE",
                item="path"),
            Opt("profile", ("--profile",), "str", None,
                "teikit: tei_all plus the teikit Schematron rules; tei: tei_all plus the "
                "Schematron constraints embedded in it.", "NAME",
                choices="teikit.validate:PROFILES"),
            Opt("embedded_schematron", ("--embedded-schematron",), "flag", False,
                "Also run the Schematron embedded in the RELAX NG grammars (ODD constraints; "
                "on with --profile tei). Needs saxonche: pip install 'teikit[xpath2]'."),
            Opt("engine", ("--engine",), "str", "auto", "auto, lxml or jing.", "NAME",
                choices="teikit.validate:ENGINES"),
            Opt("xinclude", ("--xinclude",), "flag", False,
                "Resolve XIncludes (only inside the same folder or archive)."),
            Opt("use_xml_model", ("--use-xml-model",), "flag", False,
                "Validate against the schema named by <?xml-model?>."),
            Opt("fmt", ("--format",), "str", None,
                "text, json, junit, github or sarif. Default: github under GitHub Actions, "
                "else text.", "NAME", choices="teikit.reporters:FORMATS"),
            _output("Write the report to this file."),
            Opt("max_errors", ("--max-errors",), "int", 0,
                "Errors reported per document (0 = all).", "N", bound=">= 0"),
            Opt("include", ("--include",), "list", [],
                "Glob of files to take from folders and archives (default *.xml).", "GLOB"),
            Opt("exclude", ("--exclude",), "list", [], "Glob of files to leave out.", "GLOB"),
            Opt("timeout", ("--timeout",), "float", 30.0,
                "Seconds per document before the auto engine falls back to jing.",
                "SECONDS", bound="> 0"),
            Opt("warnings", ("--warnings",), "str", None,
                "show, hide (report errors only) or error (warnings fail the run). "
                "Default: show, hide with -q.", "MODE", choices="teikit.validate.filters:WARNINGS"),
            Opt("select", ("--select",), "list", [],
                "Report only this rule (repeatable; a prefix like schematron or a glob).",
                "RULE"),
            Opt("ignore", ("--ignore",), "list", [],
                "Do not report this rule (repeatable; a prefix like schematron or a glob).",
                "RULE"),
            Opt("config", ("--config",), "path", None,
                "Settings file (teikit.toml or pyproject.toml). Default: the nearest one "
                "at or above the current folder.", "FILE"),
            Opt("isolated", ("--isolated",), "flag", False, "Ignore any settings file."),
            Opt("quiet", ("-q", "--quiet"), "flag", False,
                "Errors only: no progress bar, summary or warnings."),
            Opt("shard", ("--shard",), "str", None,
                "Validate part K of N of the inputs (split by path hash, balanced by "
                "size), for a CI matrix; combine the reports with `teikit report merge`.",
                "K/N"),
            *PARALLEL,
        )),
    "report merge": Command(
        "Merge the JSON, JUnit or SARIF reports of several runs (e.g. CI shards) into one.",
        "teikit.reporters.merge:run_merge", (
            _inputs("Reports of one format, e.g. the shards' report-*.json."),
            _output("Write the merged report to this file (default: stdout)."),
        )),
    "transform": Command(
        "Transform TEI into plain text, an accessible static HTML reading view, or "
        "corpus formats (TSV, vertical text, CoNLL-U).",
        "teikit.commands.transform:run_transform", (
            _inputs("TEI files, folders, globs, or - for stdin."),
            Opt("to", ("--to",), "str", "text",
                "text, html, json (the document model), or a corpus format: tsv (a row per "
                "turn), vert (vertical text for Sketch Engine/CQPweb), conllu (annotated TEI).",
                "NAME",
                choices="teikit.transform_api:TARGETS"),
            Opt("mode", ("--mode",), "str", "reading",
                "Text only: reading (for people) or source (the converter's input, "
                "boilerplate included).", "NAME", choices="teikit.transform_api:MODES"),
            Opt("width", ("--width",), "int", None,
                "Wrap reading text at N columns (default: no wrapping).", "N", bound=">= 1"),
            Opt("prefer", ("--prefer",), "list", [],
                "Reading of a choice to show first: sic, corr, abbr, expan, orig, reg, lem, "
                "rdg (repeatable; default corr, expan, reg; lem for app).", "KIND"),
            Opt("css", ("--css",), "path", None,
                "HTML only: a stylesheet added after teikit's own.", "FILE"),
            _output("Output file (one input) or folder (several inputs, or a name ending "
                    "in /; HTML gets an index.html). Default: stdout for one input.", "str"),
            Opt("quiet", ("-q", "--quiet"), "flag", False, "No summary."),
            *PARALLEL,
        )),
}

_BOUNDS = {">= 0": lambda v: v >= 0, "> 0": lambda v: v > 0, ">= 1": lambda v: v >= 1}
_NUMBER = {"int": (re.compile(r"[+-]?[0-9]+\Z"), int, "a whole number"),
           "float": (re.compile(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?\Z"),
                     float, "a number")}


def run(command: str, given: dict[str, Any]) -> int:
    """Convert and check the values given as strings, then call the command's run
    function with all of them; its exit code."""
    values = convert(command, given)
    module, function = COMMANDS[command].run.split(":")
    return getattr(import_module(module), function)(values.pop("inputs"), **values)


def convert(command: str, given: dict[str, Any]) -> dict[str, Any]:
    """Typed values from the strings on the command line (defaults for those not given).
    Raise TeikitError, `--to: 'pdf' is not one of text, html`, for a value not allowed."""
    values = {}
    for opt in COMMANDS[command].options:
        value = given.get(opt.name)
        if value is None:
            value = opt.default
        elif opt.kind in ("files", "list"):
            value = [_typed(opt, v, opt.item) if opt.item != "str" else v for v in value]
        elif isinstance(value, str) and opt.kind != "str":
            value = _typed(opt, value)
        if value is not None:
            _check(opt, value)
        values[opt.name] = value
    return values


def _typed(opt: Opt, text: str, kind: str = ""):
    kind = kind or opt.kind
    if kind == "path":
        if not text:
            raise TeikitError(f"{opt.flags[-1]}: an empty path")
        from pathlib import Path
        return Path(text)
    pattern, type_, what = _NUMBER[kind]
    if not pattern.match(text) or not math.isfinite(type_(text)):
        raise TeikitError(f"{opt.flags[-1]}: {text!r} is not {what}")
    return type_(text)


def allowed(opt: Opt) -> list[str]:
    """The values an option with `choices` accepts (its module imported now)."""
    module, name = opt.choices.split(":")
    return list(getattr(import_module(module), name))


def _check(opt: Opt, value) -> None:
    if opt.choices:
        allowed_values = allowed(opt)
        if value not in allowed_values:
            raise TeikitError(f"{opt.flags[-1]}: {value!r} is not one of "
                              f"{', '.join(allowed_values)}")
    if opt.bound and not _BOUNDS[opt.bound](value):
        raise TeikitError(f"{opt.flags[-1]}: {value} is not {opt.bound}")


class _Refused(Exception):
    pass


def parse(command: str, args: list[str]) -> dict[str, Any] | None:
    """The values given on the command line (strings, lists of strings, flags) from the
    words after the command name, or None when typer should handle the command line."""
    import argparse

    table = COMMANDS[command].options
    parser = argparse.ArgumentParser(add_help=False, allow_abbrev=False, exit_on_error=False)
    parser.error = _refuse  # never print or exit: typer takes over instead
    for opt in table:
        if opt.kind == "files":
            parser.add_argument(opt.name, nargs="+")
        elif opt.kind == "flag":
            parser.add_argument(*opt.flags, dest=opt.name, action="store_true")
        elif opt.kind == "list":
            parser.add_argument(*opt.flags, dest=opt.name, action="append", default=[])
        else:
            parser.add_argument(*opt.flags, dest=opt.name, default=None)
    try:
        given = vars(parser.parse_intermixed_args(args))
    except (argparse.ArgumentError, _Refused):
        return None
    # A word starting with "-" taken as an input or a value: typer decides what it means.
    words = [w for opt in table if opt.kind in ("files", "list") for w in given[opt.name]]
    words += [v for opt in table if opt.kind not in ("files", "list", "flag")
              for v in [given[opt.name]] if v is not None]
    if any(w.startswith("-") and w != "-" for w in words) or not all(given["inputs"]):
        return None
    return given


def _refuse(message: str):
    raise _Refused(message)
