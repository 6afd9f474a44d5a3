"""The schemas one run applies: `--schema` (repeatable: RELAX NG, XSD, Schematron in any
mix), the profile's Schematron, and the Schematron embedded in the grammars.

Each validator gets a `label` (the schema file's name as the user gave it); when a run has
more than one schema, every schema finding carries it in `Diagnostic.schema`, so a report
says which schema a message came from.
"""
from __future__ import annotations

import dataclasses
from pathlib import Path

from teikit.diagnostics import Diagnostic
from teikit.validate import schemas


def base_validators(options) -> list:
    """With a profile, Schematron files given with `--schema` come on top of the profile's
    grammar (tei_all) unless a grammar is given too; without one, the schemas given are
    all there is (only tei_all when none is given)."""
    given = [Path(p) for p in options.schemas]
    grammars = [p for p in given if schemas.schema_kind(p) != "sch"]
    if not given or options.profile and not grammars:
        given.insert(0, schemas.default_schema())
        grammars.insert(0, given[0])
    validators = []
    for path in given:
        validator = schemas.load(path)
        validator.label = path.name
        validators.append(validator)
    if options.profile == "teikit":
        from teikit.validate.schematron import load_file
        sch = schemas.profile_schematron("teikit")
        validators.append(load_file(sch, sch.name, rule_prefix="teikit"))
    elif options.profile not in (None, "tei"):
        schemas.profile_schematron(options.profile)  # raises: unknown profile
    if options.runs_embedded_schematron:
        validators += embedded_validators(grammars)
    return validators


def embedded_validators(grammars: list[Path]) -> list:
    """The `sch:rule`s of each RELAX NG grammar (as TEI ODD processors embed them)."""
    from teikit.validate.schematron import load_embedded
    out = []
    for path in grammars:
        path = Path(path)
        kind = schemas.schema_kind(path)
        if kind not in ("rng", "rnc"):
            continue
        rng = schemas.rnc_to_rng(path) if kind == "rnc" else path
        validator = load_embedded(rng, f"{path.name}#schematron")
        if validator is not None:
            out.append(validator)
    return out


def label_of(validator) -> str:
    return getattr(validator, "label", "") or ""


def tagged(found: list[Diagnostic], validator, several: bool) -> list[Diagnostic]:
    """`found` with the schema's label, when the run has several schemas to tell apart."""
    label = label_of(validator)
    if not several or not label:
        return found
    return [dataclasses.replace(d, schema=label) for d in found]
