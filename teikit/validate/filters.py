"""Which diagnostics a report keeps: `--select`/`--ignore` by rule id, `--warnings`.

Rule ids are stable (listed in docs/cli-validate.md). A pattern matches a rule equal to it,
a rule it prefixes up to a colon (`schematron` matches `schematron:who-single`, `teikit`
matches `teikit:u-has-id`), or, with `*`/`?`, a rule it matches as a glob.
Inputs that could not be read (`io`, `archive`) are always kept: a CI run must never pass
because a file was unreadable.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from fnmatch import fnmatchcase

from teikit.diagnostics import Diagnostic
from teikit.errors import TeikitError

WARNINGS = ("show", "hide", "error")
ALWAYS_KEPT = frozenset({"io", "archive"})


def rule_matches(rule: str, pattern: str) -> bool:
    if any(c in pattern for c in "*?["):
        return fnmatchcase(rule, pattern)
    return rule == pattern or rule.startswith(pattern + ":")


@dataclass(frozen=True)
class DiagnosticFilter:
    select: tuple[str, ...] = ()    # empty: every rule
    ignore: tuple[str, ...] = ()
    warnings: str = "show"          # show | hide (warnings and infos) | error (warnings fail)

    def __post_init__(self):
        if self.warnings not in WARNINGS:
            raise TeikitError(f"--warnings: {self.warnings!r} is not one of "
                              f"{', '.join(WARNINGS)}")
        object.__setattr__(self, "select", tuple(self.select))
        object.__setattr__(self, "ignore", tuple(self.ignore))

    @property
    def active(self) -> bool:
        return bool(self.select or self.ignore or self.warnings != "show")

    def apply(self, found: list[Diagnostic]) -> list[Diagnostic]:
        if not self.active:
            return found
        return [self._severity(d) for d in found if self._keeps(d)]

    def _keeps(self, d: Diagnostic) -> bool:
        if d.rule in ALWAYS_KEPT:
            return True
        if self.select and not any(rule_matches(d.rule, p) for p in self.select):
            return False
        if any(rule_matches(d.rule, p) for p in self.ignore):
            return False
        return not (self.warnings == "hide" and d.severity != "error")

    def _severity(self, d: Diagnostic) -> Diagnostic:
        if self.warnings == "error" and d.severity == "warning":
            return dataclasses.replace(d, severity="error")
        return d
