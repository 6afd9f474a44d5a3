"""The `teikit` entry point.

The typer application (commands, options, help) is `teikit.cli_app`, built from the option
tables in `teikit/commands/options.py`. A plain command line (`teikit validate FILES
[OPTIONS]`, and the same for convert and transform) and `--version` skip typer: typer builds
a pydantic adapter for every option of the command it runs, which costs more than validating
a small file. `--help`, completion and anything the fast parser is unsure of go to typer.
"""
from __future__ import annotations

import os
import sys


def main() -> None:
    from teikit.procs import Interrupted, terminate_on_signals
    terminate_on_signals()  # SIGTERM cleans up like Ctrl-C: no temporary file, no worker left
    try:
        args = sys.argv[1:]
        if args in (["--version"], ["-V"]):
            from teikit import __version__
            print(f"teikit {__version__}")
            sys.exit(0)
        if args and "_TEIKIT_COMPLETE" not in os.environ:
            _fast(args[0], args[1:])
        from teikit.cli_app import app
        app(prog_name="teikit")
    except Interrupted as exc:
        print(exc.message(), file=sys.stderr)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        print("teikit: interrupted", file=sys.stderr)
        sys.exit(130)


def _fast(command: str, args: list[str]) -> None:
    """Run the command and exit, unless the command line needs typer (then return)."""
    from teikit.commands.options import COMMANDS, parse, run
    if command not in COMMANDS:
        return
    values = parse(command, args)
    if values is None:
        return
    from teikit.errors import TeikitError, message_line
    try:
        code = run(command, values)
    except TeikitError as exc:
        print(message_line(exc), file=sys.stderr)
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
