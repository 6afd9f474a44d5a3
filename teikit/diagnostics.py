"""One diagnostic type for everything teikit reports about a document."""
from __future__ import annotations

from dataclasses import asdict, dataclass

@dataclass(frozen=True, order=True)
class Diagnostic:
    """A finding about a document, located as precisely as the engine allows.

    `path` is what the user would recognise (a file path, `-` for stdin, or
    `archive.zip!/inner/path.xml`); `line`/`column` are 1-based, 0 when unknown.
    `severity` is "error" (the document is invalid) or "warning" (it is not).
    `rule` names the check or engine that produced it (e.g. "relaxng", "xml-syntax",
    "duplicate-id", "teikit:who-resolves").
    """
    path: str
    line: int = 0
    column: int = 0
    severity: str = "error"
    rule: str = ""
    message: str = ""
    schema: str = ""    # which schema said so, when a run applies several ("" otherwise)

    def to_dict(self) -> dict:
        out = asdict(self)
        if not self.schema:
            del out["schema"]
        return out

    def location(self) -> str:
        """`path:line:col` with the parts that are known."""
        loc = self.path
        if self.line:
            loc += f":{self.line}"
            if self.column:
                loc += f":{self.column}"
        return loc

    def __str__(self) -> str:
        return f"{self.location()}: {self.severity}: {self.message}{self.schema_suffix()}"

    def schema_suffix(self) -> str:
        return f" [{self.schema}]" if self.schema else ""
