"""The `teikit` entry point.

The typer application (commands, options, help) is `teikit.cli_app`. A plain
`teikit validate FILES [OPTIONS]` skips typer: typer builds a pydantic adapter for every
option of the command it runs, which costs more than validating a small file (see
`teikit/commands/validate_args.py`). Everything else, `--help` included, goes to typer.
"""
from __future__ import annotations

import sys


def main() -> None:
    from teikit.procs import Interrupted, terminate_on_signals
    terminate_on_signals()  # SIGTERM cleans up like Ctrl-C: no temporary file, no worker left
    try:
        if sys.argv[1:2] == ["validate"]:
            _fast_validate(sys.argv[2:])
        from teikit.cli_app import app
        app()
    except Interrupted as exc:
        print(exc.message(), file=sys.stderr)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        print("teikit: interrupted", file=sys.stderr)
        sys.exit(130)


def _fast_validate(args: list[str]) -> None:
    """Run `teikit validate` and exit, unless the command line needs typer (then return)."""
    from teikit.commands.validate_args import parse
    kwargs = parse(args)
    if kwargs is None:
        return
    from teikit.commands.validate import run_validate
    from teikit.errors import TeikitError
    try:
        code = run_validate(**kwargs)
    except TeikitError as exc:
        print(f"teikit: error: {exc}", file=sys.stderr)
        sys.exit(exc.exit_code)
    sys.exit(code)


def __getattr__(name: str):
    # `from teikit.cli import app` (tests, embedding) still works, loading typer then. The
    # import system asks for dunders (__path__, ...): those must not load typer.
    if name.startswith("__"):
        raise AttributeError(name)
    import teikit.cli_app
    try:
        return getattr(teikit.cli_app, name)
    except AttributeError:
        raise AttributeError(f"module 'teikit.cli' has no attribute {name!r}") from None


if __name__ == "__main__":
    main()
