"""Per-project settings for `teikit validate`, the way ruff and pytest find theirs.

From the current folder upwards, the first folder with a `teikit.toml` (table `[validate]`)
or a `pyproject.toml` with a `[tool.teikit.validate]` table gives the settings (`teikit.toml`
wins in the same folder). Schema paths in it are relative to that file's folder. Command
line options override it: a list given on the command line replaces the file's list, a flag
can only turn a setting on. `--config FILE` names the file; `--isolated` ignores any.

    [tool.teikit.validate]
    schemas = ["schema/ParlaMint.rng", "schema/ParlaMint.sch"]
    profile = "tei"
    include = ["*.xml"]
    exclude = ["*/drafts/*"]
    ignore = ["dangling-pointer"]
    warnings = "error"
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from teikit.errors import TeikitError

# key in the file -> (keyword of run_validate / the API, type)
KEYS = {
    "schemas": ("schema", list), "profile": ("profile", str), "engine": ("engine", str),
    "include": ("include", list), "exclude": ("exclude", list),
    "ignore": ("ignore", list), "select": ("select", list), "warnings": ("warnings", str),
    "embedded-schematron": ("embedded_schematron", bool),
    "corpus-references": ("corpus_references", bool),
    "xinclude": ("xinclude", bool), "use-xml-model": ("use_xml_model", bool),
    "max-errors": ("max_errors", int), "timeout": ("timeout", (int, float)),
}


def _toml():
    if sys.version_info >= (3, 11):
        import tomllib
        return tomllib
    import tomli
    return tomli


def find(start: Path | None = None) -> tuple[Path, dict] | None:
    """The nearest config file at or above `start` (default: the current folder) and its
    `validate` table, or None."""
    folder = (start or Path.cwd()).resolve()
    for candidate in (folder, *folder.parents):
        own = candidate / "teikit.toml"
        if own.is_file():
            return own, _table(own, ("validate",))
        project = candidate / "pyproject.toml"
        if project.is_file():
            table = _table(project, ("tool", "teikit", "validate"), missing_ok=True)
            if table is not None:
                return project, table
    return None


def load(path: Path) -> tuple[Path, dict]:
    """The file given with `--config`: teikit.toml style, or a pyproject.toml."""
    path = Path(path)
    if not path.is_file():
        raise TeikitError(f"{path}: no such config file")
    keys = ("tool", "teikit", "validate") if path.name == "pyproject.toml" else ("validate",)
    return path, _table(path, keys)


def _table(path: Path, keys: tuple[str, ...], missing_ok: bool = False) -> dict | None:
    try:
        data = _toml().loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise TeikitError(f"{path}: cannot read: {exc}") from None
    except _toml().TOMLDecodeError as exc:
        raise TeikitError(f"{path}: not valid TOML: {exc}") from None
    for key in keys:
        if not isinstance(data, dict) or key not in data:
            return None if missing_ok else {}
        data = data[key]
    if not isinstance(data, dict):
        raise TeikitError(f"{path}: [{'.'.join(keys)}] must be a table")
    return data


def settings(path: Path, table: dict) -> dict[str, Any]:
    """The table as keyword arguments, checked; schema paths made relative to the file."""
    out = {}
    for key, value in table.items():
        if key.replace("_", "-") not in KEYS:
            raise TeikitError(f"{path}: unknown setting {key!r} in the validate table "
                              f"(known: {', '.join(KEYS)})")
        name, kind = KEYS[key.replace("_", "-")]
        if kind is list and isinstance(value, str):
            value = [value]
        if not isinstance(value, kind) or isinstance(value, bool) and kind is not bool \
                or kind is list and not all(isinstance(v, str) for v in value):
            raise TeikitError(f"{path}: {key} has the wrong type ({type(value).__name__})")
        if name == "schema":
            value = [str(path.parent / v) for v in value]
        out[name] = value
    return out


def merged(given: dict[str, Any], defaults: dict[str, Any], config: dict[str, Any]
           ) -> dict[str, Any]:
    """Command-line `given` over `config` over `defaults`: a value equal to its default
    (an empty list, an unset flag, None) counts as not given."""
    out = dict(given)
    for name, value in config.items():
        if name not in out or out[name] == defaults.get(name):
            out[name] = value
    return out
