"""`teikit validate ...` parsed without typer, for a fast cold start.

Why: typer (0.2x) builds a pydantic TypeAdapter for every parameter of the command it runs:
~90 ms of imports and set-up, about half of what validating one small file takes. A plain
`teikit validate` command line is parsed here with argparse from the same option table;
anything this parser is not sure of (`--help`, an unknown or abbreviated option, a value
typer might coerce differently, a missing input) returns None, and typer handles the command
line as always, with its own messages. `tests/validate/test_cli_fast.py` keeps the table
equal to the options of the typer command in `teikit/cli_app.py`.
"""
from __future__ import annotations

import re

# (parameter, flags, kind, default) in the order of the typer command.
OPTIONS = (
    ("schema", ("--schema",), "path", None),
    ("profile", ("--profile",), "str", None),
    ("engine", ("--engine",), "str", "auto"),
    ("xinclude", ("--xinclude",), "flag", False),
    ("use_xml_model", ("--use-xml-model",), "flag", False),
    ("fmt", ("--format",), "str", None),
    ("output", ("-o", "--output"), "path", None),
    ("max_errors", ("--max-errors",), "int", 0),
    ("jobs", ("-j", "--jobs"), "int", 0),
    ("include", ("--include",), "list", []),
    ("exclude", ("--exclude",), "list", []),
    ("timeout", ("--timeout",), "float", 30.0),
    ("quiet", ("-q", "--quiet"), "flag", False),
)
# Only the plainest spellings: whatever else typer accepts or rejects, it decides itself.
_INT = re.compile(r"[0-9]+\Z")
_FLOAT = re.compile(r"[0-9]+(\.[0-9]*)?\Z|\.[0-9]+\Z")


class _Refused(Exception):
    pass


def parse(args: list[str]) -> dict | None:
    """Keyword arguments for `run_validate` from the words after `validate`, or None."""
    import argparse
    from pathlib import Path

    parser = argparse.ArgumentParser(add_help=False, allow_abbrev=False, exit_on_error=False)
    parser.error = _refuse  # never print or exit: typer takes over instead
    parser.add_argument("inputs", nargs="+")
    for dest, flags, kind, _default in OPTIONS:
        if kind == "flag":
            parser.add_argument(*flags, dest=dest, action="store_true")
        elif kind == "list":
            parser.add_argument(*flags, dest=dest, action="append", default=[])
        else:
            parser.add_argument(*flags, dest=dest, default=None)
    try:
        ns = parser.parse_intermixed_args(args)
    except (argparse.ArgumentError, _Refused):
        return None
    values = vars(ns)
    if any(not v or v.startswith("-") and v != "-" for v in values["inputs"]):
        return None
    kwargs = {"inputs": values["inputs"]}
    for dest, _flags, kind, default in OPTIONS:
        value = values[dest]
        if kind in ("flag", "list") or value is None:
            kwargs[dest] = default if value is None else value
        elif value == "" or value.startswith("-"):
            return None
        elif kind == "path":
            kwargs[dest] = Path(value)
        elif kind == "int":
            if not _INT.match(value):
                return None
            kwargs[dest] = int(value)
        elif kind == "float":
            if not _FLOAT.match(value):
                return None
            kwargs[dest] = float(value)
        else:
            kwargs[dest] = value
    return kwargs


def _refuse(message: str):
    raise _Refused(message)
