"""The typer application, built from the option tables in `teikit/commands/options.py`.

Each command's parameters (help, metavars, defaults) come from its table; the command
checks the values and calls the run function named there, whose return value is the exit
code (0 ok, 1 invalid documents, 2 usage or I/O error). Usage errors are one line,
`teikit: error: ...`, like every other error.

Keep this module light: it is imported for `teikit --help`, so heavy modules (lxml
schemas, xmlschema, rich) are imported inside the run functions, never at the top. The
entry point is `teikit.cli.main`, which skips typer for a plain command line (see there).
"""
from __future__ import annotations

import inspect
import re
import sys
from typing import List, Optional

import typer
from typer._click.exceptions import NoArgsIsHelpError
from typer.core import TyperArgument, TyperCommand, TyperGroup

from teikit import __version__
from teikit.commands.options import COMMANDS, Opt, allowed, run
from teikit.errors import TeikitError, message_line


class _Group(TyperGroup):
    """Click's usage errors as one line (the suggestion kept) instead of a usage block."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True,
             **extra):
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode, **extra)
        try:
            code = super().main(args, prog_name, complete_var, False, **extra)
        except NoArgsIsHelpError as exc:  # `teikit` alone: the help, as click shows it
            exc.show()
            sys.exit(exc.exit_code)
        except typer.TyperException as exc:  # click's UsageError, BadParameter, ...
            typer.echo(message_line(usage_message(exc)), err=True)
            sys.exit(exc.exit_code)
        except typer.Abort:
            typer.echo("teikit: interrupted", err=True)
            sys.exit(130)
        sys.exit(code if isinstance(code, int) else 0)


def usage_message(exc: typer.TyperException) -> str:
    """`--foramt: no such option (did you mean --format?); see teikit validate --help`."""
    ctx = getattr(exc, "ctx", None)
    see = f"; see {ctx.command_path} --help" if ctx is not None else ""
    option = getattr(exc, "option_name", None)
    if option and hasattr(exc, "possibilities"):  # NoSuchOption
        guesses = exc.possibilities
        hint = f" (did you mean {' or '.join(sorted(guesses))}?)" if guesses else ""
        return f"{option}: no such option{hint}{see}"
    param = getattr(exc, "param", None)
    if param is not None and getattr(exc, "message", None):  # BadParameter
        name = param.opts[-1] if param.param_type_name == "option" else param.metavar
        return f"{name}: {exc.message}{see}"
    message = " ".join(exc.format_message().split()).rstrip(".")
    command = _NO_SUCH_COMMAND.match(message)
    if command:
        hint = f" (did you mean {command[2]}?)" if command[2] else ""
        return f"{command[1]}: no such command{hint}{see}"
    about = _ABOUT_OPTION.match(message)  # "Option '--jobs' requires an argument"
    if about:
        return f"{about[1]}: {about[2]}{see}"
    return f"{message[:1].lower()}{message[1:]}{see}"


_NO_SUCH_COMMAND = re.compile(r"No such command '([^']+)'\.?(?: Did you mean '([^']+)'\?)?")
_ABOUT_OPTION = re.compile(r"[Oo]ption '([^']+)' (.+)")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"teikit {__version__}")
        raise typer.Exit()


app = typer.Typer(
    name="teikit",
    cls=_Group,
    help="TEI XML toolkit: convert transcripts to TEI, validate TEI, transform TEI to text and HTML.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


@app.callback()
def _root(version: bool = typer.Option(
        False, "--version", "-V", callback=_version, is_eager=True,
        help="Print the version and exit.")) -> None:
    pass


class _Files(TyperArgument):
    """The input files as `FILE...` in the usage line and the help, without a type."""

    def get_usage_pieces(self, ctx) -> list[str]:
        return [self.metavar]

    def display_type_rich(self, ctx) -> None:
        return None


class _Command(TyperCommand):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for param in self.params:
            if isinstance(param, TyperArgument):
                param.__class__ = _Files


# Values reach the run function as strings: `options.convert` types and checks them, the
# same for this path and the fast one, with one message style.
_ANNOTATIONS = {"files": List[str], "list": List[str], "flag": bool}


def _parameter(opt: Opt) -> inspect.Parameter:
    if opt.kind == "files":
        default = typer.Argument(..., help=opt.help, metavar=opt.metavar, show_default=False)
    elif opt.kind in ("flag", "list"):
        default = typer.Option(opt.default, *opt.flags, help=opt.help,
                               metavar=opt.metavar or None, show_default=False)
    else:
        shown = None if opt.default is None else str(opt.default)
        default = typer.Option(shown, *opt.flags, help=opt.help, metavar=opt.metavar,
                               show_default=shown is not None,
                               autocompletion=_completer(opt) if opt.choices else None)
    return inspect.Parameter(opt.name, inspect.Parameter.KEYWORD_ONLY, default=default,
                             annotation=_ANNOTATIONS.get(opt.kind, Optional[str]))


def _completer(opt: Opt):
    """Shell completion of an option's allowed values (`--engine <TAB>`)."""
    def complete(incomplete: str) -> list[str]:
        return [value for value in allowed(opt) if value.startswith(incomplete)]
    return complete


def _command(name: str):
    def command(**values) -> None:
        try:
            code = run(name, values)
        except TeikitError as exc:
            typer.echo(message_line(exc), err=True)
            code = exc.exit_code
        raise typer.Exit(code)

    parameters = [_parameter(opt) for opt in COMMANDS[name].options]
    command.__signature__ = inspect.Signature(parameters)
    command.__annotations__ = {p.name: p.annotation for p in parameters}
    command.__doc__ = COMMANDS[name].help
    command.__name__ = name
    return command


for _name in COMMANDS:
    app.command(_name, cls=_Command)(_command(_name))
